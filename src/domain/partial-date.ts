/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A partial date stands for an interval (`2021` is
 * the whole of 2021), which is how as-of queries and time windows compare them.
 */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type Precision = 'YEAR' | 'MONTH' | 'DAY';

/** A parsed partial date with the first and last day it covers (ISO `YYYY-MM-DD`). */
export interface PartialDate {
  readonly text: string;
  readonly precision: Precision;
  readonly start: string;
  readonly end: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Parses a partial date; returns undefined when the text is not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = PARTIAL_DATE_PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { text, precision: 'YEAR', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { text, precision: 'MONTH', start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  return { text, precision: 'DAY', start: text, end: text };
}

/** True when the text is a valid partial date. */
export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/**
 * The valid time of a relationship as the interval its partial dates cover: from the first day of
 * `validFrom` to the last day of `validTo` (`2021` to `2023-06` is 2021-01-01 to 2023-06-30). Open
 * ends stay null. As-of queries, time windows and the overlap of two claims compare these.
 */
import { parsePartialDate } from './partial-date.js';

/** The interval ends (ISO dates) of a valid time; null for an open end (or a date that does not parse). */
export function validTime({ validFrom, validTo }: { validFrom: string | null; validTo: string | null }): {
  validStart: string | null;
  validEnd: string | null;
} {
  return {
    validStart: validFrom ? (parsePartialDate(validFrom)?.start ?? null) : null,
    validEnd: validTo ? (parsePartialDate(validTo)?.end ?? null) : null,
  };
}

/**
 * Validation of resolver arguments. Every refusal is a BAD_USER_INPUT AppError naming the
 * argument, so clients learn exactly what to fix.
 */
import { AppError } from '../errors.js';
import { parsePartialDate } from './partial-date.js';
import { asRelationType, ENTITY_TYPES, type RelationType } from './vocabulary.js';
import { STATUSES } from './vocabulary.js';
import { identifierKey, identifierProblem, normalizeIdentifierValue, type IdentifierScheme } from './identifiers.js';

/** What every graph query can filter relationships by. Null fields do not filter. */
export interface EdgeFilter {
  types?: readonly RelationType[] | undefined;
  statuses: readonly string[] | null;
  asOfStart: string | null;
  asOfEnd: string | null;
  windowStart: string | null;
  windowEnd: string | null;
}

/** No filtering at all. */
export const NO_FILTER: EdgeFilter = { statuses: null, asOfStart: null, asOfEnd: null, windowStart: null, windowEnd: null };

type AsOf = Pick<EdgeFilter, 'asOfStart' | 'asOfEnd'>;
type Window = Pick<EdgeFilter, 'windowStart' | 'windowEnd'>;

/** The cap on every `first` argument. */
export const MAX_FIRST = 100;
/** The cap on `neighborhood.depth`. */
export const MAX_DEPTH = 3;
/** The cap on `maxHops` of path queries. */
export const MAX_HOPS = 6;
/** The cap on the relationships of a subgraph (`neighborhood.first`, `connections`). */
export const SUBGRAPH_CAP = 500;
/** The fewest distinct ids `connections` takes. */
export const MIN_IDS = 2;
/** The most distinct ids `connections` takes. */
export const MAX_IDS = 10;
/** The longest `search.text`, in UTF-16 code units. */
export const MAX_SEARCH_TEXT = 500;

/** The refusal of an argument: BAD_USER_INPUT, `<argument>: <message>`, naming the argument. */
export const badArgument = (argument: string, message: string): AppError =>
  new AppError('BAD_USER_INPUT', `${argument}: ${message}`, { argument });
const bad = badArgument;

/**
 * Checks a page size: an integer 0 … `max` (default `MAX_FIRST`); null or undefined is `fallback`
 * (the argument's default, which the caller takes from the SDL or its own parameter table).
 */
export function first(value: number | null | undefined, fallback: number, argument = 'first', max = MAX_FIRST): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 0 || v > max) throw bad(argument, `must be between 0 and ${max}, got ${v}`);
  return v;
}

/** Checks an integer `min` … `max`; null or undefined is `fallback` (the argument's default). */
export function intIn(value: number | null | undefined, fallback: number, min: number, max: number, argument: string): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) throw bad(argument, `must be between ${min} and ${max}, got ${v}`);
  return v;
}

/** Checks relation type names against the vocabulary; null/empty means all types. */
export function relationTypes(values: readonly string[] | null | undefined, argument = 'types'): RelationType[] | undefined {
  if (!values || values.length === 0) return undefined;
  const unknown = values.filter((v) => !asRelationType(v));
  if (unknown.length)
    throw bad(argument, `unknown relation type(s) ${unknown.map((u) => JSON.stringify(u)).join(', ')}; see Query.vocabulary`);
  return [...new Set(values as RelationType[])];
}

/** Checks entity type names against the vocabulary. */
export function entityTypes(values: readonly string[] | null | undefined, argument = 'types'): string[] | null {
  if (!values || values.length === 0) return null;
  const unknown = values.filter((v) => !(ENTITY_TYPES as readonly string[]).includes(v));
  if (unknown.length)
    throw bad(argument, `unknown entity type(s) ${unknown.map((u) => JSON.stringify(u)).join(', ')}; see Query.vocabulary`);
  return [...new Set(values)];
}

/** Checks one optional entity type. */
export function entityType(value: string | null | undefined, argument = 'type'): string | null {
  return value ? entityTypes([value], argument)![0]! : null;
}

function date(value: string | null | undefined, argument: string) {
  if (value === null || value === undefined) return undefined;
  const d = parsePartialDate(value);
  if (!d) throw bad(argument, `must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return d;
}

/** An as-of argument as the interval it names. */
export function asOf(value: string | null | undefined): AsOf {
  const d = date(value, 'asOf');
  return { asOfStart: d?.start ?? null, asOfEnd: d?.end ?? null };
}

/** A since/until window: since's first day to until's last day. */
export function window(since: string | null | undefined, until: string | null | undefined): Window {
  const s = date(since, 'since');
  const u = date(until, 'until');
  if (s && u && s.start > u.end) throw bad('until', 'must not be before since');
  return { windowStart: s?.start ?? null, windowEnd: u?.end ?? null };
}

/** Encodes a keyset cursor (opaque to clients). */
export function encodeCursor(key: readonly string[] | string): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a keyset cursor of `size` parts (1 = a plain string). */
export function decodeCursor<N extends 1 | 2>(value: string | null | undefined, size: N): (N extends 1 ? string : [string, string]) | null {
  if (value === null || value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (size === 1 && typeof parsed === 'string') return parsed as never;
    if (size === 2 && Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) return parsed as never;
  } catch {
    /* fall through */
  }
  throw bad('after', 'is not a cursor this API returned');
}

/** Checks an id argument is a non-empty string of sane length. */
export function id(value: string, argument: string): string {
  if (value.length === 0 || value.length > 200) throw bad(argument, 'must be a non-empty id of at most 200 characters');
  return value;
}

/** Checks a list of entity ids (each as `id` does) and gives them de-duplicated: `MIN_IDS` … `MAX_IDS` distinct ones. */
export function ids(values: readonly string[], argument = 'ids'): string[] {
  const distinct = [...new Set(values.map((v) => id(v, argument)))];
  if (distinct.length < MIN_IDS || distinct.length > MAX_IDS)
    throw bad(argument, `give between ${MIN_IDS} and ${MAX_IDS} distinct entity ids`);
  return distinct;
}

/** Checks statuses against the vocabulary; null/empty means any status. */
export function statuses(values: readonly string[] | null | undefined): string[] | null {
  if (!values || values.length === 0) return null;
  const unknown = values.filter((v) => !(STATUSES as readonly string[]).includes(v));
  if (unknown.length) throw bad('statuses', `unknown status(es) ${unknown.map((u) => JSON.stringify(u)).join(', ')}`);
  return [...new Set(values)];
}

/** The relationship filter of the graph queries, from their common arguments. */
export function edgeFilter(args: {
  types?: readonly string[] | null;
  statuses?: readonly string[] | null;
  asOf?: string | null;
  since?: string | null;
  until?: string | null;
}): EdgeFilter {
  return { types: relationTypes(args.types), statuses: statuses(args.statuses), ...asOf(args.asOf), ...window(args.since, args.until) };
}

/**
 * The key (`SCHEME:value`) of an identifier argument, its value normalized for the scheme.
 * @throws AppError BAD_USER_INPUT naming argument `value` (or the one given) when the value is not of the scheme's form
 */
export function identifierArgument(scheme: IdentifierScheme, value: string, argument = 'value'): string {
  const normalized = normalizeIdentifierValue(scheme, value);
  const problem = identifierProblem(scheme, normalized);
  if (problem) throw new AppError('BAD_USER_INPUT', `${argument}: ${problem}`, { argument });
  return identifierKey({ scheme, value: normalized });
}

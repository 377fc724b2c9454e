/**
 * The query parameters of `GET /export`, checked with the same argument functions the GraphQL
 * resolvers use, so the rules and messages match `neighborhood` and `connections`.
 */
import { AppError } from '../errors.js';
import * as A from '../domain/arguments.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { EdgeFilter } from '../domain/arguments.js';

/** The formats `GET /export` writes. */
export const EXPORT_FORMATS = ['json', 'graphml', 'nodes.csv', 'edges.csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The GraphQL queries whose subgraph can be exported. */
export const EXPORT_VIEWS = ['neighborhood', 'connections'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

// The bounds of Query.neighborhood and Query.connections, shared with the resolvers.
const { MAX_DEPTH, MAX_HOPS, SUBGRAPH_CAP, MIN_IDS, MAX_IDS } = A;
const DEFAULT_FIRST = 50;

const COMMON_PARAMS = ['view', 'format', 'first', 'types', 'statuses', 'asOf', 'since', 'until'] as const;
const VIEW_PARAMS: Record<ExportView, readonly string[]> = { neighborhood: ['id', 'depth'], connections: ['ids', 'maxHops'] };

/** The parameters every view shares, normalized (defaults applied, lists de-duplicated). */
export interface ExportCommon {
  format: ExportFormat;
  /** Cap on the relationships (default 50, at most 500). */
  first: number;
  types: RelationType[] | null;
  statuses: string[] | null;
  asOf: string | null;
  since: string | null;
  until: string | null;
}

/** A checked export query: a tagged union on `view`. */
export type ExportQuery =
  | ({ view: 'neighborhood'; id: string; depth: number } & ExportCommon)
  | ({ view: 'connections'; ids: string[]; maxHops: number } & ExportCommon);

/** A checked export query and the relationship filter it stands for. */
export interface ExportRequest {
  query: ExportQuery;
  filter: EdgeFilter;
}

const bad = (argument: string, message: string): AppError => new AppError('BAD_USER_INPUT', `${argument}: ${message}`, { argument });

type Raw = Readonly<Record<string, unknown>>;

/** A parameter given at most once; undefined when absent. */
function single(raw: Raw, name: string): string | undefined {
  const v = raw[name];
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) throw bad(name, 'give it at most once');
  throw bad(name, 'must be a plain value');
}

/** A comma-separated list parameter (it may also be repeated); undefined when absent. */
function list(raw: Raw, name: string): string[] | undefined {
  const v = raw[name];
  if (v === undefined) return undefined;
  const values = Array.isArray(v) ? v : [v];
  if (!values.every((x): x is string => typeof x === 'string')) throw bad(name, 'must be a comma-separated list');
  return values.flatMap((x) => (x === '' ? [] : x.split(',').map((s) => s.trim())));
}

/** An integer parameter as a number for the shared range checks; undefined when absent. */
function integer(raw: Raw, name: string): number | undefined {
  const s = single(raw, name);
  if (s === undefined) return undefined;
  const n = s.trim() === '' ? Number.NaN : Number(s);
  if (!Number.isFinite(n)) throw bad(name, `must be an integer, got ${JSON.stringify(s)}`);
  return n;
}

function oneOf<T extends string>(raw: Raw, name: string, allowed: readonly T[], fallback: T): T {
  const v = single(raw, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) throw bad(name, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  return v as T;
}

/**
 * Checks the query string of `GET /export` (Express's parsed `req.query`) and normalizes it.
 * Throws AppError BAD_USER_INPUT naming the parameter on the first problem: an unknown
 * parameter, one that does not apply to the view, a repeated single value, or any rule of the
 * GraphQL arguments (depth 1–3, default 1; maxHops 1–6, default 4; first 0–500, default 50;
 * 2–10 distinct ids; known types and statuses; partial dates).
 */
export function parseExportQuery(raw: Raw): ExportRequest {
  const view = oneOf(raw, 'view', EXPORT_VIEWS, 'neighborhood');
  const other = EXPORT_VIEWS.find((v) => v !== view)!;
  for (const name of Object.keys(raw)) {
    if (VIEW_PARAMS[other].includes(name)) throw bad(name, `applies to view=${other} only`);
    if (!(COMMON_PARAMS as readonly string[]).includes(name) && !VIEW_PARAMS[view].includes(name)) {
      throw bad(name, `unknown parameter; use ${[...COMMON_PARAMS, ...VIEW_PARAMS[view]].join(', ')}`);
    }
  }
  const format = oneOf(raw, 'format', EXPORT_FORMATS, 'json');

  let subject: { view: 'neighborhood'; id: string; depth: number } | { view: 'connections'; ids: string[]; maxHops: number };
  if (view === 'neighborhood') {
    const id = single(raw, 'id');
    if (id === undefined) throw bad('id', 'is required with view=neighborhood');
    subject = { view, id: A.id(id, 'id'), depth: A.intIn(integer(raw, 'depth'), 1, 1, MAX_DEPTH, 'depth') };
  } else {
    const ids = [...new Set((list(raw, 'ids') ?? []).map((i) => A.id(i, 'ids')))];
    if (ids.length < MIN_IDS || ids.length > MAX_IDS) throw bad('ids', `give between ${MIN_IDS} and ${MAX_IDS} distinct entity ids`);
    subject = { view, ids, maxHops: A.intIn(integer(raw, 'maxHops'), 4, 1, MAX_HOPS, 'maxHops') };
  }
  const first = A.first(integer(raw, 'first'), DEFAULT_FIRST, 'first', SUBGRAPH_CAP);
  const dates = { asOf: single(raw, 'asOf') ?? null, since: single(raw, 'since') ?? null, until: single(raw, 'until') ?? null };
  const filter = A.edgeFilter({ types: list(raw, 'types'), statuses: list(raw, 'statuses'), ...dates });
  return {
    query: { ...subject, format, first, types: filter.types ? [...filter.types] : null, statuses: filter.statuses ? [...filter.statuses] : null, ...dates },
    filter,
  };
}

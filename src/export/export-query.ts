/**
 * What an export asks for: the query parameters of `GET /export` and the JSON body of
 * `POST /export`, checked with the same argument functions the GraphQL resolvers use, so the
 * rules and messages match `neighborhood` and `connections`.
 */
import { sdlDefault } from '../contract/sdl-defaults.js';
import * as A from '../domain/arguments.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { EdgeFilter } from '../domain/arguments.js';
import { EXPORT_FORMATS, type ExportFormat } from './formats.js';

export { EXPORT_FORMATS, type ExportFormat };

/** What `GET /export` can export: the subgraph of a GraphQL query, or the whole graph (`all`). */
export const EXPORT_VIEWS = ['neighborhood', 'connections', 'all'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

// The bounds of Query.neighborhood and Query.connections, shared with the resolvers; their
// defaults are the SDL's, read when a query is parsed (sdlDefault reads the SDL once).
const { MAX_DEPTH, MAX_HOPS, SUBGRAPH_CAP } = A;

const COMMON_PARAMS = ['view', 'format', 'first', 'types', 'statuses', 'asOf', 'since', 'until'] as const;
const VIEW_PARAMS: Record<ExportView, readonly string[]> = { neighborhood: ['id', 'depth'], connections: ['ids', 'maxHops'], all: [] };

/** The parameters `view` takes: `first` caps the subgraph views only, the whole graph is never cut. */
const paramsOf = (view: ExportView): string[] => [...COMMON_PARAMS.filter((p) => view !== 'all' || p !== 'first'), ...VIEW_PARAMS[view]];

/** The parameters every view shares, normalized (defaults applied, lists de-duplicated). */
export interface ExportCommon {
  format: ExportFormat;
  /** Cap on the relationships (default Query.neighborhood.first's, 50; at most 500). */
  first: number;
  types: RelationType[] | null;
  statuses: string[] | null;
  asOf: string | null;
  since: string | null;
  until: string | null;
}

/** A checked export query: a tagged union on `view`. The whole graph (`all`) has no `first`: it is never cut. */
export type ExportQuery =
  | ({ view: 'neighborhood'; id: string; depth: number } & ExportCommon)
  | ({ view: 'connections'; ids: string[]; maxHops: number } & ExportCommon)
  | ({ view: 'all' } & Omit<ExportCommon, 'first'>);

/**
 * A checked `POST /export` body: the entities and relationships of a view, each list
 * de-duplicated and sorted (code-unit order).
 */
export interface ExportSelection {
  view: 'selection';
  format: ExportFormat;
  entityIds: string[];
  relationshipIds: string[];
}

/** The most entity ids `POST /export` takes: every endpoint of a full subgraph (`SUBGRAPH_CAP` relationships). */
export const MAX_SELECTION_ENTITIES = 2 * SUBGRAPH_CAP;
/** The most relationship ids `POST /export` takes: `SUBGRAPH_CAP`, the cap of `GET /export`'s `first`. */
export const MAX_SELECTION_RELATIONSHIPS = SUBGRAPH_CAP;

const BODY_FIELDS = ['format', 'entityIds', 'relationshipIds'] as const;

/** A checked export query and the relationship filter it stands for. */
export interface ExportRequest {
  query: ExportQuery;
  filter: EdgeFilter;
}

const bad = A.badArgument;

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

/** `value` when it is one of `allowed`. */
function member<T extends string>(name: string, allowed: readonly T[], value: unknown): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw bad(name, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

function oneOf<T extends string>(raw: Raw, name: string, allowed: readonly T[], fallback: T): T {
  return member(name, allowed, single(raw, name) ?? fallback);
}

/** Why `name` is not a parameter of `view`: it belongs to other views, or to none. */
function misplaced(name: string, view: ExportView): string {
  const owners = EXPORT_VIEWS.filter((v) => v !== view && paramsOf(v).includes(name));
  if (owners.length) return `applies to ${owners.map((v) => `view=${v}`).join(' and ')} only`;
  return `unknown parameter; use ${paramsOf(view).join(', ')}`;
}

/**
 * Checks the query string of `GET /export` (Express's parsed `req.query`) and normalizes it.
 * Throws AppError BAD_USER_INPUT naming the parameter on the first problem: an unknown
 * parameter, one that does not apply to the view (`id`, `ids`, `depth`, `maxHops` and `first` do
 * not apply to view=all), a repeated single value, or any rule of the GraphQL arguments (depth
 * 1–3, maxHops 1–6, first 0–500, each defaulting to the SDL's default of Query.neighborhood.depth,
 * Query.connections.maxHops and Query.neighborhood.first: 1, 4, 50; 2–10 distinct ids; known types
 * and statuses; partial dates). view=all takes the relationship filters as the other views do.
 */
export function parseExportQuery(raw: Raw): ExportRequest {
  const view = oneOf(raw, 'view', EXPORT_VIEWS, 'neighborhood');
  const allowed = paramsOf(view);
  for (const name of Object.keys(raw)) if (!allowed.includes(name)) throw bad(name, misplaced(name, view));
  const format = oneOf(raw, 'format', EXPORT_FORMATS, 'json');

  let subject:
    { view: 'neighborhood'; id: string; depth: number } | { view: 'connections'; ids: string[]; maxHops: number } | { view: 'all' };
  if (view === 'neighborhood') {
    const id = single(raw, 'id');
    if (id === undefined) throw bad('id', 'is required with view=neighborhood');
    subject = {
      view,
      id: A.id(id, 'id'),
      depth: A.intIn(integer(raw, 'depth'), sdlDefault('Query.neighborhood.depth', 'number'), 1, MAX_DEPTH, 'depth'),
    };
  } else if (view === 'connections') {
    const ids = A.ids(list(raw, 'ids') ?? [], 'ids');
    subject = {
      view,
      ids,
      maxHops: A.intIn(integer(raw, 'maxHops'), sdlDefault('Query.connections.maxHops', 'number'), 1, MAX_HOPS, 'maxHops'),
    };
  } else {
    subject = { view };
  }
  const dates = { asOf: single(raw, 'asOf') ?? null, since: single(raw, 'since') ?? null, until: single(raw, 'until') ?? null };
  const filter = A.edgeFilter({ types: list(raw, 'types'), statuses: list(raw, 'statuses'), ...dates });
  const filters = {
    format,
    types: filter.types ? [...filter.types] : null,
    statuses: filter.statuses ? [...filter.statuses] : null,
    ...dates,
  };
  if (subject.view === 'all') return { query: { ...subject, ...filters }, filter };
  const first = A.first(integer(raw, 'first'), sdlDefault('Query.neighborhood.first', 'number'), 'first', SUBGRAPH_CAP);
  return { query: { ...subject, ...filters, first }, filter };
}

/**
 * The query as the JSON download reports it (`ExportContext.query`), its keys in a fixed order:
 * the view and its subject, `first` (not for view=all), the filters, the format; for a selection,
 * `{ view: 'selection', entityIds, relationshipIds, format }`.
 */
export function describeQuery(q: ExportQuery | ExportSelection): Record<string, unknown> {
  if (q.view === 'selection') return { view: q.view, entityIds: q.entityIds, relationshipIds: q.relationshipIds, format: q.format };
  const filters = { types: q.types, statuses: q.statuses, asOf: q.asOf, since: q.since, until: q.until, format: q.format };
  if (q.view === 'all') return { view: q.view, ...filters };
  const subject = q.view === 'neighborhood' ? { view: q.view, id: q.id, depth: q.depth } : { view: q.view, ids: q.ids, maxHops: q.maxHops };
  return { ...subject, first: q.first, ...filters };
}

/** A JSON list of ids (absent or null: none), each checked as an id argument, de-duplicated and sorted; at most `max`. */
function idList(raw: Raw, name: string, max: number, noun: string): string[] {
  const v = raw[name] ?? [];
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string')) throw bad(name, `must be a list of ${noun} ids`);
  const ids = [...new Set(v.map((x) => A.id(x, name)))].sort();
  if (ids.length > max) throw bad(name, `give at most ${max} distinct ${noun} ids, got ${ids.length}`);
  return ids;
}

/**
 * Checks the JSON body of `POST /export`, `{ format?, entityIds?, relationshipIds? }` (Express's
 * parsed `req.body`; undefined when the request was not JSON). Throws AppError BAD_USER_INPUT
 * naming the field on the first problem: a body that is not a JSON object (argument `body`), an
 * unknown field, a format GET refuses too (default json), a list that is not of strings, an id
 * GET's `id` would refuse, more than `MAX_SELECTION_ENTITIES` entity or
 * `MAX_SELECTION_RELATIONSHIPS` relationship ids, or no id at all.
 */
export function parseExportBody(body: unknown): ExportSelection {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw bad('body', `must be a JSON object { ${BODY_FIELDS.join(', ')} } sent as application/json`);
  }
  const raw = body as Raw;
  for (const name of Object.keys(raw)) {
    if (!(BODY_FIELDS as readonly string[]).includes(name)) throw bad(name, `unknown field; use ${BODY_FIELDS.join(', ')}`);
  }
  const format = member('format', EXPORT_FORMATS, raw.format ?? 'json');
  const entityIds = idList(raw, 'entityIds', MAX_SELECTION_ENTITIES, 'entity');
  const relationshipIds = idList(raw, 'relationshipIds', MAX_SELECTION_RELATIONSHIPS, 'relationship');
  if (entityIds.length === 0 && relationshipIds.length === 0) throw bad('entityIds', 'give at least one entity or relationship id');
  return { view: 'selection', format, entityIds, relationshipIds };
}

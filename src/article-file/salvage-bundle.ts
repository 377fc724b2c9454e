/**
 * Shape validation of an article bundle that keeps what it can. A refusal lists every problem, so
 * an invalid record must not hide the problems of its valid parts: each article, entity,
 * relationship and evidence item keeps its valid fields, and the later checks (quotes, references,
 * resolution, conflicts) run on them.
 */
import type { z } from 'zod';
import type { Problem } from '../errors.js';
import {
  articleSchema,
  bundleSchema,
  entitySchema,
  evidenceSchema,
  relationshipSchema,
  type Bundle,
  type Salvaged,
  type SalvagedBundle,
  type SalvagedRelationship,
} from './format.js';

/** The shape check of an input: the valid bundle, or what could be kept of it and every problem. */
export type ParsedBundle =
  | { readonly ok: true; readonly bundle: Bundle }
  | { readonly ok: false; readonly salvaged: SalvagedBundle; readonly problems: readonly [Problem, ...Problem[]] };

type Path = readonly PropertyKey[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `articles[0].publishedAt`, or with a prefix `input.articles[0].publishedAt`. */
export function formatPath(path: Path, prefix = ''): string {
  const tail = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return prefix ? `${prefix}${tail}` : tail.replace(/^\./, '');
}

/**
 * Validates `raw` against the article-file schema. When it is invalid, every record of the input
 * stays at its index with the fields that passed (defaults applied); a field named by any problem
 * is left out, and so is every field of a record that is not an object.
 * @param prefix prepended to problem paths (`input` for the GraphQL argument); default none.
 */
export function salvageBundle(raw: unknown, { prefix = '' }: { prefix?: string } = {}): ParsedBundle {
  const parsed = bundleSchema.safeParse(raw);
  if (parsed.success) return { ok: true, bundle: parsed.data };
  const issues = parsed.error.issues;
  // A custom issue may name its own code (`params.code`, e.g. INVALID_IDENTIFIER); others take zod's.
  const codeOf = (i: (typeof issues)[number]): string =>
    i.code === 'custom' && typeof i.params?.code === 'string' ? i.params.code : i.code.toUpperCase();
  const problems = issues.map((i) => ({ path: formatPath(i.path, prefix), code: codeOf(i), message: i.message }));

  const badFields = (at: Path): Set<PropertyKey> =>
    new Set(issues.filter((i) => i.path.length > at.length && at.every((p, k) => i.path[k] === p)).map((i) => i.path[at.length]!));
  const keep = <T>(shape: Record<string, z.ZodType>, value: unknown, at: Path): Salvaged<T> => {
    if (!isObject(value)) return {};
    const bad = badFields(at);
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      if (bad.has(key)) continue;
      const f = field.safeParse(value[key]);
      if (f.success && f.data !== undefined) out[key] = f.data;
    }
    return out as Salvaged<T>;
  };
  const list = (key: string): unknown[] => (isObject(raw) && Array.isArray(raw[key]) ? raw[key] : []);

  const salvaged: SalvagedBundle = {
    articles: list('articles').map((a, i) => keep(articleSchema.shape, a, ['articles', i])),
    entities: list('entities').map((e, i) => keep(entitySchema.shape, e, ['entities', i])),
    relationships: list('relationships').map((r, i): SalvagedRelationship => {
      const at = ['relationships', i];
      const rel: SalvagedRelationship = keep(relationshipSchema.shape, r, at);
      if (rel.evidence === undefined && isObject(r) && Array.isArray(r.evidence)) {
        rel.evidence = r.evidence.map((ev, k) => keep(evidenceSchema.shape, ev, [...at, 'evidence', k]));
      }
      return rel;
    }),
  };
  return { ok: false, salvaged, problems: problems as [Problem, ...Problem[]] };
}

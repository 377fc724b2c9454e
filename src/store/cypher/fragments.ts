/** Cypher fragments shared by the read builders. Only constants and vocabulary values go in here. */
import { RELATION_TYPE_NAMES, asRelationType, type RelationType } from '../../domain/vocabulary.js';
import { NO_FILTER, type EdgeFilter } from '../../domain/arguments.js';

export { NO_FILTER, type EdgeFilter };

/**
 * The stored fields of each model a read can project: a read may project fewer (see `Shape`), but
 * always the keys resolvers use to reach other values (ids, endpoints, an evidence item's article
 * and date) and an entity's name (lists of entities are sorted by it).
 */
export const ENTITY_FIELDS = ['type', 'aliases', 'description', 'mergedIds', 'identifiers'] as const;
export const RELATIONSHIP_FIELDS = ['topic', 'role', 'validFrom', 'validTo', 'status', 'quantities', 'knownFrom', 'note'] as const;
export const ARTICLE_FIELDS = ['title', 'source', 'url', 'publishedAt', 'language', 'note'] as const;

/** Which optional fields of each model a read projects. */
export interface Shape {
  entity: readonly (typeof ENTITY_FIELDS)[number][];
  relationship: readonly (typeof RELATIONSHIP_FIELDS)[number][];
  article: readonly (typeof ARTICLE_FIELDS)[number][];
  /** Whether evidence items carry their quote. */
  quote: boolean;
}

/** Every field: the models whole. */
export const FULL_SHAPE: Shape = { entity: ENTITY_FIELDS, relationship: RELATIONSHIP_FIELDS, article: ARTICLE_FIELDS, quote: true };

const LIST_FIELDS = new Set(['aliases', 'mergedIds']);

/**
 * Projects an entity node `e` (or another variable) into an EntityModel map, with the fields `only`
 * names (all by default); the stored `identifiers` keys go in as `identifierKeys`.
 */
export const entityMap = (v = 'e', only: Shape['entity'] = ENTITY_FIELDS): string => {
  const fields = ENTITY_FIELDS.filter((f) => only.includes(f)).map((f) =>
    f === 'identifiers' ? `identifierKeys: coalesce(${v}.identifiers, [])` : LIST_FIELDS.has(f) ? `${f}: coalesce(${v}.${f}, [])` : `.${f}`,
  );
  return `${v} {${['.id', '.name', ...fields].join(', ')}}`;
};

/** Projects a relationship `r` into a RelationshipModel map (quantities still JSON), with the fields `only` names (all by default). */
export const relationshipMap = (v = 'r', only: Shape['relationship'] = RELATIONSHIP_FIELDS): string => {
  const fields = RELATIONSHIP_FIELDS.filter((f) => only.includes(f)).map((f) => `${f}: ${v}.${f}`);
  return `{${[`id: ${v}.id`, `type: type(${v})`, `sourceId: startNode(${v}).id`, `targetId: endNode(${v}).id`, ...fields].join(', ')}}`;
};

/** Projects an article node into an ArticleModel map, with the fields `only` names (all by default). */
export const articleMap = (v = 'a', only: Shape['article'] = ARTICLE_FIELDS): string =>
  `${v} {${['.id', ...ARTICLE_FIELDS.filter((f) => only.includes(f)).map((f) => `.${f}`)].join(', ')}}`;

/**
 * A relationship-type pattern such as `:SIGNED|VISITED`, from vocabulary values only, in name
 * order; empty for all types.
 */
export function typePattern(types: readonly RelationType[] | undefined): string {
  if (!types || types.length === 0) return '';
  const checked = types.map((t) => {
    const c = asRelationType(t);
    if (!c) throw new Error(`Not a relation type: ${t}`);
    return c;
  });
  // Sorted and without repeats: one text per set of types, whatever order a client lists them in.
  return ':' + [...new Set(checked)].sort().join('|');
}

/**
 * True for relationship `r` when it was valid at some time within [$asOfStart, $asOfEnd] and
 * reported by $asOfEnd. An undated claim holds from its earliest evidence; a claim with no dated
 * evidence is not known at any date. Passes everything when $asOfStart is null.
 */
export const asOfPredicate = (v = 'r'): string =>
  `($asOfStart IS NULL OR (${v}.knownFrom IS NOT NULL AND ${v}.knownFrom <= $asOfEnd AND coalesce(${v}.validStart, ` +
  `${v}.knownFrom) <= $asOfEnd AND (${v}.validEnd IS NULL OR ${v}.validEnd >= $asOfStart)))`;

/**
 * True for relationship `r` when its valid time overlaps [$windowStart, $windowEnd]. A claim with
 * no end holds on from its start; undated claims fall outside any window. Passes everything when
 * both bounds are null.
 */
export const windowPredicate = (v = 'r'): string =>
  `(($windowStart IS NULL AND $windowEnd IS NULL) OR (coalesce(${v}.validStart, ${v}.validEnd) IS NOT NULL AND ($windowEnd IS ` +
  `NULL OR coalesce(${v}.validStart, ${v}.validEnd) <= $windowEnd) AND ($windowStart IS NULL OR ${v}.validEnd IS NULL OR ` +
  `${v}.validEnd >= $windowStart)))`;

/**
 * The as-of, window and status conditions on relationship `v` (types go in the pattern); the
 * statuses come from the parameter `statuses` unless another is named.
 */
export const edgePredicate = (v = 'r', statuses = 'statuses'): string =>
  `${asOfPredicate(v)} AND ${windowPredicate(v)} AND ($${statuses} IS NULL OR ${v}.status IN $${statuses})`;

/**
 * The conditions of `edgePredicate` that `f` sets, and no others ('true' when it sets none): a
 * shorter text, one per combination of filters in use, with the same parameters. `statuses` names
 * the statuses parameter and `statusValues` its value (default the filter's).
 */
export function edgeCondition(f: EdgeFilter, v = 'r', statuses = 'statuses', statusValues: readonly string[] | null = f.statuses): string {
  const parts = [
    f.asOfStart !== null
      ? `${v}.knownFrom IS NOT NULL AND ${v}.knownFrom <= $asOfEnd AND coalesce(${v}.validStart, ${v}.knownFrom) <= $asOfEnd AND ` +
        `(${v}.validEnd IS NULL OR ${v}.validEnd >= $asOfStart)`
      : null,
    f.windowStart !== null || f.windowEnd !== null
      ? `coalesce(${v}.validStart, ${v}.validEnd) IS NOT NULL AND ($windowEnd IS NULL OR coalesce(${v}.validStart, ${v}.validEnd) ` +
        `<= $windowEnd) AND ($windowStart IS NULL OR ${v}.validEnd IS NULL OR ${v}.validEnd >= $windowStart)`
      : null,
    statusValues !== null ? `${v}.status IN $${statuses}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' AND ') : 'true';
}

/** The parameters edgePredicate reads. */
export function edgeParams(f: EdgeFilter): Record<string, unknown> {
  return {
    statuses: f.statuses,
    asOfStart: f.asOfStart,
    asOfEnd: f.asOfEnd,
    windowStart: f.windowStart,
    windowEnd: f.windowEnd,
  };
}

/**
 * A `CALL` subquery yielding `r` for each relationship whose id the map parameter `$<param>` lists
 * under its type (`{SIGNED: ['signed-…'], VISITED: […]}`, see `idsByType`): one branch per relation
 * type of the vocabulary, in name order, each a seek in that type's id index; a type the map leaves
 * out unwinds nothing. The text is the same whatever types the ids have, so Neo4j plans it once
 * (a `UNION` of only the types present, in the order they came, made a new text for most inputs).
 */
export const relationshipsOfTypedIds = (param: string, r = 'r'): string =>
  `CALL () {\n${RELATION_TYPE_NAMES.map(
    (t) => `  UNWIND coalesce($${param}.${t}, []) AS id MATCH ()-[${r}:${t} {id: id}]->() ` + `RETURN ${r}`,
  ).join('\n  UNION ALL\n')}\n}`;

/** Relationship ids grouped by their type, as `relationshipsOfTypedIds` reads them; duplicates once. */
export function idsByType(rows: Iterable<{ id: string; type: string }>): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const { id, type } of rows) {
    const t = asRelationType(type);
    if (t) (out[t] ??= new Set()).add(id);
  }
  return Object.fromEntries(Object.entries(out).map(([t, ids]) => [t, [...ids]]));
}

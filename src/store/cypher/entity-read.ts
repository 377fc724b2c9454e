/**
 * The compiled read of an entity field: the entity, its degree and each page of its relationships
 * the operation selects, with the details selected below them (see relationship-details.ts), in
 * one statement. Its answers are those of the look-ups it replaces (entities by id, degrees,
 * `entityRelationships`, evidence), in the same orders; test/store/cypher/entity-read.test.ts
 * compares them.
 */
import type { Query } from '../gateway.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { entityMap, FULL_SHAPE, relationshipMap, typePattern, type Shape } from './fragments.js';
import { DEGREE, detailsCalls, type RelationshipDetails } from './relationship-details.js';

/** One page of an entity's relationships, as a field selects it. */
export interface PageSpec {
  direction: 'OUT' | 'IN' | 'BOTH';
  types?: readonly RelationType[] | undefined;
  after: string | null;
  /** Rows to read: the page size plus one, which tells whether more follow. */
  limit: number;
  withTotal: boolean;
}

const arrowOf = (direction: PageSpec['direction'], types: readonly RelationType[] | undefined): string => {
  const t = typePattern(types);
  return direction === 'OUT' ? `-[r${t}]->` : direction === 'IN' ? `<-[r${t}]-` : `-[r${t}]-`;
};

/**
 * The number of relationships of entity `v` a page walks: kept by Neo4j per node, type and
 * direction, so counting a hub's does not read them (see `DEGREE`).
 */
export const pageTotal = (v: string, p: Pick<PageSpec, 'direction' | 'types'>): string => {
  const t = typePattern(p.types);
  return `COUNT { (${v})${p.direction === 'OUT' ? `-[${t}]->` : p.direction === 'IN' ? `<-[${t}]-` : `-[${t}]-`}() }`;
};

/**
 * An entity by id, or by an id merged into it (searched for only when no entity has the id), with
 * its degree when asked and each page of its relationships the operation selects (columns `page0`,
 * `total0`, …, in id order after the page's cursor, counted only when `withTotal`), and the
 * selected details of those relationships. No row when the id is unknown.
 */
export function entityRead({
  id,
  degree,
  pages,
  details,
  shape = FULL_SHAPE,
}: {
  id: string;
  degree: boolean;
  pages: readonly PageSpec[];
  details: RelationshipDetails;
  shape?: Shape;
}): Query {
  const params: Record<string, unknown> = { id };
  const pageCalls = pages.map((p, i) => {
    params[`after${i}`] = p.after;
    params[`limit${i}`] = p.limit;
    const match = `MATCH (e)${arrowOf(p.direction, p.types)}(:Entity)`;
    return (
      `CALL (e) { ${match} WHERE $after${i} IS NULL OR r.id > $after${i} WITH DISTINCT r ORDER BY r.id LIMIT $limit${i} ` +
      `RETURN collect(r) AS page${i} }`
    );
  });
  const pageVars = pages.map((_, i) => `page${i}`);
  const totals = pages.flatMap((p, i) => (p.withTotal ? [`${pageTotal('e', p)} AS total${i}`] : []));
  const tail = pages.length > 0 ? detailsCalls('rels', details, shape) : { cypher: '', columns: [] };
  const columns = [
    `${entityMap('e', shape.entity)} AS entity`,
    degree ? `${DEGREE('e')} AS degree` : null,
    ...pageVars.map((v) => `[x IN ${v} | ${relationshipMap('x', shape.relationship)}] AS ${v}`),
    ...totals,
    ...tail.columns,
  ].filter(Boolean);
  return {
    cypher: [
      `OPTIONAL MATCH (direct:Entity {id: $id})
OPTIONAL CALL (direct) {
  UNWIND CASE WHEN direct IS NULL THEN [$id] ELSE [] END AS merged
  MATCH (kept:Entity) WHERE merged IN kept.mergedIds
  RETURN kept ORDER BY kept.id LIMIT 1
}
WITH coalesce(direct, kept) AS e WHERE e IS NOT NULL`,
      ...pageCalls,
      pages.length > 0 ? `WITH *, ${pageVars.join(' + ')} AS rels` : null,
      tail.cypher || null,
      `RETURN ${columns.join(', ')}`,
    ]
      .filter(Boolean)
      .join('\n'),
    params,
  };
}

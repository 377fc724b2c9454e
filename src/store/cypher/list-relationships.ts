/**
 * Pure builders of the relationship listings: a page of relationships (of an entity, cited by an
 * article, passing the edge filter) with its selected details, and the same page of the
 * relationships of many entities at once. Relationship types come from the vocabulary; every other
 * value is a parameter.
 */
import type { Query } from '../gateway.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { edgeParams, edgePredicate, FULL_SHAPE, relationshipMap, typePattern, type EdgeFilter, type Shape } from './fragments.js';
import { NO_DETAILS, returnRelationships, type RelationshipDetails } from './relationship-details.js';
import { pageTotal } from './entity-read.js';

/** Filters for relationship listings. */
export interface RelationshipFilter extends EdgeFilter {
  entityId: string | null;
  articleId: string | null;
}

function relationshipMatch(f: RelationshipFilter): string {
  const pattern = typePattern(f.types);
  const base = f.entityId ? `MATCH (:Entity {id: $entityId})-[r${pattern}]-(:Entity)` : `MATCH (:Entity)-[r${pattern}]->(:Entity)`;
  const byArticle = f.articleId ? ` AND EXISTS { MATCH (ev:Evidence {relationshipId: r.id})-[:FROM]->(:Article {id: $articleId}) }` : '';
  return `${base}\nWHERE ${edgePredicate('r')}${byArticle}`;
}

function filterParams(f: RelationshipFilter): Record<string, unknown> {
  return { entityId: f.entityId, articleId: f.articleId, ...edgeParams(f) };
}

/** One page of relationships in id order after the cursor, plus the total, and the selected details. */
export function listRelationships({
  filter,
  after,
  limit,
  withTotal = true,
  details = NO_DETAILS,
  shape = FULL_SHAPE,
}: {
  filter: RelationshipFilter;
  after: string | null;
  limit: number;
  withTotal?: boolean;
  details?: RelationshipDetails;
  shape?: Shape;
}): Query {
  const match = relationshipMatch(filter);
  return {
    cypher: `${withTotal ? `CALL () { ${match} RETURN count(DISTINCT r) AS total }\n` : ''}CALL () {
  ${match} AND ($after IS NULL OR r.id > $after)
  WITH DISTINCT r ORDER BY r.id LIMIT $limit
  RETURN collect(r) AS rels
}
${returnRelationships(details, [withTotal ? 'total' : 'null AS total'], shape)}`,
    params: { ...filterParams(filter), after, limit },
  };
}

/**
 * The same page of relationships of each of these entities (a direction, types, a cursor, a size):
 * one row per entity found, with its page in id order and the total when asked. One statement for
 * any number of entities (a list of entities each selecting its relationships).
 */
export function entityRelationships({
  ids,
  direction,
  types,
  after,
  limit,
  withTotal = true,
}: {
  ids: readonly string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  types?: readonly RelationType[] | undefined;
  after: string | null;
  limit: number;
  /** Count every matching relationship too (a look-up of the counts Neo4j keeps): when `totalCount` is selected. */
  withTotal?: boolean;
}): Query {
  const pattern = typePattern(types);
  const arrow = direction === 'OUT' ? `-[r${pattern}]->` : direction === 'IN' ? `<-[r${pattern}]-` : `-[r${pattern}]-`;
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) { MATCH (e)${arrow}(:Entity) WHERE $after IS NULL OR r.id > $after WITH DISTINCT r ORDER BY r.id LIMIT $limit RETURN collect(${relationshipMap('r')}) AS rels }
RETURN id, ${withTotal ? `${pageTotal('e', { direction, types })} AS total` : 'null AS total'}, rels`,
    params: { ids, after, limit },
  };
}

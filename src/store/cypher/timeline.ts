/**
 * Pure builders of the dated reads: the claims of the graph (or of one entity) in valid-time order,
 * and the claims between two sides, each with its selected details. Relationship types come from
 * the vocabulary; every other value is a parameter.
 */
import type { Query } from '../gateway.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { edgeParams, edgePredicate, FULL_SHAPE, typePattern, type EdgeFilter, type Shape } from './fragments.js';
import { NO_DETAILS, returnRelationships, type RelationshipDetails } from './relationship-details.js';

/** Dated relationships (optionally of one entity) in valid-time order, and the selected details. */
export function timeline({
  entityId,
  filter,
  limit,
  details = NO_DETAILS,
  shape = FULL_SHAPE,
}: {
  entityId: string | null;
  filter: EdgeFilter;
  limit: number;
  details?: RelationshipDetails;
  shape?: Shape;
}): Query {
  const pattern = typePattern(filter.types);
  const match = entityId ? `MATCH (:Entity {id: $entityId})-[r${pattern}]-(:Entity)` : `MATCH (:Entity)-[r${pattern}]->(:Entity)`;
  return {
    cypher: `${match}
WHERE coalesce(r.validStart, r.validEnd) IS NOT NULL AND ${edgePredicate('r')}
WITH DISTINCT r ORDER BY coalesce(r.validStart, r.validEnd), coalesce(r.validEnd, r.validStart), r.id LIMIT $limit
WITH collect(r) AS rels
${returnRelationships(details, [], shape)}`,
    params: { entityId, ...edgeParams(filter), limit },
  };
}

/**
 * Dated claims between a side-A actor and a side-B actor, in time order (with the selected details), leaving out claims
 * within one side. An actor is on a side when it is that entity or reaches it within three
 * affiliation hops: outward along `up` types (an official LEADS a state, a company is
 * AFFILIATED_WITH a country) or inward along `down` types (a port is OPERATED or OWNED by a company).
 */
export function bilateral({
  a,
  b,
  up,
  down,
  filter,
  limit,
  details = NO_DETAILS,
  shape = FULL_SHAPE,
}: {
  a: string;
  b: string;
  up: readonly RelationType[];
  down: readonly RelationType[];
  filter: EdgeFilter;
  limit: number;
  details?: RelationshipDetails;
  shape?: Shape;
}): Query {
  return {
    cypher: `MATCH (ca:Entity {id: $a}), (cb:Entity {id: $b})
CALL (ca) {
  MATCH p = (x:Entity)-[${typePattern([...up, ...down])}*0..3]-(ca)
  WHERE all(i IN range(0, length(p) - 1) WHERE
    (type(relationships(p)[i]) IN $up AND startNode(relationships(p)[i]) = nodes(p)[i]) OR
    (type(relationships(p)[i]) IN $down AND endNode(relationships(p)[i]) = nodes(p)[i]))
  RETURN collect(DISTINCT x) AS sideA
}
CALL (cb) {
  MATCH p = (y:Entity)-[${typePattern([...up, ...down])}*0..3]-(cb)
  WHERE all(i IN range(0, length(p) - 1) WHERE
    (type(relationships(p)[i]) IN $up AND startNode(relationships(p)[i]) = nodes(p)[i]) OR
    (type(relationships(p)[i]) IN $down AND endNode(relationships(p)[i]) = nodes(p)[i]))
  RETURN collect(DISTINCT y) AS sideB
}
UNWIND sideA AS x
MATCH (x)-[r${typePattern(filter.types)}]-(y:Entity)
WHERE y IN sideB AND NOT x IN sideB AND NOT y IN sideA AND coalesce(r.validStart, r.validEnd) IS NOT NULL AND ${edgePredicate('r')}
WITH DISTINCT r ORDER BY coalesce(r.validStart, r.validEnd), coalesce(r.validEnd, r.validStart), r.id LIMIT $limit
WITH collect(r) AS rels
${returnRelationships(details, [], shape)}`,
    params: { a, b, up, down, ...edgeParams(filter), limit },
  };
}

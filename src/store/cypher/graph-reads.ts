/**
 * Pure builders of the graph queries behind the API: listings, neighbourhoods, paths, timelines,
 * statistics. Numbers spliced into patterns (hop bounds, k) are integers checked by the caller;
 * relationship types come from the vocabulary; every other value is a parameter.
 */
import type { Query } from '../gateway.js';
import { FIRM_STATUSES, type RelationType } from '../../domain/vocabulary.js';
import {
  articleMap,
  edgeParams,
  edgePredicate,
  entityMap,
  FULL_SHAPE,
  relationshipMap,
  typePattern,
  type EdgeFilter,
  type Shape,
} from './fragments.js';
import { DEGREE, NO_DETAILS, pageTotal, returnRelationships, type RelationshipDetails } from './compiled-reads.js';

export type { EdgeFilter };

function hops(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new Error(`hop bound out of range: ${n}`);
  return n;
}

/** One page of entities in (name, id) order after the keyset cursor, plus the total. */
export function listEntities({ type, after, limit }: { type: string | null; after: [string, string] | null; limit: number }): Query {
  return {
    cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
WITH count(e) AS total
CALL (total) {
  MATCH (e:Entity) WHERE ($type IS NULL OR e.type = $type)
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  RETURN e ORDER BY e.name, e.id LIMIT $limit
}
RETURN total, ${entityMap('e')} AS entity`,
    params: { type, afterName: after?.[0] ?? null, afterId: after?.[1] ?? null, limit },
  };
}

/** Counts entities (the total for an empty page). */
export function countEntities({ type }: { type: string | null }): Query {
  return { cypher: 'MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type RETURN count(e) AS total', params: { type } };
}

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

/**
 * Up to `k` shortest paths between two entities, ignoring direction, each as its node ids and
 * relationships; no rows when none is within `maxHops` or when the ends are the same entity.
 *
 * `k = 1` uses Neo4j's `shortestPath`: a bidirectional breadth-first search that grows a frontier
 * from each end and stops where they first meet, so its cost grows slowly with the graph (at 1M
 * relationships, p99 21 ms single-threaded against 111 ms for `allShortestPaths` and over 500 ms
 * for `ALL SHORTEST`, which expands from one end only). The filter is written as
 * `all(r IN rs WHERE …)` over the path's relationships, a form the planner evaluates during the
 * search instead of falling back to enumerating paths. `k > 1` uses `SHORTEST k`, the k shortest
 * paths of any length. No ORDER BY in either: sorting would make Neo4j enumerate every path before
 * the LIMIT; the reader orders what comes back. For `k = 1`, each hop then takes the firmest of the
 * relationships between its two entities (then the lowest id), so the answer does not depend on
 * the order the store keeps them in.
 */
export function shortestPaths({
  from,
  to,
  maxHops,
  filter,
  k,
}: {
  from: string;
  to: string;
  maxHops: number;
  filter: EdgeFilter;
  k: number;
}): Query {
  if (!Number.isInteger(k) || k < 1 || k > 1000) throw new Error(`k out of range: ${k}`);
  const types = typePattern(filter.types);
  if (k === 1) {
    // Which of several relationships between two consecutive entities the search walked depends
    // on storage order; each hop takes instead the firmest claim there, then the lowest id.
    return {
      cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE a <> b
MATCH p = shortestPath((a)-[rs${types}*1..${hops(maxHops)}]-(b))
WHERE all(r IN rs WHERE ${edgePredicate('r')})
WITH nodes(p) AS ns LIMIT 1
UNWIND range(0, size(ns) - 2) AS i
CALL (ns, i) {
  WITH ns[i] AS x, ns[i + 1] AS y
  MATCH (x)-[r${types}]-(y)
  WHERE ${edgePredicate('r')}
  RETURN r ORDER BY CASE WHEN r.status IN $firm THEN 0 ELSE 1 END, r.id LIMIT 1
}
WITH ns, i, r ORDER BY i
WITH ns, collect(r) AS hops
RETURN [n IN ns | n.id] AS nodeIds, [x IN hops | ${relationshipMap('x')}] AS rels`,
      params: { from, to, firm: FIRM_STATUSES, ...edgeParams(filter) },
    };
  }
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${k} (a)(()-[r${types}]-() WHERE ${edgePredicate('r')}){1,${hops(maxHops)}}(b)
WITH p LIMIT $k
RETURN [n IN nodes(p) | n.id] AS nodeIds, [x IN relationships(p) | ${relationshipMap('x')}] AS rels`,
    params: { from, to, k, ...edgeParams(filter) },
  };
}

/** Entities directly related to both a and b, by name. */
export function commonNeighbors({ a, b, limit }: { a: string; b: string; limit: number }): Query {
  return {
    cypher: `MATCH (:Entity {id: $a})--(n:Entity)--(:Entity {id: $b})
WHERE NOT n.id IN [$a, $b]
WITH DISTINCT n ORDER BY n.name, n.id LIMIT $limit
RETURN ${entityMap('n')} AS entity`,
    params: { a, b, limit },
  };
}

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

/** Degree of every entity (optionally of one type), highest first. */
export function degreeRanking({ type, limit }: { type: string | null; limit: number }): Query {
  return {
    cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
WITH e, ${DEGREE('e')} AS score
ORDER BY score DESC, e.name, e.id LIMIT $limit
RETURN ${entityMap('e')} AS entity, score`,
    params: { type, limit },
  };
}

/** Every entity-to-entity edge as a pair of ids, for in-process PageRank. */
export function allEdges(): Query {
  return { cypher: 'MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, t.id AS t', params: {} };
}

/** Entities by id, for ranking results. */
export function entitiesOfType({ type }: { type: string | null }): Query {
  return { cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type RETURN ${entityMap('e')} AS entity`, params: { type } };
}

/** One page of articles, newest first, keyset on (publication start, id). */
export function listArticles({ after, limit }: { after: [string, string] | null; limit: number }): Query {
  return {
    cypher: `CALL () { MATCH (a:Article) RETURN count(a) AS total }
CALL () {
  MATCH (a:Article)
  WITH a, coalesce(a.publishedStart, '0000-00-00') AS k
  WHERE $afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND a.id > $afterId)
  WITH a, k ORDER BY k DESC, a.id LIMIT $limit
  RETURN collect({article: ${articleMap('a')}, key: k}) AS page
}
RETURN total, page`,
    params: { afterKey: after?.[0] ?? null, afterId: after?.[1] ?? null, limit },
  };
}

/** Counts of the whole graph, by entity type and by relation type. */
export function graphStats(): Query {
  return {
    cypher: `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS entitiesByType }
CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS relationshipsByType }
CALL () { MATCH (:Entity)-[r]->(:Entity) WITH DISTINCT r.status AS status ORDER BY status RETURN collect(status) AS statuses }
RETURN entities, relationships, articles, evidence, entitiesByType, relationshipsByType, statuses`,
    params: {},
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

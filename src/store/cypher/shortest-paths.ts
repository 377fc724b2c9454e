/**
 * Pure builders of the path reads: shortest paths between two entities, and the entities related
 * to both of two. Numbers spliced into patterns (hop bounds, k) are integers checked here;
 * relationship types come from the vocabulary; every other value is a parameter.
 */
import type { Query } from '../gateway.js';
import { FIRM_STATUSES } from '../../domain/vocabulary.js';
import { edgeParams, edgePredicate, entityMap, relationshipMap, typePattern, type EdgeFilter } from './fragments.js';

function hops(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new Error(`hop bound out of range: ${n}`);
  return n;
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

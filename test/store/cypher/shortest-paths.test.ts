import { describe, expect, it } from 'vitest';
import * as g from '../../../src/store/cypher/shortest-paths.js';
import { entityMap, NO_FILTER, relationshipMap } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';
import { EDGE, HOSTILE_FILTER, NO_EDGE_PARAMS, types } from '../../helpers/edge-filter-shape.js';

describe('store: shortestPaths', () => {
  it('finds one shortest path with Neo4j’s bidirectional search, each hop on its firmest claim', () => {
    const q = g.shortestPaths({
      from: 'dina-boluarte',
      to: 'cosco-shipping',
      maxHops: 4,
      filter: { ...NO_FILTER, types: types('VISITED', 'LEADS') },
      k: 1,
    });
    expect(q.cypher).toBe(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) WHERE a <> b
MATCH p = shortestPath((a)-[rs:LEADS|VISITED*1..4]-(b))
WHERE all(r IN rs WHERE ${EDGE})
WITH nodes(p) AS ns LIMIT 1
UNWIND range(0, size(ns) - 2) AS i
CALL (ns, i) {
  WITH ns[i] AS x, ns[i + 1] AS y
  MATCH (x)-[r:LEADS|VISITED]-(y)
  WHERE ${EDGE}
  RETURN r ORDER BY CASE WHEN r.status IN $firm THEN 0 ELSE 1 END, r.id LIMIT 1
}
WITH ns, i, r ORDER BY i
WITH ns, collect(r) AS hops
RETURN [n IN ns | n.id] AS nodeIds, [x IN hops | ${relationshipMap('x')}] AS rels`);
    expect(q.params).toEqual({ from: 'dina-boluarte', to: 'cosco-shipping', firm: ['REPORTED', 'CONFIRMED'], ...NO_EDGE_PARAMS });
  });

  it('finds the k shortest paths with SHORTEST k, k also a parameter of the LIMIT', () => {
    const q = g.shortestPaths({ from: 'a', to: 'b', maxHops: 6, filter: NO_FILTER, k: 3 });
    expect(q.cypher).toBe(`MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 3 (a)(()-[r]-() WHERE ${EDGE}){1,6}(b)
WITH p LIMIT $k
RETURN [n IN nodes(p) | n.id] AS nodeIds, [x IN relationships(p) | ${relationshipMap('x')}] AS rels`);
    expect(q.params).toEqual({ from: 'a', to: 'b', k: 3, ...NO_EDGE_PARAMS });
  });

  it('gives one path text per hop bound and k, whatever the order of the types and the values', () => {
    for (const k of [1, 5]) {
      const a = g.shortestPaths({ from: 'a', to: 'b', maxHops: 3, filter: { ...NO_FILTER, types: types('VISITED', 'SIGNED') }, k });
      const b = g.shortestPaths({
        from: 'c',
        to: 'd',
        maxHops: 3,
        filter: { ...NO_FILTER, types: types('SIGNED', 'VISITED'), statuses: ['REPORTED'] },
        k,
      });
      expect(a.cypher).toBe(b.cypher);
      expectOnlyInParams(g.shortestPaths({ from: HOSTILE, to: HOSTILE, maxHops: 3, filter: HOSTILE_FILTER, k }));
    }
  });

  it('refuses a hop bound or a k that is not an integer in range before writing a text', () => {
    const path =
      (maxHops: number, k = 1) =>
      () =>
        g.shortestPaths({ from: 'a', to: 'b', maxHops, filter: NO_FILTER, k });
    for (const k of [1, 2]) {
      for (const bad of [0, -1, 11, 2.5, Number.NaN, Number.POSITIVE_INFINITY])
        expect(path(bad, k)).toThrow(`hop bound out of range: ${bad}`);
      expect(path(1, k)).not.toThrow();
      expect(path(10, k)).not.toThrow();
    }
    for (const bad of [0, -3, 1001, 1.5, Number.NaN]) expect(path(3, bad)).toThrow(`k out of range: ${bad}`);
    expect(path(3, 1000)).not.toThrow();
  });
});

describe('store: commonNeighbors', () => {
  it('reads the entities related to both of two, by name', () => {
    expect(g.commonNeighbors({ a: 'peru', b: 'china', limit: 20 })).toEqual({
      cypher: `MATCH (:Entity {id: $a})--(n:Entity)--(:Entity {id: $b})
WHERE NOT n.id IN [$a, $b]
WITH DISTINCT n ORDER BY n.name, n.id LIMIT $limit
RETURN ${entityMap('n')} AS entity`,
      params: { a: 'peru', b: 'china', limit: 20 },
    });
    expectOnlyInParams(g.commonNeighbors({ a: HOSTILE, b: 'x', limit: 1 }));
  });
});

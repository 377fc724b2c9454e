import { describe, expect, it } from 'vitest';
import * as g from '../../../src/store/cypher/graph-reads.js';
import { NO_DETAILS } from '../../../src/store/cypher/compiled-reads.js';
import { articleMap, edgePredicate, entityMap, NO_FILTER, relationshipMap } from '../../../src/store/cypher/fragments.js';
import type { RelationType } from '../../../src/domain/vocabulary.js';
import { HOSTILE, expectInOrder, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const types = (...t: string[]): RelationType[] => t as RelationType[];
/** The edge filter's condition on `r` and its parameters when nothing filters. */
const EDGE = edgePredicate('r');
const NO_EDGE_PARAMS = { statuses: null, asOfStart: null, asOfEnd: null, windowStart: null, windowEnd: null };
const HOSTILE_FILTER = { statuses: [HOSTILE], asOfStart: HOSTILE, asOfEnd: HOSTILE, windowStart: HOSTILE, windowEnd: HOSTILE };
const RELS = `[x IN rels | ${relationshipMap('x')}] AS rels`;
const noRels = { entityId: null, articleId: null, ...NO_FILTER };

describe('store: graph reads, entities and articles', () => {
  it('lists a page of entities after a (name, id) cursor, with the total', () => {
    const q = g.listEntities({ type: 'PERSON', after: ['Dina Boluarte', 'dina-boluarte'], limit: 21 });
    expect(q.cypher).toBe(`MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
WITH count(e) AS total
CALL (total) {
  MATCH (e:Entity) WHERE ($type IS NULL OR e.type = $type)
    AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
  RETURN e ORDER BY e.name, e.id LIMIT $limit
}
RETURN total, ${entityMap('e')} AS entity`);
    expect(q.params).toEqual({ type: 'PERSON', afterName: 'Dina Boluarte', afterId: 'dina-boluarte', limit: 21 });
    expect(g.listEntities({ type: null, after: null, limit: 5 })).toEqual({
      cypher: q.cypher,
      params: { type: null, afterName: null, afterId: null, limit: 5 },
    });
    expectOnlyInParams(g.listEntities({ type: HOSTILE, after: [HOSTILE, 'x'], limit: 1 }));
  });

  it('counts entities, of one type or all', () => {
    expect(g.countEntities({ type: null })).toEqual({
      cypher: 'MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type RETURN count(e) AS total',
      params: { type: null },
    });
    expectOnlyInParams(g.countEntities({ type: HOSTILE }));
  });

  it('reads entities of a type, every edge, and the degree ranking', () => {
    expect(g.entitiesOfType({ type: 'PORT' })).toEqual({
      cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type RETURN ${entityMap('e')} AS entity`,
      params: { type: 'PORT' },
    });
    expect(g.allEdges()).toEqual({ cypher: 'MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, t.id AS t', params: {} });
    expect(g.degreeRanking({ type: null, limit: 10 })).toEqual({
      cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
WITH e, COUNT { (e)--() } AS score
ORDER BY score DESC, e.name, e.id LIMIT $limit
RETURN ${entityMap('e')} AS entity, score`,
      params: { type: null, limit: 10 },
    });
    expectOnlyInParams(g.entitiesOfType({ type: HOSTILE }));
    expectOnlyInParams(g.degreeRanking({ type: HOSTILE, limit: 1 }));
  });

  it('lists a page of articles newest first after a (publication start, id) cursor, with the total', () => {
    const q = g.listArticles({ after: ['2024-11-14', 'reuters-chancay'], limit: 11 });
    expect(q.cypher).toBe(`CALL () { MATCH (a:Article) RETURN count(a) AS total }
CALL () {
  MATCH (a:Article)
  WITH a, coalesce(a.publishedStart, '0000-00-00') AS k
  WHERE $afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND a.id > $afterId)
  WITH a, k ORDER BY k DESC, a.id LIMIT $limit
  RETURN collect({article: ${articleMap('a')}, key: k}) AS page
}
RETURN total, page`);
    expect(q.params).toEqual({ afterKey: '2024-11-14', afterId: 'reuters-chancay', limit: 11 });
    expect(g.listArticles({ after: null, limit: 1 }).params).toEqual({ afterKey: null, afterId: null, limit: 1 });
    expectOnlyInParams(g.listArticles({ after: [HOSTILE, HOSTILE], limit: 1 }));
  });

  it('counts the whole graph, by entity type and by relation type, in one statement', () => {
    expect(g.graphStats()).toEqual({
      cypher: `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS entitiesByType }
CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS relationshipsByType }
CALL () { MATCH (:Entity)-[r]->(:Entity) WITH DISTINCT r.status AS status ORDER BY status RETURN collect(status) AS statuses }
RETURN entities, relationships, articles, evidence, entitiesByType, relationshipsByType, statuses`,
      params: {},
    });
  });

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

describe('store: graph reads, relationship listings', () => {
  it('lists a page of an entity’s relationships of some types, cited by an article, with the total', () => {
    const q = g.listRelationships({
      filter: { ...NO_FILTER, entityId: 'peru', articleId: 'reuters-1', types: types('VISITED', 'SIGNED') },
      after: 'signed-0',
      limit: 21,
    });
    const match = `MATCH (:Entity {id: $entityId})-[r:SIGNED|VISITED]-(:Entity)
WHERE ${EDGE} AND EXISTS { MATCH (ev:Evidence {relationshipId: r.id})-[:FROM]->(:Article {id: $articleId}) }`;
    expect(q.cypher).toBe(`CALL () { ${match} RETURN count(DISTINCT r) AS total }
CALL () {
  ${match} AND ($after IS NULL OR r.id > $after)
  WITH DISTINCT r ORDER BY r.id LIMIT $limit
  RETURN collect(r) AS rels
}
RETURN total, ${RELS}`);
    expect(q.params).toEqual({ entityId: 'peru', articleId: 'reuters-1', ...NO_EDGE_PARAMS, after: 'signed-0', limit: 21 });
  });

  it('lists every relationship once, outgoing, without the total when not asked', () => {
    expect(g.listRelationships({ filter: noRels, after: null, limit: 5, withTotal: false }).cypher).toBe(`CALL () {
  MATCH (:Entity)-[r]->(:Entity)
WHERE ${EDGE} AND ($after IS NULL OR r.id > $after)
  WITH DISTINCT r ORDER BY r.id LIMIT $limit
  RETURN collect(r) AS rels
}
RETURN null AS total, ${RELS}`);
  });

  it('reads the details selected and projects the fields the shape names', () => {
    const q = g.listRelationships({
      filter: noRels,
      after: null,
      limit: 5,
      details: { ...NO_DETAILS, evidence: true },
      shape: { entity: [], relationship: ['status'], article: [], quote: false },
    });
    expectInOrder(q.cypher, [
      'CALL () {',
      'RETURN collect(r) AS rels',
      'CALL (rels) {',
      'collect({id: ev.id, publishedStart: a.publishedStart, articleId: a.id}) AS items',
      `RETURN total, [x IN rels | ${relationshipMap('x', ['status'])}] AS rels, details`,
    ]);
  });

  it('gives one text whatever the order of the types and whatever the values', () => {
    const a = g.listRelationships({
      filter: { ...noRels, entityId: 'a', types: types('VISITED', 'SIGNED', 'LEADS') },
      after: null,
      limit: 5,
    });
    const b = g.listRelationships({
      filter: { ...noRels, entityId: 'b', types: types('LEADS', 'SIGNED', 'VISITED', 'SIGNED') },
      after: 'x',
      limit: 50,
    });
    expect(a.cypher).toBe(b.cypher);
    expect(a.cypher).toContain('-[r:LEADS|SIGNED|VISITED]-');
  });

  it('passes every value as a parameter', () => {
    expectOnlyInParams(
      g.listRelationships({ filter: { ...HOSTILE_FILTER, entityId: HOSTILE, articleId: HOSTILE }, after: HOSTILE, limit: 1 }),
    );
    expect(() => g.listRelationships({ filter: { ...noRels, types: types(HOSTILE) }, after: null, limit: 1 })).toThrow(
      `Not a relation type: ${HOSTILE}`,
    );
  });

  it('reads the same page of relationships of many entities in one statement, each direction its arrow', () => {
    const q = g.entityRelationships({
      ids: ['peru', 'china'],
      direction: 'OUT',
      types: types('VISITED', 'SIGNED'),
      after: 'signed-0',
      limit: 6,
    });
    expect(q.cypher).toBe(`UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) { MATCH (e)-[r:SIGNED|VISITED]->(:Entity) WHERE $after IS NULL OR r.id > $after WITH DISTINCT r ORDER BY r.id LIMIT $limit RETURN collect(${relationshipMap('r')}) AS rels }
RETURN id, COUNT { (e)-[:SIGNED|VISITED]->() } AS total, rels`);
    expect(q.params).toEqual({ ids: ['peru', 'china'], after: 'signed-0', limit: 6 });
    const of = (direction: 'OUT' | 'IN' | 'BOTH') =>
      g.entityRelationships({ ids: ['x'], direction, after: null, limit: 1, withTotal: false }).cypher;
    expect(of('IN')).toContain('MATCH (e)<-[r]-(:Entity)');
    expect(of('BOTH')).toContain('MATCH (e)-[r]-(:Entity)');
    expect(of('OUT')).toContain('RETURN id, null AS total, rels');
    expect(
      g.entityRelationships({ ids: ['x'], direction: 'IN', types: types('SIGNED', 'VISITED'), after: null, limit: 1 }).cypher,
    ).toContain('COUNT { (e)<-[:SIGNED|VISITED]-() } AS total');
    expect(
      g.entityRelationships({ ids: ['y', 'z'], direction: 'OUT', types: types('SIGNED', 'VISITED'), after: null, limit: 9 }).cypher,
    ).toBe(q.cypher);
    expectOnlyInParams(g.entityRelationships({ ids: [HOSTILE], direction: 'BOTH', after: HOSTILE, limit: 1 }));
  });

  it('reads dated relationships in valid-time order, of one entity or of all', () => {
    const q = g.timeline({ entityId: 'peru', filter: { ...NO_FILTER, types: types('VISITED', 'SIGNED') }, limit: 50 });
    expect(q.cypher).toBe(`MATCH (:Entity {id: $entityId})-[r:SIGNED|VISITED]-(:Entity)
WHERE coalesce(r.validStart, r.validEnd) IS NOT NULL AND ${EDGE}
WITH DISTINCT r ORDER BY coalesce(r.validStart, r.validEnd), coalesce(r.validEnd, r.validStart), r.id LIMIT $limit
WITH collect(r) AS rels
RETURN ${RELS}`);
    expect(q.params).toEqual({ entityId: 'peru', ...NO_EDGE_PARAMS, limit: 50 });
    expect(g.timeline({ entityId: null, filter: NO_FILTER, limit: 1 }).cypher).toMatch(/^MATCH \(:Entity\)-\[r\]->\(:Entity\)\n/);
    expect(g.timeline({ entityId: 'x', filter: { ...NO_FILTER, types: types('SIGNED', 'VISITED') }, limit: 1 }).cypher).toBe(q.cypher);
    expectOnlyInParams(g.timeline({ entityId: HOSTILE, filter: HOSTILE_FILTER, limit: 1 }));
  });
});

describe('store: graph reads, paths and sides', () => {
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

  it('reads the dated claims between two sides, each side its actor and its affiliates within three hops', () => {
    const filter = { ...NO_FILTER, types: types('VISITED', 'SIGNED') };
    const q = g.bilateral({ a: 'china', b: 'peru', up: types('LEADS', 'AFFILIATED_WITH'), down: types('OWNS'), filter, limit: 100 });
    const side = (v: string, end: string, out: string) => `CALL (${end}) {
  MATCH p = (${v}:Entity)-[:AFFILIATED_WITH|LEADS|OWNS*0..3]-(${end})
  WHERE all(i IN range(0, length(p) - 1) WHERE
    (type(relationships(p)[i]) IN $up AND startNode(relationships(p)[i]) = nodes(p)[i]) OR
    (type(relationships(p)[i]) IN $down AND endNode(relationships(p)[i]) = nodes(p)[i]))
  RETURN collect(DISTINCT ${v}) AS ${out}
}`;
    expect(q.cypher).toBe(`MATCH (ca:Entity {id: $a}), (cb:Entity {id: $b})
${side('x', 'ca', 'sideA')}
${side('y', 'cb', 'sideB')}
UNWIND sideA AS x
MATCH (x)-[r:SIGNED|VISITED]-(y:Entity)
WHERE y IN sideB AND NOT x IN sideB AND NOT y IN sideA AND coalesce(r.validStart, r.validEnd) IS NOT NULL AND ${EDGE}
WITH DISTINCT r ORDER BY coalesce(r.validStart, r.validEnd), coalesce(r.validEnd, r.validStart), r.id LIMIT $limit
WITH collect(r) AS rels
RETURN ${RELS}`);
    expect(q.params).toEqual({ a: 'china', b: 'peru', up: ['LEADS', 'AFFILIATED_WITH'], down: ['OWNS'], ...NO_EDGE_PARAMS, limit: 100 });
    const reordered = g.bilateral({
      a: 'x',
      b: 'y',
      up: types('AFFILIATED_WITH', 'LEADS'),
      down: types('OWNS'),
      filter: { ...NO_FILTER, types: types('SIGNED', 'VISITED') },
      limit: 5,
    });
    expect(reordered.cypher).toBe(q.cypher);
    expectOnlyInParams(g.bilateral({ a: HOSTILE, b: HOSTILE, up: types('LEADS'), down: [], filter: HOSTILE_FILTER, limit: 1 }));
  });
});

import { describe, expect, it } from 'vitest';
import * as g from '../../../src/store/cypher/list-relationships.js';
import { NO_DETAILS } from '../../../src/store/cypher/relationship-details.js';
import { NO_FILTER, relationshipMap } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectInOrder, expectOnlyInParams } from '../../helpers/cypher-shape.js';
import { EDGE, HOSTILE_FILTER, NO_EDGE_PARAMS, types } from '../../helpers/edge-filter-shape.js';

const RELS = `[x IN rels | ${relationshipMap('x')}] AS rels`;
const noRels = { entityId: null, articleId: null, ...NO_FILTER };

describe('store: relationship listings', () => {
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
});

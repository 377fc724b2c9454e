import { describe, expect, it } from 'vitest';
import * as g from '../../../src/store/cypher/timeline.js';
import { NO_FILTER, relationshipMap } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';
import { EDGE, HOSTILE_FILTER, NO_EDGE_PARAMS, types } from '../../helpers/edge-filter-shape.js';

const RELS = `[x IN rels | ${relationshipMap('x')}] AS rels`;

describe('store: timeline', () => {
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

describe('store: bilateral', () => {
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

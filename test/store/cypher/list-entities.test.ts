import { describe, expect, it } from 'vitest';
import * as g from '../../../src/store/cypher/list-entities.js';
import { entityMap } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

describe('store: listEntities and countEntities', () => {
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
});

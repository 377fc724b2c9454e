import { describe, expect, it } from 'vitest';
import { createEntities } from '../../../src/store/cypher/create-entities.js';
import { refreshOffices } from '../../../src/store/cypher/search-keys.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

describe('store: createEntities, by shape', () => {
  it('creates the entities of the rows and renews the office keys at each, in one text whatever the rows', () => {
    const rows = [{ id: 'minmetals', props: { name: 'Minmetals', type: 'COMPANY' } }];
    const q = createEntities({ rows });
    expect(q).toEqual({
      cypher: `UNWIND $rows AS row CREATE (e:Entity {id: row.id}) SET e += row.props WITH e ${refreshOffices('e')}`,
      params: { rows },
    });
    expect(q.cypher).toBe(
      'UNWIND $rows AS row CREATE (e:Entity {id: row.id}) SET e += row.props WITH e ' +
        'CALL (e) { MATCH (e)-[o:HOLDS_OFFICE_IN|LEADS]-() WITH o, endNode(o) AS place SET o.officeText = CASE WHEN o.roleText IS NULL ' +
        "THEN null ELSE o.roleText + ' ' + coalesce(place.searchText, '') END }",
    );
    expect(createEntities({ rows: [] }).cypher).toBe(q.cypher);
  });

  it('carries the rows only as a parameter', () => {
    expectOnlyInParams(createEntities({ rows: [{ id: HOSTILE, props: { name: HOSTILE } }] }));
  });
});

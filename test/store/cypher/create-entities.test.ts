import { describe, expect, it } from 'vitest';
import { createEntities } from '../../../src/store/cypher/create-entities.js';
import { refreshIdentifierKeys } from '../../../src/store/cypher/identifier-keys.js';
import { refreshOffices } from '../../../src/store/cypher/search-keys.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

describe('store: createEntities, by shape', () => {
  it('creates the entities of the rows and renews the office keys at each, in one text whatever the rows', () => {
    const rows = [{ id: 'minmetals', props: { name: 'Minmetals', type: 'COMPANY' } }];
    const q = createEntities({ rows });
    expect(q).toEqual({
      cypher:
        `UNWIND $rows AS row CREATE (e:Entity {id: row.id}) SET e += row.props WITH e ${refreshOffices('e')} ` + refreshIdentifierKeys('e'),
      params: { rows },
    });
    expect(q.cypher).toBe(
      'UNWIND $rows AS row CREATE (e:Entity {id: row.id}) SET e += row.props WITH e ' +
        'CALL (e) { MATCH (e)-[o:HOLDS_OFFICE_IN|LEADS]-() WITH o, endNode(o) AS place SET o.officeText = CASE WHEN o.roleText IS NULL ' +
        "THEN null ELSE o.roleText + ' ' + coalesce(place.searchText, '') END } " +
        'CALL (e) { MATCH (k:IdentifierKey {entityId: e.id}) WHERE NOT k.key IN coalesce(e.identifiers, []) DELETE k } ' +
        'CALL (e) { UNWIND coalesce(e.identifiers, []) AS key WITH e, key ' +
        'WHERE NOT EXISTS { MATCH (:IdentifierKey {key: key, entityId: e.id}) } ' +
        'CREATE (:IdentifierKey {key: key, entityId: e.id}) }',
    );
    expect(createEntities({ rows: [] }).cypher).toBe(q.cypher);
  });

  it('carries the rows only as a parameter', () => {
    expectOnlyInParams(createEntities({ rows: [{ id: HOSTILE, props: { name: HOSTILE } }] }));
  });
});

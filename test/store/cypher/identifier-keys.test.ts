import { describe, expect, it } from 'vitest';
import * as ik from '../../../src/store/cypher/identifier-keys.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

describe('store: identifier keys, by shape', () => {
  it('renews the key nodes of an entity from its identifiers: stale ones deleted, new ones created', () => {
    expect(ik.refreshIdentifierKeys('e')).toBe(
      'CALL (e) { MATCH (k:IdentifierKey {entityId: e.id}) WHERE NOT k.key IN coalesce(e.identifiers, []) DELETE k } ' +
        'CALL (e) { UNWIND coalesce(e.identifiers, []) AS key WITH e, key ' +
        'WHERE NOT EXISTS { MATCH (:IdentifierKey {key: key, entityId: e.id}) } CREATE (:IdentifierKey {key: key, entityId: e.id}) }',
    );
    expect(ik.deleteIdentifierKeys('n')).toBe('CALL (n) { MATCH (k:IdentifierKey {entityId: n.id}) DELETE k }');
  });

  it('finds the entity of an identifier through two seeks, projecting the fields asked for', () => {
    expect(ik.entityByIdentifier({ key: 'ISO3166:PE' })).toEqual({
      cypher: `MATCH (k:IdentifierKey {key: $key})
MATCH (e:Entity {id: k.entityId})
RETURN e {.id, .name, .type, aliases: coalesce(e.aliases, []), .description, mergedIds: coalesce(e.mergedIds, []), identifierKeys: coalesce(e.identifiers, [])} AS entity`,
      params: { key: 'ISO3166:PE' },
    });
    expect(
      ik.entityByIdentifier({ key: 'ISO3166:PE', shape: { entity: ['identifiers'], relationship: [], article: [], quote: false } }).cypher,
    ).toBe(
      'MATCH (k:IdentifierKey {key: $key})\nMATCH (e:Entity {id: k.entityId})\n' +
        'RETURN e {.id, .name, identifierKeys: coalesce(e.identifiers, [])} AS entity',
    );
  });

  it('carries keys only as parameters', () => {
    expectOnlyInParams(ik.entityByIdentifier({ key: HOSTILE }));
  });
});

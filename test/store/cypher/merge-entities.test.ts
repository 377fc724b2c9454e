import { describe, expect, it } from 'vitest';
import * as me from '../../../src/store/cypher/merge-entities.js';
import { refreshIdentifierKeys } from '../../../src/store/cypher/identifier-keys.js';
import { refreshOffices, setOfficeText } from '../../../src/store/cypher/search-keys.js';
import { HOSTILE, expectOnlyInParams, paramStrings } from '../../helpers/cypher-shape.js';

describe('store: merge statements, by shape', () => {
  it("reads an entity's properties and every relationship touching it, by id", () => {
    expect(me.entityProperties({ id: 'peru' })).toEqual({
      cypher: 'MATCH (e:Entity {id: $id}) RETURN properties(e) AS props',
      params: { id: 'peru' },
    });
    expect(me.relationshipsTouching({ id: 'peru' })).toEqual({
      cypher: `MATCH (:Entity {id: $id})-[r]-(:Entity)
RETURN DISTINCT type(r) AS type, r.id AS id, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props
ORDER BY id`,
      params: { id: 'peru' },
    });
  });

  it('deletes and creates a relationship of a vocabulary type, with the office key on an office type only', () => {
    expect(me.deleteRelationship({ type: 'SIGNED', id: 'signed-1' })).toEqual({
      cypher: 'MATCH ()-[r:SIGNED {id: $id}]->() DELETE r',
      params: { id: 'signed-1' },
    });
    const props = { id: 'signed-1', topic: 'AI' };
    expect(me.createRelationship({ type: 'SIGNED', source: 'huawei', target: 'peru', props })).toEqual({
      cypher: 'MATCH (s:Entity {id: $source}), (t:Entity {id: $target}) CREATE (s)-[r:SIGNED]->(t) SET r = $props',
      params: { source: 'huawei', target: 'peru', props },
    });
    expect(me.createRelationship({ type: 'LEADS', source: 'dina-boluarte', target: 'peru', props }).cypher).toBe(
      `MATCH (s:Entity {id: $source}), (t:Entity {id: $target}) CREATE (s)-[r:LEADS]->(t) SET r = $props, ${setOfficeText('r', 't')}`,
    );
  });

  it('refuses a relationship type outside the vocabulary before it reaches a statement', () => {
    expect(() => me.deleteRelationship({ type: 'SIGNED]->() DETACH DELETE (n' as 'SIGNED', id: 'x' })).toThrow(
      'Not a relation type of the vocabulary',
    );
    expect(() => me.createRelationship({ type: 'HUGGED' as 'SIGNED', source: 's', target: 't', props: {} })).toThrow(
      'Not a relation type of the vocabulary: HUGGED',
    );
  });

  it('replaces or deletes an entity whole, renewing the office keys at one it writes', () => {
    const props = { name: 'Peru', type: 'COUNTRY' };
    expect(me.putEntity({ id: 'peru', props })).toEqual({
      cypher: `MERGE (e:Entity {id: $id}) SET e = $props WITH e ${refreshOffices('e')} ${refreshIdentifierKeys('e')}`,
      params: { id: 'peru', props },
    });
    expect(me.deleteEntity({ id: 'peru' })).toEqual({
      cypher: 'MATCH (e:Entity {id: $id}) CALL (e) { MATCH (k:IdentifierKey {entityId: e.id}) DELETE k } DETACH DELETE e',
      params: { id: 'peru' },
    });
    expect(me.setIdentifiers({ id: 'peru', identifiers: ['ISO3166:PE'] })).toEqual({
      cypher: `MATCH (e:Entity {id: $id}) SET e.identifiers = $identifiers WITH e ${refreshIdentifierKeys('e')}`,
      params: { id: 'peru', identifiers: ['ISO3166:PE'] },
    });
  });

  it('carries ids and properties only as parameters', () => {
    expectOnlyInParams(me.entityProperties({ id: HOSTILE }));
    expectOnlyInParams(me.relationshipsTouching({ id: HOSTILE }));
    expectOnlyInParams(me.deleteRelationship({ type: 'SIGNED', id: HOSTILE }));
    expectOnlyInParams(me.createRelationship({ type: 'LEADS', source: HOSTILE, target: HOSTILE, props: { note: HOSTILE } }));
    expectOnlyInParams(me.putEntity({ id: HOSTILE, props: { name: HOSTILE } }));
    // Its text deletes by design (DETACH DELETE), so only the value's absence from it is checked.
    const del = me.deleteEntity({ id: HOSTILE });
    expect(paramStrings(del.params)).toContain(HOSTILE);
    expect(del.cypher).not.toContain(HOSTILE);
  });
});

import { describe, expect, it } from 'vitest';
import * as rc from '../../../src/store/cypher/race-check.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

describe('store: race check statements, by shape', () => {
  it('takes the locks, reads the entities holding the keys and the relationships between each pair, in one statement', () => {
    const q = rc.raceCheck({
      locks: ['pair:b', 'entity:a', 'pair:b'],
      keys: ['minmetals'],
      pairs: [{ source: 'minmetals', target: 'peru', type: 'SIGNED' }],
    });
    expect(q).toEqual({
      cypher: `CALL () { UNWIND $locks AS key MERGE (l:IngestLock {key: key}) DELETE l }
CALL () {
  UNWIND $searches AS search CALL db.index.fulltext.queryNodes('entity_keys', search) YIELD node
  WITH DISTINCT node AS e
  RETURN collect(e {.id, .name, .type, aliases: coalesce(e.aliases, []), mergedIds: coalesce(e.mergedIds, []), identifiers: coalesce(e.identifiers, [])}) AS entities
}
CALL () {
  UNWIND $pairs AS pair
  MATCH (s:Entity {id: pair.source})
  MATCH (t:Entity {id: pair.target})
  CALL (s, t, pair) { MATCH (s)-[r]->(t) WHERE type(r) = pair.type RETURN r }
  RETURN collect(r.id) AS relationshipIds
}
RETURN entities, relationshipIds`,
      params: {
        locks: ['entity:a', 'pair:b'],
        searches: ['nameKey:"minmetals" OR aliasKeys:"minmetals"'],
        pairs: [{ source: 'minmetals', target: 'peru', type: 'SIGNED' }],
      },
    });
    expect(rc.raceCheck({ locks: [], keys: [], pairs: [] })).toEqual({ cypher: q.cypher, params: { locks: [], searches: [], pairs: [] } });
  });

  it('refuses a relationship type outside the vocabulary before it reaches a statement', () => {
    expect(() => rc.raceCheck({ locks: [], keys: [], pairs: [{ source: 's', target: 't', type: 'HUGGED' as 'SIGNED' }] })).toThrow(
      'Not a relation type of the vocabulary: HUGGED',
    );
  });

  it('takes each lock once, in order, so that two writes locking the same keys wait rather than deadlock', () => {
    expect(rc.lockKeys({ keys: ['b', 'a', 'b'] })).toEqual({
      cypher: 'UNWIND $keys AS key MERGE (l:IngestLock {key: key}) DELETE l',
      params: { keys: ['a', 'b'] },
    });
  });

  it('carries keys, locks and ends only as parameters', () => {
    expectOnlyInParams(rc.raceCheck({ locks: [HOSTILE], keys: [], pairs: [{ source: HOSTILE, target: 't', type: 'SIGNED' }] }));
    expectOnlyInParams(rc.lockKeys({ keys: [HOSTILE] }));
  });
});

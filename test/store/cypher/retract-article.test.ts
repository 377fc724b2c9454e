import { describe, expect, it } from 'vitest';
import * as q from '../../../src/store/cypher/retract-article.js';
import { relationshipsOfTypedIds } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

describe('store: retraction statements, by shape', () => {
  it('reads an article with all its evidence, whole', () => {
    expect(q.articleWithEvidence({ id: 'a1' })).toEqual({
      cypher: `MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (ev:Evidence)-[:FROM]->(a)
  WITH ev ORDER BY ev.id
  RETURN collect(properties(ev)) AS evidence
}
RETURN properties(a) AS article, evidence`,
      params: { id: 'a1' },
    });
  });

  it('reads relationships by typed id, whole, with whether another article supports them, in one text whatever the types', () => {
    const a = q.relationshipStates({ relationships: [{ id: 'signed-1', type: 'SIGNED' }], articleId: 'a1' });
    expect(a.cypher.startsWith(relationshipsOfTypedIds('ids'))).toBe(true);
    expect(a.params).toEqual({ ids: { SIGNED: ['signed-1'] }, articleId: 'a1' });
    expect(q.relationshipStates({ relationships: [{ id: 'leads-2', type: 'LEADS' }], articleId: 'a2' }).cypher).toBe(a.cypher);
  });

  it('reads the dispute partners of deleted relationships between their ends, leaving the deleted out', () => {
    const d = { id: 'signed-1', type: 'SIGNED', source: 'peru', target: 'china' };
    const p = q.disputePartners({ deleted: [d] });
    expect(p.params).toEqual({ deleted: [d], deletedIds: ['signed-1'] });
    expect(p.cypher).toContain('WITH DISTINCT r WHERE NOT r.id IN $deletedIds');
    expect(() => q.disputePartners({ deleted: [{ ...d, type: 'FRIENDS' }] })).toThrow('Not a relation type of the vocabulary');
  });

  it('reads entities whole, finds the orphans among them and deletes only orphans', () => {
    expect(q.entityStates({ ids: ['peru', 'china', 'peru'] })).toEqual({
      cypher: 'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, properties(e) AS props ORDER BY id',
      params: { ids: ['peru', 'china'] },
    });
    expect(q.orphansAmong({ ids: ['x'] })).toEqual({
      cypher: 'UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE NOT EXISTS { (e)--() } RETURN id ORDER BY id',
      params: { ids: ['x'] },
    });
    expect(q.deleteOrphans({ ids: ['x'] }).cypher).toBe(
      'UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE NOT EXISTS { (e)--() } ' +
        'CALL (e) { MATCH (k:IdentifierKey {entityId: e.id}) DELETE k } ' +
        'DELETE e RETURN count(e) AS deleted',
    );
    expect(q.deleteArticle({ id: 'a1' })).toEqual({ cypher: 'MATCH (a:Article {id: $id}) DETACH DELETE a', params: { id: 'a1' } });
  });

  it('carries every id only as a parameter', () => {
    expectOnlyInParams(q.articleWithEvidence({ id: HOSTILE }));
    expectOnlyInParams(q.relationshipStates({ relationships: [{ id: `signed-${HOSTILE}`, type: 'SIGNED' }], articleId: HOSTILE }));
    expectOnlyInParams(q.disputePartners({ deleted: [{ id: HOSTILE, type: 'SIGNED', source: 's', target: 't' }] }));
    expectOnlyInParams(q.entityStates({ ids: [HOSTILE] }));
    expectOnlyInParams(q.orphansAmong({ ids: [HOSTILE] }));
  });
});

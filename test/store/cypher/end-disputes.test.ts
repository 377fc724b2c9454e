import { describe, expect, it } from 'vitest';
import { endDisputes } from '../../../src/store/cypher/end-disputes.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const deleted = (type: string, id: string) => ({ id, type, source: 'peru', target: 'china' });

describe('store: endDisputes, by shape', () => {
  it('builds one text whatever the deleted relationships and their types', () => {
    const a = endDisputes({ deleted: [deleted('SIGNED', 'signed-1'), deleted('VISITED', 'visited-2')] }).cypher;
    expect(endDisputes({ deleted: [deleted('LEADS', 'leads-3')] }).cypher).toBe(a);
    expect(endDisputes({ deleted: [] }).cypher).toBe(a);
  });

  it('seeks the relationships of each type between its ends that list it, and restores those left with none', () => {
    const q = endDisputes({ deleted: [deleted('SIGNED', 'signed-1')] });
    expect(q.params).toEqual({ deleted: [deleted('SIGNED', 'signed-1')], deletedIds: ['signed-1'] });
    expect(q.cypher).toContain(
      'CALL (s, t, d) { MATCH (s)-[r]->(t) WHERE type(r) = d.type AND d.id IN coalesce(r.disputedBy, []) RETURN r }',
    );
    expect(q.cypher).toContain('r.status = CASE WHEN restored THEN own ELSE r.status END');
    expect(q.cypher).toContain("EXISTS { MATCH (x:Audit {action: 'INGEST'}) WHERE r.id IN coalesce(x.reportedStatusAdded, []) }");
  });

  it('refuses a type outside the vocabulary, and carries ids only as parameters', () => {
    expect(() => endDisputes({ deleted: [deleted(HOSTILE, 'x')] })).toThrow('Not a relation type of the vocabulary');
    expectOnlyInParams(endDisputes({ deleted: [{ id: HOSTILE, type: 'SIGNED', source: HOSTILE, target: HOSTILE }] }));
  });
});

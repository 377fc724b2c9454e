import { describe, expect, it } from 'vitest';
import {
  changeOfAudit,
  ingestRelationshipIds,
  stateRelationshipIds,
  undoneAuditId,
  type ChangeRow,
} from '../../src/domain/change-of-audit.js';
import { addSums, EMPTY_SUMS, hashWords, versionHex } from '../../src/domain/content-hash.js';

const row = (over: Partial<ChangeRow>): ChangeRow => ({
  id: 'audit-1',
  action: 'INGEST',
  at: '2025-03-03T00:00:00.000Z',
  keyId: 'curator',
  articleIds: ['a1'],
  entityIds: ['peru'],
  summary: '{}',
  undone: false,
  ...over,
});

describe('domain: changeOfAudit', () => {
  it('reads the relationship ids and version an entry recorded, and gives the entry without them', () => {
    const sums = addSums(EMPTY_SUMS, hashWords('a'.repeat(64)));
    const change = changeOfAudit(row({ relationshipIds: ['signed-2', 'leads-1'], dataVersionSums: [...sums], state: null }));
    expect(change).toEqual({
      auditId: 'audit-1',
      action: 'INGEST',
      at: '2025-03-03T00:00:00.000Z',
      entityIds: ['peru'],
      relationshipIds: ['signed-2', 'leads-1'],
      dataVersion: versionHex(sums),
      entry: row({}),
    });
    expect(change.dataVersion).toBe('a'.repeat(64));
  });

  it('gives the version of zero sums (an empty graph) as 64 zeros, and null for an entry written before versions were recorded', () => {
    expect(changeOfAudit(row({ relationshipIds: [], dataVersionSums: [...EMPTY_SUMS] })).dataVersion).toBe('0'.repeat(64));
    expect(changeOfAudit(row({ relationshipIds: [] })).dataVersion).toBeNull();
  });

  it("derives an older ingest's ids from its summary: created, corroborated, disputed, removed, restored, given a status", () => {
    const summary = JSON.stringify({
      createdRelationships: ['c'],
      corroboratedRelationships: ['b'],
      disputedRelationships: ['d'],
      unchangedRelationships: ['u'],
      removedRelationshipIds: ['r'],
      restoredRelationshipIds: ['s'],
      reportedStatusAdded: ['d', 'a'],
    });
    expect(changeOfAudit(row({ summary })).relationshipIds).toEqual(['a', 'b', 'c', 'd', 'r', 's']);
    expect(ingestRelationshipIds({ createdRelationships: ['x', 'x'] })).toEqual(['x']);
  });

  it("derives an older merge's and retraction's ids from their state, and an undo's from the state of the entry it undid", () => {
    const state = JSON.stringify({ relationships: [{ id: 'signed-2' }, { id: 'leads-1' }] });
    expect(changeOfAudit(row({ action: 'MERGE', state })).relationshipIds).toEqual(['leads-1', 'signed-2']);
    const retract = row({ action: 'RETRACT', state, summary: JSON.stringify({ restoredRelationshipIds: ['owns-3'] }) });
    expect(changeOfAudit(retract).relationshipIds).toEqual(['leads-1', 'owns-3', 'signed-2']);
    const undo = row({ id: 'audit-2', action: 'UNDO_MERGE', summary: JSON.stringify({ undid: 'audit-1' }), state: null });
    expect(undoneAuditId(undo)).toBe('audit-1');
    expect(changeOfAudit(undo, new Map([['audit-1', state]])).relationshipIds).toEqual(['leads-1', 'signed-2']);
    expect(changeOfAudit(undo).relationshipIds).toEqual([]);
    expect(undoneAuditId(row({}))).toBeNull();
    expect(stateRelationshipIds(null)).toEqual([]);
  });
});

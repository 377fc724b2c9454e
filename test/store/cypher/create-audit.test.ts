import { describe, expect, it } from 'vitest';
import * as au from '../../../src/store/cypher/create-audit.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const entry = {
  id: 'audit-1',
  action: 'INGEST',
  at: '2025-03-03T00:00:00.000Z',
  keyId: 'curator',
  articleIds: ['a1'],
  entityIds: ['peru'],
  summary: '{}',
  state: null,
};
const PAGE = `CALL () { MATCH (x:Audit) WHERE $action IS NULL OR x.action = $action RETURN count(x) AS total }
CALL () {
  MATCH (x:Audit) WHERE ($action IS NULL OR x.action = $action)
    AND ($afterAt IS NULL OR x.at < $afterAt OR (x.at = $afterAt AND x.id > $afterId))
  WITH x ORDER BY x.at DESC, x.id LIMIT $limit
  RETURN collect(x {.id, .action, .at, .keyId, .articleIds, .entityIds, .summary, .undone}) AS page
}
RETURN total, page`;

describe('store: audit statements, by shape', () => {
  it('records an entry as one map parameter, not undone', () => {
    expect(au.createAudit({ entry })).toEqual({ cypher: 'CREATE (x:Audit) SET x = $entry, x.undone = false', params: { entry } });
  });

  it('reads an entry by id and marks it undone', () => {
    expect(au.auditById({ id: 'audit-1' })).toEqual({
      cypher: 'MATCH (x:Audit {id: $id}) RETURN properties(x) AS entry',
      params: { id: 'audit-1' },
    });
    expect(au.markUndone({ id: 'audit-1' })).toEqual({
      cypher: 'MATCH (x:Audit {id: $id}) SET x.undone = true',
      params: { id: 'audit-1' },
    });
  });

  it('pages the log newest first from a keyset of time and id, with the total, in one text with or without a cursor', () => {
    expect(au.listAudit({ action: null, after: null, limit: 20 })).toEqual({
      cypher: PAGE,
      params: { action: null, afterAt: null, afterId: null, limit: 20 },
    });
    expect(au.listAudit({ action: 'MERGE', after: ['2025-03-03T00:00:00.000Z', 'audit-1'], limit: 5 })).toEqual({
      cypher: PAGE,
      params: { action: 'MERGE', afterAt: '2025-03-03T00:00:00.000Z', afterId: 'audit-1', limit: 5 },
    });
  });

  it('carries every value only as a parameter', () => {
    expectOnlyInParams(au.createAudit({ entry: { ...entry, id: HOSTILE, summary: HOSTILE } }));
    expectOnlyInParams(au.auditById({ id: HOSTILE }));
    expectOnlyInParams(au.markUndone({ id: HOSTILE }));
    expectOnlyInParams(au.listAudit({ action: HOSTILE, after: [HOSTILE, HOSTILE], limit: 1 }));
  });
});

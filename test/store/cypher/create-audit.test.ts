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
  relationshipIds: ['signed-1'],
};
const KEPT = '($action IS NULL OR x.action = $action) AND ($articleId IS NULL OR $articleId IN x.articleIds)';
const PAGE = `CALL () { MATCH (x:Audit) WHERE ${KEPT} RETURN count(x) AS total }
CALL () {
  MATCH (x:Audit) WHERE ${KEPT}
    AND ($afterAt IS NULL OR x.at < $afterAt OR (x.at = $afterAt AND x.id > $afterId))
  WITH x ORDER BY x.at DESC, x.id LIMIT $limit
  RETURN collect(x {.id, .action, .at, .keyId, .articleIds, .entityIds, .summary, .undone}) AS page
}
RETURN total, page`;

describe('store: audit statements, by shape', () => {
  it('records an entry as one map parameter, not undone, with the version sums the transaction sees (summed per word modulo 2^32)', () => {
    expect(au.createAudit({ entry })).toEqual({
      cypher: `OPTIONAL MATCH (v:DataVersion)
WITH collect(v.sums) AS shards
CREATE (x:Audit) SET x = $entry, x.undone = false,
  x.dataVersionSums = [i IN range(0, $words - 1) | reduce(s = 0, sums IN shards | s + coalesce(sums[i], 0)) % 4294967296]`,
      params: { entry, words: 8 },
    });
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
    expect(au.listAudit({ action: null, articleId: null, after: null, limit: 20 })).toEqual({
      cypher: PAGE,
      params: { action: null, articleId: null, afterAt: null, afterId: null, limit: 20 },
    });
    expect(au.listAudit({ action: 'MERGE', articleId: 'a1', after: ['2025-03-03T00:00:00.000Z', 'audit-1'], limit: 5 })).toEqual({
      cypher: PAGE,
      params: { action: 'MERGE', articleId: 'a1', afterAt: '2025-03-03T00:00:00.000Z', afterId: 'audit-1', limit: 5 },
    });
  });

  it('reads entries by id (Query.node) with the fields the log gives, ids only as parameters', () => {
    expect(au.auditEntriesByIds({ ids: ['audit-1'] })).toEqual({
      cypher: `UNWIND $ids AS id
MATCH (x:Audit {id: id})
RETURN x {.id, .action, .at, .keyId, .articleIds, .entityIds, .summary, .undone} AS entry`,
      params: { ids: ['audit-1'] },
    });
    expectOnlyInParams(au.auditEntriesByIds({ ids: [HOSTILE] }));
  });

  it("reads the summaries of an article's ingests, oldest first", () => {
    expect(au.ingestsOfArticles({ articleIds: ['a1'] })).toEqual({
      cypher: `MATCH (x:Audit {action: 'INGEST'}) WHERE any(id IN x.articleIds WHERE id IN $articleIds)
RETURN x.id AS id, x.summary AS summary
ORDER BY x.at, x.id`,
      params: { articleIds: ['a1'] },
    });
  });

  it('reads the log as changes oldest first after a keyset of time and id, in one text with or without a cursor', () => {
    const CHANGES = `MATCH (x:Audit)
WHERE $afterAt IS NULL OR x.at > $afterAt OR (x.at = $afterAt AND x.id > $afterId)
WITH x ORDER BY x.at, x.id LIMIT $limit
RETURN x {.id, .action, .at, .keyId, .articleIds, .entityIds, .summary, .undone, .relationshipIds, .dataVersionSums, .state} AS entry`;
    expect(au.listChanges({ after: null, limit: 21 })).toEqual({ cypher: CHANGES, params: { afterAt: null, afterId: null, limit: 21 } });
    expect(au.listChanges({ after: ['2025-03-03T00:00:00.000Z', 'audit-1'], limit: 3 })).toEqual({
      cypher: CHANGES,
      params: { afterAt: '2025-03-03T00:00:00.000Z', afterId: 'audit-1', limit: 3 },
    });
  });

  it("reads the change feed's entries since a time, the newest entry's time, and undone entries' states", () => {
    expect(au.changesSince({ since: '2025-03-03T00:00:00.000Z', limit: 500 })).toEqual({
      cypher: `MATCH (x:Audit) WHERE x.at >= $since
WITH x ORDER BY x.at, x.id LIMIT $limit
RETURN x {.id, .action, .at, .keyId, .articleIds, .entityIds, .summary, .undone, .relationshipIds, .dataVersionSums, .state} AS entry`,
      params: { since: '2025-03-03T00:00:00.000Z', limit: 500 },
    });
    expect(au.latestAuditTime()).toEqual({ cypher: 'MATCH (x:Audit) RETURN max(x.at) AS at', params: {} });
    expect(au.auditStatesByIds({ ids: ['audit-1'] })).toEqual({
      cypher: `UNWIND $ids AS id
MATCH (x:Audit {id: id})
RETURN x.id AS id, x.state AS state`,
      params: { ids: ['audit-1'] },
    });
  });

  it('carries every value only as a parameter', () => {
    expectOnlyInParams(au.createAudit({ entry: { ...entry, id: HOSTILE, summary: HOSTILE } }));
    expectOnlyInParams(au.auditById({ id: HOSTILE }));
    expectOnlyInParams(au.markUndone({ id: HOSTILE }));
    expectOnlyInParams(au.listAudit({ action: HOSTILE, articleId: HOSTILE, after: [HOSTILE, HOSTILE], limit: 1 }));
    expectOnlyInParams(au.ingestsOfArticles({ articleIds: [HOSTILE] }));
    expectOnlyInParams(au.createAudit({ entry: { ...entry, relationshipIds: [HOSTILE] } }));
    expectOnlyInParams(au.listChanges({ after: [HOSTILE, HOSTILE], limit: 1 }));
    expectOnlyInParams(au.changesSince({ since: HOSTILE, limit: 1 }));
    expectOnlyInParams(au.auditStatesByIds({ ids: [HOSTILE] }));
  });
});

/**
 * Pure builders of the audit log's statements: the entry every ingest, merge, retraction and undo
 * records, reading one back, marking one undone, paging the log, and an article's ingests. Every
 * value travels as a parameter.
 */
import type { Query } from '../gateway.js';
import { VERSION_WORDS } from '../../domain/content-hash.js';

/**
 * Records an audit entry, with the content version as the transaction sees it (the sum per word,
 * modulo 2^32, of the `DataVersion` nodes' sums, src/store/content-version.ts) as `dataVersionSums`:
 * run it after the write's content version step, and the entry holds the version its change left
 * (Change.dataVersion). The version nodes are read, not locked.
 */
export function createAudit({
  entry,
}: {
  entry: {
    id: string;
    action: string;
    at: string;
    keyId: string;
    articleIds: readonly string[];
    entityIds: readonly string[];
    summary: string;
    state: string | null;
    /** Of an INGEST: the relationships whose `reportedStatus` its disputes recorded (see markDisputed, endDisputes). */
    reportedStatusAdded?: readonly string[];
    /** The relationships the change created, changed or deleted, sorted (Query.changes). */
    relationshipIds: readonly string[];
  };
}): Query {
  return {
    cypher: `OPTIONAL MATCH (v:DataVersion)
WITH collect(v.sums) AS shards
CREATE (x:Audit) SET x = $entry, x.undone = false,
  x.dataVersionSums = [i IN range(0, $words - 1) | reduce(s = 0, sums IN shards | s + coalesce(sums[i], 0)) % 4294967296]`,
    params: { entry, words: VERSION_WORDS },
  };
}

/** One audit entry by id. */
export function auditById({ id }: { id: string }): Query {
  return { cypher: 'MATCH (x:Audit {id: $id}) RETURN properties(x) AS entry', params: { id } };
}

/** Marks an audit entry undone. */
export function markUndone({ id }: { id: string }): Query {
  return { cypher: 'MATCH (x:Audit {id: $id}) SET x.undone = true', params: { id } };
}

/** The fields of an audit entry the API serves (AuditEntry in the SDL). */
const AUDIT_FIELDS = '.id, .action, .at, .keyId, .articleIds, .entityIds, .summary, .undone';

/**
 * A page of audit entries, newest first (keyset on time, id), with the total; `action` keeps one
 * kind, `articleId` the entries whose articleIds hold it (a scan of the audit entries: a list
 * property has no index).
 */
export function listAudit({
  action,
  articleId,
  after,
  limit,
}: {
  action: string | null;
  articleId: string | null;
  after: [string, string] | null;
  limit: number;
}): Query {
  const kept = '($action IS NULL OR x.action = $action) AND ($articleId IS NULL OR $articleId IN x.articleIds)';
  return {
    cypher: `CALL () { MATCH (x:Audit) WHERE ${kept} RETURN count(x) AS total }
CALL () {
  MATCH (x:Audit) WHERE ${kept}
    AND ($afterAt IS NULL OR x.at < $afterAt OR (x.at = $afterAt AND x.id > $afterId))
  WITH x ORDER BY x.at DESC, x.id LIMIT $limit
  RETURN collect(x {${AUDIT_FIELDS}}) AS page
}
RETURN total, page`,
    params: { action, articleId, afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null, limit },
  };
}

/** Audit entries by id (Query.node), with the fields `listAudit` gives: a seek in the unique index each. */
export function auditEntriesByIds({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (x:Audit {id: id})
RETURN x {${AUDIT_FIELDS}} AS entry`,
    params: { ids },
  };
}

/** The summaries of every INGEST entry of these articles, oldest first (a scan of the audit entries, as listAudit's filter). */
export function ingestsOfArticles({ articleIds }: { articleIds: readonly string[] }): Query {
  return {
    cypher: `MATCH (x:Audit {action: 'INGEST'}) WHERE any(id IN x.articleIds WHERE id IN $articleIds)
RETURN x.id AS id, x.summary AS summary
ORDER BY x.at, x.id`,
    params: { articleIds },
  };
}

/** The fields of an audit entry a change is read from (Query.changes): those of AuditEntry, and what the change touched. */
const CHANGE_FIELDS = `${AUDIT_FIELDS}, .relationshipIds, .dataVersionSums, .state`;

/**
 * A page of the audit log as changes, oldest first, after a keyset of time and id (none: from the
 * first), `limit` of them: a range seek in the index on `at` (schema/constraints.cypher). The
 * `state` of a merge or retraction is read only for an entry written before entries recorded
 * their `relationshipIds` (see changeOfAudit).
 */
export function listChanges({ after, limit }: { after: [string, string] | null; limit: number }): Query {
  return {
    cypher: `MATCH (x:Audit)
WHERE $afterAt IS NULL OR x.at > $afterAt OR (x.at = $afterAt AND x.id > $afterId)
WITH x ORDER BY x.at, x.id LIMIT $limit
RETURN x {${CHANGE_FIELDS}} AS entry`,
    params: { afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null, limit },
  };
}

/**
 * The audit entries recorded at or after `since` (ISO time), oldest first, at most `limit`: what
 * the change feed reads each poll, from a little before the last entry it saw (see createChangeFeed).
 */
export function changesSince({ since, limit }: { since: string; limit: number }): Query {
  return {
    cypher: `MATCH (x:Audit) WHERE x.at >= $since
WITH x ORDER BY x.at, x.id LIMIT $limit
RETURN x {${CHANGE_FIELDS}} AS entry`,
    params: { since, limit },
  };
}

/** The time of the newest audit entry (none when the log is empty): where the change feed starts. */
export function latestAuditTime(): Query {
  return { cypher: 'MATCH (x:Audit) RETURN max(x.at) AS at', params: {} };
}

/** The `state` of audit entries by id: of the merges and retractions that entries written before `relationshipIds` undid. */
export function auditStatesByIds({ ids }: { ids: readonly string[] }): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (x:Audit {id: id})
RETURN x.id AS id, x.state AS state`,
    params: { ids },
  };
}

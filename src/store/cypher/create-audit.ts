/**
 * Pure builders of the audit log's statements: the entry every ingest, merge, retraction and undo
 * records, reading one back, marking one undone, paging the log, and an article's ingests. Every
 * value travels as a parameter.
 */
import type { Query } from '../gateway.js';

/** Records an audit entry. */
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
  };
}): Query {
  return { cypher: 'CREATE (x:Audit) SET x = $entry, x.undone = false', params: { entry } };
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

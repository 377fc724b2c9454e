/**
 * Pure builders of the audit log's statements: the entry every ingest and merge records, reading
 * one back, marking a merge undone, and paging the log. Every value travels as a parameter.
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

/** A page of audit entries, newest first (keyset on time, id), with the total. */
export function listAudit({ action, after, limit }: { action: string | null; after: [string, string] | null; limit: number }): Query {
  return {
    cypher: `CALL () { MATCH (x:Audit) WHERE $action IS NULL OR x.action = $action RETURN count(x) AS total }
CALL () {
  MATCH (x:Audit) WHERE ($action IS NULL OR x.action = $action)
    AND ($afterAt IS NULL OR x.at < $afterAt OR (x.at = $afterAt AND x.id > $afterId))
  WITH x ORDER BY x.at DESC, x.id LIMIT $limit
  RETURN collect(x {.id, .action, .at, .keyId, .articleIds, .entityIds, .summary, .undone}) AS page
}
RETURN total, page`,
    params: { action, afterAt: after?.[0] ?? null, afterId: after?.[1] ?? null, limit },
  };
}

/**
 * The pure builder of step `disputes`: one statement, a constant text, whatever the rows (they
 * travel as a parameter).
 */
import type { Query } from '../gateway.js';
import { relationshipOfRow } from './create-relationships.js';

/**
 * Marks relationships DISPUTED, adding to `disputedBy` the relationships that dispute them (those
 * already there move to the end); each row names the relationship by id and its two ends. A
 * relationship disputed for the first time (nothing in `disputedBy`) that has no `reportedStatus`
 * (a seeded claim: ingest gives its own claims one) gets its status as it: its own status, which it
 * returns to when the dispute ends (endDisputes). Returns each relationship's id and whether its
 * `reportedStatus` was set so (`recordedStatus`), which the ingest's audit entry records.
 */
export function markDisputed({ rows }: { rows: readonly { id: string; source: string; target: string; by: readonly string[] }[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
${relationshipOfRow}
WITH r, row, r.status AS before, r.reportedStatus IS NULL AND size(coalesce(r.disputedBy, [])) = 0 AS recordedStatus
SET r.reportedStatus = CASE WHEN recordedStatus THEN before ELSE r.reportedStatus END,
    r.status = 'DISPUTED',
    r.disputedBy = [x IN coalesce(r.disputedBy, []) WHERE NOT x IN row.by] + row.by
RETURN r.id AS id, recordedStatus`,
    params: { rows },
  };
}

/**
 * The pure builder of step `disputes`: one statement, a constant text, whatever the rows (they
 * travel as a parameter).
 */
import type { Query } from '../gateway.js';
import { relationshipOfRow } from './create-relationships.js';

/**
 * Marks relationships DISPUTED, adding to `disputedBy` the relationships that dispute them (those
 * already there move to the end); each row names the relationship by id and its two ends.
 */
export function markDisputed({ rows }: { rows: readonly { id: string; source: string; target: string; by: readonly string[] }[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
${relationshipOfRow}
SET r.status = 'DISPUTED',
    r.disputedBy = [x IN coalesce(r.disputedBy, []) WHERE NOT x IN row.by] + row.by`,
    params: { rows },
  };
}

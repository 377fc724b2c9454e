/**
 * The pure builder of the step that ends the disputes of deleted relationships (a retraction, a
 * re-ingest that drops a claim): one statement, a constant text, whatever the rows.
 */
import type { Query } from '../gateway.js';
import { relType } from './upsert-bundle.js';

/**
 * For relationships that were deleted (`deleted`: id, type, ends), takes their ids out of the
 * `disputedBy` of the relationships that list them — only relationships of one type between the
 * same ends ever dispute each other (planRelationships) — and gives each one left with none its
 * own status back: `status` becomes its `reportedStatus` and `disputedBy` goes; so does
 * `reportedStatus` itself when a dispute recorded it there (markDisputed; the INGEST entry of that
 * ingest lists it under `reportedStatusAdded`), so that the relationship is exactly as it was
 * before its first dispute. One left with none and no `reportedStatus` (disputed before disputes
 * recorded it) keeps its status. Returns each relationship changed, in id order: id, type, ends,
 * and whether its own status came back (`restored`).
 */
export function endDisputes({ deleted }: { deleted: readonly { id: string; type: string; source: string; target: string }[] }): Query {
  return {
    cypher: `UNWIND $deleted AS d
MATCH (s:Entity {id: d.source})
MATCH (t:Entity {id: d.target})
CALL (s, t, d) { MATCH (s)-[r]->(t) WHERE type(r) = d.type AND d.id IN coalesce(r.disputedBy, []) RETURN r }
WITH DISTINCT r
WITH r, [x IN r.disputedBy WHERE NOT x IN $deletedIds] AS left, r.reportedStatus AS own
WITH r, left, own, size(left) = 0 AND own IS NOT NULL AS restored
WITH r, left, own, restored,
  restored AND EXISTS { MATCH (x:Audit {action: 'INGEST'}) WHERE r.id IN coalesce(x.reportedStatusAdded, []) } AS recorded
SET r.disputedBy = CASE WHEN size(left) = 0 THEN null ELSE left END,
    r.status = CASE WHEN restored THEN own ELSE r.status END,
    r.reportedStatus = CASE WHEN recorded THEN null ELSE own END
RETURN r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, restored
ORDER BY id`,
    params: {
      deleted: deleted.map(({ id, type, source, target }) => ({ id, type: relType(type), source, target })),
      deletedIds: deleted.map((d) => d.id),
    },
  };
}

/** Step `audit` of an ingest (see ingestBundle). */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/gateway.js';
import { createAudit } from '../store/cypher/create-audit.js';
import { ingestRelationshipIds } from '../domain/change-of-audit.js';
import type { IngestSummary } from './ingest-bundle.js';
import type { NamesAdded } from './write-entities.js';

/**
 * What an ingest's entry records beyond its answer: what it added, which a retraction of its
 * articles takes back, and the disputes it ended.
 */
export interface IngestExtras {
  /** The names it gave existing entities (step `entities`). */
  namesAdded: NamesAdded[];
  /** The relationships whose own status its disputes recorded as their `reportedStatus` (step `disputes`). */
  reportedStatusAdded: string[];
  /** The relationships back to their own status, every claim disputing them dropped by the re-ingest (endDisputes). */
  restoredRelationshipIds: string[];
}

/**
 * Step `audit`: records the ingest in the audit log (action `INGEST`, the key id, the time of
 * `now`, the articles and entities written, and as JSON the summary with `extras`); returns the
 * entry's id. `reportedStatusAdded` is also a property of the entry, which endDisputes reads, and
 * so are the relationships it touched (ingestRelationshipIds) and the content version it left: run
 * it after the content version step.
 */
export async function recordAudit(
  tx: Tx,
  { result, extras, keyId, now }: { result: IngestSummary; extras: IngestExtras; keyId: string; now: () => Date },
): Promise<string> {
  const auditId = `audit-${randomUUID()}`;
  await tx.run(
    createAudit({
      entry: {
        id: auditId,
        action: 'INGEST',
        at: now().toISOString(),
        keyId,
        articleIds: result.articleIds,
        entityIds: [...result.createdEntities, ...result.mergedEntities.map((m) => m.entityId)],
        summary: JSON.stringify({ ...result, ...extras, auditId: undefined, dryRun: undefined }),
        state: null,
        reportedStatusAdded: extras.reportedStatusAdded,
        relationshipIds: ingestRelationshipIds({ ...result, ...extras }),
      },
    }),
  );
  return auditId;
}

/** Step `audit` of an ingest (see ingestBundle). */
import { randomUUID } from 'node:crypto';
import type { Tx } from '../store/gateway.js';
import { createAudit } from '../store/cypher/create-audit.js';
import type { IngestSummary } from './ingest-bundle.js';

/**
 * Step `audit`: records the ingest in the audit log (action `INGEST`, the key id, the time of
 * `now`, the articles and entities written, and the summary as JSON); returns the entry's id.
 */
export async function recordAudit(
  tx: Tx,
  { result, keyId, now }: { result: IngestSummary; keyId: string; now: () => Date },
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
        summary: JSON.stringify({ ...result, auditId: undefined, dryRun: undefined }),
        state: null,
      },
    }),
  );
  return auditId;
}

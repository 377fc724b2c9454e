/** Step `disputes` of an ingest (see ingestBundle). */
import type { Tx } from '../store/gateway.js';
import { markDisputed } from '../store/cypher/mark-disputed.js';
import type { RelationshipPlan } from './plan-relationships.js';

/**
 * Step `disputes`: marks DISPUTED every relationship a claim contradicted and every claim written
 * beside one. One statement at most. Returns the ids of the relationships whose own status it
 * recorded as their `reportedStatus` (see markDisputed), in id order.
 */
export async function writeDisputes(tx: Tx, disputes: RelationshipPlan['disputes']): Promise<string[]> {
  if (!disputes.length) return [];
  const rows = await tx.run(markDisputed({ rows: disputes }));
  return rows
    .filter((r) => r.recordedStatus === true)
    .map((r) => r.id as string)
    .sort();
}

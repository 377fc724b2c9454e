/** Step `disputes` of an ingest (see ingestBundle). */
import type { Tx } from '../store/gateway.js';
import { markDisputed } from '../store/cypher/mark-disputed.js';
import type { RelationshipPlan } from './plan-relationships.js';

/** Step `disputes`: marks DISPUTED every relationship a claim contradicted and every claim written beside one. One statement at most. */
export async function writeDisputes(tx: Tx, disputes: RelationshipPlan['disputes']): Promise<void> {
  if (disputes.length) await tx.run(markDisputed({ rows: disputes }));
}

/**
 * Step `relationships` of an ingest (see ingestBundle): the claims planned against what the graph
 * holds between their ends, and written with their evidence.
 */
import type { Query, Tx } from '../store/gateway.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { RelationshipRecord } from '../article-file/format.js';
import { createRelationships, relationshipsBetween, updateRelationships } from '../store/cypher/create-relationships.js';
import { writeEvidence } from '../store/cypher/write-evidence.js';
import { planRelationships, type HeldRelationship, type RelationshipPlan } from './plan-relationships.js';

/**
 * Step `relationships`: reads what the graph holds between the ends of the claims, plans the
 * step (planRelationships), creates and rewrites relationships, writes the evidence and renews
 * `knownFrom` of every relationship a claim went to (one statement). Four statements at most.
 * Returns the plan and the relationships it was made against (`held`).
 */
export async function writeRelationships(
  tx: Tx,
  {
    relationships,
    published,
    priorEvidence,
    keyId,
  }: {
    relationships: RelationshipRecord[];
    published: ReadonlyMap<string, string | null>;
    priorEvidence: ReadonlySet<string>;
    keyId: string;
  },
): Promise<RelationshipPlan & { held: HeldRelationship[] }> {
  if (relationships.length === 0) return { ...planRelationships({ relationships, held: [], published, priorEvidence, keyId }), held: [] };
  const pairs = new Map(
    relationships.map((r) => [
      JSON.stringify([r.type, r.source, r.target]),
      { type: r.type as RelationType, source: r.source, target: r.target },
    ]),
  );
  const held = (await tx.run(relationshipsBetween({ pairs: [...pairs.values()] }))) as unknown as HeldRelationship[];
  const plan = planRelationships({ relationships, held, published, priorEvidence, keyId });
  // Creates first: a rewrite may be of a relationship an earlier claim created.
  if (plan.creates.length) await expectWritten(tx, createRelationships({ rows: plan.creates }), plan.creates.length);
  if (plan.updates.length) await expectWritten(tx, updateRelationships({ rows: plan.updates }), plan.updates.length);
  await tx.run(writeEvidence({ evidence: plan.evidence, touched: plan.touched }));
  return { ...plan, held };
}

/** Runs a write returning `written` and checks it wrote every row (the checks guarantee both ends exist). */
async function expectWritten(tx: Tx, query: Query, rows: number): Promise<void> {
  const [res] = await tx.run(query);
  if (res?.written !== rows) throw new Error(`wrote ${String(res?.written)} of ${rows} relationships: an endpoint is missing`);
}

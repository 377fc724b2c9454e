/**
 * Ending the disputes of deleted relationships, shared by a retraction and by a re-ingest that
 * drops a claim (see endDisputes in src/store/cypher/end-disputes.ts).
 */
import type { Tx } from '../store/gateway.js';
import { endDisputes as endDisputesQuery } from '../store/cypher/end-disputes.js';

/** A relationship by id, type and ends. */
export interface RelationshipRef {
  id: string;
  type: string;
  source: string;
  target: string;
}

/** What ending the disputes changed. */
export interface DisputesEnded {
  /** Every relationship whose `disputedBy` lost an id, in id order (the content version hashes them again). */
  changed: RelationshipRef[];
  /** Those of them back to their own status, in id order. */
  restored: string[];
}

/**
 * Takes the ids of `deleted` relationships out of the `disputedBy` of those they disputed, and
 * gives each one no claim contradicts any more its own status back. One statement; none when
 * nothing was deleted.
 */
export async function endDisputes(tx: Tx, { deleted }: { deleted: readonly RelationshipRef[] }): Promise<DisputesEnded> {
  if (!deleted.length) return { changed: [], restored: [] };
  const rows = await tx.run(endDisputesQuery({ deleted }));
  return {
    changed: rows.map((r) => ({ id: r.id as string, type: r.type as string, source: r.source as string, target: r.target as string })),
    restored: rows.filter((r) => r.restored === true).map((r) => r.id as string),
  };
}

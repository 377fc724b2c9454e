/**
 * Step `race check` of an ingest that created entities or relationships, against a concurrent
 * ingest that created them too: see checkNoRace.
 */
import type { Tx } from '../store/gateway.js';
import type { EntityRecord } from '../seed/format.js';
import * as q from '../store/cypher/ingest.js';
import { matchKeys, type CatalogEntity } from './resolve-entities.js';
import type { HeldRelationship } from './plan-relationships.js';

/** A concurrent ingest committed what this one's reads should have seen: it runs again. */
export class WriteConflict extends Error {
  constructor(message: string) {
    super(`write conflict: ${message}`);
  }
}

/**
 * Step `race check`, for an ingest that created entities or relationships: it runs under the
 * version node's lock, which every such ingest holds from its content version step to its commit,
 * so the ingests that create pass here one at a time, each seeing what the ones before committed.
 * Fails with a WriteConflict (the ingest runs again) when one of them committed an entity of the
 * type and a name of an entity this one created, or changed what is held between the ends of a
 * relationship this one created: two ingests at once then end as one after the other.
 */
export async function checkNoRace(tx: Tx, { created, creates, held }: { created: readonly EntityRecord[]; creates: readonly q.RelationshipWrite[]; held: readonly HeldRelationship[] }): Promise<void> {
  if (created.length) {
    const ours = new Set(created.map((e) => e.id));
    const rows = (await tx.run(q.resolutionCandidates({ ids: [], keys: created.flatMap((e) => matchKeys(e)) }))) as unknown as CatalogEntity[];
    for (const other of rows.filter((r) => !ours.has(r.id))) {
      const keys = new Set(matchKeys(other));
      const e = created.find((c) => c.type === other.type && matchKeys(c).some((k) => keys.has(k)));
      if (e) throw new WriteConflict(`${other.id} was written with the name of ${e.id} meanwhile`);
    }
  }
  if (creates.length) {
    const key = (r: { type: string; source: string; target: string }): string => JSON.stringify([r.type, r.source, r.target]);
    const pairs = new Map(creates.map((c) => [key(c), { type: c.type, source: c.source, target: c.target }]));
    const expected = new Set([...held.filter((h) => pairs.has(key(h))).map((h) => h.id), ...creates.map((c) => c.id)]);
    const now = (await tx.run(q.relationshipsBetween({ pairs: [...pairs.values()] }))).map((r) => r.id as string);
    if (now.length !== expected.size || now.some((id) => !expected.has(id))) throw new WriteConflict('the relationships between the ends of a new one changed meanwhile');
  }
}

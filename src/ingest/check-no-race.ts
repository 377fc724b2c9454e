/**
 * Step `race check` of an ingest that created entities or relationships, against a concurrent
 * ingest that created them too: see checkNoRace.
 */
import type { Tx } from '../store/gateway.js';
import type { EntityRecord } from '../article-file/format.js';
import * as q from '../store/cypher/race-check.js';
import type { RelationshipWrite } from '../store/cypher/create-relationships.js';
import { matchKeys } from '../domain/match-keys.js';
import type { CatalogEntity } from './resolve-entities.js';
import type { HeldRelationship } from './plan-relationships.js';

/** A concurrent ingest committed what this one's reads should have seen: it runs again. */
export class WriteConflict extends Error {
  constructor(message: string) {
    super(`write conflict: ${message}`);
  }
}

/** The lock of a name key (folded name or alias, see matchKeys) of an entity type. */
export const nameLock = (type: string, key: string): string => `name ${JSON.stringify([type, key])}`;

/** The lock of the relationships of one type between two ends. */
export const pairLock = (r: { type: string; source: string; target: string }): string =>
  `pair ${JSON.stringify([r.type, r.source, r.target])}`;

/** The lock of an identifier key (`SCHEME:value`): writes giving one identifier to entities pass one at a time. */
export const identifierLock = (key: string): string => `identifier ${JSON.stringify(key)}`;

/** The locks of every name key of an entity: those a write that creates it or gives it names takes. */
export const entityLocks = (e: { type: string; name: string; aliases: readonly string[] }): string[] =>
  matchKeys(e).map((k) => nameLock(e.type, k));

/**
 * Step `race check`, for an ingest that created entities or relationships, or gave entities names
 * or identifiers or deleted relationships: it first takes `locks` (lockKeys, held until the commit) —
 * the name keys of each entity it created or named, the identifier keys it gave, and the end pairs of each relationship it created or
 * deleted — so the writes that share a key pass here one at a time, each seeing what the ones
 * before committed, and writes that share none run side by side. Fails with a WriteConflict (the
 * ingest runs again) when one of them committed an entity of the type and a name of an entity this
 * one created, or changed what is held between the ends of a relationship this one created: two
 * ingests at once then end as one after the other. Merges take the same locks (mergeEntities).
 */
export async function checkNoRace(
  tx: Tx,
  {
    locks,
    created,
    creates,
    held,
  }: {
    locks: readonly string[];
    created: readonly EntityRecord[];
    creates: readonly RelationshipWrite[];
    held: readonly HeldRelationship[];
  },
): Promise<void> {
  if (!locks.length && !created.length && !creates.length) return;
  const key = (r: { type: string; source: string; target: string }): string => JSON.stringify([r.type, r.source, r.target]);
  const pairs = new Map(creates.map((c) => [key(c), { type: c.type, source: c.source, target: c.target }]));
  // One statement: the locks first, then the reads, which see what every write that held one of them committed.
  const [row] = await tx.run(q.raceCheck({ locks, keys: created.flatMap((e) => matchKeys(e)), pairs: [...pairs.values()] }));
  const ours = new Set(created.map((e) => e.id));
  for (const other of ((row?.entities ?? []) as CatalogEntity[]).filter((r) => !ours.has(r.id))) {
    const keys = new Set(matchKeys(other));
    const e = created.find((c) => c.type === other.type && matchKeys(c).some((k) => keys.has(k)));
    if (e) throw new WriteConflict(`${other.id} was written with the name of ${e.id} meanwhile`);
  }
  if (creates.length) {
    const expected = new Set([...held.filter((h) => pairs.has(key(h))).map((h) => h.id), ...creates.map((c) => c.id)]);
    const now = (row?.relationshipIds ?? []) as string[];
    if (now.length !== expected.size || now.some((id) => !expected.has(id)))
      throw new WriteConflict('the relationships between the ends of a new one changed meanwhile');
  }
}

/**
 * Rewrites the search keys of entities that an older version wrote (their `searchKeysVersion`
 * differs), in bounded transactions: a database made before a change of the key format searches
 * like a new one after the next start.
 */
import type { Store } from './gateway.js';
import { SEARCH_KEYS_VERSION, entitySearchKeys, roleSearchText } from '../domain/search-keys.js';
import { staleSearchKeys, writeSearchKeys, type SearchKeyRow } from './cypher/search-keys.js';

const BATCH = 1000;

/** Rewrites every stale entity's keys; returns how many entities it rewrote. */
export async function refreshStaleSearchKeys(store: Store): Promise<number> {
  let total = 0;
  for (;;) {
    const stale = await store.read(staleSearchKeys({ version: SEARCH_KEYS_VERSION, limit: BATCH }));
    if (stale.length === 0) return total;
    const rows: SearchKeyRow[] = stale.map((r) => ({
      id: r.id as string,
      props: entitySearchKeys({
        name: r.name as string,
        aliases: r.aliases as string[],
        description: (r.description as string | null) ?? null,
      }),
      offices: (r.offices as { id: string; role: string | null }[]).map((o) => ({ id: o.id, roleText: roleSearchText(o.role) })),
    }));
    await store.writeTx(async (tx) => {
      await tx.run(writeSearchKeys({ rows }));
    });
    total += rows.length;
  }
}

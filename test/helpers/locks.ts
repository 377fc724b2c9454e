/**
 * Makes work wait as long as a test wants, whatever the machine's speed: a transaction that holds
 * locks open until released, and a look at which transactions are blocked behind it. A timeout test
 * built on a lock wait cannot pass by being fast.
 */
import type { Query, Store } from '../../src/store/gateway.js';

/** A write transaction left open by `holdLocks`; release() rolls it back and waits for that. */
export interface HeldLocks {
  release(): Promise<void>;
}

/**
 * Runs `q` in a write transaction of `store` and keeps that transaction open (uncommitted) until
 * release(): the rows and index entries it wrote stay locked, and nothing of it is ever committed.
 */
export async function holdLocks(store: Store, q: Query): Promise<HeldLocks> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const ROLLBACK = 'rolled back on purpose';
  const open = store
    .maintenance('Holding locks for a test')
    .writeTx(async (tx) => {
      await tx.run(q);
      locked();
      await released;
      throw new Error(ROLLBACK);
    })
    .catch((err: unknown) => {
      if ((err as Error).message !== ROLLBACK) throw err;
    });
  await Promise.race([isLocked, open]);
  return {
    release: async () => {
      release();
      await open;
    },
  };
}

/** The ids of the transactions open now, but for the one that asks. */
export async function openTransactions(store: Store): Promise<string[]> {
  const rows = await store.read({
    cypher: 'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH $show RETURN transactionId',
    params: { show: 'SHOW TRANSACTIONS' },
  });
  return rows.map((r) => r.transactionId as string).sort();
}

/**
 * The ids of the transactions, other than `except`, open for at least `olderThanMs`: work waiting
 * on a held lock (a statement blocked on a row, or a schema change waiting for the label) shows here.
 */
export async function waitingTransactions(
  store: Store,
  { except, olderThanMs }: { except: readonly string[]; olderThanMs: number },
): Promise<string[]> {
  const rows = await store.read({
    cypher: `SHOW TRANSACTIONS YIELD transactionId, currentQuery, elapsedTime
WHERE NOT transactionId IN $except AND NOT currentQuery STARTS WITH $show AND elapsedTime.milliseconds >= $olderThanMs
RETURN transactionId`,
    params: { except, show: 'SHOW TRANSACTIONS', olderThanMs },
  });
  return rows.map((r) => r.transactionId as string).sort();
}

/** A store that records the text of every Cypher statement sent through it (no mock: it passes each on). */
import type { Query, Store, Tx } from '../../src/store/gateway.js';

/** The store and the texts sent so far, in order (`statements`), which a test may empty. */
export type RecordingStore = Store & { statements: string[] };

/**
 * Wraps `store` so that `read`, and `run` inside `readTx` and `writeTx`, record each statement's
 * text. `beforeRun`, when given, is awaited before a transaction's statement is sent (a test's
 * hook to line up concurrent transactions).
 */
export function recordingStore(store: Store, { beforeRun }: { beforeRun?: (q: Query) => Promise<void> } = {}): RecordingStore {
  const statements: string[] = [];
  const wrap = (tx: Tx): Tx => ({
    run: async (q) => {
      statements.push(q.cypher);
      if (beforeRun) await beforeRun(q);
      return tx.run(q);
    },
  });
  return {
    ...store,
    statements,
    read: (q, opts) => {
      statements.push(q.cypher);
      return store.read(q, opts);
    },
    readTx: (work, opts) => store.readTx((tx) => work(wrap(tx)), opts),
    writeTx: (work, opts) => store.writeTx((tx) => work(wrap(tx)), opts),
  };
}

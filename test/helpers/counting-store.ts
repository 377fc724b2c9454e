/** A store that counts the Cypher statements sent through its reads (for tests of batching and N+1). */
import type { Query, Store, Tx } from '../../src/store/gateway.js';

/** Wraps a store so every Cypher statement sent is counted. */
export function counting(store: Store): Store & { count: number } {
  const wrapped = {
    ...store,
    count: 0,
    read: (q: Parameters<Store['read']>[0]) => {
      wrapped.count++;
      return store.read(q);
    },
    readTx: <T>(work: (tx: Tx) => Promise<T>) =>
      store.readTx((tx) =>
        work({
          run: (q: Query) => {
            wrapped.count++;
            return tx.run(q);
          },
        }),
      ),
  };
  return wrapped as Store & { count: number };
}

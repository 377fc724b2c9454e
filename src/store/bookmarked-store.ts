/**
 * A store view for read-your-writes across API replicas: every session it opens starts after the
 * bookmarks of a chain, and advances the chain when it commits (src/server/bookmarks.ts carries the
 * chain in and out of a request).
 */
import type { BookmarkChain, CallOptions, Query, Store, Tx } from './gateway.js';

/** A view of `store` whose every session follows `chain` (one view per request). */
export function bookmarkedStore(store: Store, chain: BookmarkChain): Store {
  const opts: CallOptions = { bookmarks: chain };
  return {
    ...store,
    read: (q: Query) => store.read(q, opts),
    readTx: <T>(work: (tx: Tx) => Promise<T>) => store.readTx(work, opts),
    writeTx: <T>(work: (tx: Tx) => Promise<T>) => store.writeTx(work, opts),
  };
}

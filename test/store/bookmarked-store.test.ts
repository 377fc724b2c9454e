import { describe, expect, it } from 'vitest';
import { bookmarkedStore } from '../../src/store/bookmarked-store.js';
import type { CallOptions, Store, Tx } from '../../src/store/gateway.js';

describe('store: bookmarkedStore', () => {
  it('opens every read, read transaction and write transaction with the chain, and leaves the rest alone', async () => {
    const seen: [string, CallOptions | undefined][] = [];
    const tx: Tx = { run: async () => [] };
    const ping = async () => {};
    const store = {
      read: async (_q: unknown, opts?: CallOptions) => (seen.push(['read', opts]), []),
      readTx: async <T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions) => (seen.push(['readTx', opts]), work(tx)),
      writeTx: async <T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions) => (seen.push(['writeTx', opts]), work(tx)),
      ping,
    } as unknown as Store;
    const chain = { current: ['FB:a'] };
    const view = bookmarkedStore(store, chain);
    await view.read({ cypher: 'RETURN 1', params: {} });
    expect(await view.readTx(async () => 'r')).toBe('r');
    expect(await view.writeTx(async () => 'w')).toBe('w');
    expect(seen).toEqual([
      ['read', { bookmarks: chain }],
      ['readTx', { bookmarks: chain }],
      ['writeTx', { bookmarks: chain }],
    ]);
    expect(seen[0]![1]!.bookmarks).toBe(chain);
    expect(view.ping).toBe(ping);
  });
});

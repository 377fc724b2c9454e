import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import type { Store, Tx } from '../../src/store/gateway.js';
import { timedStore, type StoreTimers } from '../../src/store/timed-store.js';

/** Timers that record what they were told, seconds left out. */
function recorder() {
  const log: string[] = [];
  const timers: StoreTimers = {
    statements: { observe: ({ mode }, s) => log.push(`statement ${mode}${s >= 0 ? '' : ' negative'}`) },
    sessions: { observe: ({ mode, outcome }, s) => log.push(`session ${mode} ${outcome}${s >= 0 ? '' : ' negative'}`) },
    inFlight: { inc: ({ mode }) => log.push(`open ${mode}`), dec: ({ mode }) => log.push(`close ${mode}`) },
  };
  return { log, timers };
}

const tx: Tx = { run: async () => [{ n: 1 }] };
const fake = {
  read: async () => [{ n: 1 }],
  readTx: async <T>(work: (tx: Tx) => Promise<T>) => work(tx),
  writeTx: async <T>(work: (tx: Tx) => Promise<T>) => work(tx),
  schema: async () => [],
  ping: async () => {},
} as unknown as Store;
const q = { cypher: 'RETURN 1', params: {} };

describe('store: timedStore', () => {
  it('times a read as one session and one statement, and a transaction as one session and each statement in it', async () => {
    const { log, timers } = recorder();
    const store = timedStore({ store: fake, timers });
    expect(await store.read(q)).toEqual([{ n: 1 }]);
    await store.writeTx(async (t) => {
      await t.run(q);
      await t.run(q);
    });
    await store.schema(q);
    expect(log).toEqual([
      'open read',
      'close read',
      'statement read',
      'session read ok',
      'open write',
      'statement write',
      'statement write',
      'close write',
      'session write ok',
      'open schema',
      'close schema',
      'statement schema',
      'session schema ok',
    ]);
    expect(store.ping).toBe(fake.ping);
  });

  it("names a session's outcome by the AppError's code, else aborted, and passes the error on", async () => {
    const { log, timers } = recorder();
    const store = timedStore({ store: fake, timers });
    const refused = new AppError('BAD_USER_INPUT', 'no');
    await expect(store.writeTx(async () => Promise.reject(refused))).rejects.toBe(refused);
    await expect(store.readTx(async () => Promise.reject(new Error('rollback')))).rejects.toThrow('rollback');
    expect(log).toEqual(['open write', 'close write', 'session write BAD_USER_INPUT', 'open read', 'close read', 'session read aborted']);
  });
});

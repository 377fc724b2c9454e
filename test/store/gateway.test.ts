import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { Neo4jError } from 'neo4j-driver';
import {
  createStore,
  mapNeo4jError,
  retryingRead,
  terminatedByTimeout,
  timeoutError,
  type Query,
  type Store,
  type StoreOptions,
} from '../../src/store/gateway.js';
import { holdLocks, openTransactions, waitingTransactions } from '../helpers/locks.js';
import { testStore } from '../helpers/neo4j.js';
import { waitUntil } from '../helpers/wait-until.js';

const READ_MESSAGE = 'The query took too long and was stopped; narrow it (fewer hops, smaller first).';
const WRITE_MESSAGE = 'The write took too long and was stopped; nothing of it was saved. Try again shortly.';
const maintenanceMessage = (task: string, ms: number): string =>
  `${task} was stopped after NEO4J_MAINTENANCE_TIMEOUT_MS (${ms} ms); its open transaction was rolled back. Raise ` +
  `NEO4J_MAINTENANCE_TIMEOUT_MS (0 = no limit) and run it again.`;

/** Runs until Neo4j stops it: minutes of work on any machine, so only a timeout ends it in a test. */
const ENDLESS: Query = { cypher: 'UNWIND range(1, $n) AS i WITH i WHERE i < 0 RETURN count(i) AS n', params: { n: 4_000_000_000 } };

/** A store on the test Neo4j with the given transaction timeouts. */
function storeWith({ queryTimeoutMs, maintenanceTimeoutMs }: Pick<StoreOptions, 'queryTimeoutMs' | 'maintenanceTimeoutMs'>): Store {
  const n = inject('neo4j');
  return createStore({
    uri: n.uri,
    user: n.user,
    password: n.password,
    database: n.database,
    connectionTimeoutMs: 5000,
    acquisitionTimeoutMs: 5000,
    maxRetryMs: 5000,
    queryTimeoutMs,
    maintenanceTimeoutMs,
    maxPoolSize: 5,
  });
}

/** What `p` was rejected with, as code and message. */
async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string } | 'resolved'> {
  return p.then(
    () => 'resolved' as const,
    (err: unknown) =>
      err instanceof AppError ? { code: err.code, message: err.message } : { code: 'not an AppError', message: String(err) },
  );
}

describe('store: retryingRead', () => {
  const neoError = (code: string) => new Neo4jError('failed', code, '50N42', 'error: general processing exception - unexpected error');
  /** A read failing with `errors` in turn, then answering 'ok'; the waits asked for, without waiting. */
  async function tries(errors: Error[], maxRetryMs: number) {
    const waits: number[] = [];
    let calls = 0;
    const result = await retryingRead(
      async () => {
        const err = errors[calls++];
        if (err) throw err;
        return 'ok';
      },
      maxRetryMs,
      async (ms) => {
        waits.push(ms);
      },
    ).catch((err: unknown) => err);
    return { result, calls, waits };
  }

  it("tries a read again on the driver's schedule (1 s, doubling, ±20 %) while it fails with a retryable error", async () => {
    const lost = [neoError('ServiceUnavailable'), neoError('SessionExpired'), neoError('Neo.TransientError.General.DatabaseUnavailable')];
    const { result, calls, waits } = await tries(lost, 60_000);
    expect(result).toBe('ok');
    expect(calls).toBe(4);
    expect(waits).toHaveLength(3);
    waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(1000 * 2 ** i * 0.8);
      expect(ms).toBeLessThanOrEqual(1000 * 2 ** i * 1.2);
    });
  });

  it('gives up at once on any other error, and after the retry window on a retryable one', async () => {
    const syntax = neoError('Neo.ClientError.Statement.SyntaxError');
    expect(await tries([syntax], 60_000)).toEqual({ result: syntax, calls: 1, waits: [] });
    const plain = new Error('not from Neo4j');
    expect(await tries([plain], 60_000)).toEqual({ result: plain, calls: 1, waits: [] });
    const down = neoError('ServiceUnavailable');
    expect(await tries([down], 0)).toEqual({ result: down, calls: 1, waits: [] });
  });
});

describe('store: timeoutError', () => {
  it('words a timeout for the work it stopped', () => {
    expect(timeoutError({ kind: 'read' })).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: READ_MESSAGE });
    expect(timeoutError({ kind: 'write' })).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: WRITE_MESSAGE });
    expect(timeoutError({ kind: 'maintenance', task: 'Restoring the snapshot (npm run restore)', timeoutMs: 600_000 })).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: maintenanceMessage('Restoring the snapshot (npm run restore)', 600_000),
    });
  });

  it('maps both of Neo4j’s timeout codes, and an API read by default', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    ]) {
      expect(mapNeo4jError({ code, message: 'timed out' })).toMatchObject({ message: READ_MESSAGE });
      expect(mapNeo4jError({ code, message: 'timed out' }, { kind: 'write' })).toMatchObject({ message: WRITE_MESSAGE });
      expect(mapNeo4jError({ code, message: 'timed out' }, { kind: 'maintenance', task: 'Seeding', timeoutMs: 5 })).toMatchObject({
        message: maintenanceMessage('Seeding', 5),
      });
    }
  });
});

describe('store: terminatedByTimeout', () => {
  it('takes a lock wait stopped after at least the timeout for the timeout, and nothing else', () => {
    const stopped = { code: 'Neo.ClientError.Transaction.LockClientStopped' };
    expect(terminatedByTimeout(stopped, 500, 500)).toBe(true);
    expect(terminatedByTimeout({ code: 'Neo.TransientError.Transaction.Terminated' }, 900, 500)).toBe(true);
    expect(terminatedByTimeout(stopped, 499, 500)).toBe(false);
    expect(terminatedByTimeout(stopped, 60_000, 0)).toBe(false);
    expect(terminatedByTimeout({ code: 'Neo.ClientError.Statement.SyntaxError' }, 900, 500)).toBe(false);
    expect(terminatedByTimeout(new Error('no code'), 900, 500)).toBe(false);
  });
});

describe('store: transaction timeouts against Neo4j', () => {
  let probe: Store;
  beforeAll(() => {
    probe = testStore();
  });
  afterAll(async () => {
    await probe.close();
  });

  it('stops API reads at the query timeout with the hops message, API writes with a write message', async () => {
    const store = storeWith({ queryTimeoutMs: 500, maintenanceTimeoutMs: 0 });
    try {
      expect(await rejection(store.read(ENDLESS))).toEqual({ code: 'SERVICE_UNAVAILABLE', message: READ_MESSAGE });
      expect(await rejection(store.readTx((tx) => tx.run(ENDLESS)))).toEqual({ code: 'SERVICE_UNAVAILABLE', message: READ_MESSAGE });
      expect(await rejection(store.writeTx((tx) => tx.run(ENDLESS)))).toEqual({ code: 'SERVICE_UNAVAILABLE', message: WRITE_MESSAGE });
    } finally {
      await store.close();
    }
  });

  it('stops maintenance work at NEO4J_MAINTENANCE_TIMEOUT_MS with a message naming the work and the setting', async () => {
    const store = storeWith({ queryTimeoutMs: 600_000, maintenanceTimeoutMs: 500 });
    try {
      const seeding = store.maintenance('Seeding the empty database at start');
      expect(await rejection(seeding.writeTx((tx) => tx.run(ENDLESS)))).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        message: maintenanceMessage('Seeding the empty database at start', 500),
      });
      expect(await rejection(store.maintenance('Exporting the graph (npm run export)').readTx((tx) => tx.run(ENDLESS)))).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        message: maintenanceMessage('Exporting the graph (npm run export)', 500),
      });
      // Schema statements are maintenance in every flavour, the API's included.
      expect(await rejection(store.schema(ENDLESS))).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        message: maintenanceMessage('A schema statement', 500),
      });
    } finally {
      await store.close();
    }
  });

  it('words a maintenance timeout that ends a lock wait the same way', async () => {
    const store = storeWith({ queryTimeoutMs: 600_000, maintenanceTimeoutMs: 500 });
    const id = 'gateway-test-lock-wait';
    await probe.writeTx((tx) => tx.run({ cypher: 'MERGE (:GatewayProbe {id: $id})', params: { id } }));
    const held = await holdLocks(probe, { cypher: 'MATCH (p:GatewayProbe {id: $id}) SET p.held = true', params: { id } });
    try {
      const waiting = store
        .maintenance('Restoring the snapshot (npm run restore)')
        .writeTx((tx) => tx.run({ cypher: 'MATCH (p:GatewayProbe {id: $id}) SET p.touched = true', params: { id } }));
      expect(await rejection(waiting)).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        message: maintenanceMessage('Restoring the snapshot (npm run restore)', 500),
      });
    } finally {
      await held.release();
      await probe.writeTx((tx) => tx.run({ cypher: 'MATCH (p:GatewayProbe) DELETE p', params: {} }));
      await store.close();
    }
  });

  it('lets maintenance work wait past a tiny query timeout, and takes a maintenance timeout of 0 as no limit', async () => {
    const store = storeWith({ queryTimeoutMs: 1, maintenanceTimeoutMs: 0 });
    const id = 'gateway-test-lock';
    const touch: Query = {
      cypher: 'MERGE (p:GatewayProbe {id: $id}) SET p.touched = coalesce(p.touched, 0) + 1 RETURN p.touched AS touched',
      params: { id },
    };
    await probe.writeTx((tx) => tx.run({ cypher: 'MERGE (:GatewayProbe {id: $id})', params: { id } }));
    const held = await holdLocks(probe, { cypher: 'MATCH (p:GatewayProbe {id: $id}) SET p.held = true', params: { id } });
    try {
      const except = await openTransactions(probe);
      let settled = false;
      const maintenance = store
        .maintenance('Touching the probe')
        .writeTx((tx) => tx.run(touch))
        .finally(() => (settled = true));
      // Waiting a second on the lock is hundreds of times the query timeout.
      expect(
        await waitUntil(async () => (await waitingTransactions(probe, { except, olderThanMs: 1000 })).length === 1, 60_000),
        'the maintenance write waits on the lock',
      ).toBe(true);
      // The same wait is far too long for the query timeout: the API flavour of the same store is stopped.
      expect(await rejection(store.writeTx((tx) => tx.run(touch)))).toEqual({ code: 'SERVICE_UNAVAILABLE', message: WRITE_MESSAGE });
      expect(settled, 'the maintenance write still waits').toBe(false);
      await held.release();
      expect(await maintenance).toEqual([{ touched: 1 }]);
    } finally {
      await held.release();
      await probe.writeTx((tx) => tx.run({ cypher: 'MATCH (p:GatewayProbe) DELETE p', params: {} }));
      await store.close();
    }
  });
});

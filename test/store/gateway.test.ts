import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { createStore, type Query, type Store, type StoreOptions } from '../../src/store/gateway.js';
import { holdLocks, openTransactions, waitingTransactions } from '../helpers/locks.js';
import { testStore } from '../helpers/neo4j.js';
import { maintenanceMessage, READ_MESSAGE, WRITE_MESSAGE } from '../helpers/timeout-messages.js';
import { waitUntil } from '../helpers/wait-until.js';

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

describe('store: readStream against Neo4j', () => {
  let probe: Store;
  beforeAll(() => {
    probe = testStore();
  });
  afterAll(async () => {
    await probe.close();
  });

  const numbers = (n: number): Query => ({ cypher: 'UNWIND range(1, $n) AS i RETURN i', params: { n } });

  it('yields every row of a statement far larger than a fetch batch, in order, after a run in the same transaction', async () => {
    const store = storeWith({ queryTimeoutMs: 600_000, maintenanceTimeoutMs: 0 });
    try {
      const rows: unknown[] = [];
      const stream = store.maintenance('Streaming numbers').readStream(async function* (tx) {
        const [first] = await tx.run({ cypher: 'RETURN 0 AS i', params: {} });
        yield first!.i;
        for await (const row of tx.stream(numbers(25_000))) yield row.i;
      });
      for await (const i of stream) rows.push(i);
      expect(rows).toHaveLength(25_001);
      expect(rows.slice(0, 3)).toEqual([0, 1, 2]);
      expect(rows.at(-1)).toBe(25_000);
    } finally {
      await store.close();
    }
  });

  it('closes the transaction and its session when the consumer stops early: many early stops leave the pool free', async () => {
    // maxPoolSize 5: a session left open by an early stop would exhaust the pool within a few rounds.
    const store = storeWith({ queryTimeoutMs: 600_000, maintenanceTimeoutMs: 0 });
    try {
      const before = await openTransactions(probe);
      for (let round = 0; round < 30; round++) {
        let seen = 0;
        for await (const row of store.readStream((tx) => tx.stream(numbers(1_000_000)))) {
          seen += row.i === undefined ? 0 : 1;
          if (seen === 10) break;
        }
        expect(seen).toBe(10);
      }
      expect(await store.read({ cypher: 'RETURN 1 AS ok', params: {} })).toEqual([{ ok: 1 }]);
      expect(await waitUntil(async () => (await openTransactions(probe)).join() === before.join(), 10_000)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('closes the transaction when the consumer throws, and passes the error on', async () => {
    const store = storeWith({ queryTimeoutMs: 600_000, maintenanceTimeoutMs: 0 });
    try {
      const before = await openTransactions(probe);
      const consume = async () => {
        for await (const row of store.readStream((tx) => tx.stream(numbers(100_000)))) if (row.i === 5) throw new Error('sink failed');
      };
      for (let round = 0; round < 10; round++) await expect(consume()).rejects.toThrow('sink failed');
      expect(await waitUntil(async () => (await openTransactions(probe)).join() === before.join(), 10_000)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('stops at the maintenance timeout with the message naming the work, and gives the session back to the pool', async () => {
    const store = storeWith({ queryTimeoutMs: 600_000, maintenanceTimeoutMs: 500 });
    try {
      const exporting = store.maintenance('Exporting the graph (GET /export)');
      const drain = async (s: AsyncIterable<unknown>) => {
        for await (const _ of s) void _;
      };
      expect(await rejection(drain(exporting.readStream((tx) => tx.stream(ENDLESS))))).toEqual({
        code: 'SERVICE_UNAVAILABLE',
        message: maintenanceMessage('Exporting the graph (GET /export)', 500),
      });
      // The pool is whole again: five more sessions than it holds still run.
      for (let i = 0; i < 6; i++) expect(await store.read({ cypher: 'RETURN 1 AS ok', params: {} })).toEqual([{ ok: 1 }]);
    } finally {
      await store.close();
    }
  });
});

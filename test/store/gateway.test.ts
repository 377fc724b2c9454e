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

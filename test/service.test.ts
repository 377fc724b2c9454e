import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppError } from '../src/errors.js';
import { applySchema } from '../src/store/apply-schema.js';
import { createStore, type Store } from '../src/store/gateway.js';
import { holdLocks, openTransactions, waitingTransactions } from './helpers/locks.js';
import { SCHEMA_DIR, testStore, wipe } from './helpers/neo4j.js';
import { startTestService, type TestService } from './helpers/service.js';
import { waitUntil } from './helpers/wait-until.js';

/** The code and message `p` was rejected with, or 'resolved'. */
const outcome = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'resolved',
    (err: unknown) => (err instanceof AppError ? `${err.code}: ${err.message}` : String(err)),
  );

describe('service: start-up work runs under NEO4J_MAINTENANCE_TIMEOUT_MS', () => {
  let store: Store;
  let starting: Promise<TestService> | undefined;
  beforeAll(() => {
    store = testStore();
  });
  afterAll(async () => {
    await starting?.then(
      (t) => t.stop(),
      () => undefined,
    );
    await store.close();
  });

  // Schema statements run under the maintenance timeout in every flavour of the store (see
  // test/store/gateway.test.ts); a schema change waiting on a label lock is not stopped by any
  // transaction timeout, so it cannot be shown waiting past one here.
  it('applies the schema and seeds an empty database at start though seeding takes far longer than NEO4J_QUERY_TIMEOUT_MS', async () => {
    await wipe(store);
    expect(await applySchema(store.maintenance('Applying the schema for a test'), SCHEMA_DIR)).toEqual([]);
    // An open transaction creates the entity `peru` and does not commit: the seed's MERGE of it waits.
    const peru = { cypher: 'MERGE (e:Entity {id: $id}) RETURN e.id AS id', params: { id: 'peru' } };
    const held = await holdLocks(store, { cypher: 'CREATE (:Entity {id: $id})', params: { id: 'peru' } });
    const except = await openTransactions(store);
    let settled = false;
    starting = startTestService({ NEO4J_QUERY_TIMEOUT_MS: '1' }).finally(() => (settled = true));
    starting.catch(() => undefined); // awaited below, once the lock is released
    try {
      // A seed that has waited a second on the lock has waited a thousand times the query timeout.
      const waitingOnLock = () => waitingTransactions(store, { except, olderThanMs: 1000 });
      let waiting: string[] = [];
      expect(await waitUntil(async () => (waiting = await waitingOnLock()).length === 1 || settled, 120_000)).toBe(true);
      expect(settled, 'the start waits on the held lock').toBe(false);
      // The same wait under the API's 1 ms is stopped…
      const n = inject('neo4j');
      const api = createStore({
        uri: n.uri,
        user: n.user,
        password: n.password,
        database: n.database,
        connectionTimeoutMs: 5000,
        acquisitionTimeoutMs: 5000,
        maxRetryMs: 5000,
        queryTimeoutMs: 1,
        maintenanceTimeoutMs: 1,
        maxPoolSize: 2,
      });
      try {
        expect(await outcome(api.writeTx((tx) => tx.run(peru)))).toBe(
          'SERVICE_UNAVAILABLE: The write took too long and was stopped; nothing of it was saved. Try again shortly.',
        );
      } finally {
        await api.close();
      }
      // …while the start's seed still waits.
      expect(settled, 'the start still waits').toBe(false);
      expect(await waitingOnLock(), 'the same seed transaction still waits').toEqual(waiting);
    } finally {
      await held.release();
    }
    const t = await starting;
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
    // Read here, not through the API: its own reads have 1 ms.
    const [row] = await store.read({
      cypher: 'MATCH (a:Article) WITH count(a) AS articles MATCH (e:Entity {id: $id}) RETURN articles, count(e) AS entities',
      params: { id: 'peru' },
    });
    expect(row?.articles).toBeGreaterThan(0);
    expect(row?.entities).toBe(1);
  }, 300_000);
});

/** Test access to the real Neo4j chosen by the global setup. */
import path from 'node:path';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createStore, type Store } from '../../src/store/gateway.js';
import { applySchema } from '../../src/store/apply-schema.js';
import { seedFromFiles } from '../../src/seed/seed-if-empty.js';
import { projectRoot } from '../../src/project-root.js';

export const SCHEMA_DIR = path.join(projectRoot(), 'schema');
export const SEEDS_DIR = path.join(projectRoot(), 'seeds');

/**
 * A store on the test Neo4j; close it in afterAll. API work runs under a 30 s query timeout;
 * maintenance work (`store.maintenance(task)`, schema statements) under the configured default.
 */
export function testStore(): Store {
  const n = inject('neo4j');
  return createStore({
    uri: n.uri,
    user: n.user,
    password: n.password,
    database: n.database,
    connectionTimeoutMs: 5000,
    acquisitionTimeoutMs: 5000,
    maxRetryMs: 5000,
    queryTimeoutMs: 30000,
    maintenanceTimeoutMs: loadConfig({}).neo4j.maintenanceTimeoutMs,
    maxPoolSize: 20,
  });
}

/** Deletes every node and relationship (an auto-commit transaction, batched). */
export async function wipe(store: Store): Promise<void> {
  await store.schema({ cypher: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', params: {} });
}

/** Wipes the graph, applies the schema and loads the seed files, as maintenance work (as `npm start` does). */
export async function freshSeededGraph(store: Store): Promise<void> {
  await wipe(store);
  const missing = await applySchema(store.maintenance('Applying the schema for a test'), SCHEMA_DIR);
  if (missing.length) throw new Error(`schema missing: ${missing.join(', ')}`);
  await seedFromFiles({ store: store.maintenance('Seeding the graph for a test'), inputs: [SEEDS_DIR] });
}

/**
 * Node and relationship counts of the whole database but the content version's one bookkeeping
 * node (`DataVersion`, see src/store/content-version.ts).
 */
export async function counts(store: Store): Promise<{ nodes: number; relationships: number }> {
  const [row] = await store.read({
    cypher:
      'CALL () { MATCH (n) WHERE NOT n:DataVersion RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS ' +
      'relationships } RETURN nodes, relationships',
    params: {},
  });
  return row as { nodes: number; relationships: number };
}

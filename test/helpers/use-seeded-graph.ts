/**
 * The shared fixture of the tests that read the seeded graph: called in a describe block (or at a
 * file's top level), it registers the hooks that seed the graph, open a store and start the
 * service, and the ones that stop them, so a file does not repeat them.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Store } from '../../src/store/gateway.js';
import { freshSeededGraph, testStore } from './neo4j.js';
import { startTestService, type TestService } from './service.js';

/** The graph a fixture seeded, and a store on it. */
export interface SeededGraph {
  /** A store on the test Neo4j, open from the fixture's beforeAll to its afterAll. */
  readonly store: Store;
}

/** The service running on the seeded graph, as `TestService` but stopped by the fixture. */
export interface SeededService extends SeededGraph, Omit<TestService, 'stop'> {}

/** The value of a hook's variable, or a clear error when a test reads it before the hook ran. */
function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is set in beforeAll: read it inside a test or a later hook`);
  return value;
}

/**
 * Registers hooks that wipe and seed the graph (`seed: 'once'`, the default, before all tests of
 * the block; `'each'` before each test, for tests that write) and keep a store on it open until
 * the block's afterAll. Hooks a file registers after calling this run after its beforeAll and
 * before its afterAll, so they may use `store`.
 */
export function useSeededGraph({ seed = 'once' }: { seed?: 'once' | 'each' } = {}): SeededGraph {
  let store: Store | undefined;
  beforeAll(async () => {
    store = testStore();
    if (seed === 'once') await freshSeededGraph(store);
  });
  if (seed === 'each') beforeEach(() => freshSeededGraph(ready(store, 'store')));
  afterAll(async () => {
    await store?.close();
  });
  return {
    get store() {
      return ready(store, 'store');
    },
  };
}

/**
 * `useSeededGraph`, then the real service on that graph (`startTestService(env)`: `env` on top of
 * the test configuration), stopped before the store closes. The result is used as a `TestService`.
 */
export function useSeededService({
  env = {},
  seed = 'once',
}: { env?: Record<string, string>; seed?: 'once' | 'each' } = {}): SeededService {
  const graph = useSeededGraph({ seed });
  let t: TestService | undefined;
  beforeAll(async () => {
    t = await startTestService(env);
  });
  afterAll(async () => {
    await t?.stop();
  });
  const running = (): TestService => ready(t, 'the service');
  return {
    get store() {
      return graph.store;
    },
    get service() {
      return running().service;
    },
    get url() {
      return running().url;
    },
    gql(query, variables, headers) {
      return running().gql(query, variables, headers);
    },
  };
}

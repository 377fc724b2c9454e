/**
 * The Neo4j a bench run uses: the one at NEO4J_URI when set, else a throwaway built-in Neo4j on a
 * free port with a temporary data folder, removed when the run ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../src/config.js';
import { freePort, startLocalNeo4j } from '../src/local-neo4j/index.js';

/** How the bench reaches Neo4j, and how to let it go. */
export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** `external` (NEO4J_URI) or `throwaway` (started by the bench). */
  kind: 'external' | 'throwaway';
  /** The server's process id when the bench started it. */
  pid?: number;
  /** Stops a throwaway server and deletes its folder; does nothing for an external one. */
  stop(): Promise<void>;
}

const PASSWORD = 'bench-password-1234';

/**
 * Returns the Neo4j to bench against. Without `config.neo4j.uri` it starts the project's own
 * Neo4j with `heap` and `pageCache` (e.g. `4g`), its jars from the project's cache.
 */
export async function benchNeo4j({
  config,
  heap,
  pageCache,
  log,
}: {
  config: Config;
  heap: string;
  pageCache: string;
  log: (m: string) => void;
}): Promise<BenchNeo4j> {
  if (config.neo4j.uri) {
    return {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
      kind: 'external',
      stop: async () => undefined,
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  try {
    const server = await startLocalNeo4j({
      ...config.localNeo4j,
      dir,
      boltPort: await freePort(),
      heap,
      pageCache,
      password: PASSWORD,
      log,
    });
    return {
      uri: server.uri,
      user: 'neo4j',
      password: PASSWORD,
      database: 'neo4j',
      kind: 'throwaway',
      pid: server.pid,
      stop: async () => {
        await server.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

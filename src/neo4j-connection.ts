/**
 * Chooses the Neo4j the service talks to: NEO4J_URI when set; else a local Neo4j already running
 * from `npm run db:start`; else a local Neo4j started as a child of this process.
 */
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { localNeo4jOptions, portOpen, runningPid, startLocalNeo4j, type LocalNeo4j } from './local-neo4j/index.js';

/** A Neo4j URI, and the local server this process started (to stop on exit), if any. */
export interface Neo4jConnection {
  uri: string;
  owned: LocalNeo4j | undefined;
}

export async function connectNeo4j({ config, logger }: { config: Config; logger: Logger }): Promise<Neo4jConnection> {
  if (config.neo4j.uri) return { uri: config.neo4j.uri, owned: undefined };
  const options = localNeo4jOptions(config);
  let pid = runningPid(options.dir);
  // A server that is still shutting down holds the store lock: wait for it to go.
  for (let i = 0; pid !== undefined && !(await portOpen(options.boltPort)) && i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    pid = runningPid(options.dir);
  }
  if (pid !== undefined) {
    logger.info({ pid }, 'using the local Neo4j started by npm run db:start');
    return { uri: `bolt://127.0.0.1:${options.boltPort}`, owned: undefined };
  }
  const owned = await startLocalNeo4j({ ...options, log: (msg) => logger.info(msg) });
  return { uri: owned.uri, owned };
}

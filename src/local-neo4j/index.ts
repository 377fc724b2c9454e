import type { Config } from '../config.js';
import type { LocalNeo4jOptions } from './local-neo4j.js';

export { startLocalNeo4j } from './local-neo4j.js';
export { runningPid, stopPid, pidFile } from './process-control.js';
export { portOpen, freePort } from './ports.js';
export type { LocalNeo4j, LocalNeo4jOptions } from './local-neo4j.js';
export { ensureNeo4jJars } from './provision.js';

/** The local Neo4j options that the configuration describes. */
export function localNeo4jOptions(config: Config): LocalNeo4jOptions {
  return { ...config.localNeo4j, password: config.neo4j.password };
}

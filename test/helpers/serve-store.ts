/** The HTTP server alone over a store a test wraps (recording, counting, read-only), on a free port. */
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type Server } from '../../src/server/create-server.js';
import type { Store } from '../../src/store/gateway.js';

/**
 * Starts the server over `store`, silent, always ready, with `env` on top of a test configuration
 * whose Neo4j settings are never used (the store is given). Stop it with `server.stop()`.
 */
export function serveStore(store: Store, env: Record<string, string> = {}): Promise<Server> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    NEO4J_URI: 'bolt://unused:7687',
    NEO4J_PASSWORD: 'unused-password',
    ...env,
  });
  return createServer({ config, store, logger: createLogger({ level: 'silent' }), readiness: async () => ({ ready: true }) });
}

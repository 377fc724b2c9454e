/**
 * Boots the service: Neo4j, the store, the schema, the seed, the HTTP server. Returns a handle
 * whose stop() undoes it all in reverse order.
 */
import path from 'node:path';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { connectNeo4j } from './neo4j-connection.js';
import { createStore, type Store } from './store/gateway.js';
import { applySchema } from './store/apply-schema.js';
import { seedIfEmpty } from './seed/seed-if-empty.js';
import { createServer, type Readiness, type Server } from './server/create-server.js';
import { createTracing, type Tracing } from './ops/tracing.js';
import { projectRoot } from './project-root.js';

/** A running service. */
export interface Service {
  readonly server: Server;
  readonly store: Store;
  /** The spans of its requests (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set or an exporter was given). */
  readonly tracing: Tracing;
  stop(): Promise<void>;
}

/**
 * Starts the service of `config`.
 * @param traceExporter also receives every span as it ends (the tests' in-memory exporter); it turns
 *   tracing on without an OTLP endpoint. Default none.
 */
export async function startService({
  config,
  logger,
  traceExporter,
}: {
  config: Config;
  logger: Logger;
  traceExporter?: SpanExporter;
}): Promise<Service> {
  const neo4j = await connectNeo4j({ config, logger });
  const store = createStore({ ...config.neo4j, uri: neo4j.uri });
  let schemaMissing: string[] = ['schema not applied yet'];
  let seeded = false;
  try {
    await store.ping();
    // Start-up work is maintenance: NEO4J_MAINTENANCE_TIMEOUT_MS, not the API's query timeout.
    schemaMissing = await applySchema(store.maintenance('Applying the schema at start'), path.join(projectRoot(), 'schema'), {
      onChanges: (changes) => logger.info(changes, 'brought the schema and search keys of an older version up to date'),
    });
    if (schemaMissing.length) logger.error({ missing: schemaMissing }, 'the database lacks parts of the schema');
    if (config.seedOnStart) {
      const summary = await seedIfEmpty({ store: store.maintenance('Seeding the empty database at start'), seedsDir: config.seedsDir });
      if (summary) logger.info(summary, 'seeded the empty database');
    }
    seeded = true;
  } catch (err) {
    await store.close();
    await neo4j.owned?.stop();
    throw err;
  }

  const readiness = async (): Promise<Readiness> => {
    if (schemaMissing.length) return { ready: false, reason: `schema incomplete: ${schemaMissing.join(', ')}` };
    if (!seeded) return { ready: false, reason: 'seed not applied' };
    try {
      await store.ping();
      return { ready: true };
    } catch {
      return { ready: false, reason: 'Neo4j does not answer' };
    }
  };
  const tracing = await createTracing({ ...config.tracing, exporter: traceExporter });
  if (tracing.enabled) logger.info({ endpoint: config.tracing.endpoint }, 'tracing on');
  let server: Server;
  try {
    server = await createServer({ config, store, logger, readiness, tracing });
  } catch (err) {
    // The provider is registered for the whole process: unregister it.
    await tracing.shutdown();
    throw err;
  }
  return {
    server,
    store,
    tracing,
    stop: async () => {
      await server.stop();
      logger.debug('HTTP server stopped');
      await store.close();
      logger.debug('driver closed');
      // After the last request and statement: their spans are exported before the process ends.
      await tracing.shutdown();
      if (neo4j.owned) {
        logger.info('stopping the local Neo4j');
        await neo4j.owned.stop();
      }
    },
  };
}

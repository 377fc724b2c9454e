/**
 * Prometheus metrics of one server: HTTP requests, GraphQL operations by name and outcome, errors
 * by code, Neo4j statements and transactions, ingests and merges, and the default process metrics.
 * Each server gets its own registry (no module-level singleton), served at GET /metrics. The hooks
 * that feed it live beside what they observe: http-metrics.ts, operation-metrics.ts,
 * writer-metrics.ts, and src/store/timed-store.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Store } from '../store/gateway.js';
import { timedStore } from '../store/timed-store.js';
import type { Writer } from '../ingest/writer.js';
import { httpMetrics } from './http-metrics.js';
import { operationMetrics } from './operation-metrics.js';
import { writerMetrics } from './writer-metrics.js';

/** Histogram buckets for requests and operations, in seconds. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Histogram buckets for Cypher statements and transactions, in seconds. */
const QUERY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15];

/** The metrics of one server and the hooks that feed them. */
export interface Metrics {
  readonly registry: Registry;
  /** Connect-style middleware timing every request: mounted before Express's routes, and run first on /graphql. */
  httpMiddleware(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: () => void): void;
  /** The Apollo plugin counting and timing operations by name and outcome. */
  apolloPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext>;
  /** A store that times every statement and transaction of `store` and counts open sessions. */
  observeStore(store: Store): Store;
  /** A writer that counts the ingests and merges of `writer` by outcome. */
  observeWriter(writer: Writer): Writer;
  /** The exposition text and its content type. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

/**
 * Creates the registry and its metrics.
 * @param maxPoolSize the driver's connection pool size, exported as `kg_neo4j_pool_max_size`.
 * @param defaultMetrics collect Node's process metrics (CPU, memory, event loop, GC); default true.
 */
export function createMetrics({ maxPoolSize, defaultMetrics = true }: { maxPoolSize: number; defaultMetrics?: boolean }): Metrics {
  const registry = new Registry();
  if (defaultMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  // Registered in this order, which is the order of the exposition text.
  const httpMiddleware = httpMetrics({ registers, buckets: REQUEST_BUCKETS });
  const apolloPlugin = operationMetrics({ registers, buckets: REQUEST_BUCKETS });
  const timers = {
    statements: new Histogram({
      name: 'kg_neo4j_query_duration_seconds',
      help: 'Latency of each Cypher statement, by access mode.',
      labelNames: ['mode'],
      buckets: QUERY_BUCKETS,
      registers,
    }),
    sessions: new Histogram({
      name: 'kg_neo4j_transaction_duration_seconds',
      help:
        'Latency of each session (one transaction, including connection acquisition), by access mode and outcome: ok, an ' +
        'error code, or aborted.',
      labelNames: ['mode', 'outcome'],
      buckets: QUERY_BUCKETS,
      registers,
    }),
    inFlight: new Gauge({
      name: 'kg_neo4j_sessions_in_flight',
      help: 'Open Neo4j sessions by access mode; each holds one pooled connection (the driver does not publish its pool).',
      labelNames: ['mode'],
      registers,
    }),
  };
  new Gauge({ name: 'kg_neo4j_pool_max_size', help: 'The driver connection pool size (NEO4J_MAX_POOL_SIZE).', registers }).set(maxPoolSize);
  const observeWriter = writerMetrics({ registers });
  for (const mode of ['read', 'write', 'schema']) timers.inFlight.set({ mode }, 0);

  return {
    registry,
    httpMiddleware,
    apolloPlugin,
    observeStore: (store) => timedStore({ store, timers }),
    observeWriter,
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

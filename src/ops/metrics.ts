/**
 * Prometheus metrics of one server: HTTP requests, GraphQL operations by name and outcome, errors
 * by code, Neo4j statements and transactions, ingests and merges, and the default process metrics.
 * Each server gets its own registry (no module-level singleton), served at GET /metrics.
 */
import { performance } from 'node:perf_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getOperationAST, type OperationDefinitionNode } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CallOptions, Query, Store, Tx } from '../store/gateway.js';
import type { Writer } from '../ingest/writer.js';
import { AppError } from '../errors.js';

/** Histogram buckets for requests and operations, in seconds. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Histogram buckets for Cypher statements and transactions, in seconds. */
const QUERY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15];
/** Routes the HTTP metrics name; any other path counts as `other`, so clients cannot add series. */
const ROUTES = ['/graphql', '/health/live', '/health/ready', '/schema.graphql', '/export', '/metrics'];
/** Distinct operation names kept as labels; names beyond this count as `__other__`. */
const MAX_OPERATION_NAMES = 200;

type Mode = 'read' | 'write' | 'schema';

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

/** The route label of a request path. */
export function routeLabel(path: string): string {
  const q = path.indexOf('?');
  const p = q < 0 ? path : path.slice(0, q);
  if (ROUTES.includes(p)) return p;
  if (p === '/explore' || p.startsWith('/explore/')) return '/explore';
  return 'other';
}

/** The operation a request ran (or meant to run), when its document parsed. */
function operationOf(ctx: { operation?: OperationDefinitionNode; document?: Parameters<typeof getOperationAST>[0]; request: { operationName?: string } }): OperationDefinitionNode | undefined {
  if (ctx.operation) return ctx.operation;
  if (!ctx.document) return undefined;
  return getOperationAST(ctx.document, ctx.request.operationName) ?? undefined;
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

  const httpRequests = new Counter({ name: 'kg_http_requests_total', help: 'HTTP requests by method, route and status.', labelNames: ['method', 'route', 'status'], registers });
  const httpDuration = new Histogram({ name: 'kg_http_request_duration_seconds', help: 'HTTP request latency by method, route and status.', labelNames: ['method', 'route', 'status'], buckets: REQUEST_BUCKETS, registers });
  const operations = new Counter({ name: 'kg_graphql_operations_total', help: 'GraphQL operations by operation name, type and outcome (ok or the first error code).', labelNames: ['operation', 'type', 'outcome'], registers });
  const operationDuration = new Histogram({ name: 'kg_graphql_operation_duration_seconds', help: 'GraphQL operation latency by operation name, type and outcome.', labelNames: ['operation', 'type', 'outcome'], buckets: REQUEST_BUCKETS, registers });
  const errors = new Counter({ name: 'kg_graphql_errors_total', help: 'GraphQL errors sent to clients, by extensions.code.', labelNames: ['code'], registers });
  const queryDuration = new Histogram({ name: 'kg_neo4j_query_duration_seconds', help: 'Latency of each Cypher statement, by access mode.', labelNames: ['mode'], buckets: QUERY_BUCKETS, registers });
  const txDuration = new Histogram({ name: 'kg_neo4j_transaction_duration_seconds', help: 'Latency of each session (one transaction, including connection acquisition), by access mode and outcome: ok, an error code, or aborted.', labelNames: ['mode', 'outcome'], buckets: QUERY_BUCKETS, registers });
  const sessions = new Gauge({ name: 'kg_neo4j_sessions_in_flight', help: 'Open Neo4j sessions by access mode; each holds one pooled connection (the driver does not publish its pool).', labelNames: ['mode'], registers });
  new Gauge({ name: 'kg_neo4j_pool_max_size', help: 'The driver connection pool size (NEO4J_MAX_POOL_SIZE).', registers }).set(maxPoolSize);
  const ingests = new Counter({ name: 'kg_ingests_total', help: 'ingestArticle calls by outcome: written, unchanged, dry_run, refused, error.', labelNames: ['outcome'], registers });
  const ingestRelationships = new Counter({ name: 'kg_ingest_relationships_total', help: 'Relationships of written ingests by result: created, corroborated, disputed, unchanged, removed.', labelNames: ['result'], registers });
  const ingestEvidence = new Counter({ name: 'kg_ingest_evidence_total', help: 'Evidence items added and removed by written ingests.', labelNames: ['change'], registers });
  const merges = new Counter({ name: 'kg_merges_total', help: 'mergeEntities and undoMerge calls by action and outcome (ok or error code).', labelNames: ['action', 'outcome'], registers });
  for (const mode of ['read', 'write', 'schema']) sessions.set({ mode }, 0);

  const names = new Set<string>();
  const operationLabel = (op: OperationDefinitionNode | undefined): string => {
    if (!op) return '(none)';
    const name = op.name?.value;
    if (!name) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return '__other__';
    names.add(name);
    return name;
  };

  // Label objects made once: prom-client keeps a reference to the first one it sees, never changes it.
  const modeLabels: Record<Mode, { mode: Mode }> = { read: { mode: 'read' }, write: { mode: 'write' }, schema: { mode: 'schema' } };
  const okLabels: Record<Mode, { mode: Mode; outcome: string }> = { read: { mode: 'read', outcome: 'ok' }, write: { mode: 'write', outcome: 'ok' }, schema: { mode: 'schema', outcome: 'ok' } };
  /** Times one session of `mode` (and, when `statement`, the one statement it runs) in a single wrapper. */
  const timed = async <T>(mode: Mode, fn: () => Promise<T>, statement = false): Promise<T> => {
    const start = performance.now();
    const labels = modeLabels[mode];
    sessions.inc(labels);
    let outcome: string | undefined;
    try {
      return await fn();
    } catch (err) {
      // A project error names its code; anything else (a dry run's rollback, a driver error) did not commit.
      outcome = err instanceof AppError ? err.code : 'aborted';
      throw err;
    } finally {
      const seconds = (performance.now() - start) / 1000;
      sessions.dec(labels);
      if (statement) queryDuration.observe(labels, seconds);
      txDuration.observe(outcome === undefined ? okLabels[mode] : { mode, outcome }, seconds);
    }
  };
  const timedTx = (mode: Mode, tx: Tx): Tx => ({
    run: async (q: Query) => {
      const start = performance.now();
      try {
        return await tx.run(q);
      } finally {
        queryDuration.observe(modeLabels[mode], (performance.now() - start) / 1000);
      }
    },
  });

  return {
    registry,
    httpMiddleware(req, res, next) {
      const start = performance.now();
      res.on('finish', () => {
        const labels = { method: req.method, route: routeLabel(req.originalUrl ?? req.url ?? ''), status: String(res.statusCode) };
        httpRequests.inc(labels);
        httpDuration.observe(labels, (performance.now() - start) / 1000);
      });
      next();
    },
    apolloPlugin() {
      return {
        async requestDidStart() {
          const start = performance.now();
          return {
            async willSendResponse(ctx) {
              const op = operationOf(ctx);
              const body = ctx.response.body;
              const sent = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
              const codes = sent.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'));
              for (const code of codes) errors.inc({ code });
              const labels = { operation: operationLabel(op), type: op?.operation ?? 'unknown', outcome: codes[0] ?? 'ok' };
              operations.inc(labels);
              operationDuration.observe(labels, (performance.now() - start) / 1000);
            },
          };
        },
      };
    },
    observeStore(store) {
      return {
        ...store,
        read: (q: Query, opts?: CallOptions) => timed('read', () => store.read(q, opts), true),
        readTx: <T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions) => timed('read', () => store.readTx((tx) => work(timedTx('read', tx)), opts)),
        writeTx: <T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions) => timed('write', () => store.writeTx((tx) => work(timedTx('write', tx)), opts)),
        schema: (q: Query) => timed('schema', () => store.schema(q), true),
      };
    },
    observeWriter(writer) {
      const merged = async <T>(action: string, fn: () => Promise<T>): Promise<T> => {
        try {
          const result = await fn();
          merges.inc({ action, outcome: 'ok' });
          return result;
        } catch (err) {
          merges.inc({ action, outcome: err instanceof AppError ? err.code : 'error' });
          throw err;
        }
      };
      return {
        ...writer,
        ingest: async (args) => {
          let s;
          try {
            s = await writer.ingest(args);
          } catch (err) {
            ingests.inc({ outcome: err instanceof AppError && err.code === 'BAD_USER_INPUT' ? 'refused' : 'error' });
            throw err;
          }
          if (s.dryRun) {
            ingests.inc({ outcome: 'dry_run' });
            return s;
          }
          const changed = s.createdEntities.length + s.createdRelationships.length + s.corroboratedRelationships.length + s.disputedRelationships.length + s.removedRelationshipIds.length + s.evidenceAdded + s.evidenceRemoved;
          ingests.inc({ outcome: changed > 0 ? 'written' : 'unchanged' });
          ingestRelationships.inc({ result: 'created' }, s.createdRelationships.length);
          ingestRelationships.inc({ result: 'corroborated' }, s.corroboratedRelationships.length);
          ingestRelationships.inc({ result: 'disputed' }, s.disputedRelationships.length);
          ingestRelationships.inc({ result: 'unchanged' }, s.unchangedRelationships.length);
          ingestRelationships.inc({ result: 'removed' }, s.removedRelationshipIds.length);
          ingestEvidence.inc({ change: 'added' }, s.evidenceAdded);
          ingestEvidence.inc({ change: 'removed' }, s.evidenceRemoved);
          return s;
        },
        merge: (args) => merged('merge', () => writer.merge(args)),
        undoMerge: (args) => merged('undo_merge', () => writer.undoMerge(args)),
      };
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

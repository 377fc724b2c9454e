/**
 * The HTTP edge, wired: Apollo Server at /graphql, served ahead of Express (graphql-route.ts over
 * graphql-endpoint.ts), subscriptions at /graphql/stream (stream-route.ts, change-feed.ts), and
 * Express 5 for the rest: health endpoints, metrics, the SDL, exports, the Explorer and the
 * curation page, one file per route group. Wired by injection: the caller
 * passes the config, the store and the readiness probe.
 */
import http from 'node:http';
import express from 'express';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/gateway.js';
import { createReader } from '../store/reader.js';
import { schemaSdl } from '../contract/type-defs.js';
import { createCurateRouter, createExplorerRouter } from '../explorer/index.js';
import { createMetrics } from '../ops/metrics.js';
import { TRACING_OFF, type Tracing } from '../ops/tracing.js';
import { buildSchema, createApolloServer } from './create-apollo-server.js';
import { createChangeFeed } from './change-feed.js';
import { isStreamPath, streamRoute } from './stream-route.js';
import { createExportRouter } from './export-handler.js';
import { isGraphqlPath } from './graphql-endpoint.js';
import { graphqlRoute } from './graphql-route.js';
import { healthRoutes, type Readiness } from './health-routes.js';
import { httpErrorAnswer } from './http-error-answer.js';
import { metricsRoute } from './metrics-route.js';
import { rateLimiter } from './rate-limiter.js';
import { contextFunction } from './request-context.js';
import { schemaRoute } from './schema-route.js';
import { vocabRoute } from './vocab-route.js';

export type { Readiness } from './health-routes.js';

/** A started HTTP server. */
export interface Server {
  readonly httpServer: http.Server;
  /** Base URL, e.g. http://127.0.0.1:4000 */
  readonly url: string;
  /** Stops accepting requests, drains in-flight ones, then resolves. */
  stop(): Promise<void>;
}

/** Creates and starts the server on config.host:config.port (port 0 picks a free one). */
export async function createServer({
  config,
  store,
  logger,
  readiness,
  tracing = TRACING_OFF,
}: {
  config: Config;
  store: Store;
  logger: Logger;
  readiness: () => Promise<Readiness>;
  /** The spans of requests, operations and statements (src/ops/tracing.ts); its owner shuts it down. Default off. */
  tracing?: Tracing;
}): Promise<Server> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on every answer: hashing each GraphQL response costs CPU, and POST answers are not cached.
  app.set('etag', false);
  // Behind a proxy (nginx in docker-compose.cluster.yml), the client address for the rate limit
  // comes from X-Forwarded-For, but only when the configuration names that proxy.
  app.set('trust proxy', config.http.trustProxy);
  // Requests are routed once Apollo has started, before the server listens (below).
  const httpServer = http.createServer();
  // Metrics see every request and every statement the API sends (the store is observed here, once).
  const metrics = createMetrics({ maxPoolSize: config.neo4j.maxPoolSize });
  const observed = metrics.observeStore(tracing.traceStore(store));
  if (tracing.httpMiddleware) app.use(tracing.httpMiddleware);
  app.use(metrics.httpMiddleware);
  // One schema for /graphql and /graphql/stream.
  const schema = buildSchema();
  const apollo = await createApolloServer({ config, logger, httpServer, metrics, tracing, schema });

  const answerError = httpErrorAnswer({ bodyLimit: config.http.bodyLimit, logger });
  // One count per client address for /graphql and /export together.
  const limiter = rateLimiter({ rateLimit: config.http.rateLimit, trustProxy: config.http.trustProxy, answerError });
  const context = contextFunction({ store: observed, metrics, keys: config.auth.keys, trustProxy: config.http.trustProxy });
  const graphql = graphqlRoute({ apollo, http: config.http, metrics, tracing, limiter, context, answerError });
  // One poller of the audit log for all of this process's subscribers (subscription graphChanged).
  const feed = createChangeFeed({ reader: createReader(observed), pollMs: config.http.changePollMs, logger });
  const stream = streamRoute({ schema, config, logger, metrics, limiter, context, feed, answerError });
  // /graphql is answered ahead of Express (graphql-endpoint.ts); everything else goes to Express.
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (isStreamPath(req.url)) stream(req, res);
    else if (isGraphqlPath(req.url)) graphql(req, res);
    else app(req, res);
  });
  if (limiter) app.use('/export', limiter as unknown as express.RequestHandler);
  app.use(healthRoutes({ readiness }));
  if (config.metrics.enabled) app.use(metricsRoute({ metrics }));
  app.use(schemaRoute({ sdl: schemaSdl() }));
  app.use(vocabRoute({ baseUrl: config.http.publicBaseUrl }));
  // Exports are maintenance work: one long read transaction under NEO4J_MAINTENANCE_TIMEOUT_MS.
  app.use(
    '/export',
    createExportRouter({
      store: observed.maintenance('Exporting a download (/export)'),
      logger,
      baseUrl: config.http.publicBaseUrl,
      maxConcurrent: config.http.exportMaxConcurrent,
      auth: config.auth,
      corsOrigins: config.http.corsOrigins,
    }),
  );
  // The Explorer and curation pages: static files only; they talk to the API through POST /graphql like any client.
  app.use('/explore', createExplorerRouter());
  app.use('/curate', createCurateRouter());
  app.use((err: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    answerError(err, req, res);
  });

  const url = await listen({ httpServer, host: config.host, port: config.port });
  logger.info({ url: `${url}/graphql` }, 'GraphQL API listening');
  return {
    httpServer,
    url,
    stop: async () => {
      // First the feed: ending its subscriptions ends their event streams, which the drain would wait for.
      feed.stop();
      await apollo.stop();
    },
  };
}

/** Starts `httpServer` listening and resolves with its base URL (the port it got, when `port` is 0). */
async function listen({ httpServer, host, port }: { httpServer: http.Server; host: string; port: number }): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
}

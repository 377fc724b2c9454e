/**
 * The HTTP edge: Express 5 with Apollo Server at /graphql, health endpoints and the SDL. Wired by
 * injection: the caller passes the config, the store and the readiness probe.
 */
import http from 'node:http';
import express from 'express';
import cors from 'cors';
import { rateLimit } from 'express-rate-limit';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { queryLimitsRule } from '../graphql/limits.js';
import { authPlugin } from '../graphql/auth-plugin.js';
import { identify } from '../auth/api-keys.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/gateway.js';
import { createReader } from '../store/reader.js';
import type { GraphQLContext } from '../graphql/context.js';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from '../graphql/resolvers/index.js';
import { jitGateway } from '../graphql/jit-executor.js';
import { schemaSdl, typeDefs } from '../graphql/type-defs.js';
import { formatError } from '../graphql/format-error.js';
import { createExportHandler } from './export-handler.js';
import { apolloMiddleware } from './apollo-middleware.js';
import { chain } from './chain.js';
import { createExplorerRouter } from '../explorer/index.js';
import { createMetrics } from '../ops/metrics.js';
import { BOOKMARKS_HEADER, bookmarksPlugin } from './bookmarks.js';
import { contextFunction } from './request-context.js';

/** What /health/ready reports. */
export type Readiness = { ready: true } | { ready: false; reason: string };

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
}: {
  config: Config;
  store: Store;
  logger: Logger;
  readiness: () => Promise<Readiness>;
}): Promise<Server> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on every answer: hashing each GraphQL response costs CPU, and POST answers are not cached.
  app.set('etag', false);
  // Behind a proxy (nginx in docker-compose.cluster.yml), the client address for the rate limit
  // comes from X-Forwarded-For, but only when the configuration names that proxy.
  app.set('trust proxy', config.http.trustProxy);
  const httpServer = http.createServer(app);
  const production = config.env === 'production';
  // Metrics see every request and every statement the API sends (the store is observed here, once).
  const metrics = createMetrics({ maxPoolSize: config.neo4j.maxPoolSize });
  const observed = metrics.observeStore(store);
  app.use(metrics.httpMiddleware);
  const apollo = new ApolloServer<GraphQLContext>({
    // The schema is executed by graphql-jit (src/graphql/jit-executor.ts); Apollo does the rest.
    gateway: jitGateway(makeExecutableSchema({ typeDefs: typeDefs(), resolvers }), { sdl: schemaSdl() }),
    introspection: config.http.introspection,
    // main.ts owns the signals: it stops Apollo, then the driver, then Neo4j, in that order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    // JSON.stringify alone: Apollo 5's default appends a newline to every answer.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: [queryLimitsRule(config.limits)],
    // Apollo refuses mutations over GET by itself; the plugin refuses them without a key on every route.
    formatError: formatError({ production, onInternal: (err) => logger.error({ err }, 'unexpected error in a resolver') }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      authPlugin({ requireKeyForReads: config.auth.requireKeyForReads }),
      metrics.apolloPlugin(),
      bookmarksPlugin(),
      // The schema sets no cache hints; Apollo's default cache-control plugin would still hook every
      // resolved field to compute them (about 2.7 ms per 2-hop neighbourhood answer, measured).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo installs its inline-trace plugin unless told not to; it only ever traces a federated
      // subgraph (this schema is not one) but is still called at the start of every request.
      ApolloServerPluginInlineTraceDisabled(),
      config.http.landingPage ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const reader = createReader(observed);
  const context = contextFunction({ store: observed, metrics, keys: config.auth.keys });
  const sdl = schemaSdl();

  // Per client address on /graphql and /export, one count for both.
  const limiter: express.RequestHandler | undefined =
    config.http.rateLimit.max > 0
      ? rateLimit({
          windowMs: config.http.rateLimit.windowMs,
          limit: config.http.rateLimit.max,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          handler: (_req, res) => {
            res.status(429).json({ errors: [{ message: `Too many requests: at most ${config.http.rateLimit.max} per ${config.http.rateLimit.windowMs / 1000} s.`, extensions: { code: 'RATE_LIMITED' } }] });
          },
        })
      : undefined;
  // /graphql first, as one router layer: Express tries each layer in order, so every route before it,
  // and each of its own handlers mounted apart, was one more path match and dispatch per request.
  app.use(
    '/graphql',
    chain(
      ...(limiter ? [limiter] : []),
      cors({ origin: config.http.corsOrigins.includes('*') ? '*' : [...config.http.corsOrigins], exposedHeaders: [BOOKMARKS_HEADER] }),
      express.json({ limit: config.http.bodyLimit }),
      apolloMiddleware(apollo, {
        // Per request: who calls, and a store view that follows the client's bookmarks (read-your-writes across replicas).
        context: async ({ req }) => context(req),
      }),
    ),
  );
  if (limiter) app.use('/export', limiter);

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const state = await readiness();
    res.status(state.ready ? 200 : 503).json(state.ready ? { status: 'ready' } : { status: 'unavailable', reason: state.reason });
  });
  if (config.metrics.enabled) {
    app.get('/metrics', async (_req, res) => {
      const { contentType, body } = await metrics.scrape();
      res.type(contentType).send(body);
    });
  }
  app.get('/schema.graphql', (_req, res) => {
    res.type('text/plain; charset=utf-8').send(sdl);
  });
  app.get(
    '/export',
    (req, res, next) => {
      if (!config.auth.requireKeyForReads) return next();
      const caller = identify(req.headers.authorization, config.auth.keys);
      if (caller.kind === 'key') return next();
      const [status, code] = caller.kind === 'anonymous' ? [401, 'UNAUTHENTICATED'] : [403, 'FORBIDDEN'];
      res.status(status).json({ error: { code, message: code === 'UNAUTHENTICATED' ? 'An API key is required: send Authorization: Bearer <key>.' : 'The API key is not valid.' } });
    },
    createExportHandler({ reader, logger }),
  );
  // The Explorer page: static files only; it talks to the API through POST /graphql like any client.
  app.use('/explore', createExplorerRouter());
  // Body-parser refusals (malformed JSON, oversized bodies) answer in GraphQL's error shape, never as HTML with a stack.
  app.use((err: { type?: string; status?: number; message?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code = err.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) logger.error({ err }, 'unexpected HTTP error');
    const message = code === 'PAYLOAD_TOO_LARGE' ? `Request body larger than ${config.http.bodyLimit}` : status < 500 ? `Bad request: ${err.message ?? 'unreadable body'}` : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url: `${url}/graphql` }, 'GraphQL API listening');
  return {
    httpServer,
    url,
    stop: async () => {
      await apollo.stop();
    },
  };
}

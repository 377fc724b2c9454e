/**
 * The HTTP edge: Apollo Server at /graphql, served ahead of Express (graphql-endpoint.ts), and
 * Express 5 for the rest: health endpoints, metrics, the SDL, exports and the Explorer. Wired by
 * injection: the caller passes the config, the store and the readiness probe.
 */
import http from 'node:http';
import express from 'express';
import cors from 'cors';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
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
import { clientAddress, isGraphqlPath, runHandlers, sendJson, type Handler } from './graphql-endpoint.js';
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
  // Requests are routed once Apollo has started, before the server listens (below).
  const httpServer = http.createServer();
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

  // Per client address (Express's `req.ip`: the peer, or what a trusted proxy forwarded) on
  // /graphql and /export, one count for both.
  const addressOf = clientAddress(config.http.trustProxy);
  const limiter: Handler | undefined =
    config.http.rateLimit.max > 0
      ? (rateLimit({
          windowMs: config.http.rateLimit.windowMs,
          limit: config.http.rateLimit.max,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          keyGenerator: (req) => ipKeyGenerator(addressOf(req)),
          handler: (req, res) => {
            sendJson(req, res, 429, { errors: [{ message: `Too many requests: at most ${config.http.rateLimit.max} per ${config.http.rateLimit.windowMs / 1000} s.`, extensions: { code: 'RATE_LIMITED' } }] });
          },
        }) as unknown as Handler)
      : undefined;
  const answerError = httpErrorAnswer({ bodyLimit: config.http.bodyLimit, logger });
  const graphql = runHandlers(
    [
      metrics.httpMiddleware,
      ...(limiter ? [limiter] : []),
      cors({ origin: config.http.corsOrigins.includes('*') ? '*' : [...config.http.corsOrigins], exposedHeaders: [BOOKMARKS_HEADER] }) as Handler,
      express.json({ limit: config.http.bodyLimit }) as Handler,
      apolloMiddleware(apollo, {
        // Per request: who calls, and a store view that follows the client's bookmarks (read-your-writes across replicas).
        context: async ({ req }) => context(req),
      }),
    ],
    {
      onError: answerError,
      // Apollo answers every request that reaches it; a handler that passed one on without answering is a bug.
      onUnanswered: (req, res) => answerError(new Error(`${req.method ?? '?'} ${req.url ?? '?'} was not answered`), req, res),
    },
  );
  // /graphql is answered ahead of Express (graphql-endpoint.ts); everything else goes to Express.
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (isGraphqlPath(req.url)) graphql(req, res);
    else app(req, res);
  });
  if (limiter) app.use('/export', limiter as unknown as express.RequestHandler);

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
  app.use((err: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    answerError(err, req, res);
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

/**
 * The answer to an error a handler passed on: body-parser refusals (malformed JSON, oversized
 * bodies) in GraphQL's error shape, never as HTML with a stack; anything else a 500, logged. A
 * response already under way is cut short.
 */
function httpErrorAnswer({ bodyLimit, logger }: { bodyLimit: string; logger: Logger }): (error: unknown, req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (error, req, res) => {
    const err = (error ?? {}) as { type?: string; status?: number; message?: string };
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code = err.type === 'entity.too.large' ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) logger.error({ err: error }, 'unexpected HTTP error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const message = code === 'PAYLOAD_TOO_LARGE' ? `Request body larger than ${bodyLimit}` : status < 500 ? `Bad request: ${err.message ?? 'unreadable body'}` : 'Internal server error';
    sendJson(req, res, status, { errors: [{ message, extensions: { code } }] });
  };
}

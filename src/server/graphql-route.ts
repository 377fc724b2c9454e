/**
 * /graphql: the metrics middleware, the rate limit, CORS, the JSON body and Apollo, run one after
 * another by graphql-endpoint.ts ahead of Express (which this route never reaches).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import cors from 'cors';
import type { ApolloServer } from '@apollo/server';
import type { Config } from '../config.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Metrics } from '../ops/metrics.js';
import type { Tracing } from '../ops/tracing.js';
import { apolloMiddleware, type RequestWithBody } from './apollo-middleware.js';
import { BOOKMARKS_HEADER } from './bookmarks.js';
import { runHandlers, type Handler } from './graphql-endpoint.js';
import type { ErrorAnswer } from './http-error-answer.js';

/**
 * The handler of /graphql over Node's request and response. CORS allows `http.corsOrigins` (any
 * origin when it lists `*`) and exposes the bookmarks header and the ETag; bodies are limited to `http.bodyLimit`.
 * @param apollo started.
 * @param limiter the rate limit shared with /export; none when undefined.
 * @param context builds each request's context.
 * @param answerError answers an error a handler passed on, and a request no handler answered.
 */
export function graphqlRoute({
  apollo,
  http,
  metrics,
  tracing,
  limiter,
  context,
  answerError,
}: {
  apollo: ApolloServer<GraphQLContext>;
  http: Pick<Config['http'], 'corsOrigins' | 'bodyLimit'>;
  metrics: Pick<Metrics, 'httpMiddleware'>;
  /** Opens each request's span, first of all (none when tracing is off); default none. */
  tracing?: Pick<Tracing, 'httpMiddleware'>;
  limiter: Handler | undefined;
  context: (req: RequestWithBody) => GraphQLContext;
  answerError: ErrorAnswer;
}): (req: IncomingMessage, res: ServerResponse) => void {
  return runHandlers(
    [
      ...(tracing?.httpMiddleware ? [tracing.httpMiddleware] : []),
      metrics.httpMiddleware,
      ...(limiter ? [limiter] : []),
      cors({ origin: http.corsOrigins.includes('*') ? '*' : [...http.corsOrigins], exposedHeaders: [BOOKMARKS_HEADER, 'ETag'] }) as Handler,
      express.json({ limit: http.bodyLimit }) as Handler,
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
}

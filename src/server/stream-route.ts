/**
 * /graphql/stream: GraphQL subscriptions over Server-Sent Events (the graphql-sse protocol, in its
 * distinct-connections mode: one event stream per subscription), on the schema /graphql serves,
 * executed by graphql-js (graphql-jit runs /graphql's queries; a subscription resolves one small
 * selection per event). Only subscriptions: queries and mutations go to /graphql. With
 * REQUIRE_KEY_FOR_READS a stream needs a valid key, as reads do. CORS, the rate limit, the body
 * limit and the query limits as /graphql; under TRUSTED_DOCUMENTS=require, only the manifest's documents.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import express from 'express';
import { createHandler } from 'graphql-sse/lib/use/express';
import type { Response } from 'graphql-sse';
import { GraphQLError, getOperationAST, parse, type GraphQLSchema } from 'graphql';
// The schema's own graphql-js instance (that of @apollo/subgraph, which built it): validation checks
// the schema with `instanceof`, and a test runner that loads `graphql` as ES module for this file would
// otherwise hand it another instance. The same module in production.
import { specifiedRules, validate } from 'graphql/index.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { identify, keyRefusal } from '../auth/api-keys.js';
import { AppError, graphqlErrorBody, normalizeError } from '../errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { queryLimitsRule } from '../graphql/limits.js';
import { loadTrustedDocuments, PERSISTED_QUERY_NOT_IN_LIST } from '../graphql/trusted-documents.js';
import { operationId } from '../contract/persisted-query-manifest.js';
import type { Metrics } from '../ops/metrics.js';
import type { RequestWithBody } from './apollo-middleware.js';
import type { ChangeFeed } from './change-feed.js';
import { runHandlers, type Handler } from './graphql-endpoint.js';
import type { ErrorAnswer } from './http-error-answer.js';

/** A stream operation's context: a request's, with the change feed (graphql-sse wants an indexable type). */
type StreamContext = GraphQLContext & Record<PropertyKey, unknown>;

/** The path of the stream. */
export const STREAM_PATH = '/graphql/stream';

/** Whether a request target is /graphql/stream (case-insensitive, query string aside). */
export function isStreamPath(url: string | undefined): boolean {
  if (!url) return false;
  const end = url.search(/[?#]/);
  return (end < 0 ? url : url.slice(0, end)).toLowerCase() === STREAM_PATH;
}

/** A plain JSON refusal of graphql-sse: normalizeError's status and GraphQL's error shape. */
function refusal(error: AppError): Response {
  const normalized = normalizeError(error);
  return [
    JSON.stringify(graphqlErrorBody(normalized)),
    { status: normalized.status, statusText: error.code, headers: { 'content-type': 'application/json; charset=utf-8' } },
  ];
}

/** The refusal of a document that is not in the manifest, as /graphql words it under TRUSTED_DOCUMENTS=require. */
function notInList(): Response {
  const message =
    `Only trusted documents run here (TRUSTED_DOCUMENTS=require), and this subscription is not one of the service's ` +
    'persisted-query manifest.';
  return [
    JSON.stringify({ errors: [{ message, extensions: { code: PERSISTED_QUERY_NOT_IN_LIST } }] }),
    { status: 400, statusText: PERSISTED_QUERY_NOT_IN_LIST, headers: { 'content-type': 'application/json; charset=utf-8' } },
  ];
}

/**
 * The handler of /graphql/stream over Node's request and response.
 * @param schema the schema /graphql serves (its Subscription type).
 * @param context builds a request's context, as for /graphql; the feed is added to it.
 * @param limiter the rate limit shared with /graphql and /export; none when undefined.
 */
export function streamRoute({
  schema,
  config,
  logger,
  metrics,
  limiter,
  context,
  feed,
  answerError,
}: {
  schema: GraphQLSchema;
  config: Pick<Config, 'env' | 'http' | 'auth' | 'limits' | 'trustedDocuments'>;
  logger: Logger;
  metrics: Pick<Metrics, 'httpMiddleware'>;
  limiter: Handler | undefined;
  context: (req: RequestWithBody) => GraphQLContext;
  feed: ChangeFeed;
  answerError: ErrorAnswer;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const format = formatError({
    production: config.env === 'production',
    onInternal: (err) => logger.error({ err }, 'unexpected error in a subscription'),
  });
  const rules = [...specifiedRules, queryLimitsRule(config.limits)];
  // Under TRUSTED_DOCUMENTS=require the stream runs only the manifest's documents, sent in full
  // (graphql-sse sends a text, never an id). A missing or bad manifest stops the start in the
  // trusted-documents plugin; this read only waits for the same file.
  const trusted = config.trustedDocuments.mode === 'require' ? loadTrustedDocuments(config.trustedDocuments.manifest) : undefined;
  trusted?.catch(() => undefined);
  const sse = createHandler<StreamContext>({
    schema,
    validate: (s, document) => validate(s, document, rules),
    // No reservations: every subscription is its own event stream (graphql-sse's distinct-connections mode).
    authenticate: (req) => {
      if (!config.auth.requireKeyForReads) return null;
      const refused = keyRefusal(identify(req.headers.get('authorization') ?? undefined, config.auth.keys));
      return refused ? refusal(refused) : null;
    },
    onSubscribe: async (_req, params) => {
      if (trusted && !(await trusted).has(operationId(params.query))) return notInList();
      let operation;
      try {
        operation = getOperationAST(parse(params.query), params.operationName);
      } catch {
        return; // graphql-sse answers the syntax error
      }
      if (operation && operation.operation !== 'subscription')
        return refusal(new AppError('BAD_USER_INPUT', `${STREAM_PATH} serves subscriptions only; send queries and mutations to /graphql.`));
    },
    context: (req) => Object.assign(context(req.raw), { changes: feed }) as unknown as StreamContext,
    // Errors as /graphql shapes them: project errors keep their code, anything else is masked.
    onNext: (_ctx, _req, result) => {
      if (!result.errors) return result;
      const errors = result.errors.map((e) => {
        const f = format(e.toJSON(), e);
        return new GraphQLError(f.message, {
          nodes: e.nodes,
          source: e.source,
          positions: e.positions,
          path: f.path,
          extensions: f.extensions,
        });
      });
      return { ...result, errors };
    },
  });
  return runHandlers(
    [
      metrics.httpMiddleware,
      ...(limiter ? [limiter] : []),
      cors({ origin: config.http.corsOrigins.includes('*') ? '*' : [...config.http.corsOrigins] }) as Handler,
      // The body, limited as /graphql's; graphql-sse takes it parsed.
      express.json({ limit: config.http.bodyLimit }) as Handler,
      (req, res) => sse(req as express.Request, res as express.Response),
    ],
    {
      onError: answerError,
      onUnanswered: (req, res) => answerError(new Error(`${req.method ?? '?'} ${req.url ?? '?'} was not answered`), req, res),
    },
  );
}

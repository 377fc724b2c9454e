/**
 * Apollo Server for /graphql: the schema (an Apollo Federation 2 subgraph) executed by graphql-jit,
 * the query limits, the error format, and the plugins (auth, metrics, bookmarks), with the ones
 * Apollo installs by default and this service does not need turned off.
 */
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { queryLimitsRule } from '../graphql/limits.js';
import { authPlugin } from '../graphql/auth-plugin.js';
import { subscriptionsElsewherePlugin } from '../graphql/subscriptions-elsewhere-plugin.js';
import { costLimitsPlugin } from '../graphql/cost-limits.js';
import { httpCachePlugin } from '../graphql/http-cache.js';
import { trustedDocumentsPlugin } from '../graphql/trusted-documents.js';
import type { GraphQLContext } from '../graphql/context.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { jitGateway } from '../graphql/jit-executor.js';
import { schemaSdl, typeDefs } from '../contract/type-defs.js';
import { formatError } from '../graphql/format-error.js';
import type { Metrics } from '../ops/metrics.js';
import { TRACING_OFF, type Tracing } from '../ops/tracing.js';
import { bookmarksPlugin } from './bookmarks.js';

/**
 * The schema /graphql and /graphql/stream serve: the SDL with the resolvers, as an Apollo
 * Federation 2 subgraph. buildSubgraphSchema adds Query._service and Query._entities
 * (schema/federation.graphql). Its resolver map types every entry as a field resolver, which
 * `__resolveReference` is not.
 */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: typeDefs(), resolvers: resolvers as GraphQLResolverMap<unknown> });
}

/** Creates and starts Apollo Server over `schema` (default: buildSchema's); `httpServer` is drained when it stops. */
export async function createApolloServer({
  config,
  logger,
  httpServer,
  metrics,
  tracing = TRACING_OFF,
  schema = buildSchema(),
}: {
  config: Config;
  logger: Logger;
  httpServer: http.Server;
  metrics: Metrics;
  /** Adds the operation spans (src/ops/tracing.ts); default off. */
  tracing?: Tracing;
  schema?: GraphQLSchema;
}): Promise<ApolloServer<GraphQLContext>> {
  const production = config.env === 'production';
  const apollo = new ApolloServer<GraphQLContext>({
    // The schema is executed by graphql-jit (src/graphql/jit-executor.ts); Apollo does the rest.
    // Tracing runs each operation with its span active: the Neo4j statements it sends are that span's children.
    gateway: tracing.traceGateway(jitGateway(schema, { sdl: schemaSdl() })),
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
      // First: it reads whether a request came by id before the trusted-documents plugin rewrites it.
      httpCachePlugin({ maxAge: config.http.cacheMaxAge }),
      // Before the auth plugin: a refused document is refused as such, whoever sends it.
      trustedDocumentsPlugin(config.trustedDocuments),
      // A subscription is refused as such, key or none: /graphql/stream serves them.
      subscriptionsElsewherePlugin(),
      authPlugin({ requireKeyForReads: config.auth.requireKeyForReads }),
      // After the auth plugin: a request refused for its key is refused as such, and given its cost back.
      costLimitsPlugin(config.cost),
      metrics.apolloPlugin(),
      ...tracing.apolloPlugins<GraphQLContext>(),
      bookmarksPlugin(),
      // The schema sets no cache hints; Apollo's default cache-control plugin would still hook every
      // resolved field to compute them (about 2.7 ms per 2-hop neighbourhood answer, measured).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo installs its inline-trace plugin for a subgraph (this schema is one) and traces each
      // request a gateway sends with `apollo-federation-include-trace: ftv1`. Only Apollo Studio reads
      // those traces, and this service reports to none; worse, to time fields Apollo wraps every
      // resolver of the schema object graphql-jit runs, for good, at the first traced request.
      ApolloServerPluginInlineTraceDisabled(),
      config.http.landingPage ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  return apollo;
}

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
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { queryLimitsRule } from '../graphql/limits.js';
import { authPlugin } from '../graphql/auth-plugin.js';
import { trustedDocumentsPlugin } from '../graphql/trusted-documents.js';
import type { GraphQLContext } from '../graphql/context.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { jitGateway } from '../graphql/jit-executor.js';
import { schemaSdl, typeDefs } from '../contract/type-defs.js';
import { formatError } from '../graphql/format-error.js';
import type { Metrics } from '../ops/metrics.js';
import { bookmarksPlugin } from './bookmarks.js';

/** Creates and starts Apollo Server; `httpServer` is drained when it stops. */
export async function createApolloServer({
  config,
  logger,
  httpServer,
  metrics,
}: {
  config: Config;
  logger: Logger;
  httpServer: http.Server;
  metrics: Metrics;
}): Promise<ApolloServer<GraphQLContext>> {
  const production = config.env === 'production';
  const apollo = new ApolloServer<GraphQLContext>({
    // The schema is executed by graphql-jit (src/graphql/jit-executor.ts); Apollo does the rest.
    // buildSubgraphSchema adds Query._service and Query._entities (schema/federation.graphql).
    // Its resolver map types every entry as a field resolver, which `__resolveReference` is not.
    gateway: jitGateway(buildSubgraphSchema({ typeDefs: typeDefs(), resolvers: resolvers as GraphQLResolverMap<unknown> }), {
      sdl: schemaSdl(),
    }),
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
      // Before the auth plugin: a refused document is refused as such, whoever sends it.
      trustedDocumentsPlugin(config.trustedDocuments),
      authPlugin({ requireKeyForReads: config.auth.requireKeyForReads }),
      metrics.apolloPlugin(),
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

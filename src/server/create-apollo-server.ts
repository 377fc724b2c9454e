/**
 * Apollo Server for /graphql: the schema executed by graphql-jit, the query limits, the error
 * format, and the plugins (auth, metrics, bookmarks), with the ones Apollo installs by default
 * and this service does not need turned off.
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
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { queryLimitsRule } from '../graphql/limits.js';
import { authPlugin } from '../graphql/auth-plugin.js';
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
  return apollo;
}

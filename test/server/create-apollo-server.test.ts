import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { loadConfig } from '../../src/config.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { createApolloServer } from '../../src/server/create-apollo-server.js';

/** Apollo Server as the service configures it for `env`, with no database behind it. */
async function apolloFor(env: Record<string, string>): Promise<ApolloServer<GraphQLContext>> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NEO4J_URI: 'bolt://unused:7687', NEO4J_PASSWORD: 'unused-password', ...env });
  return createApolloServer({
    config,
    logger: createLogger({ level: 'silent' }),
    httpServer: http.createServer(),
    metrics: createMetrics({ maxPoolSize: 1, defaultMetrics: false }),
  });
}

/** POSTs `query` and returns the status and the answer's text. */
async function post(apollo: ApolloServer<GraphQLContext>, query: string): Promise<[number | undefined, string]> {
  const context = { caller: { kind: 'anonymous' }, bookmarks: { received: [], chain: { current: [] } } } as unknown as GraphQLContext;
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } },
    context: async () => context,
  });
  return [response.status, response.body.kind === 'complete' ? response.body.string : ''];
}

describe('server: createApolloServer', () => {
  it('answers with JSON alone (no trailing newline) and refuses mutations without a key', async () => {
    const apollo = await apolloFor({ NODE_ENV: 'test' });
    try {
      // The cost every answer carries (src/graphql/cost-limits.ts): nothing, from a full default budget.
      const cost =
        '{"requestedQueryCost":0,"actualQueryCost":0,' +
        '"throttleStatus":{"maximumAvailable":20000,"currentlyAvailable":20000,"restoreRate":500}}';
      expect(await post(apollo, '{ __typename }')).toEqual([undefined, `{"data":{"__typename":"Query"},"extensions":{"cost":${cost}}}`]);
      const [status, text] = await post(apollo, 'mutation { undoMerge(auditId: "a") { auditId } }');
      expect(status).toBe(401);
      expect(JSON.parse(text)).toMatchObject({
        errors: [{ message: 'An API key is required: send Authorization: Bearer <key>.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    } finally {
      await apollo.stop();
    }
  });

  it('turns introspection off in production and sends no stack trace', async () => {
    const apollo = await apolloFor({ NODE_ENV: 'production' });
    try {
      const [status, text] = await post(apollo, '{ __schema { queryType { name } } }');
      expect(status).toBe(400);
      expect(text).toBe(
        '{"errors":[{"message":"GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or ' +
          '__type. To enable introspection, pass introspection: true to ApolloServer in ' +
          'production","locations":[{"line":1,"column":3}],' +
          '"extensions":{"validationErrorCode":"INTROSPECTION_DISABLED","code":"GRAPHQL_VALIDATION_FAILED"}}]}',
      );
    } finally {
      await apollo.stop();
    }
  });
});

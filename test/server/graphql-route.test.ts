import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '../../src/graphql/context.js';
import type { Logger } from '../../src/logger.js';
import { graphqlRoute } from '../../src/server/graphql-route.js';
import { httpErrorAnswer } from '../../src/server/http-error-answer.js';
import { rateLimiter } from '../../src/server/rate-limiter.js';
import { serve, type Served } from './serve.js';

describe('server: graphqlRoute', () => {
  const timed: string[] = [];
  let apollo: ApolloServer<GraphQLContext>;
  let served: Served;
  beforeAll(async () => {
    apollo = new ApolloServer<GraphQLContext>({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hi' } },
      stringifyResult: (r) => JSON.stringify(r),
    });
    await apollo.start();
    const answerError = httpErrorAnswer({ bodyLimit: '1kb', logger: { error: () => {} } as unknown as Logger });
    served = await serve(
      graphqlRoute({
        apollo,
        http: { corsOrigins: ['https://app.example.org'], bodyLimit: '1kb' },
        metrics: { httpMiddleware: (req, _res, next) => (timed.push(req.method ?? ''), next()) },
        limiter: rateLimiter({ rateLimit: { max: 4, windowMs: 60_000 }, trustProxy: false, answerError }),
        context: () => ({}) as GraphQLContext,
        answerError,
      }),
    );
  });
  afterAll(async () => {
    await served.close();
    await apollo.stop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${served.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers an operation through Apollo, with CORS for the listed origin and the bookmarks header and ETag exposed', async () => {
    const res = await post('{"query":"{ hello }"}', { origin: 'https://app.example.org' });
    expect([res.status, await res.text()]).toEqual([200, '{"data":{"hello":"hi"}}']);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(res.headers.get('access-control-expose-headers')).toBe('x-neo4j-bookmarks,ETag');
    expect(
      (await post('{"query":"{ hello }"}', { origin: 'https://evil.example.com' })).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('refuses malformed and oversized bodies with codes', async () => {
    const bad = await post('{"query": ');
    expect([bad.status, await bad.text()]).toEqual([
      400,
      '{"errors":[{"message":"Bad request: Unexpected end of JSON input","extensions":{"code":"BAD_REQUEST"}}]}',
    ]);
    const big = await post(JSON.stringify({ query: `{ hello } # ${'x'.repeat(2000)}` }));
    expect([big.status, await big.text()]).toEqual([
      413,
      '{"errors":[{"message":"Request body larger than 1kb","extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}',
    ]);
  });

  it('times every request first, and answers 429 RATE_LIMITED past the limit', async () => {
    const res = await post('{"query":"{ hello }"}');
    expect(res.status).toBe(429);
    expect(res.headers.get('ratelimit-policy')).toBe('4;w=60');
    expect(await res.text()).toBe('{"errors":[{"message":"Too many requests: at most 4 per 60 s.","extensions":{"code":"RATE_LIMITED"}}]}');
    expect(timed).toEqual(['POST', 'POST', 'POST', 'POST', 'POST']);
  });
});

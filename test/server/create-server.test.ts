import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';
import { testStore, wipe } from '../helpers/neo4j.js';

describe('server: HTTP endpoints on a real Neo4j', () => {
  let t: TestService;
  beforeAll(async () => {
    const store = testStore();
    await wipe(store);
    await store.close();
    t = await startTestService();
  });
  afterAll(() => t.stop());

  it('answers /health/live', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('is ready once schema and seed are applied (it seeded the empty database itself)', async () => {
    const res = await fetch(`${t.url}/health/ready`);
    expect(res.status).toBe(200);
    const { data } = await t.gql<{ stats: { articles: number } }>('{ stats { articles } }');
    expect(data?.stats.articles).toBe(6);
  });

  it('answers { __typename } over POST /graphql', async () => {
    expect(await t.gql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('publishes the SDL at /schema.graphql', async () => {
    const res = await fetch(`${t.url}/schema.graphql`);
    expect(res.status).toBe(200);
    const sdl = await res.text();
    expect(sdl).toContain('shortestPath(from: ID!, to: ID!');
    expect(sdl).toContain('type Relationship implements Node @key(fields: "id") {');
  });

  it('answers a GraphQL syntax error with GRAPHQL_PARSE_FAILED and no stack in the message', async () => {
    const r = await t.gql('{ entity(id: ');
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('server: readiness when Neo4j is gone', () => {
  it('reports 503 from /health/ready while the store cannot reach Neo4j, and live stays 200', async () => {
    const t = await startTestService();
    try {
      await t.service.store.close();
      const ready = await fetch(`${t.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { status: string }).status).toBe('unavailable');
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    } finally {
      await t.service.server.stop();
    }
  });
});

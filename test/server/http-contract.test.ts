import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type Server } from '../../src/server/create-server.js';
import { createStore } from '../../src/store/gateway.js';
import { startTestService, type TestService } from '../helpers/service.js';

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('server: the HTTP contract for embedding apps', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ CORS_ORIGINS: 'https://app.example.org,https://other.example.org', QUERY_MAX_DEPTH: '8' });
  });
  afterAll(() => t.stop());

  it('allows listed origins and no others', async () => {
    const ok = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    const no = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves automatic persisted queries', async () => {
    const query = '{ entity(id: "peru") { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const miss = (await (await post(t.url, { extensions: ext })).json()) as { errors: { extensions: { code: string } }[] };
    expect(miss.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Every answer carries its cost; one by id alone, without a key, may be cached: no client's throttle status.
    const cost = { requestedQueryCost: 1, actualQueryCost: 1 };
    expect(await (await post(t.url, { query, extensions: ext })).json()).toEqual({
      data: { entity: { name: 'Peru' } },
      extensions: { cost: { ...cost, throttleStatus: expect.objectContaining({ maximumAvailable: 20000, restoreRate: 500 }) } },
    });
    expect(await (await post(t.url, { extensions: ext })).json()).toEqual({ data: { entity: { name: 'Peru' } }, extensions: { cost } });
  });

  it('refuses a query nested deeper than the limit before touching the database', async () => {
    const deep =
      '{ entity(id: "peru") { relationships { nodes { source { relationships { nodes { target { relationships { nodes { id } } } ' +
      '} } } } } } }';
    const body = (await (await post(t.url, { query: deep })).json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.map((e) => [e.extensions.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Query too large: it nests deeper than 8 levels.'],
    ]);
  });

  it('refuses a fragment bomb', async () => {
    const frags = Array.from(
      { length: 8 },
      (_, i) => `fragment F${i} on Entity { ${i === 7 ? 'id name' : `...F${i + 1} ...F${i + 1}`} }`,
    ).join('\n');
    const body = (await (await post(t.url, { query: `{ entity(id: "peru") { ...F0 ...F0 ...F0 ...F0 } } ${frags}` })).json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors.map((e) => [e.extensions.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Query too large: it selects more than 1000 fields.'],
    ]);
  });

  it('answers malformed JSON and oversized bodies with codes, not HTML', async () => {
    const bad = await post(t.url, '{"query": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    const big = await post(t.url, { query: `{ search(text: "${'x'.repeat(200_000)}") { id } }` });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('allows introspection in development', async () => {
    const body = (await (await post(t.url, { query: '{ __schema { queryType { name } } }' })).json()) as { data: unknown };
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('server: production settings', () => {
  it('turns introspection off in production unless configured, and masks internal errors', async () => {
    const t = await startTestService({ NODE_ENV: 'production' });
    try {
      const r = await t.gql('{ __schema { queryType { name } } }');
      expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const e = await t.gql('{ neighborhood(id: "peru", depth: 9) { truncated } }');
      expect(e.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'depth' });
    } finally {
      await t.stop();
    }
  });
});

describe('server: Neo4j unreachable', () => {
  let server: Server;
  const store = createStore({
    uri: 'bolt://127.0.0.1:1',
    user: 'neo4j',
    password: 'whatever-password',
    database: 'neo4j',
    connectionTimeoutMs: 2000,
    acquisitionTimeoutMs: 2000,
    maxRetryMs: 1000,
    queryTimeoutMs: 5000,
    maintenanceTimeoutMs: 5000,
    maxPoolSize: 5,
  });
  beforeAll(async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      PORT: '0',
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_PASSWORD: 'whatever-password',
    });
    server = await createServer({
      config,
      store,
      logger: createLogger({ level: 'silent' }),
      readiness: async () => ({ ready: false, reason: 'test' }),
    });
  });
  afterAll(async () => {
    await server.stop();
    await store.close();
  });

  it('fails fast with SERVICE_UNAVAILABLE and no stack', async () => {
    const started = Date.now();
    const body = (await (await post(server.url, { query: '{ entity(id: "peru") { name } }' })).json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(body.errors[0]!.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(JSON.stringify(body)).not.toContain('at ');
  });
});

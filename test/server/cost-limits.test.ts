import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

const KEY_1 = 'cost-key-one-secret-0001';
const KEY_2 = 'cost-key-two-secret-0002';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: { code: string } & Record<string, unknown> }[];
    extensions?: {
      cost?: {
        requestedQueryCost: number;
        actualQueryCost: number;
        throttleStatus?: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
      };
    };
  };
}

/** 29 copies of the whole relation-type vocabulary (a constant 33 types): requested and actual cost 29 × 34 = 986. */
const COSTLY = `{ ${Array.from({ length: 29 }, (_, i) => `v${i}: vocabulary { allRelationTypes { name } }`).join(' ')} }`;

describe('server: cost limits (live)', () => {
  let t: TestService;
  // A small budget keeps the waits short, and a slow refill leaves a slow answer room before the
  // next request; every test uses its own client address.
  beforeAll(async () => {
    t = await startTestService({
      QUERY_MAX_COST: '1000',
      COST_BUDGET: '1000',
      COST_RESTORE_RATE: '250',
      TRUST_PROXY: 'loopback',
      API_KEYS: `one:${KEY_1},two:${KEY_2}`,
    });
  });
  afterAll(() => t.stop());

  const post = async (from: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
  };
  const get = async (from: string, query: string, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true', 'x-forwarded-for': from, ...headers },
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
  };
  const key = (secret: string) => ({ authorization: `Bearer ${secret}` });

  it('tells every answer its requested and actual cost and the client budget', async () => {
    const a = await post('192.0.2.1', { query: '{ entity(id: "peru") { id name } search(text: "Peru", first: 5) { id } }' });
    expect(a.status).toBe(200);
    const found = (a.body.data!.search as unknown[]).length;
    const cost = a.body.extensions!.cost!;
    expect(cost.requestedQueryCost).toBe(1 + 5);
    expect(cost.actualQueryCost).toBe(1 + found);
    expect(cost.throttleStatus).toMatchObject({ maximumAvailable: 1000, restoreRate: 250 });
    // The actual cost was taken; the refill while it ran may have given it back already.
    expect(cost.throttleStatus!.currentlyAvailable).toBeGreaterThanOrEqual(1000 - cost.actualQueryCost);
  });

  it('refuses an operation over QUERY_MAX_COST before it runs, naming its cost and the limit', async () => {
    const a = await post('192.0.2.2', { query: '{ entities(first: 100) { nodes { id relationships(first: 10) { nodes { id } } } } }' });
    expect(a.status).toBe(400);
    expect(a.body.data).toBeUndefined();
    expect(
      a.body.errors!.map(({ message, extensions: { code, requestedQueryCost, maxCost } }) => ({
        message,
        code,
        requestedQueryCost,
        maxCost,
      })),
    ).toEqual([
      {
        message: 'Query too costly: it may cost 1201 points, more than the limit of 1000.',
        code: 'QUERY_TOO_COSTLY',
        requestedQueryCost: 1201,
        maxCost: 1000,
      },
    ]);
    expect(a.body.extensions!.cost).toEqual({
      requestedQueryCost: 1201,
      actualQueryCost: 0,
      throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 1000, restoreRate: 250 },
    });
  });

  it('refuses an operation the budget cannot pay for with 429 RATE_LIMITED and Retry-After, and runs it once refilled', async () => {
    const first = await post('192.0.2.3', { query: COSTLY });
    expect(first.status).toBe(200);
    expect(first.body.extensions!.cost).toMatchObject({ requestedQueryCost: 986, actualQueryCost: 986 });
    expect(first.body.extensions!.cost!.throttleStatus!.currentlyAvailable).toBeLessThan(986);

    const refused = await post('192.0.2.3', { query: COSTLY });
    expect(refused.status).toBe(429);
    // (986 − what is left) / 250 per second, in whole seconds: 4 unless the answers were slow.
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(4);
    expect(refused.body.errors!.map((e) => e.extensions.code)).toEqual(['RATE_LIMITED']);
    expect(refused.body.errors![0]!.message).toMatch(
      /^Cost budget exhausted: this query may cost 986 points and \d+ are available; 250 come back/,
    );
    expect(refused.body.extensions!.cost).toMatchObject({ requestedQueryCost: 986, actualQueryCost: 0 });

    await new Promise((resolve) => setTimeout(resolve, Number(refused.retryAfter) * 1000));
    const again = await post('192.0.2.3', { query: COSTLY });
    expect(again.status).toBe(200);
    expect(again.body.extensions!.cost!.actualQueryCost).toBe(986);
  });

  it('gives each API key its own budget, apart from the address it calls from, and the same from every address', async () => {
    expect((await post('192.0.2.4', { query: COSTLY })).status).toBe(200);
    expect((await post('192.0.2.4', { query: COSTLY })).status).toBe(429);
    // The same address with a key: the key's budget, full.
    const withKey = await post('192.0.2.4', { query: COSTLY }, key(KEY_1));
    expect(withKey.status).toBe(200);
    expect(withKey.body.extensions!.cost!.throttleStatus!.currentlyAvailable).toBeLessThan(986);
    // That key from another address: still its budget, now spent.
    expect((await post('192.0.2.5', { query: COSTLY }, key(KEY_1))).status).toBe(429);
    // Another key, and another address without a key: their own.
    expect((await post('192.0.2.5', { query: COSTLY }, key(KEY_2))).status).toBe(200);
    expect((await post('192.0.2.6', { query: COSTLY })).status).toBe(200);
  });

  it('gives back the whole cost of an operation refused before it ran (a mutation without a key)', async () => {
    const a = await post('192.0.2.7', { query: 'mutation { mergeEntities(keep: "peru", merge: "china") { keptId } }' });
    expect(a.status).toBe(401);
    expect(a.body.errors!.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(a.body.extensions!.cost).toEqual({
      requestedQueryCost: 10,
      actualQueryCost: 0,
      throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 1000, restoreRate: 250 },
    });
  });

  it('leaves throttleStatus out of answers that may be cached: a GET or a persisted query by id, without a key', async () => {
    const query = '{ entity(id: "peru") { id } }';
    const plain = await get('192.0.2.8', query);
    expect(plain.status).toBe(200);
    expect(plain.body.extensions!.cost).toEqual({ requestedQueryCost: 1, actualQueryCost: 1 });
    const keyed = await get('192.0.2.8', query, key(KEY_2));
    expect(keyed.body.extensions!.cost!.throttleStatus).toMatchObject({ maximumAvailable: 1000, restoreRate: 250 });

    const persisted = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const registered = await post('192.0.2.8', { query, extensions: persisted });
    expect(registered.body.extensions!.cost!.throttleStatus).toBeDefined();
    const byId = await post('192.0.2.8', { extensions: persisted });
    expect(byId.body).toEqual({ data: { entity: { id: 'peru' } }, extensions: { cost: { requestedQueryCost: 1, actualQueryCost: 1 } } });
  });

  it('with COST_BUDGET=0 and QUERY_MAX_COST=0, runs any cost and still tells it, with no throttle status', async () => {
    const off = await startTestService({ COST_BUDGET: '0', QUERY_MAX_COST: '0' });
    try {
      const query = '{ entities(first: 100) { nodes { id relationships(first: 10) { nodes { id } } } } }';
      const res = await fetch(`${off.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as Answer['body'];
      expect(res.status).toBe(200);
      const nodes = (body.data!.entities as { nodes: { relationships: { nodes: unknown[] } }[] }).nodes;
      // The connection, each entity and its relationships connection, and each relationship.
      const actual = 1 + 2 * nodes.length + nodes.reduce((sum, n) => sum + n.relationships.nodes.length, 0);
      expect(body.extensions).toEqual({ cost: { requestedQueryCost: 1201, actualQueryCost: actual } });
    } finally {
      await off.stop();
    }
  });

  it('adds nothing to an answer whose operation could not be read', async () => {
    const a = await post('192.0.2.9', { query: '{ entity(id: "peru") { nope } }' });
    expect(a.status).toBe(400);
    expect(a.body.extensions).toBeUndefined();
  });
});

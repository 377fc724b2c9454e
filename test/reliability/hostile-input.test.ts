import { afterAll, describe, expect, it } from 'vitest';
import { counts } from '../helpers/neo4j.js';
import { startTestService, withoutCost } from '../helpers/service.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const NASTY = [
  `"}) MATCH (n) DETACH DELETE n //`,
  `peru'}) DETACH DELETE n RETURN 1 //`,
  '` OR 1=1 //',
  '$id',
  '${process.exit()}',
  '\\u0000\u0000',
  '*:*',
  '(((',
  'AND OR NOT',
  '🇵🇪'.repeat(50),
  'x'.repeat(5000),
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'CALL dbms.killQueries([])',
  '1; DROP CONSTRAINT entity_id',
];

/** Operations with every String/ID argument filled by the payload. */
const OPERATIONS = [
  'query($s: String!, $i: ID!) { entity(id: $i) { id } }',
  'query($s: String!, $i: ID!) { search(text: $s) { id } }',
  'query($s: String!, $i: ID!) { entities(type: $s, after: $s) { totalCount } }',
  'query($s: String!, $i: ID!) { relationships(types: [$s], entityId: $i, articleId: $i, since: $s, until: $s, asOf: $s, after: ' +
    '$s) { totalCount } }',
  'query($s: String!, $i: ID!) { neighborhood(id: $i, types: [$s], asOf: $s, since: $s) { truncated } }',
  'query($s: String!, $i: ID!) { shortestPath(from: $i, to: $i, types: [$s]) { length } }',
  'query($s: String!, $i: ID!) { paths(from: $i, to: "peru", asOf: $s) { length } }',
  'query($s: String!, $i: ID!) { connections(ids: [$i, "peru"]) { truncated } }',
  'query($s: String!, $i: ID!) { commonNeighbors(a: $i, b: $i) { id } }',
  'query($s: String!, $i: ID!) { timeline(entityId: $i, since: $s, until: $s) { id } }',
  'query($s: String!, $i: ID!) { centrality(metric: DEGREE, type: $s) { score } }',
  'query($s: String!, $i: ID!) { article(id: $i) { id } articleByUrl(url: $s) { id } articles(after: $s) { totalCount } }',
  'query($s: String!, $i: ID!) { auditLog(articleId: $i, after: $s) { totalCount } }',
  'query($s: String!, $i: ID!) { bilateral(a: $i, b: $i, since: $s) { id } }',
  'query($s: String!, $i: ID!) { entity(id: "peru") { relationships(types: [$s], after: $s) { totalCount } } }',
  'mutation($s: String!, $i: ID!) { mergeEntities(keep: $i, merge: $i) { keptId } }',
  'mutation($s: String!, $i: ID!) { undoMerge(auditId: $i) { auditId } }',
  'mutation($s: String!, $i: ID!) { retractArticle(id: $i, reason: $s, dryRun: true) { dataVersion } }',
  'mutation($s: String!, $i: ID!) { undoRetraction(auditId: $i) { auditId } }',
];

describe('reliability: hostile input', () => {
  const t = useSeededService({ env: { NODE_ENV: 'production', API_KEYS: 'k:a-secret-nobody-sends-0123' } });
  const tally = { sent: 0, byStatus: new Map<number, number>(), byCode: new Map<string, number>() };

  // Registered after the fixture's, so it runs before the service stops.
  afterAll(() => {
    console.log(
      `hostile input: ${tally.sent} requests; by status ${JSON.stringify(Object.fromEntries(tally.byStatus))}; by code ` +
        `${JSON.stringify(Object.fromEntries(tally.byCode))}`,
    );
  });

  /** Sends a raw request and checks the answer is a clean refusal or a normal answer. */
  async function send(init: RequestInit & { path?: string }): Promise<{ status: number; text: string }> {
    const res = await fetch(`${t.url}${init.path ?? '/graphql'}`, init);
    const text = await res.text();
    tally.sent++;
    tally.byStatus.set(res.status, (tally.byStatus.get(res.status) ?? 0) + 1);
    expect(res.status, text.slice(0, 300)).toBeLessThan(500);
    expect(text).not.toMatch(/\n\s+at [\w.<>]+ \(|node_modules|\.ts:\d+/);
    if (res.headers.get('content-type')?.includes('json')) {
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      for (const e of body.errors ?? []) {
        expect(e.extensions?.code, text.slice(0, 300)).toBeTypeOf('string');
        tally.byCode.set(e.extensions!.code!, (tally.byCode.get(e.extensions!.code!) ?? 0) + 1);
      }
    }
    return { status: res.status, text };
  }
  const json = (body: string, headers: Record<string, string> = {}) =>
    send({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers injection attempts in every argument as data, never as Cypher', async () => {
    const before = await counts(t.store);
    for (const template of OPERATIONS) {
      // Declare only the variables the selection uses (unused variables fail validation).
      const [head, body] = [template.slice(0, template.indexOf('{')), template.slice(template.indexOf('{'))];
      const decl = [body.includes('$s') ? '$s: String!' : '', body.includes('$i') ? '$i: ID!' : ''].filter(Boolean).join(', ');
      const op = `${head.replace(/\(.*\)/, decl ? `(${decl})` : '')}${body}`;
      for (const s of NASTY) {
        for (const i of NASTY.slice(0, 8)) {
          const r = await json(
            JSON.stringify({ query: op, variables: { ...(body.includes('$s') ? { s } : {}), ...(body.includes('$i') ? { i } : {}) } }),
          );
          expect(r.text).not.toContain('GRAPHQL_VALIDATION_FAILED');
        }
      }
    }
    expect(await counts(t.store)).toEqual(before);
    const peru = await json(JSON.stringify({ query: '{ entity(id: "peru") { name } }' }));
    expect(withoutCost(JSON.parse(peru.text))).toEqual({ data: { entity: { name: 'Peru' } } });
  }, 300_000);

  it('refuses malformed bodies, bad encodings, wrong types and methods with codes', async () => {
    const valid = JSON.stringify({ query: '{ entity(id: "peru") { name } }' });
    for (let cut = 1; cut < valid.length; cut += 2) await json(valid.slice(0, cut));
    for (let b = 0x80; b < 0x100; b += 3) {
      await send({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.concat([Buffer.from('{"query":"{ search(text: \\"'), Buffer.from([b, 0xff, 0xfe]), Buffer.from('\\") { id } }"}')]),
      });
    }
    for (const type of [
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/graphql',
    ]) {
      await send({ method: 'POST', headers: { 'content-type': type }, body: valid });
    }
    for (const method of ['PUT', 'DELETE', 'PATCH']) await send({ method, headers: { 'content-type': 'application/json' }, body: valid });
    await json(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    await json('null');
    await json('"just a string"');
    await json(JSON.stringify({ query: 42 }));
    await json(JSON.stringify({ query: '{ __typename }', variables: 'nope' }));
  });

  it('refuses oversized bodies, huge lists and strings, deep nesting, alias and fragment bombs', async () => {
    expect((await json(JSON.stringify({ query: `{ search(text: "${'y'.repeat(300_000)}") { id } }` }))).status).toBe(413);
    expect(
      (
        await json(
          JSON.stringify({
            query: 'query($ids: [ID!]!) { connections(ids: $ids) { truncated } }',
            variables: { ids: Array.from({ length: 9000 }, (_, i) => `id-${i}`) },
          }),
        )
      ).status,
    ).toBeLessThan(500);
    const deep = `{ entity(id: "peru") ${'{ relationships { nodes { source '.repeat(20)}{ id }${' } } }'.repeat(20)} }`;
    expect((await json(JSON.stringify({ query: deep }))).text).toContain('Query too large');
    const aliases = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: entity(id: "peru") { id }`).join(' ')} }`;
    expect((await json(JSON.stringify({ query: aliases }))).text).toContain('Query too large');
    const frags = Array.from(
      { length: 12 },
      (_, i) => `fragment F${i} on Entity { ${i === 11 ? 'id' : `...F${i + 1} ...F${i + 1} ...F${i + 1}`} }`,
    ).join(' ');
    expect((await json(JSON.stringify({ query: `{ entity(id: "peru") { ...F0 } } ${frags}` }))).text).toContain('Query too large');
    expect((await json(JSON.stringify({ query: '{ neighborhood(id: "peru", first: 100000) { truncated } }' }))).text).toContain(
      'BAD_USER_INPUT',
    );
  });

  it('runs no mutation without a valid key by any route', async () => {
    const before = await counts(t.store);
    const m = 'mutation { mergeEntities(keep: "peru", merge: "china") { keptId } }';
    expect((await json(JSON.stringify({ query: m }))).status).toBe(401);
    expect((await json(JSON.stringify({ query: m }), { authorization: 'Bearer wrong-wrong-wrong-wrong' })).status).toBe(403);
    expect((await json(JSON.stringify([{ query: m }, { query: m }]))).status).toBeLessThan(500);
    expect(
      (await send({ method: 'GET', path: `/graphql?query=${encodeURIComponent(m)}`, headers: { 'apollo-require-preflight': '1' } })).status,
    ).toBe(405);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(m).digest('hex');
    const apq = await json(JSON.stringify({ query: m, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
    expect(apq.status).toBe(401);
    expect((await json(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }))).status).toBeLessThan(500);
    expect(await counts(t.store)).toEqual(before);
  });
});

describe('reliability: rate limit', () => {
  it('answers 429 RATE_LIMITED past the configured limit per client', async () => {
    const t = await startTestService({ RATE_LIMIT_MAX: '5', RATE_LIMIT_WINDOW_MS: '60000' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        });
        statuses.push(res.status);
        if (res.status === 429)
          expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
        else await res.text();
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });

  /** Statuses of `n` requests that claim to come from `client` through a proxy. */
  const asClient = async (url: string, client: string, n: number): Promise<number[]> => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: '{"query":"{ __typename }"}',
      });
      statuses.push(res.status);
      await res.text();
    }
    return statuses;
  };

  it('counts each client behind a trusted proxy (TRUST_PROXY) apart, and ignores X-Forwarded-For otherwise', async () => {
    const behind = await startTestService({ RATE_LIMIT_MAX: '3', TRUST_PROXY: 'loopback' });
    try {
      expect(await asClient(behind.url, '203.0.113.7', 4)).toEqual([200, 200, 200, 429]);
      expect(await asClient(behind.url, '198.51.100.9', 4)).toEqual([200, 200, 200, 429]);
    } finally {
      await behind.stop();
    }
    // Not configured: the header is the client's word, and everyone on this address shares one count.
    const direct = await startTestService({ RATE_LIMIT_MAX: '3' });
    try {
      expect(await asClient(direct.url, '203.0.113.7', 2)).toEqual([200, 200]);
      expect(await asClient(direct.url, '198.51.100.9', 2)).toEqual([200, 429]);
    } finally {
      await direct.stop();
    }
  });
});

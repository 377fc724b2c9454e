import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STREAM_FORMATS } from '../../src/export/index.js';
import { openTransactions } from '../helpers/locks.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { useSeededGraph, useSeededService } from '../helpers/use-seeded-graph.js';
import { waitUntil } from '../helpers/wait-until.js';

interface JsonExport {
  nodes: { id: string }[];
  edges: { id: string; sourceId: string; targetId: string; evidence: unknown[] }[];
  truncated: boolean;
  query: Record<string, unknown>;
}

const DATA_VERSION = 'query { stats { dataVersion } }';

describe('server: GET /export?view=all on the seeded graph', () => {
  const t = useSeededService();
  const get = (query: string, headers: Record<string, string> = {}) => fetch(`${t.url}/export?${query}`, { headers });

  it('downloads every entity and every relationship of the graph, sorted by id, uncut', async () => {
    const [graph] = await t.store.read({
      cypher: `CALL () { MATCH (e:Entity) RETURN collect(e.id) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN collect(r.id) AS relationships }
RETURN entities, relationships`,
      params: {},
    });
    const res = await get('view=all');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="all.json"');
    const body = (await res.json()) as JsonExport;
    const entities = (graph!.entities as string[]).sort();
    const relationships = (graph!.relationships as string[]).sort();
    expect(entities.length).toBeGreaterThan(10);
    expect(relationships.length).toBeGreaterThan(10);
    expect(body.nodes.map((n) => n.id)).toEqual(entities);
    expect(body.edges.map((e) => e.id)).toEqual(relationships);
    expect(body.edges.every((e) => e.evidence.length > 0)).toBe(true);
    expect(body.truncated).toBe(false);
    expect(body.query).toEqual({ view: 'all', types: null, statuses: null, asOf: null, since: null, until: null, format: 'json' });
  });

  it('names the content version it was read at in X-Data-Version, as Query.stats.dataVersion gives it, exposed to browsers', async () => {
    const { data } = await t.gql<{ stats: { dataVersion: string } }>(DATA_VERSION);
    for (const query of ['view=all&format=edges.csv', 'id=dina-boluarte&format=graphml']) {
      const res = await get(query, { origin: 'https://embedder.example' });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-data-version')).toBe(data!.stats.dataVersion);
      expect(res.headers.get('access-control-expose-headers')).toBe('X-Data-Version,Content-Disposition');
      await res.arrayBuffer();
    }
  });

  it('applies the relationship filters to the whole graph: the relationships kept and the entities at their ends', async () => {
    const [row] = await t.store.read({
      cypher: `MATCH (s:Entity)-[r:SIGNED]->(t:Entity) WITH collect(r.id) AS rels, collect(s.id) + collect(t.id) AS ends
RETURN rels, ends`,
      params: {},
    });
    const body = (await (await get('view=all&types=SIGNED')).json()) as JsonExport;
    expect(body.edges.map((e) => e.id)).toEqual((row!.rels as string[]).sort());
    expect(body.nodes.map((n) => n.id)).toEqual([...new Set(row!.ends as string[])].sort());
    expect(body.query.types).toEqual(['SIGNED']);
  });

  it('writes a subgraph in each of the newer formats, with their media types and file names', async () => {
    for (const format of ['ftm', 'jsonld', 'ttl', 'nt', 'gexf'] as const) {
      const res = await get(`id=dina-boluarte&format=${format}`);
      const text = await res.text();
      expect(res.status, `${format}: ${text.slice(0, 300)}`).toBe(200);
      expect(res.headers.get('content-type')).toBe(STREAM_FORMATS[format].contentType);
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="neighborhood-dina-boluarte.${STREAM_FORMATS[format].extension}"`,
      );
      expect(text).toContain('dina-boluarte');
    }
  });

  it('refuses the parameters that do not apply to the whole graph, naming each', async () => {
    const refusal = async (query: string) => ((await (await get(query)).json()) as { error: unknown }).error;
    expect(await refusal('view=all&first=10')).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'first: applies to view=neighborhood and view=connections only',
      argument: 'first',
    });
    expect(await refusal('view=all&id=peru')).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'id: applies to view=neighborhood only',
      argument: 'id',
    });
    expect(await refusal('view=all&format=pdf')).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'format: must be one of json, graphml, nodes.csv, edges.csv, ftm, jsonld, ttl, nt, gexf, got "pdf"',
      argument: 'format',
    });
  });

  it('asks for a key when reads need one, as the other views do', async () => {
    const secret = 'export-all-secret-0123456789';
    const keyed = await startTestService({ REQUIRE_KEY_FOR_READS: 'true', API_KEYS: `exporter:${secret}` });
    try {
      const send = (authorization?: string) => fetch(`${keyed.url}/export?view=all`, { headers: authorization ? { authorization } : {} });
      const none = await send();
      expect([none.status, await none.json()]).toEqual([
        401,
        { error: { code: 'UNAUTHENTICATED', message: 'An API key is required: send Authorization: Bearer <key>.' } },
      ]);
      const wrong = await send('Bearer wrong-wrong-wrong-wrong');
      expect([wrong.status, await wrong.json()]).toEqual([403, { error: { code: 'FORBIDDEN', message: 'The API key is not valid.' } }]);
      const ok = await send(`Bearer ${secret}`);
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as JsonExport).nodes.length).toBeGreaterThan(10);
    } finally {
      await keyed.stop();
    }
  });
});

describe('server: a whole-graph download the client abandons', () => {
  const graph = useSeededGraph();
  let t: TestService;

  beforeAll(async () => {
    // Several megabytes of entities: far more than socket buffers hold, so each download is still
    // reading from Neo4j when its client goes away.
    await graph.store.writeTx((tx) =>
      tx.run({
        cypher: `UNWIND range(1, 6000) AS i
CREATE (:Entity {id: 'bulk-' + i, name: 'Bulk ' + i, type: 'ORGANIZATION', description: $text})`,
        params: { text: 'x'.repeat(1000) },
      }),
    );
    // A pool of 3 sessions: a download that kept its session after its client left would exhaust it.
    t = await startTestService({ NEO4J_MAX_POOL_SIZE: '3' });
  });
  afterAll(async () => {
    await t?.stop();
    await graph.store.writeTx((tx) => tx.run({ cypher: "MATCH (e:Entity) WHERE e.id STARTS WITH 'bulk-' DELETE e", params: {} }));
  });

  it('ends the transaction of each abandoned download: the pool stays free and no transaction is left open', async () => {
    const before = await openTransactions(graph.store);
    for (let i = 0; i < 12; i++) {
      const abort = new AbortController();
      const res = await fetch(`${t.url}/export?view=all`, { signal: abort.signal });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      await reader.read();
      abort.abort();
      await reader.read().catch(() => undefined);
    }
    expect(await waitUntil(async () => (await openTransactions(graph.store)).join() === before.join(), 20_000)).toBe(true);
    const { data } = await t.gql<{ stats: { dataVersion: string } }>(DATA_VERSION);
    expect(data!.stats.dataVersion).toMatch(/^[0-9a-f]+$/);
    const whole = await fetch(`${t.url}/export?view=all&format=nodes.csv`);
    expect((await whole.text()).split('\r\n').filter((l) => l.startsWith('bulk-'))).toHaveLength(6000);
  });
});

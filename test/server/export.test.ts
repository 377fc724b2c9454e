import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startTestService, type TestService } from '../helpers/service.js';
import { freshSeededGraph, testStore } from '../helpers/neo4j.js';
import { parseCsv } from '../helpers/parse-csv.js';

type Graphml = {
  graphml: {
    graph: { '@_edgedefault': string; node: { '@_id': string }[]; edge: { '@_id': string; '@_source': string; '@_target': string }[] };
  };
};
const parseGraphml = (xml: string): Graphml =>
  new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['node', 'edge', 'data'].includes(name) }).parse(
    xml,
  ) as Graphml;

interface JsonExport {
  nodes: { id: string }[];
  edges: { id: string; sourceId: string; targetId: string; evidence: { quote: string; articleSource: string }[] }[];
  truncated: boolean;
  query: Record<string, unknown>;
}

describe('server: GET /export on the seeded graph', () => {
  let t: TestService;
  let neighborhoodIds: string[];
  const get = (query: string) => fetch(`${t.url}/export?${query}`);

  beforeAll(async () => {
    const store = testStore();
    await freshSeededGraph(store);
    await store.close();
    t = await startTestService();
    const { data } = await t.gql<{ neighborhood: { relationships: { id: string }[] } }>(
      '{ neighborhood(id: "dina-boluarte") { relationships { id } } }',
    );
    neighborhoodIds = data!.neighborhood.relationships.map((r) => r.id).sort();
  });
  afterAll(() => t.stop());

  it('has a neighbourhood worth exporting', () => {
    expect(neighborhoodIds.length).toBeGreaterThan(2);
  });

  it('downloads the neighbourhood as well-formed GraphML with the same relationships as GraphQL', async () => {
    const res = await get('id=dina-boluarte&format=graphml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="neighborhood-dina-boluarte.graphml"');
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const { graph } = parseGraphml(xml).graphml;
    expect(graph['@_edgedefault']).toBe('directed');
    const nodeIds = graph.node.map((n) => n['@_id']);
    expect(nodeIds).toContain('dina-boluarte');
    expect(graph.edge).toHaveLength(neighborhoodIds.length);
    expect(graph.edge.map((e) => e['@_id'])).toEqual(neighborhoodIds);
    for (const e of graph.edge) expect(nodeIds).toEqual(expect.arrayContaining([e['@_source'], e['@_target']]));
  });

  it('downloads edges.csv with one row per relationship, each carrying a quote', async () => {
    const res = await get('id=dina-boluarte&format=edges.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="neighborhood-dina-boluarte.edges.csv"');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual(['id', 'source', 'target', 'type', 'validFrom', 'validTo', 'status', 'topic', 'quantities', 'evidence']);
    expect(rows).toHaveLength(neighborhoodIds.length);
    expect(rows.map((r) => r[0])).toEqual(neighborhoodIds);
    for (const r of rows) expect(r[9]).toMatch(/^.+ — .+/);
  });

  it('downloads nodes.csv with every endpoint of the edges', async () => {
    const [nodes, edges] = await Promise.all([get('id=dina-boluarte&format=nodes.csv'), get('id=dina-boluarte&format=edges.csv')]);
    const [header, ...rows] = parseCsv(await nodes.text());
    expect(header).toEqual(['id', 'name', 'type', 'aliases', 'description']);
    const ids = rows.map((r) => r[0]);
    expect(ids).toEqual([...ids].sort());
    const endpoints = new Set(
      parseCsv(await edges.text())
        .slice(1)
        .flatMap((r) => [r[1], r[2]]),
    );
    expect(new Set(ids)).toEqual(endpoints);
  });

  it('downloads the connections of two entities as JSON matching the GraphQL answer', async () => {
    const res = await get('view=connections&ids=dina-boluarte,cosco-shipping&format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="connections-dina-boluarte_cosco-shipping.json"');
    const body = (await res.json()) as JsonExport;
    const { data } = await t.gql<{ connections: { relationships: { id: string }[]; nodes: { id: string }[] } }>(
      '{ connections(ids: ["dina-boluarte", "cosco-shipping"]) { relationships { id } nodes { id } } }',
    );
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.map((e) => e.id)).toEqual(data!.connections.relationships.map((r) => r.id).sort());
    expect(body.nodes.map((n) => n.id)).toEqual(data!.connections.nodes.map((n) => n.id).sort());
    expect(body.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['dina-boluarte', 'cosco-shipping']));
    for (const e of body.edges) expect(e.evidence.length).toBeGreaterThan(0);
    expect(body.truncated).toBe(false);
    expect(body.query).toEqual({
      view: 'connections',
      ids: ['dina-boluarte', 'cosco-shipping'],
      maxHops: 4,
      first: 50,
      types: null,
      statuses: null,
      asOf: null,
      since: null,
      until: null,
      format: 'json',
    });
  });

  it('applies first and the filters as the GraphQL neighbourhood does', async () => {
    const { data } = await t.gql<{ neighborhood: { relationships: { id: string }[]; truncated: boolean } }>(
      '{ neighborhood(id: "dina-boluarte", depth: 2, first: 3, types: ["SIGNED", "VISITED", "LEADS"]) { relationships { id } truncated } }',
    );
    const body = (await (await get('id=dina-boluarte&depth=2&first=3&types=SIGNED,VISITED,LEADS')).json()) as JsonExport;
    expect(body.edges.map((e) => e.id)).toEqual(data!.neighborhood.relationships.map((r) => r.id).sort());
    expect(body.edges).toHaveLength(3);
    expect(body.truncated).toBe(true);
    expect(data!.neighborhood.truncated).toBe(true);
  });

  it('answers 400 naming the parameter, with the GraphQL message', async () => {
    const cases: [string, string, string][] = [
      ['id=dina-boluarte&depth=9', 'depth', 'depth: must be between 1 and 3, got 9'],
      [
        'id=dina-boluarte&format=xls',
        'format',
        'format: must be one of json, graphml, nodes.csv, edges.csv, ftm, jsonld, ttl, nt, gexf, got "xls"',
      ],
      ['id=dina-boluarte&types=NOPE', 'types', 'types: unknown relation type(s) "NOPE"; see Query.vocabulary'],
      ['view=connections&ids=dina-boluarte', 'ids', 'ids: give between 2 and 10 distinct entity ids'],
    ];
    for (const [query, argument, message] of cases) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await res.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message, argument } });
    }
    const gql = await t.gql('{ neighborhood(id: "dina-boluarte", depth: 9, types: ["NOPE"]) { truncated } }');
    expect(gql.errors?.[0]?.message).toBe('depth: must be between 1 and 3, got 9');
  });

  it('answers 404 NOT_FOUND for an unknown entity', async () => {
    const res = await get('id=no-such-entity&format=graphml');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'id: no entity "no-such-entity"', argument: 'id' } });
    const conn = await get('view=connections&ids=dina-boluarte,nobody');
    expect(conn.status).toBe(404);
    expect(await conn.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'ids: no entity "nobody"', argument: 'ids' } });
  });
});

describe('server: POST /export of a view’s ids on the seeded graph', () => {
  let t: TestService;
  let hood: { nodes: { id: string }[]; relationships: { id: string; source: { id: string }; target: { id: string } }[] };
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/export`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const view = (format: string) => ({
    format,
    entityIds: hood.nodes.map((n) => n.id),
    relationshipIds: hood.relationships.map((r) => r.id),
  });
  const error = async (res: Response) => ({ status: res.status, body: (await res.json()) as unknown });

  beforeAll(async () => {
    const store = testStore();
    await freshSeededGraph(store);
    await store.close();
    t = await startTestService();
    const { data } = await t.gql<{ neighborhood: typeof hood & { truncated: boolean } }>(
      '{ neighborhood(id: "dina-boluarte", first: 500) { nodes { id } relationships { id source { id } target { id } } truncated } }',
    );
    hood = data!.neighborhood;
    expect(data!.neighborhood.truncated).toBe(false);
  });
  afterAll(() => t.stop());

  it('writes the same GraphML and CSV files as GET /export for the same subgraph', async () => {
    for (const format of ['graphml', 'nodes.csv', 'edges.csv']) {
      const [viaPost, viaGet] = await Promise.all([
        post(view(format)),
        fetch(`${t.url}/export?id=dina-boluarte&first=500&format=${format}`),
      ]);
      expect(viaPost.status, format).toBe(200);
      expect(viaPost.headers.get('content-type')).toBe(viaGet.headers.get('content-type'));
      expect(viaPost.headers.get('content-disposition')).toBe(`attachment; filename="selection.${format}"`);
      expect(await viaPost.text()).toBe(await viaGet.text());
    }
  });

  it('writes JSON with GET’s nodes and edges, and the selection as its query', async () => {
    const [viaPost, viaGet] = await Promise.all([post(view('json')), fetch(`${t.url}/export?id=dina-boluarte&first=500`)]);
    expect(viaPost.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const [p, g] = [(await viaPost.json()) as JsonExport, (await viaGet.json()) as JsonExport];
    expect(p.edges.length).toBeGreaterThan(2);
    expect({ nodes: p.nodes, edges: p.edges, truncated: p.truncated }).toEqual({ nodes: g.nodes, edges: g.edges, truncated: false });
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
    expect(p.query).toEqual({ view: 'selection', entityIds: ids(hood.nodes), relationshipIds: ids(hood.relationships), format: 'json' });
  });

  it('exports exactly the relationships named, with their endpoints and the entities named, and no other relationship', async () => {
    const [a, b] = hood.relationships;
    const res = await post({ entityIds: ['cosco-shipping'], relationshipIds: [a!.id, b!.id] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as JsonExport;
    expect(body.edges.map((e) => e.id)).toEqual([a!.id, b!.id].sort());
    expect(body.nodes.map((n) => n.id)).toEqual(
      [...new Set(['cosco-shipping', a!.source.id, a!.target.id, b!.source.id, b!.target.id])].sort(),
    );
    for (const e of body.edges) expect(e.evidence.length).toBeGreaterThan(0);
    const alone = (await (await post({ format: 'json', entityIds: ['dina-boluarte', 'peru'] })).json()) as JsonExport;
    expect([alone.nodes.map((n) => n.id), alone.edges]).toEqual([['dina-boluarte', 'peru'], []]);
  });

  it('answers 404 NOT_FOUND naming every unknown id', async () => {
    expect(await error(await post({ entityIds: ['peru', 'nobody', 'atlantis'], relationshipIds: ['leads-nope'] }))).toEqual({
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'entityIds: no entity "atlantis", "nobody"', argument: 'entityIds' } },
    });
    expect(await error(await post({ entityIds: ['peru'], relationshipIds: [hood.relationships[0]!.id, 'leads-nope', 'no-type'] }))).toEqual(
      {
        status: 404,
        body: {
          error: { code: 'NOT_FOUND', message: 'relationshipIds: no relationship "leads-nope", "no-type"', argument: 'relationshipIds' },
        },
      },
    );
  });

  it('answers 400 BAD_USER_INPUT naming what is wrong with the body', async () => {
    const refused = (argument: string, message: string) => ({
      status: 400,
      body: { error: { code: 'BAD_USER_INPUT', message: `${argument}: ${message}`, argument } },
    });
    expect(await error(await post('{"entityIds": ["peru"'))).toEqual(refused('body', 'is not valid JSON'));
    const asText = await fetch(`${t.url}/export`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"entityIds":["peru"]}',
    });
    expect(await error(asText)).toEqual(
      refused('body', 'must be a JSON object { format, entityIds, relationshipIds } sent as application/json'),
    );
    expect(await error(await post(['peru']))).toEqual(
      refused('body', 'must be a JSON object { format, entityIds, relationshipIds } sent as application/json'),
    );
    expect(await error(await post({ entityIds: ['peru'], first: 10 }))).toEqual(
      refused('first', 'unknown field; use format, entityIds, relationshipIds'),
    );
    expect(await error(await post({ entityIds: ['peru'], format: 'xls' }))).toEqual(
      refused('format', 'must be one of json, graphml, nodes.csv, edges.csv, ftm, jsonld, ttl, nt, gexf, got "xls"'),
    );
    expect(await error(await post({ entityIds: 'peru' }))).toEqual(refused('entityIds', 'must be a list of entity ids'));
    expect(await error(await post({ entityIds: [] }))).toEqual(refused('entityIds', 'give at least one entity or relationship id'));
  });

  it('refuses more ids than a subgraph holds, and a body over its limit', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `signed-${i}`);
    expect(await error(await post({ entityIds: ['peru'], relationshipIds: many(501) }))).toEqual({
      status: 400,
      body: {
        error: {
          code: 'BAD_USER_INPUT',
          message: 'relationshipIds: give at most 500 distinct relationship ids, got 501',
          argument: 'relationshipIds',
        },
      },
    });
    expect(await error(await post({ entityIds: Array.from({ length: 1001 }, (_, i) => `e${i}`) }))).toEqual({
      status: 400,
      body: {
        error: { code: 'BAD_USER_INPUT', message: 'entityIds: give at most 1000 distinct entity ids, got 1001', argument: 'entityIds' },
      },
    });
    expect(await error(await post({ entityIds: ['x'.repeat(600 * 1024)] }))).toEqual({
      status: 413,
      body: { error: { code: 'PAYLOAD_TOO_LARGE', message: 'body: larger than 512kb', argument: 'body' } },
    });
  });

  it('asks for a key as GET does when reads need one, before reading the body', async () => {
    const secret = 'export-post-secret-0123456789';
    const keyed = await startTestService({ REQUIRE_KEY_FOR_READS: 'true', API_KEYS: `exporter:${secret}` });
    try {
      const send = (authorization: string | undefined, body = JSON.stringify({ entityIds: ['peru'] })) =>
        fetch(`${keyed.url}/export`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body,
        });
      expect(await error(await send(undefined))).toEqual({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'An API key is required: send Authorization: Bearer <key>.' } },
      });
      expect(await error(await send(undefined, '{not json'))).toEqual({
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'An API key is required: send Authorization: Bearer <key>.' } },
      });
      expect(await error(await send('Bearer wrong-wrong-wrong-wrong'))).toEqual({
        status: 403,
        body: { error: { code: 'FORBIDDEN', message: 'The API key is not valid.' } },
      });
      const ok = await send(`Bearer ${secret}`);
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as JsonExport).nodes.map((n) => n.id)).toEqual(['peru']);
    } finally {
      await keyed.stop();
    }
  });
});

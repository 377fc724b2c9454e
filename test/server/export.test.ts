import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import express from 'express';
import net, { type AddressInfo } from 'node:net';
import { startTestService, type TestService } from '../helpers/service.js';
import { freshSeededGraph, testStore } from '../helpers/neo4j.js';
import { parseCsv } from '../helpers/parse-csv.js';
import { createExportHandler } from '../../src/server/export-handler.js';
import { createLogger } from '../../src/logger.js';
import { createStore } from '../../src/store/gateway.js';
import { createReader } from '../../src/store/reader.js';
import type { ExportReader } from '../../src/export/index.js';

type Graphml = { graphml: { graph: { '@_edgedefault': string; node: { '@_id': string }[]; edge: { '@_id': string; '@_source': string; '@_target': string }[] } } };
const parseGraphml = (xml: string): Graphml =>
  new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['node', 'edge', 'data'].includes(name) }).parse(xml) as Graphml;

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
    const { data } = await t.gql<{ neighborhood: { relationships: { id: string }[] } }>('{ neighborhood(id: "dina-boluarte") { relationships { id } } }');
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
    const endpoints = new Set(parseCsv(await edges.text()).slice(1).flatMap((r) => [r[1], r[2]]));
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
    expect(body.query).toEqual({ view: 'connections', ids: ['dina-boluarte', 'cosco-shipping'], maxHops: 4, first: 50, types: null, statuses: null, asOf: null, since: null, until: null, format: 'json' });
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
      ['id=dina-boluarte&format=xls', 'format', 'format: must be one of json, graphml, nodes.csv, edges.csv, got "xls"'],
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

/** Serves one export handler over `reader` on a free port, calls GET /export?id=x, and stops. */
async function exportWith(reader: ExportReader): Promise<{ status: number; text: string }> {
  const app = express().get('/export', createExportHandler({ reader, logger: createLogger({ level: 'silent' }) }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/export?id=x`);
    return { status: res.status, text: await res.text() };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** A TCP port nothing listens on. */
async function deadPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('server: GET /export when Neo4j cannot be reached', () => {
  it('answers 503 SERVICE_UNAVAILABLE', async () => {
    const store = createStore({
      uri: `bolt://127.0.0.1:${await deadPort()}`,
      user: 'neo4j',
      password: 'not-used-1234',
      database: 'neo4j',
      connectionTimeoutMs: 2000,
      acquisitionTimeoutMs: 2000,
      maxRetryMs: 0,
      queryTimeoutMs: 2000,
      maintenanceTimeoutMs: 2000,
      maxPoolSize: 1,
    });
    try {
      const { status, text } = await exportWith(createReader(store));
      expect(status).toBe(503);
      expect(JSON.parse(text)).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The graph database is unavailable; try again shortly.' } });
    } finally {
      await store.close();
    }
  });
});

describe('server: GET /export on an unexpected failure', () => {
  it('answers 500 INTERNAL_SERVER_ERROR without the error’s message or stack', async () => {
    // A reader that fails in a way no database error maps to: the handler must mask it.
    const fail = async (): Promise<never> => {
      throw new Error('secret detail at /srv/app.ts:1');
    };
    const { status, text } = await exportWith({ neighborhood: fail, connections: fail, entitiesByIds: fail, evidenceByRelationshipIds: fail, articlesByIds: fail });
    expect(status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    expect(text).not.toContain('secret');
  });
});

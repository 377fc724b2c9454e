/**
 * No read opens a write transaction: every top-level Query field runs, with nested fields, through
 * a server whose store throws on writeTx and schema; and the reader's source never calls them. In a
 * cluster that is what lets a `neo4j://` routing driver send every read to a secondary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildASTSchema, type GraphQLObjectType } from 'graphql';
import type { Server } from '../../src/server/create-server.js';
import { serveStore } from '../helpers/serve-store.js';
import type { Store } from '../../src/store/gateway.js';
import { typeDefs } from '../../src/contract/type-defs.js';
import { projectRoot } from '../../src/project-root.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const SECRET = 'read-only-secret-0123456789';
const REL =
  'id type status topic validFrom validTo validFromPrecision validToPrecision knownFrom role note quantities { value unit label ' +
  '} sourceCount source { id name degree } target { id name } evidence { id quote article { id source } }';
const ENTITY =
  `id name type aliases description mergedIds degree relationships(first: 3) { totalCount pageInfo { hasNextPage ` +
  `endCursor } edges { cursor node { ${REL} } } }`;
const SUBGRAPH = `nodes { id name } relationships { ${REL} } truncated`;
const PATH = `length nodes { id } relationships { id } steps { from { id } to { id } reversed relationship { ${REL} } }`;

/** One operation per top-level Query field, with valid arguments and nested fields. */
const OPERATIONS: Record<string, string> = {
  entity: `{ entity(id: "peru") { ${ENTITY} } }`,
  entityByIdentifier: `{ entityByIdentifier(scheme: ISO3166, value: "pe") { ${ENTITY} identifiers { scheme value url } } }`,
  node: `{ node(id: "peru") { id ... on Entity { ${ENTITY} } } }`,
  nodes:
    '{ nodes(ids: ["peru", "huawei-peru-ai-training-deal", "ev-0123456789abcdef", "signed-0123456789abcdef", ' +
    '"audit-0f6c1a8e-3b7d-4c2e-9a51-7e2d4b8c9f10"]) { id ... on Article { source relationships { id } } } }',
  search: `{ search(text: "华为", types: ["COMPANY"], first: 5) { ${ENTITY} } }`,
  entities: `{ entities(type: "PERSON", first: 3) { totalCount nodes { ${ENTITY} } pageInfo { endCursor } } }`,
  relationships: `{ relationships(entityId: "peru", since: "2020", until: "2025", first: 5) { totalCount nodes { ${REL} } } }`,
  neighborhood: `{ neighborhood(id: "dina-boluarte", depth: 2, first: 20) { ${SUBGRAPH} } }`,
  shortestPath: `{ shortestPath(from: "dina-boluarte", to: "cosco-shipping") { ${PATH} } }`,
  paths: `{ paths(from: "dina-boluarte", to: "huawei", maxHops: 3, first: 3) { ${PATH} } }`,
  connections: `{ connections(ids: ["dina-boluarte", "huawei", "cosco-shipping"]) { ${SUBGRAPH} } }`,
  commonNeighbors: `{ commonNeighbors(a: "peru", b: "china") { ${ENTITY} } }`,
  timeline: `{ timeline(entityId: "peru", asOf: "2024", first: 5) { ${REL} } }`,
  centrality:
    `{ degree: centrality(metric: DEGREE, first: 3) { score entity { id } } pagerank: centrality(metric: PAGERANK, ` +
    `type: "COMPANY", first: 3) { score entity { id } } }`,
  article:
    `{ article(id: "huawei-peru-ai-training-deal") { id title source url publishedAt language note entities { id } ` +
    `relationships { ${REL} } } }`,
  articleByUrl:
    '{ articleByUrl(url: "https://cm.asiae.co.kr/en/article/2024062710062079899") { id title source url publishedAt language note ' +
    'entities { id } relationships { id } } }',
  articles: `{ articles(first: 3) { totalCount nodes { id relationships { id } } } }`,
  bilateral: `{ bilateral(a: "china", b: "peru", first: 5) { ${REL} } }`,
  stats:
    '{ stats { entities relationships articles evidence entitiesByType { type count } relationshipsByType { type count } dataVersion } }',
  vocabulary: '{ vocabulary { entityTypes relationTypes statuses allEntityTypes allRelationTypes { name description } allStatuses } }',
  auditLog:
    '{ auditLog(first: 5, articleId: "huawei-peru-ai-training-deal") { totalCount nodes { id action at keyId articleIds entityIds ' +
    'summary undone } } }',
  changes:
    '{ changes(first: 5) { edges { cursor node { auditId action at entityIds relationshipIds dataVersion entry { id keyId summary } } } ' +
    'nodes { auditId } pageInfo { hasNextPage endCursor } } }',
  analyzeText:
    '{ analyzeText(text: "Dina Boluarte visitó el puerto de Chancay. 华为 signed a deal with Peru.") { mentions { entityId entity ' +
    '{ id name } matched start end } candidateEntities { text type } candidateRelationships { type sourceId targetId quote } } }',
};

describe('graphql: reads never open a write transaction', () => {
  const graph = useSeededGraph();
  let server: Server;
  const writes: string[] = [];

  beforeAll(async () => {
    const readOnly: Store = {
      ...graph.store,
      writeTx: async () => {
        writes.push('writeTx');
        throw new Error('a read opened a write transaction');
      },
      schema: async () => {
        writes.push('schema');
        throw new Error('a read ran a schema statement');
      },
      // Exports read on the maintenance store (its longer timeout): the same refusals of writes.
      maintenance: () => readOnly,
    };
    server = await serveStore(readOnly, { API_KEYS: `tester:${SECRET}` });
  });
  afterAll(() => server.stop());

  it('has an operation for every top-level Query field of the schema', () => {
    const query = buildASTSchema(typeDefs()).getQueryType() as GraphQLObjectType;
    expect(Object.keys(OPERATIONS).sort()).toEqual(Object.keys(query.getFields()).sort());
  });

  it.each(Object.entries(OPERATIONS))('answers %s with data and no error through a store that refuses writes', async (_field, query) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(res.status).toBe(200);
    expect(Object.values(body.data ?? {}).every((v) => v !== null)).toBe(true);
    expect(writes).toEqual([]);
  });

  it('the server does use the refusing store: a mutation through it fails at writeTx', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${SECRET}` },
      body: JSON.stringify({ query: 'mutation { mergeEntities(keep: "peru", merge: "china") { keptId } }' }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(writes).toEqual(['writeTx']);
  });

  it('the reader and the read resolvers never call writeTx or schema (static check)', () => {
    for (const file of [
      'src/store/reader.ts',
      'src/store/path-reads.ts',
      'src/graphql/resolvers/query.ts',
      'src/graphql/loaders.ts',
      'src/snapshot/read-snapshot.ts',
      'src/snapshot/data-version.ts',
    ]) {
      const source = readFileSync(path.join(projectRoot(), file), 'utf8');
      expect(source, file).not.toMatch(/\bwriteTx\b|\.schema\(|executeWrite|WRITE/);
    }
    const reader = readFileSync(path.join(projectRoot(), 'src/store/reader.ts'), 'utf8');
    const calls = [...reader.matchAll(/\bstore\.(\w+)\(/g)].map((m) => m[1]);
    expect(calls.length).toBeGreaterThan(10);
    expect(new Set(calls)).toEqual(new Set(['read', 'readTx']));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../src/server/create-server.js';
import { serveStore } from '../helpers/serve-store.js';
import type { Store } from '../../src/store/gateway.js';
import { counting } from '../helpers/counting-store.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

describe('graphql: no N+1 on nested queries', () => {
  const graph = useSeededGraph();
  let counted: Store & { count: number };
  let server: Server;

  beforeAll(async () => {
    counted = counting(graph.store);
    server = await serveStore(counted);
  });
  afterAll(() => server.stop());

  const run = async (first: number): Promise<{ queries: number; relationships: number; evidence: number }> => {
    counted.count = 0;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          `query($first: Int) { entity(id: "peru") { name relationships(first: $first) { nodes { type source { name degree } ` +
          `target { name degree } sourceCount evidence { quote article { title source } } } } } }`,
        variables: { first },
      }),
    });
    const body = (await res.json()) as { data: { entity: { relationships: { nodes: { evidence: unknown[] }[] } } } };
    const nodes = body.data.entity.relationships.nodes;
    return { queries: counted.count, relationships: nodes.length, evidence: nodes.reduce((n, r) => n + r.evidence.length, 0) };
  };

  it('costs the same number of Cypher statements for 2 relationships as for 13', async () => {
    const small = await run(2);
    const large = await run(20);
    expect(small.relationships).toBe(2);
    expect(large.relationships).toBe(13);
    expect(large.evidence).toBeGreaterThan(13);
    // The entity, its page of relationships, their endpoints with degrees, source counts, evidence
    // and articles: one compiled statement.
    expect(small.queries).toBe(1);
    expect(large.queries).toBe(1);
  });

  const statements = async (query: string): Promise<number> => {
    counted.count = 0;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    return counted.count;
  };

  it(
    'reads a neighbourhood, a shortest path and two entities with everything selected below them in one statement per top-level ' + 'field',
    async () => {
      const rel = 'id source { name degree } target { name } sourceCount evidence { quote article { title } }';
      expect(await statements(`{ neighborhood(id: "peru", depth: 2) { truncated nodes { name degree } relationships { ${rel} } } }`)).toBe(
        1,
      );
      expect(
        await statements(
          `{ shortestPath(from: "cosco-shipping", to: "huawei") { length nodes { name } steps { from { name degree } to { name } ` +
            `relationship { ${rel} } } } }`,
        ),
      ).toBe(1);
      expect(
        await statements(
          `{ a: entity(id: "peru") { degree relationships(first: 3) { totalCount edges { node { ${rel} } } } } b: entity(id: ` +
            `"china") { out: relationships(direction: OUT) { nodes { id } } in: relationships(direction: IN, types: ["VISITED"]) { ` +
            `nodes { ${rel} } } } }`,
        ),
      ).toBe(2);
    },
  );

  it('reads only the stored content version when stats selects only dataVersion', async () => {
    expect(await statements('{ stats { dataVersion } }')).toBe(1);
    expect(await statements('{ stats { entities dataVersion } }')).toBe(2);
  });

  it('searches in one statement, also when only the retry with typos finds something', async () => {
    expect(await statements('{ search(text: "huawei") { id } }')).toBe(1);
    // "Boularte": nothing as typed or as a prefix; one typo away from Boluarte.
    expect(await statements('{ search(text: "Boularte") { id name } }')).toBe(1);
    expect(await statements('{ search(text: "zzzzqqqq") { id } }')).toBe(1);
  });

  it('reads the relationships of a list of entities in one statement per page shape', async () => {
    const few = await statements('{ search(text: "peru", first: 2) { relationships(first: 2) { totalCount nodes { id } } } }');
    const many = await statements('{ search(text: "peru", first: 10) { relationships(first: 2) { totalCount nodes { id } } } }');
    expect(many).toBe(few);
  });

  it('reads below the compiled level with the batched look-ups, one statement per field and level', async () => {
    // The endpoints' own relationships are a page per entity, read by the field resolver.
    const n = await statements(
      '{ entity(id: "chancay-port") { relationships { nodes { source { relationships(first: 1) { nodes { id } } } } } } }',
    );
    expect(n).toBeGreaterThan(1);
  });
});

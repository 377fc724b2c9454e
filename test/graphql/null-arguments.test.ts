import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const REL = 'id type validFrom';
const PAGE = `totalCount nodes { ${REL} } pageInfo { hasNextPage endCursor }`;
const SUB = `truncated nodes { id } relationships { ${REL} }`;
const PATH = 'length nodes { id } relationships { id }';

/** Each field with every defaulted argument given as an explicit null, and with them left out. */
const CASES: [string, string, string][] = [
  ['search', '{ search(text: "peru", first: null) { id } }', '{ search(text: "peru") { id } }'],
  ['entities', `{ entities(first: null) { ${PAGE.replace(REL, 'id')} } }`, `{ entities { ${PAGE.replace(REL, 'id')} } }`],
  ['relationships', `{ relationships(first: null) { ${PAGE} } }`, `{ relationships { ${PAGE} } }`],
  ['neighborhood', `{ neighborhood(id: "peru", depth: null, first: null) { ${SUB} } }`, `{ neighborhood(id: "peru") { ${SUB} } }`],
  [
    'shortestPath',
    `{ shortestPath(from: "dina-boluarte", to: "cosco-shipping", maxHops: null) { ${PATH} } }`,
    `{ shortestPath(from: "dina-boluarte", to: "cosco-shipping") { ${PATH} } }`,
  ],
  [
    'paths',
    `{ paths(from: "dina-boluarte", to: "cosco-shipping", maxHops: null, first: null) { ${PATH} } }`,
    `{ paths(from: "dina-boluarte", to: "cosco-shipping") { ${PATH} } }`,
  ],
  [
    'connections',
    `{ connections(ids: ["dina-boluarte", "cosco-shipping"], maxHops: null) { ${SUB} } }`,
    `{ connections(ids: ["dina-boluarte", "cosco-shipping"]) { ${SUB} } }`,
  ],
  [
    'commonNeighbors',
    '{ commonNeighbors(a: "china", b: "peru", first: null) { id } }',
    '{ commonNeighbors(a: "china", b: "peru") { id } }',
  ],
  ['timeline', `{ timeline(first: null) { ${REL} } }`, `{ timeline { ${REL} } }`],
  [
    'centrality',
    '{ centrality(metric: DEGREE, first: null) { entity { id } score } }',
    '{ centrality(metric: DEGREE) { entity { id } score } }',
  ],
  [
    'articles',
    '{ articles(first: null) { totalCount nodes { id } pageInfo { hasNextPage } } }',
    '{ articles { totalCount nodes { id } pageInfo { hasNextPage } } }',
  ],
  ['bilateral', `{ bilateral(a: "china", b: "peru", first: null) { ${REL} } }`, `{ bilateral(a: "china", b: "peru") { ${REL} } }`],
  ['auditLog', '{ auditLog(first: null) { totalCount nodes { id } } }', '{ auditLog { totalCount nodes { id } } }'],
  // Read by the entity's compiled statement, then by the loaders one level down.
  [
    'Entity.relationships',
    `{ entity(id: "peru") { relationships(direction: null, first: null) { ${PAGE} nodes { source { relationships(direction: null, ` +
      `first: null) { totalCount nodes { id } } } } } } }`,
    `{ entity(id: "peru") { relationships { ${PAGE} nodes { source { relationships { totalCount nodes { id } } } } } } }`,
  ],
];

describe('graphql: an explicit null argument', () => {
  const t = useSeededService();

  it.each(CASES)('answers %s as its SDL default', async (_field, withNull, omitted) => {
    const [a, b] = await Promise.all([t.gql(withNull), t.gql(omitted)]);
    expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    expect(a).toEqual(b);
  });

  it('pages by the default size of 20', async () => {
    const r = await t.gql<{ relationships: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      '{ relationships(first: null) { totalCount nodes { id } pageInfo { hasNextPage } } }',
    );
    expect(r.errors).toBeUndefined();
    const { totalCount, nodes, pageInfo } = r.data!.relationships;
    expect(totalCount).toBeGreaterThan(20);
    expect([nodes.length, pageInfo.hasNextPage]).toEqual([20, true]);
  });
});

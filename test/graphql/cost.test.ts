import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { schemaSdl } from '../../src/contract/type-defs.js';
import { actualCost, DEFAULT_LIST_SIZE, requestedCost } from '../../src/graphql/cost.js';

// The directives exactly as the service declares them.
const directives = readFileSync(path.join(projectRoot(), 'schema', 'cost.graphql'), 'utf8');
const schema = buildSchema(`${directives}
  type Query {
    item(id: ID!): Item
    items(first: Int = 20, last: Int): [Item!]! @listSize(slicingArguments: ["first", "last"])
    byIds(ids: [ID!]!): [Item]! @listSize(slicingArguments: ["ids"])
    capped: [Item!]! @listSize(assumedSize: 7)
    plain: [Item!]!
    names: [String!]!
    page(first: Int = 5): Page! @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])
    heavy: Item @cost(weight: "25")
    ranked(metric: String @cost(weight: "4"), first: Int = 3): [Item!]! @listSize(slicingArguments: ["first"])
    node(id: ID!): Node
    count: Int!
  }
  type Mutation { touch(id: ID!): Item }
  interface Node { id: ID! }
  type Item implements Node { id: ID! name: String kind: Kind children(first: Int = 4): [Item!]! @listSize(slicingArguments: ["first"]) }
  type Other implements Node { id: ID! friends: [Item!]! @listSize(assumedSize: 2) }
  type Page { nodes: [Item!]! total: Int! }
  enum Kind { A B }
`);

const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  requestedCost({ schema, document: parse(query), variables, operationName });

describe('graphql: requestedCost', () => {
  it('weighs an object field 1 and a scalar or enum 0', () => {
    expect(cost('{ item(id: "a") { id name kind } count }')).toBe(1);
    expect(cost('{ count __typename }')).toBe(0);
  });

  it('multiplies a list by its slicing argument: given, else its default, the largest of several', () => {
    expect(cost('{ items(first: 3) { id } }')).toBe(3);
    expect(cost('{ items { id } }')).toBe(20);
    expect(cost('{ items(first: 3, last: 9) { id } }')).toBe(9);
    expect(cost('query($n: Int) { items(first: $n) { id } }', { n: 7 })).toBe(7);
    expect(cost('query($n: Int) { items(first: $n) { id } }', {})).toBe(20);
  });

  it('counts a list slicing argument by its length', () => {
    expect(cost('query($ids: [ID!]!) { byIds(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(3);
    expect(cost('{ byIds(ids: ["a", "b"]) { id } }')).toBe(2);
  });

  it('uses assumedSize without a slicing argument, and the default size for a list without @listSize', () => {
    expect(cost('{ capped { id } }')).toBe(7);
    expect(cost('{ plain { id } }')).toBe(DEFAULT_LIST_SIZE);
    expect(cost('{ names }')).toBe(0);
  });

  it('multiplies nested lists', () => {
    // 2 items × (1 + 4 children × (1 + 3 grandchildren × 1))
    expect(cost('{ items(first: 2) { children { id children(first: 3) { id } } } }')).toBe(2 * (1 + 4 * (1 + 3)));
  });

  it('gives the size to the sized fields of a connection', () => {
    // the page (1) + its 8 nodes
    expect(cost('{ page(first: 8) { nodes { id } total } }')).toBe(9);
    expect(cost('{ page { total } }')).toBe(1);
  });

  it('takes the weight of @cost in place of the default, and adds the weight of a costed argument', () => {
    expect(cost('{ heavy { id } }')).toBe(25);
    expect(cost('{ ranked(metric: "x") { id } }')).toBe(3 + 4);
    expect(cost('{ ranked { id } }')).toBe(3);
  });

  it('weighs a root field of a mutation 10', () => {
    expect(cost('mutation { touch(id: "a") { id children(first: 2) { id } } }')).toBe(12);
  });

  it('expands named and inline fragments, and counts every type of an abstract field', () => {
    const q = `{ items(first: 2) { ...F } node(id: "x") { ... on Item { children { id } } ... on Other { friends { id } } } }
      fragment F on Item { children(first: 5) { id } }`;
    // items: 2 × (1 + 5); node: 1 + 4 (Item) + 2 (Other)
    expect(cost(q)).toBe(2 * 6 + 1 + 4 + 2);
  });

  it('leaves out what @skip and @include leave out', () => {
    expect(cost('query($s: Boolean!) { item(id: "a") @skip(if: $s) { id } capped @include(if: true) { id } }', { s: true })).toBe(7);
  });

  it('prices the operation named, and nothing when the document has no such operation', () => {
    const doc = 'query A { item(id: "a") { id } } query B { capped { id } }';
    expect(cost(doc, {}, 'B')).toBe(7);
    expect(cost(doc)).toBe(0);
  });
});

describe('graphql: requestedCost of a document used again (memoized)', () => {
  it('answers each request with the cost of its own values of the variables the walk reads, whatever the others', () => {
    const document = parse(
      'query($s: Boolean!, $m: Int, $n: Int, $id: ID!) { item(id: $id) { id } ' +
        'items(first: $n) @skip(if: $s) { id } capped @include(if: $s) { children(first: $m) { id } } }',
    );
    const price = (variables: Record<string, unknown>) => requestedCost({ schema, document, variables });
    const requests: [Record<string, unknown>, number][] = [
      [{ s: false, n: 3, m: 1, id: 'a' }, 1 + 3],
      [{ s: false, n: 3, m: 1, id: 'b' }, 1 + 3],
      [{ s: true, n: 3, m: 2, id: 'a' }, 1 + 7 * (1 + 2)],
      [{ s: false, n: 4, m: 2, id: 'a' }, 1 + 4],
      [{ s: true, n: 9, m: 2, id: 'c' }, 1 + 7 * (1 + 2)],
      [{ s: true, m: 0, id: 'c' }, 1 + 7],
      [{ s: true, m: null, id: 'c' }, 1 + 7 * (1 + 4)],
      [{ s: false, id: 'c' }, 1 + 20],
      [{ s: false, n: 3, id: 'c' }, 1 + 3],
    ];
    expect(requests.map(([variables]) => price(variables))).toEqual(requests.map(([, expected]) => expected));
    // The same answers from a fresh document, which no memo knows.
    expect(requests.map(([variables]) => requestedCost({ schema, document: parse(print(document)), variables }))).toEqual(
      requests.map(([, expected]) => expected),
    );
  });

  it('prices each answer by the plan of its own variables: a field @include left out is not counted, even if present', () => {
    const document = parse('query($s: Boolean!) { items(first: 5) { id children @include(if: $s) { id } } }');
    const data = {
      items: [
        { id: 'a', children: [{ id: 'b' }, { id: 'c' }] },
        { id: 'd', children: [] },
      ],
    };
    const price = (s: boolean) => actualCost({ schema, document, variables: { s }, data });
    expect([price(true), price(false), price(true)]).toEqual([2 + 2, 2, 2 + 2]);
  });

  it('keeps apart the operations of one document, and a costed argument given null from one left out', () => {
    const document = parse('query A($m: String) { ranked(metric: $m) { id } } query B { items(first: 2) { id } }');
    const price = (operationName: string, variables: Record<string, unknown>) =>
      requestedCost({ schema, document, operationName, variables });
    expect([price('A', { m: 'x' }), price('A', { m: null }), price('A', {}), price('B', {}), price('A', { m: 'y' })]).toEqual([
      3 + 4,
      3,
      3,
      2,
      3 + 4,
    ]);
  });
});

describe('graphql: actualCost', () => {
  const actual = (query: string, data: Record<string, unknown> | null, variables?: Record<string, unknown>) =>
    actualCost({ schema, document: parse(query), variables, data });

  it('counts the items the answer holds, with the same weights', () => {
    const q = '{ items(first: 50) { id children { id } } count }';
    const data = {
      items: [
        { id: 'a', children: [{ id: 'b' }] },
        { id: 'c', children: [] },
      ],
      count: 2,
    };
    expect(actual(q, data)).toBe(2 + 1);
    expect(requestedCost({ schema, document: parse(q) })).toBe(50 * (1 + 4));
  });

  it('counts nothing for a null, and nothing without data', () => {
    expect(actual('{ item(id: "x") { id } heavy { id } }', { item: null, heavy: { id: 'h' } })).toBe(25);
    expect(actual('{ item(id: "x") { id } }', null)).toBe(0);
  });

  it('reads aliases, fragments and a connection as answered', () => {
    const q = '{ a: items(first: 2) { ...F } p: page { nodes { id } } } fragment F on Item { id }';
    expect(actual(q, { a: [{ id: '1' }], p: { nodes: [{ id: '2' }, { id: '3' }] } })).toBe(1 + 1 + 2);
  });

  it('weighs an answered mutation root field 10', () => {
    expect(actual('mutation { touch(id: "a") { id } }', { touch: { id: 'a' } })).toBe(10);
  });
});

describe('README: the cost of each recipe', () => {
  const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
  const served = buildSchema(schemaSdl());
  /** Each `### title` of a README section that shows a graphql block, with that block. */
  const operations = (section: string) =>
    readme
      .split(`\n## ${section}\n`)[1]!
      .split('\n## ')[0]!
      .split('\n### ')
      .slice(1)
      .flatMap((part) => {
        const query = /```graphql\n([\s\S]*?)\n```/.exec(part)?.[1];
        return query ? [[part.split('\n')[0]!, query] as const] : [];
      });

  it('lists the requested cost of every recipe and embedding operation, as the schema prices it', () => {
    const computed = [...operations('Recipes'), ...operations('Embedding the graph')].map(([title, query]) => [
      title,
      String(requestedCost({ schema: served, document: parse(query) })),
    ]);
    const lines = readme.split('\n');
    const at = lines.indexOf('| recipe | requested cost |');
    const rows = lines
      .slice(at + 2)
      .filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')))
      .map((l) =>
        l
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim()),
      );
    expect(computed).toHaveLength(9);
    expect(rows).toEqual(computed);
  });
});

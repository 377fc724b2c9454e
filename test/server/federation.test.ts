import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildASTSchema, graphqlSync, Kind, parse, print } from 'graphql';
import { gql } from 'graphql-tag';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { typeDefs } from '../../src/contract/type-defs.js';
import { seedGraph } from '../../src/seed/seed-graph.js';
import type { Store } from '../../src/store/gateway.js';
import { counting } from '../helpers/counting-store.js';
import type { Server } from '../../src/server/create-server.js';
import { useSeededGraph, useSeededService } from '../helpers/use-seeded-graph.js';
import { serveStore } from '../helpers/serve-store.js';
import { withoutCost } from '../helpers/service.js';

type Answer<T = Record<string, unknown>> = {
  data?: T;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
};

const post = async <T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>): Promise<Answer<T>> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  // The cost every answer carries is test/server/cost-limits.test.ts's concern.
  return withoutCost(await res.json()) as Answer<T>;
};

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { __typename
  ... on Entity { id name entityType: type mergedIds }
  ... on Article { id title outlet: source }
  ... on Relationship { id relationType: type source { id } target { id } } } }`;

/** The Query fields with their arguments, defaults and types, within the service's nesting limit. */
const QUERY_FIELDS = `{ __type(name: "Query") { fields { name type { ...T } args { name defaultValue type { ...T } } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

const typeName = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${typeName(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeName(t.ofType!)}]` : t.name!;

interface FieldRef {
  name: string;
  type: TypeRef;
  args: { name: string; defaultValue: string | null; type: TypeRef }[];
}

/** `Query.field(arg: Type = default): Type` for every Query field of a QUERY_FIELDS answer. */
function signatures(data: unknown): string[] {
  const { fields } = (data as { __type: { fields: FieldRef[] } }).__type;
  return fields.map((f) => {
    const args = f.args.map((a) => `${a.name}: ${typeName(a.type)}${a.defaultValue === null ? '' : ` = ${a.defaultValue}`}`);
    return `Query.${f.name}${args.length === 0 ? '' : `(${args.join(', ')})`}: ${typeName(f.type)}`;
  });
}

/** A second subgraph: it adds `idLength` (computed from the id alone) to `Entity` and a root field that hands back a reference to one. */
const ID_SUBGRAPH = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Entity @key(fields: "id") {
    id: ID!
    idLength: Int!
  }

  type Query {
    entityByReference(id: ID!): Entity
  }
`;

describe('server: the service as a federation subgraph', () => {
  const t = useSeededService();
  const graphql = () => `${t.url}/graphql`;

  beforeAll(async () => {
    // An entity that absorbed `fed-merged-away` in an earlier merge, as the graph records a merge.
    await seedGraph({
      store: t.store,
      bundle: {
        articles: [],
        entities: [
          {
            id: 'fed-kept',
            name: 'Federation Kept Entity',
            type: 'ORGANIZATION',
            aliases: [],
            description: null,
            mergedIds: ['fed-merged-away'],
          },
        ],
        relationships: [],
      },
    });
  });

  it('publishes its SDL through _service, with @key(fields: "id") on Entity, Article and Relationship only', async () => {
    const body = await post<{ _service: { sdl: string } }>(graphql(), '{ _service { sdl } }');
    expect(body.errors).toBeUndefined();
    const sdl = body.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])');
    const keyed = parse(sdl)
      .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .flatMap((d) => (d.directives ?? []).filter((x) => x.name.value === 'key').map((x) => `${d.name.value} ${print(x)}`));
    expect(keyed).toEqual(['Entity @key(fields: "id")', 'Relationship @key(fields: "id")', 'Article @key(fields: "id")']);
  });

  it('keeps every Query field of the schema, with the same arguments and defaults, and adds only _entities and _service', async () => {
    // The Query type as schema/*.graphql gives it to plain graphql-js, federation left out.
    const plain = graphqlSync({ schema: buildASTSchema(typeDefs()), source: QUERY_FIELDS });
    const served = await post(graphql(), QUERY_FIELDS);
    expect([plain.errors, served.errors]).toEqual([undefined, undefined]);
    const before = signatures(plain.data);
    const after = signatures(served.data);
    expect(before).toContain(
      'Query.neighborhood(id: ID!, depth: Int = 1, types: [String!], asOf: String, since: String, until: String, ' +
        'statuses: [ClaimStatus!], first: Int = 50): Subgraph!',
    );
    expect(before.filter((f) => !after.includes(f))).toEqual([]);
    expect(after.filter((f) => !before.includes(f)).sort()).toEqual([
      'Query._entities(representations: [_Any!]!): [_Entity]!',
      'Query._service: _Service!',
    ]);
  });

  it('resolves representations of all three types in order, as Query.entity, Query.article and Query.relationships do', async () => {
    const direct = await post<{
      entity: unknown;
      article: unknown;
      relationships: { nodes: { id: string }[] };
    }>(
      graphql(),
      `{ entity(id: "peru") { id name entityType: type mergedIds } article(id: "huawei-peru-ai-training-deal") { id title outlet: source }
         relationships(entityId: "huawei", first: 1) { nodes { id relationType: type source { id } target { id } } } }`,
    );
    expect(direct.errors).toBeUndefined();
    const rel = direct.data!.relationships.nodes[0]!;
    const body = await post(graphql(), ENTITIES, {
      r: [
        { __typename: 'Relationship', id: rel.id },
        { __typename: 'Entity', id: 'peru' },
        { __typename: 'Article', id: 'huawei-peru-ai-training-deal' },
      ],
    });
    expect(body).toEqual({
      data: {
        _entities: [
          { __typename: 'Relationship', ...rel },
          { __typename: 'Entity', ...(direct.data!.entity as object) },
          { __typename: 'Article', ...(direct.data!.article as object) },
        ],
      },
    });
    expect(direct.data!.entity).toEqual({ id: 'peru', name: 'Peru', entityType: 'COUNTRY', mergedIds: [] });
  });

  it('answers null for an unknown id of any type, and the entity a merged id was merged into', async () => {
    const body = await post(graphql(), ENTITIES, {
      r: [
        { __typename: 'Entity', id: 'atlantis' },
        { __typename: 'Article', id: 'no-such-article' },
        { __typename: 'Relationship', id: 'no-such-relationship' },
        { __typename: 'Entity', id: 'fed-merged-away' },
      ],
    });
    expect(body).toEqual({
      data: {
        _entities: [
          null,
          null,
          null,
          {
            __typename: 'Entity',
            id: 'fed-kept',
            name: 'Federation Kept Entity',
            entityType: 'ORGANIZATION',
            mergedIds: ['fed-merged-away'],
          },
        ],
      },
    });
  });

  it('refuses a representation without a usable id as a bad argument, in its place, and still resolves the others', async () => {
    const body = await post(
      graphql(),
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { id } ... on Article { id } } }',
      {
        r: [
          { __typename: 'Entity', id: 'peru' },
          { __typename: 'Entity' },
          { __typename: 'Article', id: 'huawei-peru-ai-training-deal' },
          { __typename: 'Article', id: '' },
        ],
      },
    );
    expect(body.data).toEqual({ _entities: [{ id: 'peru' }, null, { id: 'huawei-peru-ai-training-deal' }, null] });
    expect(body.errors?.map((e) => [e.path, e.extensions?.code, e.message])).toEqual([
      [['_entities', 1], 'BAD_USER_INPUT', 'representations: must be a non-empty id of at most 200 characters'],
      [['_entities', 3], 'BAD_USER_INPUT', 'representations: must be a non-empty id of at most 200 characters'],
    ]);
  });

  describe('composed with a second subgraph behind @apollo/gateway', () => {
    const servers: ApolloServer[] = [];
    let gateway = '';

    beforeAll(async () => {
      const ids = new ApolloServer({
        plugins: [ApolloServerPluginInlineTraceDisabled()],
        schema: buildSubgraphSchema({
          typeDefs: ID_SUBGRAPH,
          resolvers: {
            Entity: { idLength: (e: { id: string }) => e.id.length },
            Query: { entityByReference: (_: unknown, { id }: { id: string }) => ({ id }) },
          },
        }),
      });
      servers.push(ids);
      const idsUrl = (await startStandaloneServer(ids, { listen: { host: '127.0.0.1', port: 0 } })).url;
      const supergraph = new ApolloServer({
        gateway: new ApolloGateway({
          supergraphSdl: new IntrospectAndCompose({
            subgraphs: [
              { name: 'kg', url: graphql() },
              { name: 'ids', url: idsUrl },
            ],
          }),
        }),
      });
      servers.push(supergraph);
      gateway = (await startStandaloneServer(supergraph, { listen: { host: '127.0.0.1', port: 0 } })).url;
    });

    afterAll(async () => {
      // The gateway first: it still holds connections to both subgraphs.
      for (const s of servers.reverse()) await s.stop();
    });

    it('adds the second subgraph field to entities this service answers, at the top and deeper down', async () => {
      expect(
        await post(
          gateway,
          '{ entity(id: "peru") { name idLength } article(id: "huawei-peru-ai-training-deal") { entities { id idLength } } }',
        ),
      ).toEqual({
        data: {
          entity: { name: 'Peru', idLength: 4 },
          article: {
            entities: expect.arrayContaining([
              { id: 'huawei', idLength: 6 },
              { id: 'peru', idLength: 4 },
            ]) as unknown,
          },
        },
      });
    });

    it('resolves an entity the second subgraph only references through this service, merged ids included', async () => {
      // The gateway keeps the key it sent (`fed-merged-away`) and takes the other fields from this service.
      expect(
        await post(
          gateway,
          '{ a: entityByReference(id: "china") { id name type idLength } ' +
            'b: entityByReference(id: "fed-merged-away") { id name mergedIds } }',
        ),
      ).toEqual({
        data: {
          a: { id: 'china', name: 'China', type: 'COUNTRY', idLength: 5 },
          b: { id: 'fed-merged-away', name: 'Federation Kept Entity', mergedIds: ['fed-merged-away'] },
        },
      });
    });
  });
});

describe('server: _entities batching', () => {
  const graph = useSeededGraph();
  let counted: Store & { count: number };
  let server: Server;

  beforeAll(async () => {
    counted = counting(graph.store);
    server = await serveStore(counted);
  });
  afterAll(() => server.stop());

  it('reads any number of representations with one statement per type, through the loaders the nested fields share', async () => {
    const statements = async (r: { __typename: string; id: string }[]): Promise<number> => {
      counted.count = 0;
      const body = await post(
        `${server.url}/graphql`,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { name } ... on Article { title } } }',
        { r },
      );
      expect(body.errors).toBeUndefined();
      return counted.count;
    };
    const entity = (id: string) => ({ __typename: 'Entity', id });
    expect(await statements([entity('peru')])).toBe(1);
    expect(await statements(['peru', 'china', 'huawei', 'lima', 'chancay-port', 'atlantis'].map(entity))).toBe(1);
    expect(await statements([entity('peru'), entity('china'), { __typename: 'Article', id: 'huawei-peru-ai-training-deal' }])).toBe(2);
  });
});

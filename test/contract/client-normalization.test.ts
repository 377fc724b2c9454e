/**
 * Every query the Explorer, the curation page and the typed client send (the trusted documents,
 * documents/manifest.json) is run against the live service and written to Apollo Client's
 * InMemoryCache, as an embedding application's cache would hold them: every object with an id must
 * normalise under its type and id, every answer must read back whole after all the others were
 * written (nothing merged away or lost), and the cache must warn of nothing. The cache is made
 * with the configuration the examples give embedders (examples/apollo/cache-config.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InMemoryCache } from '@apollo/client/cache';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { buildASTSchema, isAbstractType, isObjectType, parse, print, type DocumentNode, type GraphQLObjectType } from 'graphql';
import { projectRoot } from '../../src/project-root.js';
import { typeDefs } from '../../src/contract/type-defs.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { cacheConfig, TYPES_WITHOUT_ID } from '../../examples/apollo/cache-config.js';

interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

const root = projectRoot();
const manifest = JSON.parse(readFileSync(path.join(root, 'documents/manifest.json'), 'utf8')) as { operations: ManifestOperation[] };
const seedText = readFileSync(path.join(root, 'seeds/huawei-peru-ai-training-deal.txt'), 'utf8');
const ARTICLE = 'huawei-peru-ai-training-deal';

/** Variables for each query of the manifest, by operation name: a query added without them fails the test. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  CurateAnalyze: { text: seedText.slice(0, 2000), article: { publishedAt: '2024-11-15' } },
  CurateArticle: { id: ARTICLE },
  CurateExistingArticle: { id: ARTICLE, url: 'https://example.org/none', byId: true, byUrl: true },
  CurateVocabulary: {},
  EntityNeighbourhood: { id: 'huawei', depth: 2, first: 50 },
  EntityRelationships: { id: 'cosco-shipping', first: 10 },
  ExplorerArticleAudit: { id: ARTICLE },
  ExplorerInit: {},
  ExplorerNeighborhood: { id: 'dina-boluarte', first: 50 },
  ExplorerPaths: { from: 'dina-boluarte', to: 'cosco-shipping' },
  ExplorerSearch: { text: 'Huawei' },
  RelationshipEvidence: { types: ['SIGNED', 'VISITED'], first: 20 },
  SearchEntities: { text: 'Chancay', first: 10 },
};

const schema = buildASTSchema(typeDefs(), { assumeValidSDL: true });

/** The abstract types' possible types, as a client generates them for fragment matching. */
function possibleTypes(): Record<string, string[]> {
  return Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter(isAbstractType)
      .map((t) => [
        t.name,
        schema
          .getPossibleTypes(t)
          .map((p) => p.name)
          .sort(),
      ]),
  );
}

/** The object types without an `id` field, the root types (Query, Mutation, Subscription) aside. */
function typesWithoutId(): string[] {
  return Object.values(schema.getTypeMap())
    .filter(
      (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !['Query', 'Mutation', 'Subscription'].includes(t.name),
    )
    .filter((t) => !('id' in t.getFields()))
    .map((t) => t.name)
    .sort();
}

/** Every object of an answer that has an `id`, with its `__typename`. */
function identified(value: unknown, out: { __typename: string; id: string }[] = []): { __typename: string; id: string }[] {
  if (Array.isArray(value)) value.forEach((v) => identified(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.__typename === 'string') out.push({ __typename: o.__typename, id: o.id });
    Object.values(o).forEach((v) => identified(v, out));
  }
  return out;
}

describe('contract: the clients’ queries in Apollo Client’s InMemoryCache', () => {
  const t = useSeededService();
  const queries = manifest.operations.filter((o) => o.type === 'query');
  const warnings: unknown[][] = [];

  beforeAll(() => {
    loadDevMessages();
    loadErrorMessages();
    for (const level of ['warn', 'error'] as const)
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        warnings.push([level, ...args]);
      });
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('gives embedders a cache configuration that matches the schema (examples/apollo/cache-config.ts)', () => {
    expect(cacheConfig.possibleTypes).toEqual(possibleTypes());
    expect([...TYPES_WITHOUT_ID]).toEqual(typesWithoutId());
  });

  it('has variables for every query the clients send', () => {
    expect(queries.length).toBeGreaterThanOrEqual(10);
    expect(queries.map((q) => q.name).filter((name) => !(name in VARIABLES))).toEqual([]);
  });

  it('normalises every object under its type and id, reads every answer back whole, and warns of nothing', async () => {
    const cache = new InMemoryCache(cacheConfig);
    const written: { name: string; query: DocumentNode; variables: Record<string, unknown>; data: Record<string, unknown> }[] = [];
    for (const op of queries) {
      const query = cache.transformDocument(parse(op.body));
      const variables = VARIABLES[op.name]!;
      const body = await t.gql(print(query), variables);
      expect(body.errors, op.name).toBeUndefined();
      const data = body.data as Record<string, unknown>;
      cache.writeQuery({ query, variables, data });
      written.push({ name: op.name, query, variables, data });
    }
    const store = cache.extract() as Record<string, Record<string, unknown>>;
    const objects = written.flatMap((w) => identified(w.data));
    expect(objects.length).toBeGreaterThan(100);
    for (const o of objects) {
      expect(cache.identify(o), `${o.__typename} ${o.id}`).toBe(`${o.__typename}:${o.id}`);
      expect(store[`${o.__typename}:${o.id}`], `${o.__typename}:${o.id} in the cache`).toMatchObject({
        __typename: o.__typename,
        id: o.id,
      });
    }
    expect([...new Set(objects.map((o) => o.__typename))]).toEqual(
      expect.arrayContaining(['Entity', 'Relationship', 'Evidence', 'Article']),
    );
    // A candidate's suggested id is no object's id: no client query may select the deprecated CandidateEntity.id.
    expect(objects.filter((o) => o.__typename === 'CandidateEntity')).toEqual([]);
    for (const w of written) expect(cache.readQuery({ query: w.query, variables: w.variables }), w.name).toEqual(w.data);
    expect(warnings).toEqual([]);
  });
});

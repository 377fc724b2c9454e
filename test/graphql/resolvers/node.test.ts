import { describe, expect, it } from 'vitest';
import { counts } from '../../helpers/neo4j.js';
import { useSeededService } from '../../helpers/use-seeded-graph.js';

const KEY = 'node-secret-0123456789abcd';
const auth = { authorization: `Bearer ${KEY}` };

const NODE_FIELDS = `__typename id
  ... on Entity { name }
  ... on Article { source }
  ... on Relationship { type from: source { id } }
  ... on Evidence { quote article { id } }
  ... on AuditEntry { action }`;

const TEXT = 'Minmetals signed a memorandum with Peru on Monday.';

describe('graphql: Query.node and Query.nodes (Relay global object identification)', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` }, seed: 'each' });

  /** One id of each type, read from the live graph (an INGEST audit entry is made for it). */
  async function idsOfEachType(): Promise<Record<string, string>> {
    const ingested = await t.gql<{ ingestArticle: { auditId: string } }>(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { auditId } }',
      {
        input: {
          articles: [{ id: 'test-node-article', source: 'Test Wire', text: TEXT }],
          entities: [{ id: 'minmetals', name: 'Minmetals', type: 'COMPANY' }],
          relationships: [
            { type: 'SIGNED', source: 'minmetals', target: 'peru', evidence: [{ article: 'test-node-article', quote: TEXT }] },
          ],
        },
      },
      auth,
    );
    expect(ingested.errors).toBeUndefined();
    const read = await t.gql<{
      entity: { id: string; relationships: { nodes: { id: string; evidence: { id: string; article: { id: string } }[] }[] } };
    }>('{ entity(id: "minmetals") { id relationships { nodes { id evidence { id article { id } } } } } }');
    const rel = read.data!.entity.relationships.nodes[0]!;
    return {
      Entity: read.data!.entity.id,
      Relationship: rel.id,
      Evidence: rel.evidence[0]!.id,
      Article: rel.evidence[0]!.article.id,
      AuditEntry: ingested.data!.ingestArticle.auditId,
    };
  }

  it('finds an object of every type that implements Node by its id alone, as the type it is', async () => {
    const ids = await idsOfEachType();
    for (const [type, id] of Object.entries(ids)) {
      const body = await t.gql<{ node: { __typename: string; id: string } }>(`query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, {
        id,
      });
      expect(body.errors, `${type} ${id}`).toBeUndefined();
      expect(body.data!.node).toMatchObject({ __typename: type, id });
    }
    const body = await t.gql<{ node: Record<string, unknown> }>(`query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, {
      id: ids.Evidence,
    });
    expect(body.data!.node).toEqual({ __typename: 'Evidence', id: ids.Evidence, quote: TEXT, article: { id: 'test-node-article' } });
  });

  it('answers nodes in the order asked, with null for ids nothing holds', async () => {
    const ids = await idsOfEachType();
    const asked = [
      ids.Relationship,
      'no-such-id',
      ids.Entity,
      ids.AuditEntry,
      'signed-0000000000000000',
      ids.Article,
      ids.Evidence,
      ids.Entity,
    ].map(String);
    const body = await t.gql<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: asked },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.nodes.map((n) => n?.id ?? null)).toEqual(
      asked.map((id) => (id === 'no-such-id' || id.startsWith('signed-0') ? null : id)),
    );
    expect(body.data!.nodes.map((n) => n?.__typename ?? null)).toEqual([
      'Relationship',
      null,
      'Entity',
      'AuditEntry',
      null,
      'Article',
      'Evidence',
      'Entity',
    ]);
  });

  it('answers a merged id with the entity it was merged into', async () => {
    const cosco = await t.gql(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { auditId } }',
      {
        input: {
          articles: [{ id: 'test-node-cosco', source: 'Test Wire', text: 'Cosco Holdings runs ships.' }],
          entities: [{ id: 'cosco-holdings', name: 'Cosco Holdings', type: 'COMPANY' }],
          relationships: [],
        },
      },
      auth,
    );
    expect(cosco.errors).toBeUndefined();
    const m = await t.gql('mutation { mergeEntities(keep: "cosco-shipping", merge: "cosco-holdings") { keptId } }', undefined, auth);
    expect(m.errors).toBeUndefined();
    const body = await t.gql<{ node: { __typename: string; id: string } }>('{ node(id: "cosco-holdings") { __typename id } }');
    expect(body.data!.node).toEqual({ __typename: 'Entity', id: 'cosco-shipping' });
  });

  it('refuses an article id that is an entity id, and an entity id that is an article id, and writes nothing', async () => {
    const before = await counts(t.store);
    const refused = async (input: unknown): Promise<{ path: string; code: string; message: string }[]> => {
      const body = await t.gql('mutation($input: ArticleInput!) { ingestArticle(input: $input) { auditId } }', { input }, auth);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return body.errors![0]!.extensions!.problems as { path: string; code: string; message: string }[];
    };
    const asArticle = await refused({ articles: [{ id: 'huawei', source: 'Test Wire' }], entities: [], relationships: [] });
    expect(asArticle).toEqual([
      expect.objectContaining({
        path: 'input.articles[0].id',
        code: 'ID_IN_USE',
        message: expect.stringContaining('"huawei" is the id of an entity'),
      }),
    ]);
    const asEntity = await refused({
      articles: [{ id: 'test-node-article', source: 'Test Wire' }],
      entities: [{ id: 'huawei-peru-ai-training-deal', name: 'A Training Deal', type: 'AGREEMENT' }],
      relationships: [],
    });
    expect(asEntity).toEqual([
      expect.objectContaining({
        path: 'input.entities[0].id',
        code: 'ID_IN_USE',
        message: expect.stringContaining('is the id of an article'),
      }),
    ]);
    const inOneInput = await refused({
      articles: [{ id: 'same-id', source: 'Test Wire' }],
      entities: [{ id: 'same-id', name: 'Same', type: 'COMPANY' }],
      relationships: [],
    });
    expect(inOneInput.map((p) => `${p.path} ${p.code}`)).toEqual(['input.articles[0].id ID_IN_USE']);
    const madeForm = await refused({
      articles: [{ id: 'ev-0123456789abcdef', source: 'Test Wire' }],
      entities: [{ id: 'signed-0123456789abcdef', name: 'Signed', type: 'COMPANY' }],
      relationships: [],
    });
    expect(madeForm.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'input.articles[0].id: has the form of an evidence id, which the service makes',
      'input.entities[0].id: has the form of a relationship id, which the service makes',
    ]);
    expect(await counts(t.store)).toEqual(before);
  });

  it('refuses more than 100 ids and an empty id, naming the argument', async () => {
    const many = await t.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, (_, i) => `x${i}`) });
    expect(many.errors?.[0]).toMatchObject({ message: 'ids: give at most 100 ids', extensions: { code: 'BAD_USER_INPUT' } });
    const empty = await t.gql('{ node(id: "") { id } }');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

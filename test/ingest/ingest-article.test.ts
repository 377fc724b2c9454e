import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/article-file/to-rows.js';
import { upsertEntities } from '../../src/store/cypher/upsert-bundle.js';
import { counts } from '../helpers/neo4j.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const KEY = 'curator-secret-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

const TEXT = `Lima, 3 March 2025 — Peru's trade minister met executives of Minmetals in Lima on Monday.
The Chinese company Minmetals signed a memorandum with Peru to expand the Las Bambas mine.
Officials said the Chancay port would ship the copper.`;

const article = (over: Record<string, unknown> = {}) => ({
  articles: [
    {
      id: 'test-minmetals-las-bambas',
      title: 'Minmetals and Peru sign Las Bambas memorandum',
      source: 'Test Wire',
      url: 'https://example.org/minmetals',
      publishedAt: '2025-03-03',
      text: TEXT,
      ...over,
    },
  ],
  entities: [
    { id: 'minmetals', name: 'Minmetals', type: 'COMPANY', aliases: ['五矿'] },
    { id: 'las-bambas-memorandum', name: 'Las Bambas expansion memorandum', type: 'AGREEMENT' },
    { id: 'peru-again', name: 'Perú', type: 'COUNTRY' },
  ],
  relationships: [
    {
      type: 'SIGNED',
      source: 'minmetals',
      target: 'las-bambas-memorandum',
      validFrom: '2025-03',
      evidence: [{ article: 'test-minmetals-las-bambas', quote: 'The Chinese company Minmetals signed a memorandum with Peru' }],
    },
    {
      type: 'PARTY_TO',
      source: 'peru-again',
      target: 'las-bambas-memorandum',
      validFrom: '2025-03',
      evidence: [{ article: 'test-minmetals-las-bambas', quote: 'signed a memorandum with Peru to expand the Las Bambas mine' }],
    },
    {
      type: 'AFFILIATED_WITH',
      source: 'minmetals',
      target: 'china',
      evidence: [{ article: 'test-minmetals-las-bambas', quote: 'The Chinese company Minmetals' }],
    },
  ],
});

const INGEST = `mutation($input: ArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) {
  article { id source } dryRun createdEntities { id } mergedEntities { inputId entity { id } }
  createdRelationships { id type } corroboratedRelationships { id } disputedRelationships { id status } unchangedRelationships { id }
  removedRelationshipIds evidenceAdded evidenceRemoved auditId } }`;

type IngestOut = {
  ingestArticle: {
    article: { id: string };
    dryRun: boolean;
    createdEntities: { id: string }[];
    mergedEntities: { inputId: string; entity: { id: string } }[];
    createdRelationships: { id: string; type: string }[];
    corroboratedRelationships: { id: string }[];
    disputedRelationships: { id: string; status: string }[];
    unchangedRelationships: { id: string }[];
    removedRelationshipIds: string[];
    evidenceAdded: number;
    evidenceRemoved: number;
    auditId: string | null;
  };
};

describe('ingest: Mutation.ingestArticle on a real Neo4j', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY},other:another-secret-012345` }, seed: 'each' });
  const gql = async <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = AUTH,
  ) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] },
    };
  };
  const ingest = async (input: unknown, dryRun = false) => {
    const r = await gql<IngestOut>(INGEST, { input, dryRun });
    expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    return r.body.data!.ingestArticle;
  };

  it('writes an article, resolves "Perú" to the existing Peru, and the graph answers with it', async () => {
    const r = await ingest(article());
    expect(r.createdEntities.map((e) => e.id).sort()).toEqual(['las-bambas-memorandum', 'minmetals']);
    expect(r.mergedEntities).toEqual([{ inputId: 'peru-again', entity: { id: 'peru' } }]);
    expect(r.createdRelationships.map((x) => x.type).sort()).toEqual(['AFFILIATED_WITH', 'PARTY_TO', 'SIGNED']);
    expect(r.evidenceAdded).toBe(3);
    expect(r.auditId).toMatch(/^audit-/);

    const q = await gql<{ search: { id: string }[]; neighborhood: { nodes: { id: string }[] }; article: { entities: { id: string }[] } }>(
      '{ search(text: "五矿") { id } neighborhood(id: "las-bambas-memorandum") { nodes { id } } article(id: ' +
        '"test-minmetals-las-bambas") { entities { id } } }',
    );
    expect(q.body.data!.search[0]!.id).toBe('minmetals');
    expect(q.body.data!.neighborhood.nodes.map((n) => n.id).sort()).toEqual(['las-bambas-memorandum', 'minmetals', 'peru']);
    expect(q.body.data!.article.entities.map((e) => e.id)).toEqual(['china', 'las-bambas-memorandum', 'minmetals', 'peru']);
  });

  it('changes nothing when the same article comes twice, and says so', async () => {
    await ingest(article());
    const before = await counts(t.store);
    const again = await ingest(article());
    expect(await counts(t.store)).toEqual({ ...before, nodes: before.nodes + 1 }); // one more audit entry, nothing else
    expect(again.createdRelationships).toEqual([]);
    expect(again.unchangedRelationships.length).toBe(3);
    expect(again.evidenceAdded).toBe(0);
    expect(again.evidenceRemoved).toBe(0);
  });

  it('treats an article with a known URL as the same article, and a corrected re-ingest replaces its claims', async () => {
    await ingest(article());
    const corrected = article({ id: 'test-minmetals-renamed' });
    corrected.relationships = corrected.relationships
      .slice(0, 1)
      .map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, article: 'test-minmetals-renamed' })) }));
    const r = await ingest(corrected);
    expect(r.article.id).toBe('test-minmetals-las-bambas');
    expect(r.unchangedRelationships.length).toBe(1);
    expect(r.removedRelationshipIds.length).toBe(2);
    expect(r.evidenceRemoved).toBe(2);
  });

  it('refuses a bad article listing every problem with its path, and writes nothing', async () => {
    const before = await counts(t.store);
    const bad = article({ publishedAt: '2025-13' });
    bad.relationships = [
      { ...bad.relationships[0]!, type: 'BEFRIENDED' },
      { ...bad.relationships[1]!, evidence: [] },
      { ...bad.relationships[2]!, target: 'atlantis' },
      {
        type: 'SIGNED',
        source: 'minmetals',
        target: 'las-bambas-memorandum',
        validFrom: '2025-03',
        evidence: [{ article: 'test-minmetals-las-bambas', quote: 'a quote nobody wrote' }],
      },
    ];
    const r = await gql(INGEST, { input: bad });
    const problems = r.body.errors?.[0]?.extensions?.problems as { path: string; code: string }[];
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The shape problems, and those of the records' valid parts: a refusal lists every problem.
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'input.articles[0].publishedAt CUSTOM',
      'input.relationships[0].type INVALID_VALUE',
      'input.relationships[1].evidence TOO_SMALL',
      'input.relationships[2].target DANGLING_ENTITY',
      'input.relationships[3].evidence[0].quote QUOTE_NOT_IN_TEXT',
    ]);
    const quoteRefusal = await gql(INGEST, { input: { ...article(), relationships: [bad.relationships[2], bad.relationships[3]] } });
    expect(
      (quoteRefusal.body.errors?.[0]?.extensions?.problems as { path: string; code: string }[]).map((p) => `${p.path} ${p.code}`),
    ).toEqual(['input.relationships[0].target DANGLING_ENTITY', 'input.relationships[1].evidence[0].quote QUOTE_NOT_IN_TEXT']);
    const dangling = await gql(INGEST, {
      input: { ...article(), articles: [{ ...article().articles[0], text: undefined }], relationships: [bad.relationships[2]] },
    });
    expect((dangling.body.errors?.[0]?.extensions?.problems as { path: string; code: string }[]).map((p) => `${p.path} ${p.code}`)).toEqual(
      ['input.relationships[0].target DANGLING_ENTITY'],
    );
    expect(await counts(t.store)).toEqual(before);
  });

  it('refuses writes without a key (UNAUTHENTICATED) and with a wrong key (FORBIDDEN)', async () => {
    const before = await counts(t.store);
    const none = await gql(INGEST, { input: article() }, {});
    expect(none.status).toBe(401);
    expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gql(INGEST, { input: article() }, { authorization: 'Bearer not-the-secret-at-all' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viaGet = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { undoMerge(auditId: "x") { auditId } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBe(405);
    expect(await counts(t.store)).toEqual(before);
  });

  it('corroborates a claim the graph holds instead of duplicating it', async () => {
    const input = {
      articles: [{ id: 'test-second-source', source: 'Another Outlet', publishedAt: '2024-07' }],
      relationships: [
        {
          type: 'GRANTED_EXCLUSIVITY_TO',
          source: 'peru',
          target: 'cosco-shipping',
          topic: 'operation of Chancay port',
          validFrom: '2021',
          status: 'DISPUTED',
          evidence: [{ article: 'test-second-source', quote: 'Peru had granted COSCO exclusive rights at Chancay in 2021.' }],
        },
      ],
    };
    const before = await counts(t.store);
    const r = await ingest(input);
    expect(r.createdRelationships).toEqual([]);
    expect(r.corroboratedRelationships.length).toBe(1);
    const q = await gql<{ relationships: { nodes: { sourceCount: number; evidence: unknown[] }[] } }>(
      '{ relationships(types: ["GRANTED_EXCLUSIVITY_TO"]) { nodes { sourceCount evidence { quote } } } }',
    );
    expect(q.body.data!.relationships.nodes).toHaveLength(1);
    expect(q.body.data!.relationships.nodes[0]!.sourceCount).toBe(3);
    // One article, one evidence node and its FROM link, and the audit entry.
    expect(await counts(t.store)).toEqual({ nodes: before.nodes + 3, relationships: before.relationships + 1 });
  });

  it('sets a contradicting claim beside the one it contradicts and marks both DISPUTED', async () => {
    const r = await ingest({
      articles: [{ id: 'test-contradiction', source: 'Contrarian Daily', publishedAt: '2024-07' }],
      relationships: [
        {
          type: 'RECEIVED_INVESTMENT',
          source: 'peru',
          target: 'belt-and-road-initiative',
          validFrom: '2023',
          validTo: '2023',
          quantities: [{ value: 1.5e9, unit: 'USD' }],
          evidence: [{ article: 'test-contradiction', quote: 'Peru received only $1.5 billion under the initiative in 2023.' }],
        },
      ],
    });
    expect(r.createdRelationships.length).toBe(1);
    expect(r.disputedRelationships.map((d) => d.status)).toEqual(['DISPUTED', 'DISPUTED']);
    const q = await gql<{ relationships: { nodes: { status: string; quantities: { value: number }[] }[] } }>(
      '{ relationships(types: ["RECEIVED_INVESTMENT"]) { nodes { status quantities { value } } } }',
    );
    expect(q.body.data!.relationships.nodes.map((n) => [n.status, n.quantities[0]!.value]).sort()).toEqual([
      ['DISPUTED', 1.5e9],
      ['DISPUTED', 2.9e9],
    ]);
  });

  it('refuses an ambiguous entity match, listing the candidates', async () => {
    // Two older entities of one type that share an alias, as duplicates in existing data do.
    const rows = toRows({
      articles: [],
      relationships: [],
      entities: [
        {
          id: 'chancay-terminal',
          name: 'Chancay Terminal',
          type: 'INFRASTRUCTURE',
          aliases: ['Chancay'],
          description: null,
          mergedIds: [],
        },
      ],
    }).entities;
    await t.store.writeTx((tx) => tx.run(upsertEntities({ rows })));
    const r = await gql(INGEST, {
      input: {
        articles: [{ id: 'test-ambiguous', source: 'Test Wire' }],
        entities: [
          { id: 'chancay-district', name: 'Chancay', type: 'PLACE' },
          { id: 'chancay-x', name: 'Chancay', type: 'INFRASTRUCTURE' },
        ],
        relationships: [],
      },
    });
    const problems = r.body.errors?.[0]?.extensions?.problems as { path: string; code: string; message: string }[];
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['input.entities[1] AMBIGUOUS_ENTITY']);
    expect(problems[0]!.message).toBe(
      '"Chancay" matches several entities: chancay-port (Chancay Port), chancay-terminal (Chancay Terminal); use one of their ids',
    );
  });

  it('dry-runs without writing', async () => {
    const before = await counts(t.store);
    const r = await ingest(article(), true);
    expect(r.dryRun).toBe(true);
    expect(r.evidenceAdded).toBe(3);
    expect(await counts(t.store)).toEqual(before);
  });
});

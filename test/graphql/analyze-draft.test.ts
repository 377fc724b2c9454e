/**
 * `analyzeText(text, article).draft` round trip: sent unchanged as `ingestArticle(input:, dryRun: true)`,
 * the draft is accepted and would create the relationships analyzeText proposed, each with its quote.
 */
import { describe, expect, it } from 'vitest';
import { counts } from '../helpers/neo4j.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const KEY = 'draft-curator-secret-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

const TEXT =
  'Lima, 14 June 2024 — Peruvian President Dina Boluarte visited Huawei in Shenzhen this week. ' +
  'In June 2024 the Chinese company Andes Minerals acquired Lima Power from Enel Group. ' +
  'Andes Minerals met COSCO Shipping in Lima to discuss the Chancay port.';
const ACQUISITION = 'In June 2024 the Chinese company Andes Minerals acquired Lima Power from Enel Group.';

const ARTICLE = {
  id: 'test-andes-minerals-lima-power',
  title: 'Andes Minerals buys Lima Power',
  url: 'https://news.example.org/2024/06/andes-minerals',
  publishedAt: '2024-06-14',
  language: 'en',
};

const ANALYZE = `query($text: String!, $article: ArticleMetaInput) {
  analyzeText(text: $text, article: $article) {
    candidateEntities { id text type }
    candidateRelationships { type sourceId targetId quote validFrom quantities { value unit label } }
    draft {
      articles { id title source url publishedAt language note text }
      entities { id name type aliases description mergedIds }
      relationships {
        type source target topic role validFrom validTo status note
        quantities { value unit label }
        evidence { article quote }
      }
    }
  }
}`;

const INGEST = `mutation($draft: ArticleInput!) {
  ingestArticle(input: $draft, dryRun: true) {
    dryRun auditId evidenceAdded
    articles { id source }
    createdEntities { id name type }
    createdRelationships { ...claim }
    corroboratedRelationships { ...claim }
  }
}
fragment claim on Relationship { type validFrom source { id } target { id } evidence { quote article { id } } }`;

interface Draft {
  articles: { id: string; source: string; text: string; publishedAt: string | null; language: string }[];
  entities: { id: string; name: string; type: string }[];
  relationships: {
    type: string;
    source: string;
    target: string;
    validFrom: string | null;
    evidence: { article: string; quote: string }[];
  }[];
}

interface Analysis {
  analyzeText: {
    candidateEntities: { id: string; text: string; type: string }[];
    candidateRelationships: { type: string; sourceId: string; targetId: string; quote: string }[];
    draft: Draft;
  };
}

interface Ingested {
  ingestArticle: {
    dryRun: boolean;
    auditId: string | null;
    evidenceAdded: number;
    articles: { id: string; source: string }[];
    createdEntities: { id: string; name: string; type: string }[];
    createdRelationships: Claim[];
    corroboratedRelationships: Claim[];
  };
}

interface Claim {
  type: string;
  validFrom: string | null;
  source: { id: string };
  target: { id: string };
  evidence: { quote: string; article: { id: string } }[];
}

/** A relationship as [type, source, target]. */
const triple = (r: { type: string; source: string | { id: string }; target: string | { id: string } }): string[] => [
  r.type,
  typeof r.source === 'string' ? r.source : r.source.id,
  typeof r.target === 'string' ? r.target : r.target.id,
];

describe('graphql: the analyzeText draft round trip', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` } });

  const analyze = async (variables: Record<string, unknown>): Promise<Analysis['analyzeText']> => {
    const r = await t.gql<Analysis>(ANALYZE, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.analyzeText;
  };
  const ingest = async (draft: Draft): Promise<Ingested['ingestArticle']> => {
    const r = await t.gql<Ingested>(INGEST, { draft }, AUTH);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.ingestArticle;
  };

  it('gives a draft that ingestArticle takes unchanged, creating the proposed relationships with their quotes', async () => {
    const before = await counts(t.store);
    const { draft, candidateEntities } = await analyze({ text: TEXT, article: ARTICLE });
    expect(draft.articles).toEqual([{ ...ARTICLE, source: 'news.example.org', note: null, text: TEXT }]);
    expect(draft.entities).toEqual(
      expect.arrayContaining([
        { id: 'andes-minerals', name: 'Andes Minerals', type: 'COMPANY', aliases: [], description: null, mergedIds: [] },
      ]),
    );
    expect(draft.entities.map((e) => e.id)).toEqual([...new Set(candidateEntities.map((c) => c.id))]);
    expect(draft.entities.map((e) => e.id)).not.toContain('huawei');
    const acquisition = draft.relationships.find((r) => r.type === 'ACQUIRED');
    expect(acquisition).toMatchObject({
      source: 'andes-minerals',
      target: 'lima-power',
      status: 'REPORTED',
      evidence: [{ article: ARTICLE.id, quote: ACQUISITION }],
    });
    expect(triple(draft.relationships.find((r) => r.type === 'VISITED')!)).toEqual(['VISITED', 'dina-boluarte', 'huawei']);

    const done = await ingest(draft);
    expect(done).toMatchObject({ dryRun: true, auditId: null, articles: [{ id: ARTICLE.id, source: 'news.example.org' }] });
    expect(done.createdEntities.map((e) => e.id).sort()).toEqual(draft.entities.map((e) => e.id).sort());
    // Claims the seed holds already (Boluarte's visit to Huawei) gain the quote; the others are created.
    expect([...done.createdRelationships, ...done.corroboratedRelationships].map(triple).sort()).toEqual(
      draft.relationships.map(triple).sort(),
    );
    const acquired = done.createdRelationships.find((r) => r.type === 'ACQUIRED')!;
    expect(acquired.evidence).toEqual([{ quote: ACQUISITION, article: { id: ARTICLE.id } }]);
    expect(acquired.validFrom).toBe(acquisition!.validFrom);
    const visit = done.corroboratedRelationships.find((r) => r.type === 'VISITED')!;
    const visitQuote = draft.relationships.find((r) => r.type === 'VISITED')!.evidence[0]!.quote;
    expect(visitQuote).toContain('Dina Boluarte visited Huawei in Shenzhen');
    expect(visit.evidence).toContainEqual({ quote: visitQuote, article: { id: ARTICLE.id } });
    expect(done.evidenceAdded).toBe(draft.relationships.length);
    expect(await counts(t.store)).toEqual(before);
  });

  it('gives an acceptable draft without article meta: an id from the text, source unspecified, language en', async () => {
    const { draft } = await analyze({ text: TEXT });
    expect(draft.articles).toMatchObject([{ source: 'unspecified', language: 'en', publishedAt: null, text: TEXT }]);
    expect(draft.articles[0]!.id).toMatch(/^article-[0-9a-f]{12}$/);
    expect(draft.relationships.every((r) => r.evidence.every((e) => e.article === draft.articles[0]!.id))).toBe(true);
    const done = await ingest(draft);
    expect(done.articles).toEqual([{ id: draft.articles[0]!.id, source: 'unspecified' }]);
    expect([...done.createdRelationships, ...done.corroboratedRelationships].map(triple).sort()).toEqual(
      draft.relationships.map(triple).sort(),
    );
  });

  it('refuses bad article meta with BAD_USER_INPUT naming the field', async () => {
    for (const [article, argument, message] of [
      [{ publishedAt: '2024-13' }, 'article.publishedAt', 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD'],
      [{ publishedAt: '14 June 2024' }, 'article.publishedAt', 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD'],
      [{ id: 'Not A Slug' }, 'article.id', 'must be a lowercase slug such as "dina-boluarte"'],
      [{ language: 'english' }, 'article.language', 'must be a two-letter ISO 639-1 code'],
      [{ source: '  ' }, 'article.source', 'must not be empty'],
    ] as const) {
      const r = await t.gql(ANALYZE, { text: TEXT, article });
      expect(r.errors?.[0], argument).toMatchObject({
        message: `${argument}: ${message}`,
        extensions: { code: 'BAD_USER_INPUT', argument },
      });
    }
    const r = await t.gql(ANALYZE, { text: TEXT, article: { url: 'news.example.org/no-scheme' } });
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'article.url' } });
  });
});

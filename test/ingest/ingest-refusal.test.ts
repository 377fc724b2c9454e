import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/article-file/to-rows.js';
import { upsertEntities } from '../../src/store/cypher/upsert-bundle.js';
import { counts } from '../helpers/neo4j.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const KEY = 'curator-secret-0123456789';

const TEXT = `Lima, 3 March 2025 — Peru's trade minister met executives of Minmetals in Lima on Monday.
The Chinese company Minmetals signed a memorandum with Peru to expand the Las Bambas mine.
Officials said the Chancay port would ship the copper.`;

const ARTICLE = { id: 'test-minmetals-las-bambas', source: 'Test Wire', publishedAt: '2025-03-03', text: TEXT };
const MINMETALS = { id: 'minmetals', name: 'Minmetals', type: 'COMPANY' };
const BAD_QUOTE = 'The Chinese company Minmetals bought the Las Bambas mine';

type Problem = { path: string; code: string; message: string };

describe('ingest: a refusal lists every problem', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` }, seed: 'each' });
  const refuse = async (input: unknown): Promise<Problem[]> => {
    const before = await counts(t.store);
    const body = await t.gql(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { auditId } }',
      { input },
      { authorization: `Bearer ${KEY}` },
    );
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = body.errors![0]!.extensions!.problems as Problem[];
    expect(body.errors![0]!.message).toContain(`(${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written`);
    expect(await counts(t.store)).toEqual(before);
    return problems;
  };
  const codes = (problems: Problem[]): string[] => problems.map((p) => `${p.path} ${p.code}`);

  it('reports a bad quote together with an undeclared source entity (the issue: only QUOTE_NOT_IN_TEXT)', async () => {
    const problems = await refuse({
      articles: [ARTICLE],
      entities: [MINMETALS],
      relationships: [
        { type: 'SIGNED', source: 'las-bambas-memorandum', target: 'peru', evidence: [{ article: ARTICLE.id, quote: BAD_QUOTE }] },
      ],
    });
    expect(codes(problems)).toEqual([
      'input.relationships[0].source DANGLING_ENTITY',
      'input.relationships[0].evidence[0].quote QUOTE_NOT_IN_TEXT',
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'unknown entity "las-bambas-memorandum"',
      `the quote "${BAD_QUOTE}" does not occur in the text of ${ARTICLE.id}`,
    ]);
  });

  it('reports an unknown relation type and still checks the rest of that relationship (the issue: only INVALID_VALUE)', async () => {
    const problems = await refuse({
      articles: [ARTICLE],
      entities: [MINMETALS],
      relationships: [
        { type: 'BOUGHT', source: 'las-bambas-memorandum', target: 'peru', evidence: [{ article: ARTICLE.id, quote: BAD_QUOTE }] },
      ],
    });
    expect(codes(problems)).toEqual([
      'input.relationships[0].type INVALID_VALUE',
      'input.relationships[0].source DANGLING_ENTITY',
      'input.relationships[0].evidence[0].quote QUOTE_NOT_IN_TEXT',
    ]);
  });

  it('reports every kind of problem at once: shape, quotes, references, resolution and conflicts; quotes shortened at a word', async () => {
    // An older entity sharing the alias "Chancay" with the seed's port, as duplicates in existing data do.
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
    const longQuote = 'The Chinese company Minmetals signed a memorandum with Peru to expand the Las Bambas mine and the Chancay port';
    const problems = await refuse({
      articles: [{ ...ARTICLE, publishedAt: '2025-13', language: 'english' }],
      entities: [
        MINMETALS,
        { id: 'mars-corp', name: ' ', type: 'COMPANY' }, // an empty name: its id still counts as declared
        { id: 'chancay-x', name: 'Chancay', type: 'INFRASTRUCTURE' }, // ambiguous
        { id: 'peru', name: 'Peru', type: 'COMPANY' }, // resolves to the COUNTRY peru
        { id: 'peru-again', name: 'Perú', type: 'COUNTRY' },
        MINMETALS, // declared twice
      ],
      relationships: [
        { type: 'BOUGHT', source: 'mars-corp', target: 'atlantis', evidence: [{ article: ARTICLE.id, quote: BAD_QUOTE }] },
        {
          type: 'SIGNED',
          source: 'minmetals',
          target: 'peru',
          validFrom: 'soon',
          evidence: [
            { article: ARTICLE.id, quote: longQuote },
            { article: 'nowhere', quote: 'x' },
            { article: ARTICLE.id, quote: '' },
          ],
        },
        {
          type: 'AFFILIATED_WITH',
          source: 'peru-again',
          target: 'peru',
          evidence: [{ article: ARTICLE.id, quote: 'signed a memorandum with Peru' }],
        },
        { type: 'AFFILIATED_WITH', source: 'minmetals', target: 'china', evidence: [] },
      ],
    });
    expect(codes(problems)).toEqual([
      // shape
      'input.articles[0].publishedAt CUSTOM',
      'input.articles[0].language INVALID_FORMAT',
      'input.entities[1].name TOO_SMALL',
      'input.relationships[0].type INVALID_VALUE',
      'input.relationships[1].validFrom CUSTOM',
      'input.relationships[1].evidence[2].quote TOO_SMALL',
      'input.relationships[3].evidence TOO_SMALL',
      // resolution and conflicts
      'input.entities[2] AMBIGUOUS_ENTITY',
      'input.entities[3].type ENTITY_TYPE_CONFLICT',
      // references, duplicates, quotes
      'input.entities[5].id DUPLICATE_ID',
      'input.relationships[0].target DANGLING_ENTITY',
      'input.relationships[0].evidence[0].quote QUOTE_NOT_IN_TEXT',
      'input.relationships[1].evidence[0].quote QUOTE_NOT_IN_TEXT',
      'input.relationships[1].evidence[1].article DANGLING_ARTICLE',
      // a relationship whose ends resolve to one entity
      'input.relationships[2] SELF_LOOP',
    ]);
    const message = (path: string): string => problems.find((p) => p.path === path)!.message;
    expect(message('input.relationships[1].evidence[0].quote')).toBe(
      `the quote "The Chinese company Minmetals signed a memorandum with Peru to expand the Las…" does not occur in the text of ` +
        `${ARTICLE.id}`,
    );
    expect(message('input.entities[3].type')).toBe('"Peru" resolves to peru, which is a COUNTRY, not a COMPANY');
    expect(message('input.relationships[2]')).toBe('source and target both resolve to peru');
  });
});

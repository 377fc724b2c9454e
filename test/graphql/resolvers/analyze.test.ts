import { describe, expect, it } from 'vitest';
import { analyzeTextResolver, checkedArticleMeta } from '../../../src/graphql/resolvers/analyze.js';
import type { EntityModel } from '../../../src/domain/models.js';
import type { ArticleDraft } from '../../../src/analyze/draft.js';
import { AppError } from '../../../src/errors.js';

const CATALOG = [
  { id: 'dina-boluarte', name: 'Dina Boluarte', type: 'PERSON', aliases: [] },
  { id: 'huawei', name: 'Huawei', type: 'COMPANY', aliases: [] },
  { id: 'shenzhen', name: 'Shenzhen', type: 'PLACE', aliases: [] },
];
const TEXT = 'Dina Boluarte visited Huawei in Shenzhen. In 2024 Andes Minerals acquired Lima Power.';

type Answer = { candidateRelationships: { type: string; sourceId: string; targetId: string }[]; draft: ArticleDraft };
const resolve = analyzeTextResolver as unknown as (parent: unknown, args: unknown, ctx: unknown) => Promise<Answer>;

/** A context whose catalog holds CATALOG and whose loader no longer finds the ids in `vanished`. */
function context(vanished: readonly string[] = []) {
  return {
    reader: { entityCatalog: async () => [...CATALOG] },
    snapshot: { dataVersion: async () => `version-${vanished.join(',')}` },
    loaders: {
      entity: {
        loadMany: async (ids: string[]): Promise<(EntityModel | null)[]> =>
          ids.map((id) => {
            const e = CATALOG.find((c) => c.id === id);
            return e && !vanished.includes(id) ? { ...e, description: null, mergedIds: [] } : null;
          }),
      },
    },
  };
}

const triples = (rels: readonly { type: string; source: string; target: string }[]) => rels.map((r) => [r.type, r.source, r.target]);

describe('graphql: analyzeTextResolver', () => {
  it('passes the article meta to the analysis and returns its draft', async () => {
    const a = await resolve(null, { text: TEXT, article: { id: 'my-article', source: 'Test Wire' } }, context());
    expect(a.draft.articles.map((x) => [x.id, x.source, x.text])).toEqual([['my-article', 'Test Wire', TEXT]]);
    expect(triples(a.draft.relationships)).toEqual(
      expect.arrayContaining([
        ['VISITED', 'dina-boluarte', 'huawei'],
        ['ACQUIRED', 'andes-minerals', 'lima-power'],
      ]),
    );
    expect(a.draft.relationships.every((r) => r.evidence[0]!.article === 'my-article')).toBe(true);
  });

  it('leaves out of the draft, as of the candidates, the relationships of a known entity deleted since the catalog was read', async () => {
    const a = await resolve(null, { text: TEXT }, context(['huawei']));
    expect(a.candidateRelationships.map((r) => r.targetId)).not.toContain('huawei');
    expect(triples(a.draft.relationships).flat()).not.toContain('huawei');
    expect(triples(a.draft.relationships)).toContainEqual(['ACQUIRED', 'andes-minerals', 'lima-power']);
  });
});

describe('graphql: analyzeTextResolver’s catalog', () => {
  it('reads the entity catalog once per content version', async () => {
    let reads = 0;
    let version = 'v1';
    const ctx = {
      ...context(),
      reader: { entityCatalog: async () => (reads++, [...CATALOG]) },
      snapshot: { dataVersion: async () => version },
    };
    await resolve(null, { text: 'Huawei visited Lima.' }, ctx);
    await resolve(null, { text: 'Huawei visited Lima again.' }, ctx);
    expect(reads).toBe(1);
    version = 'v2';
    await resolve(null, { text: 'Huawei visited Lima.' }, ctx);
    expect(reads).toBe(2);
  });
});

describe('graphql: checkedArticleMeta', () => {
  it('takes absent, null and valid fields as they are', () => {
    expect(checkedArticleMeta(undefined)).toEqual({});
    expect(checkedArticleMeta(null)).toEqual({});
    const meta = {
      id: 'a-1',
      title: 'T',
      source: 'S',
      url: 'https://example.org/x',
      publishedAt: '2024-02-29',
      language: 'es',
    };
    expect(checkedArticleMeta(meta)).toEqual(meta);
    expect(checkedArticleMeta({ id: null, publishedAt: '2024' })).toEqual({ id: null, publishedAt: '2024' });
  });

  it('refuses a field ingest would refuse, with BAD_USER_INPUT naming it', () => {
    const refusal = (article: Record<string, string>): AppError => {
      try {
        checkedArticleMeta(article);
      } catch (err) {
        return err as AppError;
      }
      throw new Error(`${JSON.stringify(article)} was taken`);
    };
    for (const [article, argument] of [
      [{ publishedAt: '2023-02-29' }, 'article.publishedAt'],
      [{ publishedAt: '2024/06' }, 'article.publishedAt'],
      [{ id: 'my article' }, 'article.id'],
      [{ url: 'example.org' }, 'article.url'],
      [{ language: 'EN' }, 'article.language'],
      [{ title: '' }, 'article.title'],
    ] as const) {
      const err = refusal(article);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument } });
      expect(err.message.startsWith(`${argument}: `)).toBe(true);
    }
    expect(refusal({ publishedAt: '2023-02-29' }).message).toBe(
      'article.publishedAt: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
});

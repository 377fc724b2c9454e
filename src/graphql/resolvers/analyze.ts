/** `Query.analyzeText`: checks the text and the article's meta, matches the text against the entity catalog, never writes. */
import type { ArticleMetaInput, CandidateEntity as CandidateEntityGql, QueryResolvers } from '../generated/types.js';
import type { EntityModel } from '../../domain/models.js';
import type { ArticleMeta, CatalogEntity } from '../../analyze/analyze-text.js';
import type { ArticleDraft } from '../../analyze/draft.js';
import { articleSchema } from '../../article-file/format.js';
import { badArgument } from '../../domain/arguments.js';
import { AppError } from '../../errors.js';
import type { GraphQLContext } from '../context.js';

/** The entity catalog of the latest content version read, kept so that analyzeText's index of it is built once per version. */
let latest: { version: string; catalog: Promise<CatalogEntity[]> } | undefined;

/** The entity catalog at the graph's current content version (one look-up when the content has not changed). */
async function catalogOf(ctx: GraphQLContext): Promise<CatalogEntity[]> {
  const version = await ctx.snapshot.dataVersion();
  if (latest?.version !== version) {
    const catalog = ctx.reader.entityCatalog();
    latest = { version, catalog };
    catalog.catch(() => {
      if (latest?.catalog === catalog) latest = undefined;
    });
  }
  return latest.catalog;
}

/** The longest text `analyzeText` accepts, in UTF-16 code units (as `String.length` counts). */
export const ANALYZE_TEXT_MAX_LENGTH = 50_000;

/** The fields of `ArticleMetaInput`, each checked as ingest checks the article field of that name. */
const ARTICLE_META_FIELDS = ['id', 'title', 'source', 'url', 'publishedAt', 'language'] as const;

/**
 * The article's meta when every given field is one ingest takes (a slug id, a partial-date
 * `publishedAt`, a URL, a two-letter language, non-blank title and source); else BAD_USER_INPUT
 * naming the first bad field (argument `article.publishedAt`, say).
 */
export function checkedArticleMeta(article: ArticleMetaInput | null | undefined): ArticleMeta {
  for (const field of ARTICLE_META_FIELDS) {
    const value = article?.[field];
    if (value === null || value === undefined) continue;
    const checked = articleSchema.shape[field].safeParse(value);
    if (!checked.success) throw badArgument(`article.${field}`, checked.error.issues[0]?.message ?? 'is not valid');
  }
  return article ?? {};
}

/**
 * Resolves `Query.analyzeText(text, article)`: BAD_USER_INPUT (argument `text`) when the text is
 * blank or too long, or naming the bad field of `article` (see checkedArticleMeta).
 */
export const analyzeTextResolver: QueryResolvers['analyzeText'] = async (_, { text, article }, ctx) => {
  if (text.trim().length === 0) throw new AppError('BAD_USER_INPUT', 'text: must not be empty', { argument: 'text' });
  if (text.length > ANALYZE_TEXT_MAX_LENGTH) {
    throw new AppError('BAD_USER_INPUT', `text: must be at most ${ANALYZE_TEXT_MAX_LENGTH} characters`, { argument: 'text' });
  }
  const meta = checkedArticleMeta(article);
  // Loaded on first use: the NLP library adds about 45 MB to a process that never analyzes a text.
  const { analyzeText } = await import('../../analyze/analyze-text.js');
  const analysis = analyzeText({ text, catalog: await catalogOf(ctx), article: meta });

  const ids = new Set(analysis.mentions.map((m) => m.entityId));
  for (const r of analysis.candidateRelationships) {
    if (!r.sourceIsCandidate) ids.add(r.sourceId);
    if (!r.targetIsCandidate) ids.add(r.targetId);
  }
  const loaded = await ctx.loaders.entity.loadMany([...ids]);
  const entities = new Map<string, EntityModel>();
  [...ids].forEach((id, i) => {
    const e = loaded[i];
    if (e && !(e instanceof Error)) entities.set(id, e);
  });
  const candidates = analysis.candidateEntities.map((c): CandidateEntityGql => ({ ...c, suggestedId: c.id }));
  const candidateAt = (start: number, end: number): CandidateEntityGql | null =>
    candidates.find((c) => c.start === start && c.end === end) ?? null;

  // An entity deleted between reading the catalog and loading it leaves no mention and no relationship.
  const known = (isCandidate: boolean, id: string): boolean => isCandidate || entities.has(id);
  return {
    mentions: analysis.mentions.flatMap((m) => {
      const entity = entities.get(m.entityId);
      return entity ? [{ ...m, entity }] : [];
    }),
    candidateEntities: candidates,
    candidateRelationships: analysis.candidateRelationships
      .filter((r) => known(r.sourceIsCandidate, r.sourceId) && known(r.targetIsCandidate, r.targetId))
      .map((r) => ({
        ...r,
        source: r.sourceIsCandidate ? null : entities.get(r.sourceId)!,
        target: r.targetIsCandidate ? null : entities.get(r.targetId)!,
        sourceCandidate: r.sourceIsCandidate ? candidateAt(r.sourceStart, r.sourceEnd) : null,
        targetCandidate: r.targetIsCandidate ? candidateAt(r.targetStart, r.targetEnd) : null,
      })),
    draft: withoutVanished(analysis.draft, entities),
  };
};

/** The draft without the relationships to a known entity that is not among `entities` (deleted since the catalog was read). */
function withoutVanished(draft: ArticleDraft, entities: ReadonlyMap<string, EntityModel>): ArticleDraft {
  const drafted = new Set(draft.entities.map((e) => e.id));
  const known = (id: string): boolean => drafted.has(id) || entities.has(id);
  return { ...draft, relationships: draft.relationships.filter((r) => known(r.source) && known(r.target)) };
}

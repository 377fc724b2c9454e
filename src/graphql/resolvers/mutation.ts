/** Mutation resolvers: the auth plugin has already checked the key; these record who wrote. */
import type { EntityMatchBy, MutationResolvers, QueryResolvers } from '../generated/types.js';
import { AppError } from '../../errors.js';
import { salvageBundle } from '../../article-file/salvage-bundle.js';
import { putView } from '../loaders.js';
import type { GraphQLContext } from '../context.js';
import type { ArticleModel, EntityModel, RelationshipModel } from '../../domain/models.js';
import { selectsField } from '../selects-field.js';
import * as A from '../../domain/arguments.js';
import { toConnection } from '../connection.js';
import { sdlDefault } from '../../contract/sdl-defaults.js';
import { lookahead } from '../../domain/cut-page.js';
import type { ResolvedBy } from '../../ingest/resolve-entities.js';

/** What resolved an input entity, as EntityMatch.by names it. */
const MATCH_BY: Record<ResolvedBy, EntityMatchBy> = { id: 'ID', mergedId: 'MERGED_ID', identifier: 'IDENTIFIER', name: 'NAME' };

const keyIdOf = (ctx: GraphQLContext): string => {
  if (ctx.caller.kind !== 'key') throw new AppError('UNAUTHENTICATED', 'An API key is required.');
  return ctx.caller.keyId;
};

const present = <T>(list: readonly (T | Error | null)[]): T[] => list.filter((x): x is T => x !== null && !(x instanceof Error));

/** Drops GraphQL's explicit nulls so the article-file schema applies its defaults. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/** The fields of IngestResult whose values are entities, relationships or articles, loaded only when selected. */
const INGEST_MODEL_FIELDS = [
  'article',
  'articles',
  'createdEntities',
  'mergedEntities',
  'createdRelationships',
  'corroboratedRelationships',
  'disputedRelationships',
  'unchangedRelationships',
] as const;
type IngestModelField = (typeof INGEST_MODEL_FIELDS)[number];

export const Mutation: MutationResolvers = {
  ingestArticle: async (_, { input, dryRun }, ctx, info) => {
    const keyId = keyIdOf(ctx);
    // Only what the operation selects is loaded; a dry run reads its preview only when the
    // answer shows entities, relationships or articles (its write is rolled back, so the
    // database cannot answer for them afterwards).
    const selected = new Set(INGEST_MODEL_FIELDS.filter((f) => selectsField(info, f)));
    const s = await ctx.writer.ingest({
      input: salvageBundle(withoutNulls(input), { prefix: 'input' }),
      keyId,
      dryRun: dryRun ?? sdlDefault('Mutation.ingestArticle.dryRun', 'boolean'),
      preview: selected.size > 0,
    });
    if (s.preview) putView(ctx.loaders, s.preview);
    const entities = async (field: IngestModelField, ids: string[]): Promise<EntityModel[]> =>
      selected.has(field) ? present(await ctx.loaders.entity.loadMany(ids)) : [];
    const rels = async (field: IngestModelField, ids: string[]): Promise<RelationshipModel[]> =>
      selected.has(field) ? present(await ctx.loaders.relationship.loadMany(ids)) : [];
    const [
      articles,
      createdEntities,
      mergedEntities,
      createdRelationships,
      corroboratedRelationships,
      disputedRelationships,
      unchangedRelationships,
    ] = await Promise.all([
      selected.has('article') || selected.has('articles') ? ctx.loaders.article.loadMany(s.articleIds).then(present) : [],
      entities('createdEntities', s.createdEntities),
      selected.has('mergedEntities')
        ? Promise.all(
            s.mergedEntities.map(async (m) => ({
              inputId: m.inputId,
              by: MATCH_BY[m.by],
              entity: await ctx.loaders.entity.load(m.entityId),
            })),
          ).then((list) => list.filter((m): m is { inputId: string; by: EntityMatchBy; entity: EntityModel } => m.entity !== null))
        : [],
      rels('createdRelationships', s.createdRelationships),
      rels('corroboratedRelationships', s.corroboratedRelationships),
      rels('disputedRelationships', s.disputedRelationships),
      rels('unchangedRelationships', s.unchangedRelationships),
    ]);
    return {
      // Unselected, `article` is never read.
      article: articles[0] as ArticleModel,
      articles,
      dryRun: s.dryRun,
      createdEntities,
      mergedEntities,
      createdRelationships,
      corroboratedRelationships,
      disputedRelationships,
      unchangedRelationships,
      removedRelationshipIds: s.removedRelationshipIds,
      evidenceAdded: s.evidenceAdded,
      evidenceRemoved: s.evidenceRemoved,
      auditId: s.auditId,
    };
  },

  mergeEntities: async (_, { keep, merge }, ctx) => {
    const s = await ctx.writer.merge({ keep: A.id(keep, 'keep'), merge: A.id(merge, 'merge'), keyId: keyIdOf(ctx) });
    const kept = await ctx.loaders.entity.load(s.keptId);
    if (!kept) throw new AppError('INTERNAL_SERVER_ERROR', 'the kept entity vanished');
    return { kept, keptId: s.keptId, mergedId: s.mergedId, movedRelationships: s.movedRelationships, auditId: s.auditId };
  },

  undoMerge: async (_, { auditId }, ctx) => {
    const s = await ctx.writer.undoMerge({ auditId: A.id(auditId, 'auditId'), keyId: keyIdOf(ctx) });
    return { restored: present(await ctx.loaders.entity.loadMany(s.restored)), auditId: s.auditId, undoAuditId: s.undoAuditId };
  },

  retractArticle: (_, { id, reason, removeOrphans, dryRun }, ctx) =>
    ctx.writer.retract({
      id: A.id(id, 'id'),
      reason,
      removeOrphans: removeOrphans ?? sdlDefault('Mutation.retractArticle.removeOrphans', 'boolean'),
      dryRun: dryRun ?? sdlDefault('Mutation.retractArticle.dryRun', 'boolean'),
      keyId: keyIdOf(ctx),
    }),

  undoRetraction: async (_, { auditId }, ctx) => {
    const s = await ctx.writer.undoRetraction({ auditId: A.id(auditId, 'auditId'), keyId: keyIdOf(ctx) });
    return { restored: present(await ctx.loaders.entity.loadMany(s.restored)), auditId: s.auditId, undoAuditId: s.undoAuditId };
  },
};

export const auditLog: NonNullable<QueryResolvers['auditLog']> = async (_, { action, articleId, first, after }, ctx) => {
  const limit = A.first(first, sdlDefault('Query.auditLog.first', 'number'));
  const cursor = A.decodeCursor(after, 2);
  const { items, total } = await ctx.reader.auditLog({
    action: action ?? null,
    articleId: articleId == null ? null : A.id(articleId, 'articleId'),
    after: cursor,
    limit: lookahead(limit),
  });
  return toConnection(
    { items, total, limit, hadCursor: cursor !== null },
    (x) => [x.at, x.id],
    (x) => x,
  );
};

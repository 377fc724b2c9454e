/** Mutation resolvers: the auth plugin has already checked the key; these record who wrote. */
import type { MutationResolvers, QueryResolvers } from '../generated/types.js';
import { AppError } from '../../errors.js';
import { salvageBundle } from '../../seed/salvage-bundle.js';
import { putView } from '../loaders.js';
import type { GraphQLContext } from '../context.js';
import type { EntityModel, RelationshipModel } from '../models.js';
import * as A from '../args.js';
import { toConnection } from '../connection.js';

const keyIdOf = (ctx: GraphQLContext): string => {
  if (ctx.caller.kind !== 'key') throw new AppError('UNAUTHENTICATED', 'An API key is required.');
  return ctx.caller.keyId;
};

const present = <T>(list: readonly (T | Error | null)[]): T[] => list.filter((x): x is T => x !== null && !(x instanceof Error));

/** Drops GraphQL's explicit nulls so the article-file schema applies its defaults. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_, { input, dryRun }, ctx) => {
    const keyId = keyIdOf(ctx);
    const s = await ctx.writer.ingest({ input: salvageBundle(withoutNulls(input), { prefix: 'input' }), keyId, dryRun: dryRun ?? false });
    // A dry run rolled its write back: its answer comes from what it read before, not from the database.
    if (s.preview) putView(ctx.loaders, s.preview);
    const entities = async (ids: string[]): Promise<EntityModel[]> => present(await ctx.loaders.entity.loadMany(ids));
    const rels = async (ids: string[]): Promise<RelationshipModel[]> => present(await ctx.loaders.relationship.loadMany(ids));
    const articles = present(await ctx.loaders.article.loadMany(s.articleIds));
    return {
      article: articles[0]!,
      articles,
      dryRun: s.dryRun,
      createdEntities: await entities(s.createdEntities),
      mergedEntities: (await Promise.all(s.mergedEntities.map(async (m) => ({ inputId: m.inputId, entity: await ctx.loaders.entity.load(m.entityId) })))).filter(
        (m): m is { inputId: string; entity: EntityModel } => m.entity !== null,
      ),
      createdRelationships: await rels(s.createdRelationships),
      corroboratedRelationships: await rels(s.corroboratedRelationships),
      disputedRelationships: await rels(s.disputedRelationships),
      unchangedRelationships: await rels(s.unchangedRelationships),
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
};

export const auditLog: NonNullable<QueryResolvers['auditLog']> = async (_, { action, first, after }, ctx) => {
  const limit = A.first(first, 20);
  const cursor = A.decodeCursor(after, 2);
  const { items, total } = await ctx.reader.auditLog({ action: action ?? null, after: cursor, limit: limit + 1 });
  return toConnection({ items, total, limit, hadCursor: cursor !== null }, (x) => [x.at, x.id], (x) => x);
};

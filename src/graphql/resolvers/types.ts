/** Field resolvers of the object types; nested look-ups go through the request's DataLoaders. */
import type { Resolvers } from '../generated/types.js';
import type { EntityModel } from '../models.js';
import * as A from '../args.js';
import { toConnection } from '../connection.js';
import { parsePartialDate } from '../../domain/partial-date.js';
import { AppError } from '../../errors.js';

const present = <T>(list: readonly (T | Error | null)[]): T[] => list.filter((x): x is T => x !== null && !(x instanceof Error));

/** Loads an entity that must exist (an endpoint of a stored relationship). */
async function mustEntity(load: (id: string) => Promise<EntityModel | null>, id: string): Promise<EntityModel> {
  const e = await load(id);
  if (!e) throw new AppError('INTERNAL_SERVER_ERROR', `relationship endpoint ${id} is missing`);
  return e;
}

export const typeResolvers: Omit<Resolvers, 'Query'> = {
  Entity: {
    degree: async (e, _, ctx) => (await ctx.loaders.degree.load(e.id)) ?? 0,
    relationships: async (e, args, ctx) => {
      const limit = A.first(args.first, 20);
      const after = A.decodeCursor(args.after, 1);
      const { items, total } = await ctx.reader.entityRelationships({
        id: e.id,
        direction: args.direction ?? 'BOTH',
        types: A.relationTypes(args.types),
        after,
        limit: limit + 1,
      });
      return toConnection({ items, total, limit, hadCursor: after !== null }, (r) => r.id, (r) => r);
    },
  },
  Relationship: {
    source: (r, _, ctx) => mustEntity((id) => ctx.loaders.entity.load(id), r.sourceId),
    target: (r, _, ctx) => mustEntity((id) => ctx.loaders.entity.load(id), r.targetId),
    validFromPrecision: (r) => (r.validFrom ? parsePartialDate(r.validFrom)?.precision ?? null : null),
    validToPrecision: (r) => (r.validTo ? parsePartialDate(r.validTo)?.precision ?? null : null),
    status: (r) => r.status as never,
    evidence: async (r, { asOf }, ctx) => {
      const all = (await ctx.loaders.evidence.load(r.id)) ?? [];
      const { asOfEnd } = A.asOf(asOf);
      return asOfEnd === null ? all : all.filter((ev) => ev.publishedStart !== null && ev.publishedStart <= asOfEnd);
    },
    sourceCount: async (r, _, ctx) => (await ctx.loaders.sourceCount.load(r.id)) ?? 0,
  },
  Evidence: {
    article: async (ev, _, ctx) => {
      const a = await ctx.loaders.article.load(ev.articleId);
      if (!a) throw new AppError('INTERNAL_SERVER_ERROR', `evidence ${ev.id} cites a missing article`);
      return a;
    },
  },
  Article: {
    relationships: async (a, _, ctx) => present(await ctx.loaders.relationship.loadMany(await ctx.reader.relationshipIdsOfArticle(a.id))),
    entities: async (a, _, ctx) => {
      const rels = present(await ctx.loaders.relationship.loadMany(await ctx.reader.relationshipIdsOfArticle(a.id)));
      const ids = [...new Set(rels.flatMap((r) => [r.sourceId, r.targetId]))];
      return present(await ctx.loaders.entity.loadMany(ids)).sort((x, y) => x.name.localeCompare(y.name));
    },
  },
  Path: {
    length: (p) => p.relationships.length,
    nodes: async (p, _, ctx) => present(await ctx.loaders.entity.loadMany(p.nodeIds)),
    relationships: (p) => p.relationships,
    steps: async (p, _, ctx) => {
      const path = p;
      const nodes = await ctx.loaders.entity.loadMany(path.nodeIds);
      return path.relationships.map((relationship, i) => ({
        from: nodes[i] as EntityModel,
        to: nodes[i + 1] as EntityModel,
        relationship,
        reversed: relationship.sourceId !== path.nodeIds[i],
      }));
    },
  },
  Subgraph: {
    nodes: async (s, _, ctx) => present(await ctx.loaders.entity.loadMany(s.nodeIds)),
  },
};

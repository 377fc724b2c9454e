/** Field resolvers of the object types; nested look-ups go through the request's DataLoaders. */
import type { Resolvers } from '../generated/types.js';
import type { EntityModel } from '../../domain/models.js';
import { prefetchConnection } from '../prefetch.js';
import * as A from '../../domain/arguments.js';
import { pageKey, pageSpec } from '../read-plan.js';
import { toConnection } from '../connection.js';
import { cutPage } from '../../domain/cut-page.js';
import { selectsPath } from '../selects-field.js';
import { parsePartialDate } from '../../domain/partial-date.js';
import { AppError } from '../../errors.js';
import { identifiersOfKeys } from '../../domain/identifiers.js';

const present = <T>(list: readonly (T | Error | null)[]): T[] => list.filter((x): x is T => x !== null && !(x instanceof Error));

/** Applies `f` to a value now, or when its promise settles. */
const then = <T, U>(v: T | Promise<T>, f: (x: T) => U): U | Promise<U> => (v instanceof Promise ? v.then(f) : f(v));

/** An entity that must exist (an endpoint of a stored relationship). */
function mustEntity(e: EntityModel | null, id: string): EntityModel {
  if (!e) throw new AppError('INTERNAL_SERVER_ERROR', `relationship endpoint ${id} is missing`);
  return e;
}

export const typeResolvers: Omit<Resolvers, 'Query'> = {
  Entity: {
    identifiers: (e) => identifiersOfKeys(e.identifierKeys),
    degree: (e, _, ctx) => ctx.loaders.degree.now(e.id),
    relationships: async (e, args, ctx, info) => {
      const { size, spec } = pageSpec(args, selectsPath(info, ['totalCount']));
      // The entity's compiled read may have fetched this page with what is selected below it.
      const fetched = ctx.loaders.relationshipPages.get(pageKey(e.id, spec));
      const { items, total } = fetched ?? (await ctx.loaders.relationshipPage.load({ id: e.id, spec }));
      if (!fetched) await prefetchConnection(ctx, info, cutPage(items, size).page);
      return toConnection(
        { items, total, limit: size, hadCursor: spec.after !== null },
        (r) => r.id,
        (r) => r,
      );
    },
  },
  Relationship: {
    source: (r, _, ctx) => then(ctx.loaders.entity.now(r.sourceId), (e) => mustEntity(e, r.sourceId)),
    target: (r, _, ctx) => then(ctx.loaders.entity.now(r.targetId), (e) => mustEntity(e, r.targetId)),
    validFromPrecision: (r) => (r.validFrom ? (parsePartialDate(r.validFrom)?.precision ?? null) : null),
    validToPrecision: (r) => (r.validTo ? (parsePartialDate(r.validTo)?.precision ?? null) : null),
    status: (r) => r.status as never,
    evidence: (r, { asOf }, ctx) => {
      const { asOfEnd } = A.asOf(asOf);
      return then(ctx.loaders.evidence.now(r.id), (all) =>
        asOfEnd === null ? all : all.filter((ev) => ev.publishedStart !== null && ev.publishedStart <= asOfEnd),
      );
    },
    sourceCount: (r, _, ctx) => ctx.loaders.sourceCount.now(r.id),
  },
  Evidence: {
    article: (ev, _, ctx) =>
      then(ctx.loaders.article.now(ev.articleId), (a) => {
        if (!a) throw new AppError('INTERNAL_SERVER_ERROR', `evidence ${ev.id} cites a missing article`);
        return a;
      }),
  },
  Article: {
    relationships: async (a, _, ctx) =>
      present(await ctx.loaders.relationship.loadMany(await ctx.loaders.articleRelationshipIds.load(a.id))),
    entities: async (a, _, ctx) => {
      const rels = present(await ctx.loaders.relationship.loadMany(await ctx.loaders.articleRelationshipIds.load(a.id)));
      const ids = [...new Set(rels.flatMap((r) => [r.sourceId, r.targetId]))];
      return present(await ctx.loaders.entity.loadMany(ids)).sort((x, y) => x.name.localeCompare(y.name));
    },
  },
  Path: {
    length: (p) => p.relationships.length,
    nodes: (p, _, ctx) => then(ctx.loaders.entity.nowMany(p.nodeIds), present),
    relationships: (p) => p.relationships,
    steps: (p, _, ctx) =>
      then(ctx.loaders.entity.nowMany(p.nodeIds), (nodes) =>
        p.relationships.map((relationship, i) => ({
          from: nodes[i] as EntityModel,
          to: nodes[i + 1] as EntityModel,
          relationship,
          reversed: relationship.sourceId !== p.nodeIds[i],
        })),
      ),
  },
  Subgraph: {
    nodes: (s, _, ctx) => then(ctx.loaders.entity.nowMany(s.nodeIds), present),
  },
};

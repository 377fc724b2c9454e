/** Query resolvers: read and check arguments, call one reader function, shape the result. */
import type { QueryResolvers } from '../generated/types.js';
import * as A from '../../domain/arguments.js';
import { toConnection } from '../connection.js';
import { ENTITY_TYPES, RELATION_TYPES, RELATION_TYPE_NAMES, STATUSES } from '../../domain/vocabulary.js';
import { AppError } from '../../errors.js';
import { selectsField, selectsPath } from '../selects-field.js';
import { prefetchPaths, prefetchSubgraph } from '../prefetch.js';
import { CONNECTION_ITEMS, entityPlan, operationShape, pageKey, pathPlan, relationshipDetails, subgraphPlan } from '../read-plan.js';
import { putView } from '../loaders.js';
import { sdlDefault } from '../../contract/sdl-defaults.js';
import { lookahead } from '../../domain/cut-page.js';

const { MAX_DEPTH, MAX_HOPS, SUBGRAPH_CAP, MAX_SEARCH_TEXT } = A;

/** The SDL's default of an Int argument (`Query.field.argument`): an explicit null means the default too. */
const defaultOf = (coordinate: string): number => sdlDefault(coordinate, 'number');

/** The fields of `GraphStats` that scan the graph. */
const COUNT_FIELDS = ['entities', 'relationships', 'articles', 'evidence', 'entitiesByType', 'relationshipsByType'] as const;

export const Query: QueryResolvers = {
  entity: async (_, { id }, ctx, info) => {
    const plan = entityPlan(info);
    const found = await ctx.reader.entityRead({ id: A.id(id, 'id'), ...plan });
    if (!found) return null;
    putView(ctx.loaders, found.view);
    plan.pages.forEach((spec, i) => ctx.loaders.relationshipPages.set(pageKey(found.entity.id, spec), found.pages[i]!));
    return found.entity;
  },

  entityByIdentifier: (_, { scheme, value }, ctx, info) =>
    ctx.reader.entityByIdentifier({ key: A.identifierArgument(scheme, value), shape: operationShape(info) }),

  search: (_, { text, types, first }, ctx) => {
    if (text.length > MAX_SEARCH_TEXT)
      throw new AppError('BAD_USER_INPUT', `text: must be at most ${MAX_SEARCH_TEXT} characters`, { argument: 'text' });
    return ctx.reader.search({ text, types: A.entityTypes(types), first: A.first(first, defaultOf('Query.search.first')) });
  },

  entities: async (_, { type, first, after }, ctx) => {
    const limit = A.first(first, defaultOf('Query.entities.first'));
    const cursor = A.decodeCursor(after, 2);
    const { items, total } = await ctx.reader.listEntities({ type: A.entityType(type), after: cursor, limit: lookahead(limit) });
    return toConnection(
      { items, total, limit, hadCursor: cursor !== null },
      (e) => [e.name, e.id],
      (e) => e,
    );
  },

  relationships: async (_, args, ctx, info) => {
    const limit = A.first(args.first, defaultOf('Query.relationships.first'));
    const after = A.decodeCursor(args.after, 1);
    const filter = { ...A.edgeFilter(args), entityId: args.entityId ?? null, articleId: args.articleId ?? null };
    const { items, total, view } = await ctx.reader.listRelationships({
      filter,
      after,
      limit: lookahead(limit),
      withTotal: selectsPath(info, ['totalCount']),
      details: relationshipDetails(info, CONNECTION_ITEMS),
      shape: operationShape(info),
    });
    putView(ctx.loaders, view);
    return toConnection(
      { items, total, limit, hadCursor: after !== null },
      (r) => r.id,
      (r) => r,
    );
  },

  neighborhood: async (_, args, ctx, info) => {
    const depth = A.intIn(args.depth, defaultOf('Query.neighborhood.depth'), 1, MAX_DEPTH, 'depth');
    const limit = A.first(args.first, defaultOf('Query.neighborhood.first'), 'first', SUBGRAPH_CAP);
    const found = await ctx.reader.neighborhoodRead({
      id: A.id(args.id, 'id'),
      depth,
      filter: A.edgeFilter(args),
      limit,
      ...subgraphPlan(info),
    });
    if (!found) throw new AppError('NOT_FOUND', `id: no entity "${args.id}"`, { argument: 'id' });
    putView(ctx.loaders, found.view);
    return found.sub;
  },

  shortestPath: async (_, args, ctx, info) => {
    const found = await ctx.reader.shortestPathRead({
      from: A.id(args.from, 'from'),
      to: A.id(args.to, 'to'),
      maxHops: A.intIn(args.maxHops, defaultOf('Query.shortestPath.maxHops'), 1, MAX_HOPS, 'maxHops'),
      filter: A.edgeFilter(args),
      ...pathPlan(info),
    });
    if (!found) return null;
    putView(ctx.loaders, found.view);
    return found.path;
  },

  paths: async (_, args, ctx, info) => {
    const first = A.first(args.first, defaultOf('Query.paths.first'));
    // Ask for more than `first`: the shortest walks may revisit a node, and only simple paths count.
    const found = await ctx.reader.paths({
      from: A.id(args.from, 'from'),
      to: A.id(args.to, 'to'),
      maxHops: A.intIn(args.maxHops, defaultOf('Query.paths.maxHops'), 1, MAX_HOPS, 'maxHops'),
      filter: A.edgeFilter(args),
      k: Math.min(1000, first * 5 + 10),
    });
    const seen = new Set<string>();
    const simple = found.filter((p) => {
      const key = p.relationships.map((r) => r.id).join('>');
      if (seen.has(key) || new Set(p.nodeIds).size !== p.nodeIds.length) return false;
      seen.add(key);
      return true;
    });
    const page = simple.slice(0, first);
    await prefetchPaths(ctx, info, page);
    return page;
  },

  connections: async (_, args, ctx, info) => {
    const sub = await ctx.reader.connections({
      ids: A.ids(args.ids),
      maxHops: A.intIn(args.maxHops, defaultOf('Query.connections.maxHops'), 1, MAX_HOPS, 'maxHops'),
      filter: A.edgeFilter(args),
      cap: SUBGRAPH_CAP,
    });
    await prefetchSubgraph(ctx, info, sub);
    return sub;
  },

  commonNeighbors: (_, { a, b, first }, ctx) =>
    ctx.reader.commonNeighbors({ a: A.id(a, 'a'), b: A.id(b, 'b'), limit: A.first(first, defaultOf('Query.commonNeighbors.first')) }),

  timeline: async (_, args, ctx, info) => {
    const { items, view } = await ctx.reader.timeline({
      entityId: args.entityId ?? null,
      filter: A.edgeFilter(args),
      limit: A.first(args.first, defaultOf('Query.timeline.first')),
      details: relationshipDetails(info, [[]]),
      shape: operationShape(info),
    });
    putView(ctx.loaders, view);
    return items;
  },

  centrality: (_, { metric, type, first }, ctx) =>
    ctx.reader.centrality({ metric, type: A.entityType(type), limit: A.first(first, defaultOf('Query.centrality.first')) }),

  article: (_, { id }, ctx) => ctx.loaders.article.load(A.id(id, 'id')),

  articleByUrl: (_, { url }, ctx) => ctx.reader.articleByUrl(url),

  articles: async (_, { first, after }, ctx) => {
    const limit = A.first(first, defaultOf('Query.articles.first'));
    const cursor = A.decodeCursor(after, 2);
    const { items, total } = await ctx.reader.listArticles({ after: cursor, limit: lookahead(limit) });
    return toConnection(
      { items, total, limit, hadCursor: cursor !== null },
      (x) => [x.key, x.article.id],
      (x) => x.article,
    );
  },

  bilateral: async (_, args, ctx, info) => {
    const { items, view } = await ctx.reader.bilateral({
      a: A.id(args.a, 'a'),
      b: A.id(args.b, 'b'),
      filter: A.edgeFilter(args),
      limit: A.first(args.first, defaultOf('Query.bilateral.first')),
      details: relationshipDetails(info, [[]]),
      shape: operationShape(info),
    });
    putView(ctx.loaders, view);
    return items;
  },

  stats: async (_, __, ctx, info) => {
    // dataVersion is one look-up of the stored content version; the counts scan the graph: each
    // only when asked for (a count read but not computed is a bug, and throws).
    const counted = COUNT_FIELDS.some((f) => selectsField(info, f));
    const [s, dataVersion] = await Promise.all([
      counted ? ctx.reader.stats() : null,
      selectsField(info, 'dataVersion') ? ctx.snapshot.dataVersion() : '',
    ]);
    if (s)
      return {
        entities: s.entities,
        relationships: s.relationships,
        articles: s.articles,
        evidence: s.evidence,
        entitiesByType: s.entitiesByType,
        relationshipsByType: s.relationshipsByType,
        dataVersion,
      };
    const uncounted = (): never => {
      throw new Error('a count of stats was read but not computed: the resolver did not see it selected');
    };
    return Object.defineProperties(
      { dataVersion },
      Object.fromEntries(COUNT_FIELDS.map((f) => [f, { enumerable: true, get: uncounted }])),
    ) as never;
  },

  vocabulary: async (_, __, ctx) => {
    const s = await ctx.reader.stats();
    return {
      entityTypes: s.entitiesByType.map((t) => t.type),
      relationTypes: s.relationshipsByType.map((t) => t.type),
      statuses: s.statuses,
      allEntityTypes: [...ENTITY_TYPES],
      allRelationTypes: RELATION_TYPE_NAMES.map((name) => ({ name, description: RELATION_TYPES[name] })),
      allStatuses: [...STATUSES],
    };
  },
};

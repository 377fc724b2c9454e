/**
 * Fetching ahead. A resolver that returns a list of relationships (or a subgraph, or paths) loads,
 * before it returns, what the operation selects below the list: endpoints, evidence and its
 * articles, source counts, nodes. It sends the same batched look-ups the field resolvers would,
 * so the number of statements does not change; but the items' fields then resolve from loaded
 * values without a promise each, which is most of graphql-js's cost for a large answer.
 * Failures are not raised here: the field that needs the value meets the loader's error.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from './context.js';
import type { PathModel, RelationshipModel, SubgraphModel } from '../domain/models.js';
import { selectsPath } from './selects-field.js';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;
const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Loads what `info` selects below `at` (a path of fields under the current one) for each of `rels`. */
export async function prefetchRelationships(
  ctx: GraphQLContext,
  info: Info,
  rels: readonly RelationshipModel[],
  at: readonly string[] = [],
): Promise<void> {
  if (rels.length === 0) return;
  const selects = (...names: string[]): boolean => selectsPath(info, [...at, ...names]);
  const ids = rels.map((r) => r.id);
  await Promise.all([
    selects('source') || selects('target') ? ctx.loaders.entity.loadMany(unique(rels.flatMap((r) => [r.sourceId, r.targetId]))) : undefined,
    selects('sourceCount') ? ctx.loaders.sourceCount.loadMany(ids) : undefined,
    selects('evidence')
      ? ctx.loaders.evidence.loadMany(ids).then((lists) => {
          if (!selects('evidence', 'article')) return undefined;
          return ctx.loaders.article.loadMany(unique(lists.flatMap((l) => (l instanceof Error ? [] : l.map((e) => e.articleId)))));
        })
      : undefined,
  ]);
}

/** Loads a page's relationships' selected details, for a connection (`nodes` and `edges.node`). */
export async function prefetchConnection(ctx: GraphQLContext, info: Info, rels: readonly RelationshipModel[]): Promise<void> {
  await Promise.all([prefetchRelationships(ctx, info, rels, ['nodes']), prefetchRelationships(ctx, info, rels, ['edges', 'node'])]);
}

/** Loads a subgraph's selected nodes and relationship details. */
export async function prefetchSubgraph(ctx: GraphQLContext, info: Info, sub: SubgraphModel): Promise<void> {
  await Promise.all([
    selectsPath(info, ['nodes']) ? ctx.loaders.entity.loadMany(sub.nodeIds) : undefined,
    prefetchRelationships(ctx, info, sub.relationships, ['relationships']),
  ]);
}

/** Loads the selected nodes and relationship details of paths (`nodes`, `steps`, `relationships`). */
export async function prefetchPaths(ctx: GraphQLContext, info: Info, paths: readonly PathModel[]): Promise<void> {
  const rels = paths.flatMap((p) => p.relationships);
  await Promise.all([
    selectsPath(info, ['nodes']) || selectsPath(info, ['steps'])
      ? ctx.loaders.entity.loadMany(unique(paths.flatMap((p) => p.nodeIds)))
      : undefined,
    prefetchRelationships(ctx, info, rels, ['relationships']),
    prefetchRelationships(ctx, info, rels, ['steps', 'relationship']),
  ]);
}

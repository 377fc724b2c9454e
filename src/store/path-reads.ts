/**
 * The reads of the store that walk the graph: neighbourhoods, shortest paths and how several
 * entities are connected, each run through the gateway's read transactions and mapped to subgraph
 * and path models. `createReader` spreads them into the reader.
 */
import type { Query, Store } from './gateway.js';
import type { PathModel, SubgraphModel } from '../domain/models.js';
import { FIRM_STATUSES } from '../domain/vocabulary.js';
import { entitiesByIds } from './cypher/lookups.js';
import type { EdgeFilter } from './cypher/fragments.js';
import { NO_DETAILS } from './cypher/relationship-details.js';
import { neighborhoodRead } from './cypher/neighborhood-read.js';
import { shortestPathRead } from './cypher/shortest-path-read.js';
import { shortestPaths } from './cypher/shortest-paths.js';
import { toRelationship } from './batch-lookups.js';
import { compiledView, type GraphView } from './read-graph-view.js';
import { cutPage } from '../domain/cut-page.js';

type Row = Record<string, unknown>;

const FIRM = new Set<string>(FIRM_STATUSES);
const infirm = (p: PathModel): number => p.relationships.filter((r) => !FIRM.has(r.status)).length;
const pathKey = (p: PathModel): string => p.relationships.map((r) => r.id).join(' ');

/** Orders paths by hops, then infirm claims, then relationship ids. */
export function comparePaths(a: PathModel, b: PathModel): number {
  return a.relationships.length - b.relationships.length || infirm(a) - infirm(b) || pathKey(a).localeCompare(pathKey(b));
}

const toSubgraph = (row: Row): SubgraphModel => ({
  nodeIds: row.nodeIds as string[],
  relationships: (row.rels as unknown[]).map(toRelationship),
  truncated: row.truncated as boolean,
});

const toPaths = (rows: readonly Row[]): PathModel[] =>
  rows.map((r) => ({ nodeIds: r.nodeIds as string[], relationships: (r.rels as unknown[]).map(toRelationship) }));

/**
 * One shortest path, preferring firm claims: the first path the search meets; when it holds a
 * disputed, planned or reversed claim, a second search of the same length over reported and
 * confirmed claims only, taken when it finds one. Two bounded searches instead of enumerating
 * every shortest path to rank them, which grows with the graph's hubs.
 */
async function bestPath(
  run: (q: Query) => Promise<Row[]>,
  args: { from: string; to: string; maxHops: number; filter: EdgeFilter },
): Promise<PathModel | undefined> {
  const [first] = toPaths(await run(shortestPaths({ ...args, k: 1 })));
  if (!first || infirm(first) === 0) return first;
  const statuses = (args.filter.statuses ?? [...FIRM]).filter((s) => FIRM.has(s));
  if (statuses.length === 0) return first;
  const [firm] = toPaths(
    await run(shortestPaths({ ...args, maxHops: first.relationships.length, filter: { ...args.filter, statuses }, k: 1 })),
  );
  return firm ?? first;
}

/** The arguments of `neighborhoodIn`. */
export interface NeighborhoodArgs {
  id: string;
  depth: number;
  filter: EdgeFilter;
  limit: number;
}

/**
 * Breadth-first ego network (see `neighborhoodRead`), at most `limit` relationships, without
 * details, through `run`; undefined when the entity is unknown.
 */
export async function neighborhoodIn(run: (q: Query) => Promise<Row[]>, args: NeighborhoodArgs): Promise<SubgraphModel | undefined> {
  const [row] = await run(neighborhoodRead({ ...args, nodes: null, details: NO_DETAILS }));
  return row ? toSubgraph(row) : undefined;
}

/** The arguments of `connectionsIn`. */
export interface ConnectionsArgs {
  ids: readonly string[];
  maxHops: number;
  filter: EdgeFilter;
  cap: number;
}

/**
 * How 2+ entities are connected, through `run` (an open transaction's statements): the union of
 * the best shortest path between each pair (see `bestPath`), at most `cap` relationships (lowest
 * ids first, `truncated` when the cap cut); nodes are the ids asked that the graph knows (by id or
 * merged id), then every endpoint of the relationships kept. An export runs it inside its own
 * transaction (src/export/export-source.ts); the reader inside a read transaction.
 */
export async function connectionsIn(
  run: (q: Query) => Promise<Row[]>,
  { ids, maxHops, filter, cap }: ConnectionsArgs,
): Promise<SubgraphModel> {
  const paths: PathModel[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const best = await bestPath(run, { from: ids[i]!, to: ids[j]!, maxHops, filter });
      if (best) paths.push(best);
    }
  }
  const rels = new Map(paths.flatMap((p) => p.relationships).map((r) => [r.id, r]));
  const { page: kept, more: truncated } = cutPage([...rels.values()], cap);
  const known = new Set((await run(entitiesByIds({ ids }))).map((r) => r.key as string));
  const nodeIds = [...new Set([...ids.filter((id) => known.has(id)), ...kept.flatMap((r) => [r.sourceId, r.targetId])])];
  return { nodeIds, relationships: kept, truncated };
}

/** The path and subgraph reads over a store, as the reader offers them. */
export function pathReads(store: Store) {
  return {
    /**
     * A neighbourhood (see `neighborhood`) and the view of what is selected below it, in one statement; undefined when the entity is
     * unknown.
     */
    async neighborhoodRead(
      args: Parameters<typeof neighborhoodRead>[0],
    ): Promise<{ sub: SubgraphModel; view: Partial<GraphView> } | undefined> {
      const [row] = await store.read(neighborhoodRead(args));
      if (!row) return undefined;
      const sub = toSubgraph(row);
      return { sub, view: compiledView({ rels: sub.relationships, endpoints: row.endpoints, details: row.details }) };
    },

    /** The path `paths` gives for k = 1, and the view of what is selected below it, in one statement; undefined when none. */
    async shortestPathRead(
      args: Parameters<typeof shortestPathRead>[0],
    ): Promise<{ path: PathModel; view: Partial<GraphView> } | undefined> {
      const [row] = await store.read(shortestPathRead(args));
      if (!row) return undefined;
      const [path] = toPaths([row]) as [PathModel];
      return { path, view: compiledView({ rels: path.relationships, endpoints: row.endpoints, details: row.details }) };
    },

    /** Breadth-first ego network, at most `limit` relationships, without details; undefined when the entity is unknown. */
    neighborhood: (args: NeighborhoodArgs): Promise<SubgraphModel | undefined> => neighborhoodIn((q) => store.read(q), args),

    /**
     * Up to `k` shortest paths in a stable order: fewer hops first, then fewer disputed, planned or
     * reversed claims, then by relationship ids, so equal-length answers do not change between runs.
     */
    async paths(args: Parameters<typeof shortestPaths>[0]): Promise<PathModel[]> {
      if (args.k === 1) {
        const best = await store.readTx((tx) => bestPath((q) => tx.run(q), args));
        return best ? [best] : [];
      }
      return toPaths(await store.read(shortestPaths(args)))
        .sort(comparePaths)
        .slice(0, args.k);
    },

    /** How 2+ entities are connected: the union of a shortest path between each pair; `cap` bounds the relationships. */
    connections: (args: ConnectionsArgs): Promise<SubgraphModel> => store.readTx((tx) => connectionsIn((q) => tx.run(q), args)),
  };
}

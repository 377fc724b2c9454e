/**
 * Read functions of the store: each runs the query of one pure builder through the gateway's
 * read transactions and maps the rows to models. Resolvers call these and nothing lower.
 */
import type { Query, Store } from './gateway.js';
import type { ArticleModel, EntityModel, PathModel, RelationshipModel, SubgraphModel } from '../domain/models.js';

export type { PathModel, SubgraphModel };
import { AFFILIATION_DOWN, AFFILIATION_UP, FIRM_STATUSES } from '../domain/vocabulary.js';
import * as lk from './cypher/lookups.js';
import { batchLookups, toRelationship } from './batch-lookups.js';
import { listAudit } from './cypher/ingest.js';
import * as g from './cypher/graph-reads.js';
import { searchEntities, searchQuery } from './cypher/search-entities.js';
import * as cr from './cypher/compiled-reads.js';
import { compiledView, type GraphView } from './read-graph-view.js';
import { pageRank } from './page-rank.js';
import { cutPage } from '../domain/cut-page.js';

type Row = Record<string, unknown>;

export { toRelationship };

const entity = (row: Row, key = 'entity'): EntityModel => row[key] as EntityModel;

/** A page of results with its total. */
export interface Page<T, Total = number> {
  items: T[];
  total: Total;
}

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
  args: { from: string; to: string; maxHops: number; filter: g.EdgeFilter },
): Promise<PathModel | undefined> {
  const [first] = toPaths(await run(g.shortestPaths({ ...args, k: 1 })));
  if (!first || infirm(first) === 0) return first;
  const statuses = (args.filter.statuses ?? [...FIRM]).filter((s) => FIRM.has(s));
  if (statuses.length === 0) return first;
  const [firm] = toPaths(
    await run(g.shortestPaths({ ...args, maxHops: first.relationships.length, filter: { ...args.filter, statuses }, k: 1 })),
  );
  return firm ?? first;
}

/** Creates the reader over a store. */
export function createReader(store: Store) {
  /** Runs a read returning one row of relationships (`rels`) and their details: the list and the view. */
  const readRels = async (q: Query): Promise<{ items: RelationshipModel[]; total: number | null; view: Partial<GraphView> }> => {
    const [row] = await store.read(q);
    const items = ((row?.rels as unknown[]) ?? []).map(toRelationship);
    return {
      items,
      total: (row?.total as number | null | undefined) ?? null,
      view: compiledView({ rels: items, endpoints: row?.endpoints, details: row?.details }),
    };
  };

  return {
    ...batchLookups((q) => store.read(q)),
    /** Id, name, type and aliases of every entity. */
    async entityCatalog(): Promise<{ id: string; name: string; type: string; aliases: string[] }[]> {
      return (await store.read(lk.entityCatalog())) as { id: string; name: string; type: string; aliases: string[] }[];
    },

    /**
     * Ranked search by name, alias, office and description (ranked in Neo4j; see `searchEntities`).
     * Words as typed and as prefixes first; only when that finds nothing, once more with one typo
     * allowed per word (which costs Neo4j about twice as much), in the same statement.
     */
    async search({ text, types, first }: { text: string; types: readonly string[] | null; first: number }): Promise<EntityModel[]> {
      const query = searchQuery(text, { typos: false });
      if (!query) return [];
      const typos = searchQuery(text, { typos: true });
      // No word long enough for a typo: the retry would ask the same again.
      const retry = typos && typos.names !== query.names ? typos : null;
      return (await store.read(searchEntities({ query, retry, types, pool: Math.max(50, first * 3), limit: first }))).map((r) => entity(r));
    },

    /**
     * An entity (by id or merged id) with its degree and relationship pages as the plan asks, and
     * the view of what the operation selects below them, in one statement; null when unknown.
     */
    async entityRead(
      args: Parameters<typeof cr.entityRead>[0],
    ): Promise<{ entity: EntityModel; pages: Page<RelationshipModel, number | null>[]; view: Partial<GraphView> } | null> {
      const [row] = await store.read(cr.entityRead(args));
      if (!row) return null;
      const e = entity(row);
      const pages = args.pages.map((p, i) => ({
        items: (row[`page${i}`] as unknown[]).map(toRelationship),
        total: p.withTotal ? (row[`total${i}`] as number) : null,
      }));
      const view = compiledView({ rels: pages.flatMap((p) => p.items), endpoints: row.endpoints, details: row.details });
      (view.entities ??= new Map()).set(e.id, e);
      if (args.degree) (view.degrees ??= new Map()).set(e.id, row.degree as number);
      return { entity: e, pages, view };
    },

    /**
     * A neighbourhood (see `neighborhood`) and the view of what is selected below it, in one statement; undefined when the entity is
     * unknown.
     */
    async neighborhoodRead(
      args: Parameters<typeof cr.neighborhoodRead>[0],
    ): Promise<{ sub: SubgraphModel; view: Partial<GraphView> } | undefined> {
      const [row] = await store.read(cr.neighborhoodRead(args));
      if (!row) return undefined;
      const sub = toSubgraph(row);
      return { sub, view: compiledView({ rels: sub.relationships, endpoints: row.endpoints, details: row.details }) };
    },

    /** The path `paths` gives for k = 1, and the view of what is selected below it, in one statement; undefined when none. */
    async shortestPathRead(
      args: Parameters<typeof cr.shortestPathRead>[0],
    ): Promise<{ path: PathModel; view: Partial<GraphView> } | undefined> {
      const [row] = await store.read(cr.shortestPathRead(args));
      if (!row) return undefined;
      const [path] = toPaths([row]) as [PathModel];
      return { path, view: compiledView({ rels: path.relationships, endpoints: row.endpoints, details: row.details }) };
    },

    async listEntities(args: { type: string | null; after: [string, string] | null; limit: number }): Promise<Page<EntityModel>> {
      const rows = await store.read(g.listEntities(args));
      const total = rows.length ? (rows[0]!.total as number) : (((await store.read(g.countEntities(args)))[0]?.total as number) ?? 0);
      return { items: rows.map((r) => entity(r)), total };
    },

    /** A page of relationships and the view of their selected details; `total` is null unless `withTotal`. */
    listRelationships: (args: Parameters<typeof g.listRelationships>[0]) => readRels(g.listRelationships(args)),

    /**
     * The same page of relationships of each of these entities, by entity id (an entity the graph
     * lacks has an empty page); `total` is null unless `withTotal`.
     */
    async entityRelationships(
      args: Parameters<typeof g.entityRelationships>[0],
    ): Promise<Map<string, Page<RelationshipModel, number | null>>> {
      const empty = { items: [], total: args.withTotal === false ? null : 0 };
      const pages = new Map<string, Page<RelationshipModel, number | null>>(args.ids.map((id) => [id, empty]));
      for (const row of await store.read(g.entityRelationships(args))) {
        pages.set(row.id as string, { items: (row.rels as unknown[]).map(toRelationship), total: (row.total as number | null) ?? null });
      }
      return pages;
    },

    /** Breadth-first ego network, at most `limit` relationships, without details; undefined when the entity is unknown. */
    async neighborhood(args: { id: string; depth: number; filter: g.EdgeFilter; limit: number }): Promise<SubgraphModel | undefined> {
      const [row] = await store.read(cr.neighborhoodRead({ ...args, nodes: null, details: cr.NO_DETAILS }));
      return row ? toSubgraph(row) : undefined;
    },

    /**
     * Up to `k` shortest paths in a stable order: fewer hops first, then fewer disputed, planned or
     * reversed claims, then by relationship ids, so equal-length answers do not change between runs.
     */
    async paths(args: Parameters<typeof g.shortestPaths>[0]): Promise<PathModel[]> {
      if (args.k === 1) {
        const best = await store.readTx((tx) => bestPath((q) => tx.run(q), args));
        return best ? [best] : [];
      }
      return toPaths(await store.read(g.shortestPaths(args)))
        .sort(comparePaths)
        .slice(0, args.k);
    },

    async commonNeighbors(args: { a: string; b: string; limit: number }): Promise<EntityModel[]> {
      return (await store.read(g.commonNeighbors(args))).map((r) => entity(r));
    },

    /** Dated claims in time order and the view of their selected details. */
    timeline: (args: Parameters<typeof g.timeline>[0]) => readRels(g.timeline(args)),

    /** Claims between two sides and the view of their selected details. */
    bilateral: (args: Omit<Parameters<typeof g.bilateral>[0], 'up' | 'down'>) =>
      readRels(g.bilateral({ ...args, up: AFFILIATION_UP, down: AFFILIATION_DOWN })),

    /** How 2+ entities are connected: the union of a shortest path between each pair; `cap` bounds the relationships. */
    async connections({
      ids,
      maxHops,
      filter,
      cap,
    }: {
      ids: readonly string[];
      maxHops: number;
      filter: g.EdgeFilter;
      cap: number;
    }): Promise<SubgraphModel> {
      const pairs: [string, string][] = [];
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
      const paths = await store.readTx(async (tx) => {
        const out: PathModel[] = [];
        for (const [from, to] of pairs) {
          const best = await bestPath((q) => tx.run(q), { from, to, maxHops, filter });
          if (best) out.push(best);
        }
        return out;
      });
      const rels = new Map(paths.flatMap((p) => p.relationships).map((r) => [r.id, r]));
      const { page: kept, more: truncated } = cutPage([...rels.values()], cap);
      const known = new Set((await store.read(lk.entitiesByIds({ ids }))).map((r) => r.key as string));
      const nodeIds = [...new Set([...ids.filter((id) => known.has(id)), ...kept.flatMap((r) => [r.sourceId, r.targetId])])];
      return { nodeIds, relationships: kept, truncated };
    },

    async centrality({
      metric,
      type,
      limit,
    }: {
      metric: 'DEGREE' | 'PAGERANK';
      type: string | null;
      limit: number;
    }): Promise<{ entity: EntityModel; score: number }[]> {
      if (metric === 'DEGREE') {
        return (await store.read(g.degreeRanking({ type, limit }))).map((r) => ({ entity: entity(r), score: r.score as number }));
      }
      const [edges, candidates] = await store.readTx(
        async (tx) => [await tx.run(g.allEdges()), await tx.run(g.entitiesOfType({ type }))] as const,
      );
      const scores = pageRank(edges.map((e) => [e.s as string, e.t as string] as const));
      return candidates
        .map((r) => ({ entity: entity(r), score: scores.get(entity(r).id) ?? 0 }))
        .sort((x, y) => y.score - x.score || x.entity.name.localeCompare(y.entity.name))
        .slice(0, limit);
    },

    async listArticles(args: { after: [string, string] | null; limit: number }): Promise<Page<{ article: ArticleModel; key: string }>> {
      const [row] = await store.read(g.listArticles(args));
      return { items: (row?.page as { article: ArticleModel; key: string }[]) ?? [], total: (row?.total as number) ?? 0 };
    },

    async auditLog(args: { action: string | null; after: [string, string] | null; limit: number }) {
      const [row] = await store.read(listAudit(args));
      type Entry = {
        id: string;
        action: 'INGEST' | 'MERGE' | 'UNDO_MERGE';
        at: string;
        keyId: string;
        articleIds: string[];
        entityIds: string[];
        summary: string;
        undone: boolean;
      };
      return { items: (row?.page as Entry[]) ?? [], total: (row?.total as number) ?? 0 };
    },

    async stats() {
      const [row] = await store.read(g.graphStats());
      return row as {
        entities: number;
        relationships: number;
        articles: number;
        evidence: number;
        entitiesByType: { type: string; count: number }[];
        relationshipsByType: { type: string; count: number }[];
        statuses: string[];
      };
    },
  };
}

/** The reader's interface. */
export type Reader = ReturnType<typeof createReader>;

/**
 * Read functions of the store: each runs the query of one pure builder through the gateway's
 * read transactions and maps the rows to models. Resolvers call these and nothing lower. The reads
 * that walk paths and subgraphs live in path-reads.ts, the batched look-ups in batch-lookups.ts.
 */
import type { Query, Store } from './gateway.js';
import type { ArticleModel, AuditEntryModel, EntityModel, RelationshipModel } from '../domain/models.js';

import { AFFILIATION_DOWN, AFFILIATION_UP } from '../domain/vocabulary.js';
import * as lk from './cypher/lookups.js';
import { batchLookups, toRelationship } from './batch-lookups.js';
import { auditEntriesByIds, listAudit } from './cypher/create-audit.js';
import { searchEntities, searchQuery } from './cypher/search-entities.js';
import { entityRead } from './cypher/entity-read.js';
import { entityByIdentifier } from './cypher/identifier-keys.js';
import type { Shape } from './cypher/fragments.js';
import { countEntities, listEntities } from './cypher/list-entities.js';
import { entityRelationships, listRelationships } from './cypher/list-relationships.js';
import { listArticles } from './cypher/list-articles.js';
import { commonNeighbors } from './cypher/shortest-paths.js';
import { bilateral, timeline } from './cypher/timeline.js';
import { allEdges, degreeRanking, entitiesOfType, graphStats } from './cypher/graph-stats.js';
import { compiledView, type GraphView } from './read-graph-view.js';
import { pathReads } from './path-reads.js';
import { changeReads } from './change-reads.js';
import { pageRank } from './page-rank.js';

type Row = Record<string, unknown>;

const entity = (row: Row, key = 'entity'): EntityModel => row[key] as EntityModel;

/** A page of results with its total. */
export interface Page<T, Total = number> {
  items: T[];
  total: Total;
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
    ...pathReads(store),
    ...changeReads(store),
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
      args: Parameters<typeof entityRead>[0],
    ): Promise<{ entity: EntityModel; pages: Page<RelationshipModel, number | null>[]; view: Partial<GraphView> } | null> {
      const [row] = await store.read(entityRead(args));
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

    async listEntities(args: { type: string | null; after: [string, string] | null; limit: number }): Promise<Page<EntityModel>> {
      const rows = await store.read(listEntities(args));
      const total = rows.length ? (rows[0]!.total as number) : (((await store.read(countEntities(args)))[0]?.total as number) ?? 0);
      return { items: rows.map((r) => entity(r)), total };
    },

    /** A page of relationships and the view of their selected details; `total` is null unless `withTotal`. */
    listRelationships: (args: Parameters<typeof listRelationships>[0]) => readRels(listRelationships(args)),

    /**
     * The same page of relationships of each of these entities, by entity id (an entity the graph
     * lacks has an empty page); `total` is null unless `withTotal`.
     */
    async entityRelationships(
      args: Parameters<typeof entityRelationships>[0],
    ): Promise<Map<string, Page<RelationshipModel, number | null>>> {
      const empty = { items: [], total: args.withTotal === false ? null : 0 };
      const pages = new Map<string, Page<RelationshipModel, number | null>>(args.ids.map((id) => [id, empty]));
      for (const row of await store.read(entityRelationships(args))) {
        pages.set(row.id as string, { items: (row.rels as unknown[]).map(toRelationship), total: (row.total as number | null) ?? null });
      }
      return pages;
    },

    async commonNeighbors(args: { a: string; b: string; limit: number }): Promise<EntityModel[]> {
      return (await store.read(commonNeighbors(args))).map((r) => entity(r));
    },

    /** Dated claims in time order and the view of their selected details. */
    timeline: (args: Parameters<typeof timeline>[0]) => readRels(timeline(args)),

    /** Claims between two sides and the view of their selected details. */
    bilateral: (args: Omit<Parameters<typeof bilateral>[0], 'up' | 'down'>) =>
      readRels(bilateral({ ...args, up: AFFILIATION_UP, down: AFFILIATION_DOWN })),

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
        return (await store.read(degreeRanking({ type, limit }))).map((r) => ({ entity: entity(r), score: r.score as number }));
      }
      const [edges, candidates] = await store.readTx(
        async (tx) => [await tx.run(allEdges()), await tx.run(entitiesOfType({ type }))] as const,
      );
      const scores = pageRank(edges.map((e) => [e.s as string, e.t as string] as const));
      return candidates
        .map((r) => ({ entity: entity(r), score: scores.get(entity(r).id) ?? 0 }))
        .sort((x, y) => y.score - x.score || x.entity.name.localeCompare(y.entity.name))
        .slice(0, limit);
    },

    /** The entity holding identifier `key` (`SCHEME:value`, see entityByIdentifier), with the fields `shape` names, or null. */
    async entityByIdentifier({ key, shape }: { key: string; shape?: Shape }): Promise<EntityModel | null> {
      const [row] = await store.read(entityByIdentifier({ key, ...(shape ? { shape } : {}) }));
      return row ? entity(row) : null;
    },

    /** The article with this URL (see lk.articleByUrl), or null. */
    async articleByUrl(url: string): Promise<ArticleModel | null> {
      const [row] = await store.read(lk.articleByUrl({ url }));
      return (row?.article as ArticleModel | undefined) ?? null;
    },

    async listArticles(args: { after: [string, string] | null; limit: number }): Promise<Page<{ article: ArticleModel; key: string }>> {
      const [row] = await store.read(listArticles(args));
      return { items: (row?.page as { article: ArticleModel; key: string }[]) ?? [], total: (row?.total as number) ?? 0 };
    },

    async auditLog(args: { action: string | null; articleId: string | null; after: [string, string] | null; limit: number }) {
      const [row] = await store.read(listAudit(args));
      return { items: (row?.page as AuditEntryModel[]) ?? [], total: (row?.total as number) ?? 0 };
    },

    /** Audit entries by id. */
    async auditEntriesByIds(ids: readonly string[]): Promise<Map<string, AuditEntryModel>> {
      const rows = await store.read(auditEntriesByIds({ ids }));
      return new Map(rows.map((r) => r.entry as AuditEntryModel).map((x) => [x.id, x]));
    },

    async stats() {
      const [row] = await store.read(graphStats());
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

/**
 * Per-request DataLoaders: each nested field (a relationship's endpoints, its evidence, an
 * evidence item's article, an entity's degree) costs one query per request, not one per parent.
 *
 * Each loader also answers synchronously (`now`) for keys it has already loaded. A resolver that
 * returns a value instead of a promise lets graphql-js complete the field without scheduling
 * promise callbacks, which is most of the execution cost of a large answer; list fields fetch
 * ahead (`prefetch.ts`) what the operation selects below them, so their items resolve that way.
 */
import DataLoader from 'dataloader';
import type { Reader } from '../store/reader.js';
import type { GraphView } from '../store/read-graph-view.js';
import type { Page } from '../store/reader.js';
import type { PageSpec } from '../store/cypher/entity-read.js';
import { pageKey } from './read-plan.js';
import type { ArticleModel, AuditEntryModel, EntityModel, EvidenceModel, RelationshipModel } from '../domain/models.js';

/** A DataLoader that can also give an already loaded value at once. */
export type PeekLoader<K, V> = DataLoader<K, V> & {
  /** The value when it is loaded, else a promise of it (and the key joins the next batch). */
  now(key: K): V | Promise<V>;
  /** The values when all are loaded, else `loadMany`'s promise (a failed key gives its Error). */
  nowMany(keys: readonly K[]): (V | Error)[] | Promise<(V | Error)[]>;
  /** Sets these keys' values, replacing any loaded before, so that `now` answers them at once. */
  put(entries: ReadonlyMap<K, V>): void;
};

function peekLoader<K, V>(fetch: (keys: readonly K[]) => Promise<Map<K, V>>, fallback: V): PeekLoader<K, V> {
  const settled = new Map<K, V>();
  const loader = new DataLoader<K, V>(async (keys) => {
    const map = await fetch(keys);
    return keys.map((k) => {
      const v = map.get(k) ?? fallback;
      settled.set(k, v);
      return v;
    });
  });
  return Object.assign(loader, {
    now: (key: K): V | Promise<V> => (settled.has(key) ? (settled.get(key) as V) : loader.load(key)),
    nowMany: (keys: readonly K[]): (V | Error)[] | Promise<(V | Error)[]> =>
      keys.every((k) => settled.has(k)) ? keys.map((k) => settled.get(k) as V) : loader.loadMany(keys),
    put: (entries: ReadonlyMap<K, V>): void => {
      for (const [k, v] of entries) {
        loader.clear(k).prime(k, v);
        settled.set(k, v);
      }
    },
  });
}

/** Creates a fresh set of loaders for one request. */
export function createLoaders(reader: Reader) {
  return {
    entity: peekLoader<string, EntityModel | null>((ids) => reader.entitiesByIds(ids), null),
    relationship: peekLoader<string, RelationshipModel | null>((ids) => reader.relationshipsByIds(ids), null),
    evidence: peekLoader<string, EvidenceModel[]>((ids) => reader.evidenceByRelationshipIds(ids), []),
    sourceCount: peekLoader<string, number>((ids) => reader.sourceCounts(ids), 0),
    article: peekLoader<string, ArticleModel | null>((ids) => reader.articlesByIds(ids), null),
    /** Evidence items by their own id (the `evidence` loader is by relationship id). */
    evidenceItem: peekLoader<string, EvidenceModel | null>((ids) => reader.evidenceByIds(ids), null),
    auditEntry: peekLoader<string, AuditEntryModel | null>((ids) => reader.auditEntriesByIds(ids), null),
    degree: peekLoader<string, number>((ids) => reader.degrees(ids), 0),
    /** Per article id, the ids of the relationships its evidence supports. */
    articleRelationshipIds: peekLoader<string, string[]>((ids) => reader.relationshipIdsOfArticles(ids), []),
    /** Entity relationship pages a compiled read fetched, by `pageKey` (read-plan.ts). */
    relationshipPages: new Map<string, Page<RelationshipModel, number | null>>(),
    /** Entity relationship pages no compiled read fetched: one statement per distinct page spec for any number of entities. */
    relationshipPage: new DataLoader<{ id: string; spec: PageSpec }, Page<RelationshipModel, number | null>, string>(
      async (keys) => {
        const bySpec = new Map<string, { spec: PageSpec; ids: string[] }>();
        for (const { id, spec } of keys) {
          const k = pageKey('', spec);
          (bySpec.get(k) ?? bySpec.set(k, { spec, ids: [] }).get(k)!).ids.push(id);
        }
        const found = new Map<string, Page<RelationshipModel, number | null>>();
        await Promise.all(
          [...bySpec.values()].map(async ({ spec, ids }) => {
            for (const [id, page] of await reader.entityRelationships({ ids: [...new Set(ids)], ...spec }))
              found.set(pageKey(id, spec), page);
          }),
        );
        return keys.map(({ id, spec }) => found.get(pageKey(id, spec))!);
      },
      { cacheKeyFn: ({ id, spec }) => pageKey(id, spec) },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Puts a view of the graph into the request's loaders, replacing what they held for its keys: the
 * fields of an answer built from the view then show it, not what the database holds (a dry run's
 * preview shows the graph as its write would leave it, though the write was rolled back; a
 * compiled read's answer resolves from what its one statement read). A map the view leaves out
 * changes nothing.
 */
export function putView(loaders: Loaders, view: Partial<GraphView>): void {
  if (view.entities) loaders.entity.put(view.entities);
  if (view.degrees) loaders.degree.put(view.degrees);
  if (view.relationships) loaders.relationship.put(view.relationships);
  if (view.evidence) loaders.evidence.put(view.evidence);
  if (view.sourceCounts) loaders.sourceCount.put(view.sourceCounts);
  if (view.articles) loaders.article.put(view.articles);
  if (view.articleRelationshipIds) loaders.articleRelationshipIds.put(view.articleRelationshipIds);
}

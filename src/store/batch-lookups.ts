/**
 * The batched look-ups behind field resolvers (endpoints, evidence, source counts, articles,
 * degrees), each one statement for any number of keys, mapped to models. They run through any
 * runner: the store's reads (the reader), or an open transaction (a dry run's preview, which must
 * see its own uncommitted writes).
 */
import type { Query } from './gateway.js';
import type { ArticleModel, EntityModel, EvidenceModel, RelationshipModel } from '../domain/models.js';
import * as lk from './cypher/lookups.js';

/** Runs one query and returns its rows: `store.read`, or `tx.run` inside a transaction. */
export type RunQuery = (q: Query) => Promise<Record<string, unknown>[]>;

/**
 * Maps a projected relationship row (quantities as JSON) to a model. The row is the driver's own
 * fresh object, made for this read: its quantities are parsed in place rather than the row copied.
 */
export function toRelationship(row: unknown): RelationshipModel {
  const r = row as Omit<RelationshipModel, 'quantities'> & { quantities: string | null | RelationshipModel['quantities'] };
  r.quantities = typeof r.quantities === 'string' && r.quantities ? (JSON.parse(r.quantities) as RelationshipModel['quantities']) : [];
  return r as RelationshipModel;
}

/** Creates the batched look-ups over `run`. Each answers a map from the keys found to their values. */
export function batchLookups(run: RunQuery) {
  return {
    /** Entities by id, or by an id merged into them (keyed by the id asked). */
    async entitiesByIds(ids: readonly string[]): Promise<Map<string, EntityModel>> {
      const rows = await run(lk.entitiesByIds({ ids }));
      return new Map(rows.map((r) => [r.key as string, r.entity as EntityModel]));
    },
    async relationshipsByIds(ids: readonly string[]): Promise<Map<string, RelationshipModel>> {
      const rows = await run(lk.relationshipsByIds({ ids }));
      return new Map(rows.map((r) => toRelationship(r.rel)).map((m) => [m.id, m]));
    },
    /** Every asked relationship's evidence (an empty list when it has none). */
    async evidenceByRelationshipIds(ids: readonly string[]): Promise<Map<string, EvidenceModel[]>> {
      const out = new Map<string, EvidenceModel[]>(ids.map((id) => [id, []]));
      for (const r of await run(lk.evidenceByRelationshipIds({ ids }))) {
        const ev = r.evidence as EvidenceModel;
        out.get(ev.relationshipId)?.push(ev);
      }
      return out;
    },
    /** Evidence items by their own id. */
    async evidenceByIds(ids: readonly string[]): Promise<Map<string, EvidenceModel>> {
      const rows = await run(lk.evidenceByIds({ ids }));
      return new Map(rows.map((r) => r.evidence as EvidenceModel).map((ev) => [ev.id, ev]));
    },
    async sourceCounts(ids: readonly string[]): Promise<Map<string, number>> {
      const rows = await run(lk.sourceCountsByRelationshipIds({ ids }));
      return new Map(rows.map((r) => [r.id as string, r.count as number]));
    },
    async articlesByIds(ids: readonly string[]): Promise<Map<string, ArticleModel>> {
      const rows = await run(lk.articlesByIds({ ids }));
      return new Map(rows.map((r) => r.article as ArticleModel).map((a) => [a.id, a]));
    },
    async degrees(ids: readonly string[]): Promise<Map<string, number>> {
      const rows = await run(lk.degreesByIds({ ids }));
      return new Map(rows.map((r) => [r.id as string, r.degree as number]));
    },
    /** The ids of the relationships each article supports, in id order (an empty list for none). */
    async relationshipIdsOfArticles(ids: readonly string[]): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>(ids.map((id) => [id, []]));
      for (const r of await run(lk.relationshipIdsOfArticles({ ids }))) out.set(r.id as string, r.ids as string[]);
      return out;
    },
  };
}

/** The batched look-ups' interface. */
export type BatchLookups = ReturnType<typeof batchLookups>;

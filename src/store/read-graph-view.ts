/**
 * A view of part of the graph as the per-request loaders hold it: the models of some entities,
 * relationships and articles, and of everything a GraphQL answer can reach from them.
 */
import type { ArticleModel, EntityModel, EvidenceModel, RelationshipModel } from '../domain/models.js';
import { batchLookups, type RunQuery } from './batch-lookups.js';

/**
 * Models by key, each map holding every key it was asked for (null, 0 or an empty list for a key
 * the graph does not hold), so a reader of the view never has to ask the database again.
 */
export interface GraphView {
  entities: Map<string, EntityModel | null>;
  degrees: Map<string, number>;
  relationships: Map<string, RelationshipModel | null>;
  evidence: Map<string, EvidenceModel[]>;
  sourceCounts: Map<string, number>;
  articles: Map<string, ArticleModel | null>;
  /** Per article, the relationships its evidence supports. */
  articleRelationshipIds: Map<string, string[]>;
}

const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];
const complete = <V>(keys: readonly string[], found: ReadonlyMap<string, V>, missing: V): Map<string, V> =>
  new Map(keys.map((k) => [k, found.get(k) ?? missing]));

/**
 * Reads, through `run`, the view of these entities, relationships and articles: also the
 * relationships of the articles, every endpoint of the relationships, their evidence, the
 * articles the evidence cites, source counts and degrees. Seven statements, whatever the size.
 * Run inside a transaction, it shows that transaction's own writes (a dry run's preview).
 */
export async function readGraphView({
  run,
  entityIds,
  relationshipIds,
  articleIds,
}: {
  run: RunQuery;
  entityIds: readonly string[];
  relationshipIds: readonly string[];
  articleIds: readonly string[];
}): Promise<GraphView> {
  const look = batchLookups(run);
  const articleRelationshipIds = await look.relationshipIdsOfArticles(unique(articleIds));
  const relIds = unique([...relationshipIds, ...[...articleRelationshipIds.values()].flat()]);
  // One statement after another: a transaction runs one at a time.
  const rels = await look.relationshipsByIds(relIds);
  const evidence = await look.evidenceByRelationshipIds(relIds);
  const sourceCounts = await look.sourceCounts(relIds);
  const entIds = unique([...entityIds, ...[...rels.values()].flatMap((r) => [r.sourceId, r.targetId])]);
  const artIds = unique([...articleIds, ...[...evidence.values()].flat().map((ev) => ev.articleId)]);
  const entities = await look.entitiesByIds(entIds);
  const degrees = await look.degrees(entIds);
  const articles = await look.articlesByIds(artIds);
  return {
    entities: complete(entIds, entities, null),
    degrees: complete(entIds, degrees, 0),
    relationships: complete(relIds, rels, null),
    evidence: complete(relIds, evidence, []),
    sourceCounts: complete(relIds, sourceCounts, 0),
    articles: complete(artIds, articles, null),
    articleRelationshipIds,
  };
}

/** An entity row of a compiled read: the entity, and its degree when it was asked for. */
interface EntityRow {
  entity: EntityModel;
  degree?: number;
}

/**
 * A relationship's details as a compiled read returns them: only what was asked for; an evidence
 * item with its article when asked (else its article's id), without the relationship's id, which
 * its row holds.
 */
interface DetailsRow {
  id: string;
  evidence?: (Omit<EvidenceModel, 'relationshipId' | 'articleId'> & { articleId?: string; article?: ArticleModel })[];
  sourceCount?: number;
}

/**
 * The part of a view a compiled read returns (src/store/cypher/relationship-details.ts): its
 * relationships, entity rows (`endpoints`) and relationship details; a map is present only when
 * the read fetched what it holds.
 */
export function compiledView({
  rels,
  endpoints,
  details,
}: {
  rels: readonly RelationshipModel[];
  endpoints?: unknown;
  details?: unknown;
}): Partial<GraphView> {
  const view: Partial<GraphView> = { relationships: new Map(rels.map((r) => [r.id, r])) };
  const entityRows = (endpoints as EntityRow[] | undefined) ?? [];
  if (entityRows.length > 0) {
    view.entities = new Map(entityRows.map((r) => [r.entity.id, r.entity]));
    if (entityRows[0]!.degree !== undefined) view.degrees = new Map(entityRows.map((r) => [r.entity.id, r.degree!]));
  }
  const detailRows = (details as DetailsRow[] | undefined) ?? [];
  if (detailRows.length > 0) {
    const first = detailRows[0]!;
    if (first.evidence) {
      const evidence = new Map<string, EvidenceModel[]>();
      const articles = new Map<string, ArticleModel>();
      for (const d of detailRows) {
        evidence.set(
          d.id,
          d.evidence!.map((ev) => {
            if (ev.article) articles.set(ev.article.id, ev.article);
            return {
              id: ev.id,
              quote: ev.quote,
              articleId: ev.article?.id ?? ev.articleId!,
              relationshipId: d.id,
              publishedStart: ev.publishedStart,
            };
          }),
        );
      }
      view.evidence = evidence;
      if (articles.size > 0) view.articles = articles;
    }
    if (first.sourceCount !== undefined) view.sourceCounts = new Map(detailRows.map((d) => [d.id, d.sourceCount!]));
  }
  return view;
}

/**
 * Loads the subgraph behind an export: the relationships of `neighborhood` or `connections`, their
 * entities, and each relationship's evidence with its article, all through the reader.
 */
import { AppError } from '../errors.js';
import type { EntityModel, RelationshipModel } from '../domain/models.js';
import type { Reader } from '../store/reader.js';
import type { ExportRequest } from './export-query.js';

/** One quote supporting a relationship, with the article it comes from. */
export interface ExportEvidence {
  quote: string;
  articleId: string;
  articleSource: string;
  articleUrl: string | null;
  publishedAt: string | null;
}

/** A relationship with its evidence. */
export type ExportEdge = RelationshipModel & { evidence: ExportEvidence[] };

/** What every formatter takes: entities, relationships and whether the cap cut the subgraph. */
export interface ExportSubgraph {
  nodes: EntityModel[];
  edges: ExportEdge[];
  truncated: boolean;
}

/** The reader functions an export needs. */
export type ExportReader = Pick<Reader, 'neighborhood' | 'connections' | 'entitiesByIds' | 'evidenceByRelationshipIds' | 'articlesByIds'>;

/**
 * Loads the subgraph of a checked export request. Throws AppError NOT_FOUND (argument `id` or
 * `ids`) when an entity asked for is unknown, and INTERNAL_SERVER_ERROR when the store returns a
 * relationship whose endpoint or cited article is missing. Order is the reader's; the formatters
 * sort.
 */
export async function exportSubgraph({ reader, request }: { reader: ExportReader; request: ExportRequest }): Promise<ExportSubgraph> {
  const { query, filter } = request;
  let sub;
  if (query.view === 'neighborhood') {
    sub = await reader.neighborhood({ id: query.id, depth: query.depth, filter, limit: query.first });
    if (!sub) throw new AppError('NOT_FOUND', `id: no entity "${query.id}"`, { argument: 'id' });
  } else {
    sub = await reader.connections({ ids: query.ids, maxHops: query.maxHops, filter, cap: query.first });
    // connections() leaves unknown ids out silently; a download of them should say so instead.
    const known = new Set(sub.nodeIds);
    const unknown = query.ids.filter((id) => !known.has(id));
    if (unknown.length)
      throw new AppError('NOT_FOUND', `ids: no entity ${unknown.map((u) => JSON.stringify(u)).join(', ')}`, { argument: 'ids' });
  }
  const [entities, edges] = await Promise.all([
    reader.entitiesByIds(sub.nodeIds),
    withEvidence({ reader, relationships: sub.relationships }),
  ]);
  const nodes = sub.nodeIds.map((id) => {
    const e = entities.get(id);
    if (!e) throw new AppError('INTERNAL_SERVER_ERROR', `relationship endpoint ${id} is missing`);
    return e;
  });
  return { nodes, edges, truncated: sub.truncated };
}

/**
 * The relationships with their evidence, each quote with its article, in the order given. Throws
 * AppError INTERNAL_SERVER_ERROR when the store returns evidence whose article is missing.
 */
export async function withEvidence({
  reader,
  relationships,
}: {
  reader: Pick<Reader, 'evidenceByRelationshipIds' | 'articlesByIds'>;
  relationships: readonly RelationshipModel[];
}): Promise<ExportEdge[]> {
  const evidence = await reader.evidenceByRelationshipIds(relationships.map((r) => r.id));
  const articles = await reader.articlesByIds([...new Set([...evidence.values()].flat().map((ev) => ev.articleId))]);
  return relationships.map((r) => ({
    ...r,
    evidence: (evidence.get(r.id) ?? []).map((ev) => {
      const a = articles.get(ev.articleId);
      if (!a) throw new AppError('INTERNAL_SERVER_ERROR', `evidence ${ev.id} cites a missing article`);
      return { quote: ev.quote, articleId: a.id, articleSource: a.source, articleUrl: a.url, publishedAt: a.publishedAt };
    }),
  }));
}

/** The JSON download: the subgraph, whether the cap cut it, and the query or selection that produced it. */
import type { ExportQuery, ExportSelection } from './export-query.js';
import type { ExportSubgraph } from './export-subgraph.js';
import { byId, sourceCount } from './field-text.js';

/**
 * Writes `{ nodes, edges, truncated, query }` as indented JSON with a final newline. Nodes and
 * edges are sorted by id and their keys written in a fixed order; each edge carries its evidence
 * and `sourceCount` (distinct outlets); `query` holds the normalized parameters (for a selection,
 * `{ view: 'selection', entityIds, relationshipIds, format }`).
 */
export function toJson({ subgraph, query }: { subgraph: ExportSubgraph; query: ExportQuery | ExportSelection }): string {
  const nodes = byId(subgraph.nodes).map((n) => ({
    id: n.id,
    name: n.name,
    type: n.type,
    aliases: n.aliases,
    description: n.description,
    mergedIds: n.mergedIds,
  }));
  const edges = byId(subgraph.edges).map((e) => ({
    id: e.id,
    type: e.type,
    sourceId: e.sourceId,
    targetId: e.targetId,
    validFrom: e.validFrom,
    validTo: e.validTo,
    status: e.status,
    topic: e.topic,
    role: e.role,
    quantities: e.quantities.map((q) => ({ value: q.value, unit: q.unit, label: q.label })),
    knownFrom: e.knownFrom,
    note: e.note,
    sourceCount: sourceCount(e.evidence),
    evidence: e.evidence.map((ev) => ({
      quote: ev.quote,
      articleId: ev.articleId,
      articleSource: ev.articleSource,
      articleUrl: ev.articleUrl,
      publishedAt: ev.publishedAt,
    })),
  }));
  return JSON.stringify({ nodes, edges, truncated: subgraph.truncated, query: normalizedQuery(query) }, null, 2) + '\n';
}

/** The query with its keys in a fixed order. */
function normalizedQuery(q: ExportQuery | ExportSelection): Record<string, unknown> {
  if (q.view === 'selection') return { view: q.view, entityIds: q.entityIds, relationshipIds: q.relationshipIds, format: q.format };
  const subject = q.view === 'neighborhood' ? { view: q.view, id: q.id, depth: q.depth } : { view: q.view, ids: q.ids, maxHops: q.maxHops };
  return {
    ...subject,
    first: q.first,
    types: q.types,
    statuses: q.statuses,
    asOf: q.asOf,
    since: q.since,
    until: q.until,
    format: q.format,
  };
}

/** The preview of a dry run (see ingestBundle). */
import type { Tx } from '../store/gateway.js';
import { readGraphView, type GraphView } from '../store/read-graph-view.js';
import type { IngestSummary } from './ingest-bundle.js';

/** The graph as the write left it, read in its transaction: what a dry run's answer can reach. */
export function readPreview(tx: Tx, s: IngestSummary): Promise<GraphView> {
  return readGraphView({
    run: (query) => tx.run(query),
    entityIds: [...s.createdEntities, ...s.mergedEntities.map((m) => m.entityId)],
    relationshipIds: [...s.createdRelationships, ...s.corroboratedRelationships, ...s.disputedRelationships, ...s.unchangedRelationships],
    articleIds: s.articleIds,
  });
}

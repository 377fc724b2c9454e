import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../src/ingest/ingest-bundle.js';
import { readPreview } from '../../src/ingest/read-preview.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const summary = (over: Partial<IngestSummary>): IngestSummary => ({
  articleIds: [],
  dryRun: true,
  createdEntities: [],
  mergedEntities: [],
  createdRelationships: [],
  corroboratedRelationships: [],
  disputedRelationships: [],
  unchangedRelationships: [],
  removedRelationshipIds: [],
  evidenceAdded: 0,
  evidenceRemoved: 0,
  auditId: null,
  ...over,
});

describe('ingest: readPreview', () => {
  const graph = useSeededGraph();

  it("reads the summary's entities, relationships of every list and articles, and what they reach", async () => {
    const rels = await graph.store.read({ cypher: 'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id ORDER BY id LIMIT 4', params: {} });
    const [a, b, c, d] = rels.map((r) => r.id as string) as [string, string, string, string];
    const view = await graph.store.readTx((tx) =>
      readPreview(
        tx,
        summary({
          articleIds: ['huawei-peru-ai-training-deal'],
          createdEntities: ['huawei'],
          mergedEntities: [{ inputId: 'peru-again', entityId: 'peru', by: 'name' }],
          createdRelationships: [a],
          corroboratedRelationships: [b],
          disputedRelationships: [c],
          unchangedRelationships: [d],
        }),
      ),
    );
    expect(view.entities.get('huawei')?.name).toBe('Huawei');
    expect(view.entities.get('peru')?.name).toBe('Peru');
    expect([a, b, c, d].map((id) => view.relationships.get(id)?.id)).toEqual([a, b, c, d]);
    expect(view.articles.get('huawei-peru-ai-training-deal')?.id).toBe('huawei-peru-ai-training-deal');
  });

  it('reads nothing the summary does not name', async () => {
    const view = await graph.store.readTx((tx) => readPreview(tx, summary({})));
    expect([view.entities.size, view.relationships.size, view.articles.size]).toEqual([0, 0, 0]);
  });
});

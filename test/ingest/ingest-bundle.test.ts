import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { bundleSchema } from '../../src/article-file/format.js';
import { ingestBundle } from '../../src/ingest/ingest-bundle.js';
import { counts } from '../helpers/neo4j.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const bundle = bundleSchema.parse({
  articles: [{ id: 'test-bundle', source: 'Test Wire', publishedAt: '2025-03-03', text: 'Minmetals signed a memorandum with Peru.' }],
  entities: [{ id: 'minmetals', name: 'Minmetals', type: 'COMPANY' }],
  relationships: [
    { type: 'SIGNED', source: 'minmetals', target: 'peru', evidence: [{ article: 'test-bundle', quote: 'Minmetals signed' }] },
  ],
});

describe('ingest: ingestBundle', () => {
  const graph = useSeededGraph({ seed: 'each' });

  it('answers a dry run without a preview with the summary alone, and writes nothing', async () => {
    const before = await counts(graph.store);
    const s = await ingestBundle({ store: graph.store, bundle, keyId: 'test', dryRun: true, preview: false });
    expect(s).not.toHaveProperty('preview');
    expect(s).toMatchObject({ articleIds: ['test-bundle'], dryRun: true, createdEntities: ['minmetals'], evidenceAdded: 1, auditId: null });
    expect(s.createdRelationships).toHaveLength(1);
    expect(await counts(graph.store)).toEqual(before);
  });

  it('writes, and records the ingest in the audit log at the time of its clock, under its key', async () => {
    const s = await ingestBundle({ store: graph.store, bundle, keyId: 'curator', now: () => new Date('2025-03-03T10:00:00Z') });
    expect(s.dryRun).toBe(false);
    const entries = await graph.store.read({
      cypher: 'MATCH (x:Audit {id: $id}) RETURN x.action AS action, x.at AS at, x.keyId AS keyId, x.entityIds AS entityIds',
      params: { id: s.auditId },
    });
    expect(entries).toEqual([{ action: 'INGEST', at: '2025-03-03T10:00:00.000Z', keyId: 'curator', entityIds: ['minmetals'] }]);
    const [written] = await graph.store.read({
      cypher: "MATCH (:Entity {id: 'minmetals'})-[r:SIGNED]->(:Entity {id: 'peru'}) RETURN r.id AS id, r.recordedBy AS by",
      params: {},
    });
    expect(written).toEqual({ id: s.createdRelationships[0], by: 'curator' });
  });

  it('refuses a bundle that fails a check, with problem paths under the prefix, and writes nothing', async () => {
    const before = await counts(graph.store);
    const refused = ingestBundle({
      store: graph.store,
      bundle: { ...bundle, articles: [], relationships: [] },
      keyId: 'test',
      prefix: 'file.yaml',
    });
    await expect(refused).rejects.toThrow(AppError);
    await expect(refused).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The article was refused (1 problem); nothing was written:\nfile.yaml.articles: give at least one article',
      details: { problems: [{ path: 'file.yaml.articles', code: 'TOO_SMALL', message: 'give at least one article' }] },
    });
    expect(await counts(graph.store)).toEqual(before);
  });
});

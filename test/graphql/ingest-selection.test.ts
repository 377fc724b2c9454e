import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../src/server/create-server.js';
import { serveStore } from '../helpers/serve-store.js';
import { freshSeededGraph } from '../helpers/neo4j.js';
import { recordingStore, type RecordingStore } from '../helpers/recording-store.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const KEY = 'curator-secret-0123456789';

const input = {
  articles: [{ id: 'selection-test', source: 'Test Wire', publishedAt: '2025-03' }],
  entities: [{ id: 'selection-co', name: 'Selection Company', type: 'COMPANY' }],
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'selection-co', target: 'china', evidence: [{ article: 'selection-test', quote: 'a quote' }] },
  ],
};

describe('graphql: ingestArticle loads only what the operation selects', () => {
  const graph = useSeededGraph({ seed: 'each' });
  let recording: RecordingStore;
  let server: Server;

  beforeAll(async () => {
    recording = recordingStore(graph.store);
    server = await serveStore(recording, { API_KEYS: `curator:${KEY}` });
  });
  afterAll(() => server.stop());

  /** The statements one ingest sends for `selection`, and its answer. */
  const ingest = async (selection: string, dryRun: boolean): Promise<{ statements: number; data: Record<string, unknown> }> => {
    recording.statements.length = 0;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({
        query: `mutation($input: ArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) { ${selection} } }`,
        variables: { input, dryRun },
      }),
    });
    const body = (await res.json()) as { data?: { ingestArticle: Record<string, unknown> }; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return { statements: recording.statements.length, data: body.data!.ingestArticle };
  };

  it('reads nothing after the write when only counts and ids are selected, one statement per list selected', async () => {
    const counts = await ingest('evidenceAdded removedRelationshipIds auditId', false);
    expect(counts.data.evidenceAdded).toBe(1);
    // The write's own ten statements (resolve, prior evidence and articles, entities, relationships, evidence, audit, content version, race
    // check).
    expect(counts.statements).toBe(10);
    await freshSeededGraph(graph.store);
    const withList = await ingest('evidenceAdded createdRelationships { id }', false);
    expect(withList.data.createdRelationships).toEqual([{ id: expect.stringMatching(/^affiliated_with-/) as unknown }]);
    expect(withList.statements).toBe(counts.statements + 1);
  });

  it('skips the preview of a dry run that selects no entity, relationship or article, and reads it for one that does', async () => {
    const counts = await ingest('dryRun evidenceAdded', true);
    expect(counts.data).toEqual({ dryRun: true, evidenceAdded: 1 });
    const withList = await ingest('dryRun createdEntities { id name }', true);
    expect(withList.data).toEqual({ dryRun: true, createdEntities: [{ id: 'selection-co', name: 'Selection Company' }] });
    // The preview's seven reads, inside the rolled-back transaction.
    expect(withList.statements).toBe(counts.statements + 7);
  });
});

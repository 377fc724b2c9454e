/**
 * undoRetraction on a real Neo4j: it puts a seeded article back exactly, and refuses, naming each
 * blocker, when the graph has moved so that an exact restore is impossible.
 */
import { describe, expect, it } from 'vitest';
import { createWriter } from '../../src/ingest/writer.js';
import { bundleSchema } from '../../src/article-file/format.js';
import { AppError } from '../../src/errors.js';
import { readContentVersion } from '../../src/store/content-version.js';
import { graphDump } from '../helpers/graph-dump.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const SEED_ARTICLE = 'huawei-peru-ai-training-deal';
const URL = 'https://example.org/undo-test';

const article = (id: string) =>
  bundleSchema.parse({
    articles: [{ id, source: 'Test Wire', url: URL, publishedAt: '2025-03' }],
    entities: [
      { id: 'minmetals', name: 'Minmetals', type: 'COMPANY' },
      { id: 'las-bambas-mine', name: 'Las Bambas mine', type: 'INFRASTRUCTURE' },
      { id: 'huawei', name: 'Huawei', type: 'COMPANY', aliases: ['Huawei Peru'] },
    ],
    relationships: [
      { type: 'OWNS', source: 'minmetals', target: 'las-bambas-mine', evidence: [{ article: id, quote: 'Minmetals owns Las Bambas.' }] },
      { type: 'HEADQUARTERED_IN', source: 'huawei', target: 'shenzhen', evidence: [{ article: id, quote: 'Huawei, of Shenzhen.' }] },
    ],
  });

/** The codes and messages of the problems of an undo's refusal. */
async function refusal(undo: Promise<unknown>): Promise<string[]> {
  const err = await undo.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('BAD_USER_INPUT');
  return ((err as AppError).details.problems ?? []).map((p) => `${p.code!}: ${p.message}`);
}

describe('ingest: undoRetraction', () => {
  const graph = useSeededGraph({ seed: 'each' });
  const writer = () => createWriter(graph.store);

  it('puts a seeded article back exactly: its evidence, relationships with their office keys, orphans and version', async () => {
    const before = { dump: await graphDump(graph.store), version: await readContentVersion(graph.store) };
    const r = await writer().retract({ id: SEED_ARTICLE, reason: 'test', removeOrphans: true, keyId: 'test' });
    // Seeded, not ingested: no ingest recorded names it added.
    expect(r.removedAliases).toEqual([]);
    expect(r.removedRelationshipIds.length).toBeGreaterThan(10);
    expect(r.removedEntityIds.length).toBeGreaterThan(0);
    expect(r.removedEntityIds).toEqual(r.orphanedEntityIds);
    expect(await readContentVersion(graph.store)).toBe(r.dataVersion);
    const undo = await writer().undoRetraction({ auditId: r.auditId!, keyId: 'test' });
    expect(undo.restored).toEqual(r.removedEntityIds);
    expect(await graphDump(graph.store)).toEqual(before.dump);
    expect(await readContentVersion(graph.store)).toBe(before.version);
  });

  it('refuses when an end of a relationship to put back is gone, naming it', async () => {
    await writer().ingest({ bundle: article('undo-a'), keyId: 'test' });
    const r = await writer().retract({ id: 'undo-a', reason: 'test', keyId: 'test' });
    expect(r.orphanedEntityIds).toEqual(['las-bambas-mine', 'minmetals']);
    await writer().merge({ keep: 'chancay-port', merge: 'las-bambas-mine', keyId: 'test' });
    expect(await refusal(writer().undoRetraction({ auditId: r.auditId!, keyId: 'test' }))).toEqual([
      'ENDPOINT_MISSING: entity "las-bambas-mine", an end of a relationship to put back, is no longer in the graph',
    ]);
  });

  it('refuses when an entity or relationship it changed has gone or changed, and when another article holds the URL', async () => {
    await writer().ingest({ bundle: article('undo-b'), keyId: 'test' });
    const r = await writer().retract({ id: 'undo-b', reason: 'test', removeOrphans: true, keyId: 'test' });
    const hq = r.keptRelationshipIds[0]!;
    await writer().merge({ keep: 'cosco-shipping', merge: 'huawei', keyId: 'test' });
    await writer().ingest({ bundle: bundleSchema.parse({ articles: [{ id: 'undo-other', source: 'Other', url: URL }] }), keyId: 'test' });
    const before = await graphDump(graph.store);
    expect(await refusal(writer().undoRetraction({ auditId: r.auditId!, keyId: 'test' }))).toEqual([
      `ARTICLE_URL_TAKEN: article "undo-other" holds the URL ${URL} of article "undo-b"`,
      'ENTITY_MISSING: entity "huawei", which the retraction changed, is no longer in the graph',
      `RELATIONSHIP_MISSING: relationship "${hq}", which the retraction changed, is no longer in the graph`,
    ]);
    expect(await graphDump(graph.store)).toEqual(before);
  });

  it('passes two retractions of one article, and two undos of one retraction, one at a time: the second is refused', async () => {
    await writer().ingest({ bundle: article('undo-c'), keyId: 'test' });
    const retractions = await Promise.allSettled([1, 2].map(() => writer().retract({ id: 'undo-c', reason: 'test', keyId: 'test' })));
    expect(retractions.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const done = retractions.find((r) => r.status === 'fulfilled')!.value;
    expect(retractions.find((r) => r.status === 'rejected')?.reason).toMatchObject({ code: 'NOT_FOUND' });
    const undos = await Promise.allSettled([1, 2].map(() => writer().undoRetraction({ auditId: done.auditId!, keyId: 'test' })));
    expect(undos.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(undos.find((r) => r.status === 'rejected')?.reason).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `auditId: the retraction ${done.auditId!} is already undone`,
    });
  });
});

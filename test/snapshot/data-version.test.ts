/**
 * The content version kept by every write: it always equals the version counted from the whole
 * content, whatever the order of the writes, and reading it is one look-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/gateway.js';
import { createWriter } from '../../src/ingest/writer.js';
import { seedGraph } from '../../src/seed/seed-graph.js';
import { bundleSchema, type Bundle } from '../../src/article-file/format.js';
import { applySchema } from '../../src/store/apply-schema.js';
import { dataVersion, readSnapshot, snapshotFiles, snapshotVersion } from '../../src/snapshot/index.js';
import { SCHEMA_DIR, freshSeededGraph, testStore } from '../helpers/neo4j.js';
import { recordingStore } from '../helpers/recording-store.js';
import { variedArticles } from '../helpers/varied-articles.js';

/** The version counted from the whole content, as an export does. */
const recounted = async (store: Store): Promise<string> => snapshotVersion(snapshotFiles((await readSnapshot({ store })).content));

const article = (id: string, claim: Record<string, unknown>): Bundle =>
  bundleSchema.parse({
    articles: [{ id, source: `Wire ${id}`, publishedAt: '2025-04' }],
    relationships: [{ ...claim, evidence: [{ article: id, quote: `quote of ${id}` }] }],
  });

describe('snapshot: the content version every write keeps', () => {
  let store: Store;
  beforeAll(() => {
    store = testStore();
  });
  afterAll(() => store.close());

  it(
    'equals the version counted from the whole content after ingests, re-ingests, disputes, dry runs, a seed, a merge and its ' + 'undo',
    async () => {
      await freshSeededGraph(store);
      expect(await dataVersion({ store })).toBe(await recounted(store));
      const writer = createWriter(store);
      for (const { bundle, dryRun } of variedArticles(60, 7)) await writer.ingest({ bundle, keyId: 'test', dryRun });
      expect(await dataVersion({ store })).toBe(await recounted(store));

      await seedGraph({
        store,
        bundle: bundleSchema.parse({
          entities: [{ id: 'cosco', name: 'China COSCO Shipping Corporation', type: 'COMPANY' }],
          relationships: [
            {
              type: 'OPERATES',
              source: 'cosco',
              target: 'chancay-port',
              evidence: [{ article: 'tradewindsnews-chancay-cosco-hub', quote: 'a Cosco Shipping hub' }],
            },
          ],
        }),
      });
      const beforeMerge = await dataVersion({ store });
      expect(beforeMerge).toBe(await recounted(store));
      const merged = await writer.merge({ keep: 'cosco-shipping', merge: 'cosco', keyId: 'test' });
      expect(await dataVersion({ store })).toBe(await recounted(store));
      expect(await dataVersion({ store })).not.toBe(beforeMerge);
      await writer.undoMerge({ auditId: merged.auditId, keyId: 'test' });
      // A write undone gives the version back.
      expect(await dataVersion({ store })).toBe(beforeMerge);
    },
    300_000,
  );

  it('is the same whatever the order of the writes, and a write that changes nothing leaves it', async () => {
    const a = article('order-a', { type: 'VISITED', source: 'dina-boluarte', target: 'china', validFrom: '2031' });
    const b = article('order-b', { type: 'VISITED', source: 'dina-boluarte', target: 'china', validFrom: '2031', status: 'PLANNED' });
    const versions: string[] = [];
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      await freshSeededGraph(store);
      const writer = createWriter(store);
      for (const bundle of order) await writer.ingest({ bundle, keyId: 'test' });
      versions.push(await dataVersion({ store }));
    }
    // A contradiction is content that depends on the order (the second claim is the variant, and
    // each records what it reported): two orders, two contents, two versions.
    expect(versions[0]).not.toBe(versions[1]);
    // Claims that do not meet give one content, and one version, in either order.
    const c = article('order-c', { type: 'VISITED', source: 'dina-boluarte', target: 'china', validFrom: '2032' });
    const d = article('order-d', { type: 'SIGNED', source: 'huawei', target: 'peru', validFrom: '2032' });
    const same: string[] = [];
    for (const order of [
      [c, d],
      [d, c],
    ]) {
      await freshSeededGraph(store);
      const writer = createWriter(store);
      for (const bundle of order) await writer.ingest({ bundle, keyId: 'test' });
      same.push(await dataVersion({ store }));
      await writer.ingest({ bundle: c, keyId: 'test' });
      expect(await dataVersion({ store })).toBe(same.at(-1));
    }
    expect(same[0]).toBe(same[1]);
    expect(same[0]).toMatch(/^[0-9a-f]{64}$/);
  }, 300_000);

  it('reads the version in one statement, and counts it from the whole graph at start-up when a database has none', async () => {
    await freshSeededGraph(store);
    const recording = recordingStore(store);
    const v = await dataVersion({ store: recording });
    expect(recording.statements).toHaveLength(1);
    await store.writeTx((tx) => tx.run({ cypher: 'MATCH (v:DataVersion) DETACH DELETE v', params: {} }));
    expect(await dataVersion({ store })).toBe('0'.repeat(64));
    await applySchema(store.maintenance('Applying the schema in the data version test'), SCHEMA_DIR);
    expect(await dataVersion({ store })).toBe(v);
  });
});

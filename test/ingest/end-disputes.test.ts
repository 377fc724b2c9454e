/**
 * Disputes end with the claims that made them: a re-ingest that drops a contradicting claim, or a
 * retraction, gives the relationship it disputed its own status back, exactly as before the
 * dispute, however many articles disputed it and in whichever order they go.
 */
import { describe, expect, it } from 'vitest';
import { createWriter } from '../../src/ingest/writer.js';
import { bundleSchema, type Bundle } from '../../src/article-file/format.js';
import { endDisputes } from '../../src/ingest/end-disputes.js';
import { readContentVersion } from '../../src/store/content-version.js';
import { graphDump } from '../helpers/graph-dump.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const INVESTMENT = 'received_investment-5e37acdbb328050f';

/** An article claiming Peru received `value` USD under the Belt and Road in 2023 (the seed says 2.9 billion), and perhaps more. */
const contradiction = (id: string, value: number | null, more: Record<string, unknown>[] = []): Bundle =>
  bundleSchema.parse({
    articles: [{ id, source: `Wire ${id}`, url: `https://example.org/${id}`, publishedAt: '2025-04' }],
    relationships: [
      ...(value === null
        ? []
        : [
            {
              type: 'RECEIVED_INVESTMENT',
              source: 'peru',
              target: 'belt-and-road-initiative',
              validFrom: '2023',
              validTo: '2023',
              quantities: [{ value, unit: 'USD' }],
              evidence: [{ article: id, quote: `Peru received ${value} dollars.` }],
            },
          ]),
      ...more,
    ],
  });

const visit = (article: string) => ({
  type: 'VISITED',
  source: 'dina-boluarte',
  target: 'china',
  validFrom: '2031',
  evidence: [{ article, quote: `Boluarte will visit China in 2031 (${article}).` }],
});

describe('ingest: disputes end with the claims that made them', () => {
  const graph = useSeededGraph({ seed: 'each' });
  const writer = () => createWriter(graph.store);
  const held = async (id = INVESTMENT) => {
    const [row] = await graph.store.read({
      cypher: 'MATCH ()-[r:RECEIVED_INVESTMENT {id: $id}]->() RETURN properties(r) AS props',
      params: { id },
    });
    return row?.props as Record<string, unknown> | undefined;
  };

  it('a re-ingest that drops the contradicting claim gives the disputed relationship back exactly as it was', async () => {
    const seeded = await held();
    const first = await writer().ingest({ bundle: contradiction('drop-1', 1.5e9, [visit('drop-1')]), keyId: 'test' });
    expect(first.disputedRelationships).toContain(INVESTMENT);
    expect(await held()).toMatchObject({ status: 'DISPUTED', reportedStatus: 'REPORTED' });
    const again = await writer().ingest({ bundle: contradiction('drop-1', null, [visit('drop-1')]), keyId: 'test' });
    expect(again.removedRelationshipIds).toEqual([`${INVESTMENT}-2d0069`]);
    expect(await held()).toEqual(seeded);
  });

  it('a re-ingest that keeps the claim changes nothing', async () => {
    await writer().ingest({ bundle: contradiction('keep-1', 1.5e9), keyId: 'test' });
    const before = { dump: await graphDump(graph.store), version: await readContentVersion(graph.store) };
    const again = await writer().ingest({ bundle: contradiction('keep-1', 1.5e9), keyId: 'test' });
    // Its claim is written again beside the one it contradicts (the dispute ended with the old evidence, and starts again).
    expect(again.disputedRelationships).toEqual([INVESTMENT, `${INVESTMENT}-2d0069`]);
    expect(await graphDump(graph.store)).toEqual(before.dump);
    expect(await readContentVersion(graph.store)).toBe(before.version);
  });

  it('two articles dispute one relationship: it stays DISPUTED until both go, then is as the seed had it, whatever the order', async () => {
    for (const order of [
      ['two-a', 'two-b'],
      ['two-b', 'two-a'],
    ]) {
      const seed = { dump: await graphDump(graph.store), version: await readContentVersion(graph.store) };
      await writer().ingest({ bundle: contradiction('two-a', 1.5e9), keyId: 'test' });
      await writer().ingest({ bundle: contradiction('two-b', 2.2e9), keyId: 'test' });
      const a = await writer().retract({ id: order[0]!, reason: 'test', keyId: 'test' });
      expect(a.restoredRelationshipIds).toEqual([]);
      expect(await held()).toMatchObject({ status: 'DISPUTED' });
      const b = await writer().retract({ id: order[1]!, reason: 'test', keyId: 'test' });
      expect(b.restoredRelationshipIds).toEqual([INVESTMENT]);
      expect(await graphDump(graph.store)).toEqual(seed.dump);
      expect(await readContentVersion(graph.store)).toBe(seed.version);
    }
  });

  it('a second article making the same contradicting claim rewrites it without disputing it with itself', async () => {
    await writer().ingest({ bundle: contradiction('same-a', 1.5e9), keyId: 'test' });
    const afterA = await graphDump(graph.store);
    await writer().ingest({ bundle: contradiction('same-b', 1.5e9), keyId: 'test' });
    expect((await held(`${INVESTMENT}-2d0069`))?.disputedBy).toEqual([INVESTMENT]);
    const r = await writer().retract({ id: 'same-b', reason: 'test', keyId: 'test' });
    expect(r.keptRelationshipIds).toEqual([`${INVESTMENT}-2d0069`]);
    expect(await graphDump(graph.store)).toEqual(afterA);
  });

  it('leaves the status of a relationship disputed before disputes recorded its own one, and drops the ids of those deleted', async () => {
    await graph.store.writeTx((tx) =>
      tx.run({
        cypher: "MATCH ()-[r:RECEIVED_INVESTMENT {id: $id}]->() SET r.status = 'DISPUTED', r.disputedBy = ['received_investment-gone']",
        params: { id: INVESTMENT },
      }),
    );
    const ended = await graph.store.writeTx((tx) =>
      endDisputes(tx, {
        deleted: [{ id: 'received_investment-gone', type: 'RECEIVED_INVESTMENT', source: 'peru', target: 'belt-and-road-initiative' }],
      }),
    );
    expect(ended).toEqual({
      changed: [{ id: INVESTMENT, type: 'RECEIVED_INVESTMENT', source: 'peru', target: 'belt-and-road-initiative' }],
      restored: [],
    });
    expect(await held()).toMatchObject({ status: 'DISPUTED' });
    expect((await held())?.disputedBy).toBeUndefined();
  });
});

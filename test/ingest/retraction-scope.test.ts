import { describe, expect, it } from 'vitest';
import { readRetractionScope, retractionLocks } from '../../src/ingest/retraction-scope.js';
import { entityLocks, pairLock } from '../../src/ingest/check-no-race.js';
import { AppError } from '../../src/errors.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

describe('ingest: retractionLocks', () => {
  it('locks the end pairs of the relationships and the name keys of the entities, as an ingest or a merge does', () => {
    const rel = { id: 'signed-1', type: 'SIGNED', source: 'huawei', target: 'peru', props: {} };
    const entity = { id: 'huawei', type: 'COMPANY', name: 'Huawei', aliases: ['华为'] };
    expect(retractionLocks({ relationships: [rel], entities: [entity] })).toEqual([
      pairLock(rel),
      ...entityLocks({ type: 'COMPANY', name: 'Huawei', aliases: ['华为'] }),
    ]);
  });
});

describe('ingest: readRetractionScope', () => {
  const graph = useSeededGraph();

  it("reads a seeded article's evidence and relationships whole, which of them nothing else supports, and their ends", async () => {
    const scope = await graph.store.readTx((tx) => readRetractionScope(tx, 'asiae-peru-bri-investment-fudan'));
    expect(scope.article).toMatchObject({
      id: 'asiae-peru-bri-investment-fudan',
      url: 'https://cm.asiae.co.kr/en/article/2024062710062079899',
    });
    expect(scope.evidence.length).toBe(scope.cited.length);
    expect(scope.relationships.map((r) => r.id).sort()).toEqual(scope.cited.map((c) => c.id).sort());
    // The 2.9 billion is also in the seed article: it stays; the others go.
    expect(scope.unsupported.length).toBe(scope.relationships.length - 1);
    expect(scope.relationships.find((r) => r.type === 'RECEIVED_INVESTMENT')?.props).toMatchObject({ status: 'REPORTED' });
    expect(scope.candidates).toEqual([...new Set(scope.unsupported.flatMap((r) => [r.source, r.target]))]);
    expect([...scope.entities.keys()].sort()).toEqual([...scope.candidates].sort());
    expect(scope.taken).toEqual([]);
    expect(scope.partners).toEqual([]);
  });

  it('refuses an unknown article with NOT_FOUND naming it', async () => {
    const err = await graph.store.readTx((tx) => readRetractionScope(tx, 'nope')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'id: no article "nope"', details: { argument: 'id' } });
  });
});

import { describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { AppError } from '../../src/errors.js';
import type { Writer } from '../../src/ingest/writer.js';
import { writerMetrics } from '../../src/ops/writer-metrics.js';

/** The samples of the registry as `name{labels} value` lines, zero-valued ones left out. */
async function samples(registry: Registry): Promise<string[]> {
  return (await registry.getMetricsAsJSON()).flatMap((m) =>
    m.values.filter((v) => v.value !== 0).map((v) => `${m.name}${JSON.stringify(v.labels)} ${v.value}`),
  );
}

const summary = (over: Record<string, unknown>) => ({
  dryRun: false,
  createdEntities: [],
  createdRelationships: [],
  corroboratedRelationships: [],
  disputedRelationships: [],
  unchangedRelationships: [],
  removedRelationshipIds: [],
  evidenceAdded: 0,
  evidenceRemoved: 0,
  ...over,
});

describe('ops: writerMetrics', () => {
  it('counts ingests by outcome and what the written ones did, and merges by action and outcome', async () => {
    const registry = new Registry();
    const results: unknown[] = [
      summary({ dryRun: true }),
      summary({ createdRelationships: [{}], unchangedRelationships: [{}, {}], evidenceAdded: 3 }),
      summary({}),
      new AppError('BAD_USER_INPUT', 'refused'),
      new Error('driver'),
    ];
    const writer = {
      ingest: async () => {
        const r = results.shift();
        if (r instanceof Error) throw r;
        return r;
      },
      merge: async () => ({ keptId: 'a' }),
      undoMerge: async () => Promise.reject(new AppError('NOT_FOUND', 'no audit entry')),
    } as unknown as Writer;
    const counted = writerMetrics({ registers: [registry] })(writer);
    for (let i = 0; i < 5; i++) await counted.ingest({} as never).catch(() => undefined);
    expect(await counted.merge({} as never)).toEqual({ keptId: 'a' });
    await expect(counted.undoMerge({} as never)).rejects.toThrow('no audit entry');
    expect(await samples(registry)).toEqual([
      'kg_ingests_total{"outcome":"dry_run"} 1',
      'kg_ingests_total{"outcome":"written"} 1',
      'kg_ingests_total{"outcome":"unchanged"} 1',
      'kg_ingests_total{"outcome":"refused"} 1',
      'kg_ingests_total{"outcome":"error"} 1',
      'kg_ingest_relationships_total{"result":"created"} 1',
      'kg_ingest_relationships_total{"result":"unchanged"} 2',
      'kg_ingest_evidence_total{"change":"added"} 3',
      'kg_merges_total{"action":"merge","outcome":"ok"} 1',
      'kg_merges_total{"action":"undo_merge","outcome":"NOT_FOUND"} 1',
    ]);
  });
});

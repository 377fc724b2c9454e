import { describe, expect, it } from 'vitest';
import {
  checkTargets,
  renderResults,
  TARGETS,
  type RunInfo,
  type SizeResult,
  type SystemResult,
  type TargetCheck,
  type WorkloadResult,
} from '../../bench/render-results.js';
import type { IngestMeasurement } from '../../bench/ingest.js';
import type { WorkloadId } from '../../bench/workloads.js';

const system = (over: Partial<SystemResult> = {}): SystemResult => ({
  requestsPerSecond: 100,
  p50: 20,
  p99: 40,
  bytesPerResponse: 1000,
  requests: 1000,
  failures: 0,
  rssMb: 200,
  serverCpuMs: 2,
  dbCpuMs: 3,
  firstAnswersMs: 30,
  byCount: false,
  ...over,
});

const workload = (id: WorkloadId, api: Partial<SystemResult> = {}, floor: Partial<SystemResult> = {}): WorkloadResult => ({
  id,
  title: id,
  peerNote: 'note',
  api: system(api),
  floor: system(floor),
  peer: id === 'shortestPath' ? null : system({ requestsPerSecond: 50 }),
  equality: { compared: 64, equal: 64, mismatches: [] },
});

const ingest = (over: Partial<IngestMeasurement> = {}): IngestMeasurement => ({
  articles: 200,
  relationships: 900,
  seconds: 2.5,
  relationshipsPerSecond: 360,
  articlesPerSecond: 80,
  p50: 45,
  p99: 120,
  failures: 0,
  unexpected: 0,
  serverCpuMs: 4,
  dbCpuMs: 16,
  rssMb: 220,
  compilerShare: 0.05,
  ...over,
});

const size = (relationships: number, over: Partial<SizeResult> = {}): SizeResult => ({
  label: relationships >= 1e6 ? `${relationships / 1e6}M` : `${relationships / 1000}k`,
  relationships,
  load: { entities: 1, articles: 1, relationships, evidence: 1, seconds: 1, relationshipsPerSecond: 1 },
  workloads: (['entity', 'neighborhood', 'shortestPath', 'search'] as const).map((id) => workload(id)),
  apiPeakRssMb: 250,
  dataVersion: system({ p50: 4, p99: 12, requestsPerSecond: 900 }),
  ingest: ingest(),
  ...over,
});

const find = (checks: TargetCheck[], words: string): TargetCheck => {
  const c = checks.find((x) => x.target.includes(words));
  if (!c) throw new Error(`no target with ${words}: ${checks.map((x) => x.target).join(' | ')}`);
  return c;
};

describe('bench targets (issue 13)', () => {
  it('does not call the all-workload targets met on a run of some workloads, but still calls a miss a miss', () => {
    const pathOnly = (n: number, api = {}) => size(n, { workloads: [workload('shortestPath', api)] });
    const checks = checkTargets([pathOnly(10_000), pathOnly(1_000_000)]);
    expect(find(checks, 'throughput on entity')).toMatchObject({
      met: null,
      measured: expect.stringContaining('not run: entity + relationships + evidence @ 10k'),
    });
    expect(find(checks, 'Neo4j CPU per request')).toMatchObject({ met: null });
    expect(find(checkTargets([pathOnly(10_000, { requestsPerSecond: 50 })]), 'throughput on entity').met).toBe(false);
  });

  it('shows the spread of the API / floor ratio over the rounds when it was kept', () => {
    const w = { ...workload('entity', { requestsPerSecond: 72 }), roundRatios: [0.65, 0.8, 0.71] };
    const md = renderResults({
      run: {
        date: 'd',
        command: 'c',
        machine: { cpu: 'c', cores: 2, memoryGb: 24, loadAverage: '1', otherLoad: 'none' },
        versions: {},
        settings: {
          connections: 10,
          seconds: 10,
          warmupSeconds: 3,
          settleSeconds: 20,
          rounds: 3,
          seed: 42,
          neo4j: 'n',
          ingest: null,
          ingestConcurrency: 4,
          ingestWarmupArticles: 20,
          jitWarmupSeconds: 180,
        },
        profiles: [],
      },
      sizes: [size(10_000, { workloads: [w] })],
      targets: [],
      pending: [],
    });
    expect(md).toContain('| 0.72× (0.65–0.80 by round) |');
  });

  it('meets every target on figures within them', () => {
    const checks = checkTargets([size(10_000), size(100_000, { ingest: ingest({ serverCpuMs: 5, dbCpuMs: 20 }) }), size(1_000_000)]);
    expect(checks.map((c) => [c.target, c.met])).toEqual(checks.map((c) => [c.target, true]));
    expect(find(checks, 'relationships/s').measured).toContain('360 relationships/s');
    expect(find(checks, 'CPU per article').measured).toContain('1.25×');
    expect(find(checks, 'dataVersion').measured).toContain('4.0 / 12.0 ms @ 100k');
  });

  it('misses the throughput and Neo4j CPU targets against the floor by workload and size', () => {
    const slow = size(10_000, { workloads: [workload('entity', { requestsPerSecond: 70 }), workload('search', { dbCpuMs: 4 })] });
    const checks = checkTargets([slow]);
    expect(find(checks, "the floor's throughput")).toMatchObject({
      met: false,
      measured: expect.stringContaining('entity + relationships + evidence @ 10k (0.70×)'),
    });
    expect(find(checks, 'Neo4j CPU per request')).toMatchObject({ met: false, measured: expect.stringContaining('search @ 10k (1.33×)') });
  });

  it('misses the ingest targets: too few relationships/s at 10k, CPU per article growing over 1.5× at 100k', () => {
    const checks = checkTargets([
      size(10_000, { ingest: ingest({ relationshipsPerSecond: 250 }) }),
      size(100_000, { ingest: ingest({ serverCpuMs: 8, dbCpuMs: 24 }) }),
    ]);
    expect(find(checks, 'relationships/s').met).toBe(false);
    expect(find(checks, 'CPU per article')).toMatchObject({ met: false, measured: expect.stringContaining('1.60×') });
  });

  it('misses the content-version target at 100k only', () => {
    const checks = checkTargets([size(10_000, { dataVersion: system({ p99: 80 }) }), size(100_000, { dataVersion: system({ p99: 51 }) })]);
    expect(find(checks, 'dataVersion')).toMatchObject({ met: false, measured: expect.stringContaining('80.0 ms') });
    expect(
      checkTargets([size(10_000, { dataVersion: system({ p99: 80 }) }), size(100_000)]).find((c) => c.target.includes('dataVersion'))!.met,
    ).toBe(true);
  });

  it('says "not run" for the targets the sizes measured cannot check', () => {
    const only10k = checkTargets([size(10_000)]);
    expect(find(only10k, 'relationships/s').met).toBe(true);
    expect(find(only10k, 'CPU per article')).toMatchObject({ met: null, measured: expect.stringContaining('not run') });
    expect(find(only10k, 'dataVersion')).toMatchObject({ met: null, measured: expect.stringContaining('not run') });
    expect(find(only10k, 'shortest-path')).toMatchObject({ met: null, measured: expect.stringContaining('not run') });
    const no10k = checkTargets([size(100_000), size(1_000_000)]);
    expect(find(no10k, 'relationships/s')).toMatchObject({ met: null, measured: 'not run: 10k not measured' });
    expect(find(no10k, 'shortest-path').met).toBeNull();
    const noWrites = checkTargets([size(10_000, { ingest: null }), size(100_000, { ingest: null })]);
    expect(find(noWrites, 'relationships/s')).toMatchObject({ met: null, measured: 'not run (--ingest=0)' });
    expect(find(noWrites, 'CPU per article').met).toBeNull();
    expect(checkTargets([]).filter((c) => c.met !== null)).toEqual([]);
  });

  it('checks the shortest-path growth from 10k to 1M, and the RSS at its peak size', () => {
    const path = (p99: number): WorkloadResult => workload('shortestPath', { p99 });
    const checks = checkTargets([
      size(10_000, { workloads: [path(50)] }),
      size(100_000, { workloads: [path(400)], apiPeakRssMb: 310 }),
      size(1_000_000, { workloads: [path(160)] }),
    ]);
    expect(find(checks, 'shortest-path')).toMatchObject({ met: false, measured: '50.0 ms @ 10k → 160 ms @ 1M: 3.20×' });
    expect(find(checks, 'RSS')).toMatchObject({ met: false, measured: 'peak RSS 310 MB (@ 100k)' });
  });

  it("leaves the Neo4j CPU targets unchecked when Neo4j is not the bench's to read", () => {
    const external = (relationships: number): SizeResult =>
      size(relationships, { workloads: [workload('entity', { dbCpuMs: NaN }, { dbCpuMs: NaN })], ingest: ingest({ dbCpuMs: NaN }) });
    const checks = checkTargets([external(10_000), external(100_000)]);
    expect(find(checks, 'Neo4j CPU per request').met).toBeNull();
    expect(find(checks, 'CPU per article').met).toBeNull();
  });

  it('keeps the @neo4j/graphql comparison as an informative row', () => {
    const checks = checkTargets([size(10_000)]);
    expect(find(checks, '@neo4j/graphql')).toMatchObject({ met: true, target: expect.stringContaining('informative') });
    expect(TARGETS.ingestConcurrency).toBe(4);
  });
});

describe('bench results: writes and the content version', () => {
  const run: RunInfo = {
    date: '2026-01-01T00:00:00.000Z',
    command: 'npm run bench',
    machine: { cpu: 'cpu', cores: 2, memoryGb: 24, loadAverage: '1 1 1', otherLoad: 'none' },
    versions: { node: 'v20' },
    settings: {
      connections: 10,
      seconds: 10,
      warmupSeconds: 3,
      settleSeconds: 20,
      rounds: 2,
      seed: 42,
      neo4j: 'throwaway',
      ingest: '200 articles',
      ingestConcurrency: 4,
      ingestWarmupArticles: 20,
      jitWarmupSeconds: 180,
    },
    profiles: [],
  };

  it('explains the ingest measurement and gives each size its tables', () => {
    const sizes = [size(10_000, { ingest: ingest({ failures: 2, firstFailure: 'synthetic-000007: answered 200: BAD_USER_INPUT `x`' }) })];
    const md = renderResults({ run, sizes, targets: checkTargets(sizes), pending: ['100k'] });
    expect(md).toContain('**Writes:**');
    expect(md).toContain('4 requests in flight at all times');
    expect(md).toContain('for 200 articles');
    expect(md).toMatch(/\| `stats \{ dataVersion \}` \| 900 \| 4\.0 \/ 12\.0 \|/);
    expect(md).toMatch(
      /\| `ingestArticle`, 4 in flight \| 200 \| 900 \| 2\.5 s \| 360 \| 80\.0 \| 45\.0 \/ 120 \| 2 \| 4\.0 \| 16\.0 \| 220 \|/,
    );
    expect(md).toContain("First failed ingest: `synthetic-000007: answered 200: BAD_USER_INPUT 'x'`");
    expect(md).toMatch(/\| ingest CPU per article .* \| not run: needs ingest at 10k and 100k; not measured at 100k \| not run \|/);
  });

  it('shows what the writes cost inside the API when it served its metrics', () => {
    const costs = {
      transactionsPerArticle: 1.2,
      abortedTransactions: 2,
      statementsPerArticle: 20,
      msPerStatement: 10,
      msPerTransaction: 250,
    };
    const sizes = [size(10_000, { ingest: ingest({ costs }) })];
    expect(renderResults({ run, sizes, targets: [], pending: [] })).toMatch(/\| 220 \| 1\.20 \(2 not committed\) \| 20\.0 \| 10\.0 \|/);
    expect(renderResults({ run, sizes: [size(10_000)], targets: [], pending: [] })).toMatch(/\| 220 \| n\/a \| n\/a \| n\/a \|/);
  });

  it('says how the write path was warmed, or that it was not', () => {
    const warmup = { seconds: 42.4, articles: 2500, compilerShares: [0.61, 0.3, 0.07], settled: true };
    const md = renderResults({ run, sizes: [size(10_000, { ingest: ingest({ warmup }) })], targets: [], pending: [] });
    expect(md).toContain('**Write warm-up:** before each measured run, the API re-ingests 64 generated articles');
    expect(md).toContain('for at most 180 s');
    expect(md).toMatch(/\| 5 % \| 2,500 in 42 s, settled \(61 %, 30 %, 7 %\) \|/);
    const cut = renderResults({
      run,
      sizes: [size(10_000, { ingest: ingest({ warmup: { ...warmup, settled: false } }) })],
      targets: [],
      pending: [],
    });
    expect(cut).toContain('2,500 in 42 s, **not settled**');
    const fixed = renderResults({
      run: { ...run, settings: { ...run.settings, jitWarmupSeconds: 0 } },
      sizes: [size(10_000)],
      targets: [],
      pending: [],
    });
    expect(fixed).toContain('**Write warm-up:** 20 articles (`--jit-warmup=0`)');
    expect(fixed).toMatch(/\| 5 % \| fixed \|/);
  });

  it('says when writes were not measured', () => {
    const md = renderResults({
      run: { ...run, settings: { ...run.settings, ingest: null } },
      sizes: [size(10_000, { ingest: null })],
      targets: [],
      pending: [],
    });
    expect(md).toContain('**Writes:** not measured (`--ingest=0`).');
    expect(md).not.toContain('`ingestArticle`, 4 in flight');
  });
});

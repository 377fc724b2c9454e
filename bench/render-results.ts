/**
 * Renders a bench run as Markdown (bench/RESULTS.md): the machine, the versions, the command, the
 * load times, one table per graph size, and the targets with whether each is met.
 */
import type { LoadReport } from './load-graph.js';
import type { EqualityReport } from './compare-answers.js';
import type { Measurement } from './measure.js';
import type { WorkloadId } from './workloads.js';
import type { IngestMeasurement } from './ingest.js';
import { SETTLED_COMPILER_SHARE, WRITE_WARMUP_ARTICLES, type JvmWarmup } from './warm-jvm.js';

/**
 * A measurement, how long the slowest of the first, unwarmed answers took (ms), and whether the
 * system was too slow to be measured by time and was measured by a count of answers instead.
 */
export type SystemResult = Measurement & { firstAnswersMs: number; byCount: boolean };

/** The three systems of one workload at one size, and how the floor's answers compared with the API's. */
export interface WorkloadResult {
  id: WorkloadId;
  title: string;
  peerNote: string;
  api: SystemResult;
  floor: SystemResult;
  peer: SystemResult | null;
  equality: EqualityReport;
  /**
   * API / floor throughput in each round (the API's round over the floor's round of the same number), to show the spread; empty when not
   * kept.
   */
  roundRatios?: number[];
}

/** Everything measured at one graph size. */
export interface SizeResult {
  label: string;
  relationships: number;
  load: LoadReport;
  workloads: WorkloadResult[];
  /** Peak resident memory of the API process over all its runs at this size (VmHWM, MB). */
  apiPeakRssMb: number;
  /** `stats { dataVersion }` against the API alone; null when not measured. */
  dataVersion: SystemResult | null;
  /** The `ingestArticle` run, after the reads; null when not run (`--ingest=0`). */
  ingest: IngestMeasurement | null;
}

/** The setting of a run. */
export interface RunInfo {
  date: string;
  command: string;
  machine: { cpu: string; cores: number; memoryGb: number; loadAverage: string; otherLoad: string };
  versions: Record<string, string>;
  settings: {
    connections: number;
    seconds: number;
    warmupSeconds: number;
    settleSeconds: number;
    rounds: number;
    seed: number;
    neo4j: string;
    /** How long each ingest run lasted (`200 articles`, `30 s`), or null when writes were not measured. */
    ingest: string | null;
    ingestConcurrency: number;
    /** Articles ingested before each measured ingest run, not counted, when Neo4j is not warmed until its JIT settles. */
    ingestWarmupArticles: number;
    /** The longest Neo4j is warmed on the write path before each ingest run, until its JIT settles (bench/warm-jvm.ts); 0: not. */
    jitWarmupSeconds: number;
  };
  profiles: string[];
}

/** One target and whether the run met it. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const f0 = (n: number): string => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : 'n/a');
const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const ms = (m: Measurement): string => `${f0(m.p50)} / ${f0(m.p99)}`;
const rps = (m: SystemResult): string => `${f0(m.requestsPerSecond)}${m.byCount ? '*' : ''}`;
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : a > 0 ? '∞' : 'n/a');
const rate = (m: Measurement): string => `${f0(m.requestsPerSecond)} req/s${m.failures ? `, ${m.failures} failed` : ''}`;
/** The lowest and highest of the per-round ratios, e.g. ` (0.65–0.80 by round)`; '' for fewer than two rounds. */
const spread = (ratios: readonly number[] | undefined): string => {
  const r = (ratios ?? []).filter(Number.isFinite);
  return r.length < 2 ? '' : ` (${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)} by round)`;
};

const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(0)} %` : 'n/a');
/** One row of a Markdown table. */
const tableRow = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;

/** How Neo4j was warmed on the write path before the measured ingest runs (bench/warm-jvm.ts). */
function writeWarmupText(settings: RunInfo['settings']): string {
  const why =
    "A Neo4j that has just loaded a graph spends much of its CPU in HotSpot's JIT compiler through its next few hundred writes " +
    '(a fresh one through its first few thousand): ' +
    ('after 20 articles of warm-up, 200 ingests on the 10k graph ran at 84 relationships/s with the compiler threads taking 53–69 ' +
      "% of Neo4j's CPU.");
  if (settings.jitWarmupSeconds <= 0)
    return (
      `**Write warm-up:** ${settings.ingestWarmupArticles} articles (\`--jit-warmup=0\`): the writes are measured on a JVM ` +
      `still compiling its write path. ${why}`
    );
  return (
    `**Write warm-up:** before each measured run, the API re-ingests ${WRITE_WARMUP_ARTICLES} generated articles over and over ` +
    `(each ingest replaces that article's claims: every write path runs and the graph keeps its size) ` +
    (`at the same concurrency, in 5 s windows, until HotSpot's JIT compiler threads take less than ${pct(SETTLED_COMPILER_SHARE)} ` +
      `of Neo4j's CPU in a window, for at most ${settings.jitWarmupSeconds} s: `) +
    (`as on a server that has been taking writes for a while. Each size's table gives the warm-up and the compiler's share during ` +
      `the measured run. ${why}`)
  );
}

/** A warm-up in a table cell: articles, seconds, settled or not, the compiler's share window by window. */
function warmupCell(w: JvmWarmup | undefined): string {
  if (!w) return 'fixed';
  return (
    `${w.articles.toLocaleString('en')} in ${w.seconds.toFixed(0)} s, ${w.settled ? 'settled' : '**not settled**'} ` +
    `(${w.compilerShares.map(pct).join(', ')})`
  );
}

const label = (id: WorkloadId): string =>
  ({ entity: 'entity + relationships + evidence', neighborhood: '2-hop neighbourhood', shortestPath: 'shortest path', search: 'search' })[
    id
  ];

/** The figures of issue 13 (and, informative, issue 7's comparison with @neo4j/graphql). */
export const TARGETS = {
  /** API throughput at least this share of the floor's, every workload and size. */
  floorThroughput: 0.8,
  /** API's Neo4j CPU per request at most this multiple of the floor's. */
  floorDbCpu: 1.3,
  /** Ingest relationships per second on the 10k graph, at `ingestConcurrency` requests in flight. */
  ingestRelationshipsPerSecond: 300,
  ingestConcurrency: 4,
  /** CPU per ingested article (API + Neo4j) at 100k at most this multiple of that at 10k. */
  ingestCpuGrowth: 1.5,
  /** p99 of `stats { dataVersion }` at 100k (ms). */
  dataVersionP99Ms: 50,
  /** API resident memory under load (MB). */
  rssMb: 300,
  /** Shortest-path p99 at 1M at most this multiple of that at 10k. */
  pathP99Growth: 3,
  /** API throughput at least this multiple of @neo4j/graphql's (informative). */
  peerThroughput: 1.2,
} as const;

const TEN_K = 10_000;
const HUNDRED_K = 100_000;
const MILLION = 1_000_000;

/** Evaluates the targets of issue 13 (and the informative comparison with @neo4j/graphql) over the sizes measured. */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at = (relationships: number): SizeResult | undefined => sizes.find((s) => s.relationships === relationships);
  const all = sizes.flatMap((s) => s.workloads.map((w) => ({ s, w })));
  const unequal = all.filter(({ w }) => w.equality.equal < w.equality.compared);
  checks.push({
    target: "the floor's answers equal the API's on every sampled request (what the comparisons below rest on)",
    measured: !all.length
      ? 'no workload measured'
      : unequal.length
        ? `differ on ${unequal
            .map(({ s, w }) => `${label(w.id)} @ ${s.label} (${w.equality.compared - w.equality.equal} of ` + `${w.equality.compared})`)
            .join(', ')}`
        : `${all.reduce((n, { w }) => n + w.equality.equal, 0)} of ${all.reduce((n, { w }) => n + w.equality.compared, 0)} equal`,
    met: all.length ? unequal.length === 0 : null,
  });

  // A run of some workloads only (--workloads) cannot meet a target over all four: it can only miss it.
  const ALL_WORKLOADS: readonly WorkloadId[] = ['entity', 'neighborhood', 'shortestPath', 'search'];
  const notRun = sizes.flatMap((s) =>
    ALL_WORKLOADS.filter((id) => !s.workloads.some((w) => w.id === id)).map((id) => `${label(id)} @ ${s.label}`),
  );
  const partial = (measured: string): string => (notRun.length ? `${measured}; not run: ${notRun.join(', ')}` : measured);
  const worstFloor = all
    .map(({ s, w }) => ({ at: `${label(w.id)} @ ${s.label}`, r: w.api.requestsPerSecond / w.floor.requestsPerSecond }))
    .sort((a, b) => a.r - b.r);
  const missFloor = worstFloor.filter((x) => !(x.r >= TARGETS.floorThroughput));
  checks.push({
    target: `API ≥ ${TARGETS.floorThroughput}× the floor's throughput on entity, 2-hop, path and search, every size`,
    measured: !worstFloor.length
      ? 'not run'
      : partial(
          missFloor.length
            ? `missed on ${missFloor.map((x) => `${x.at} (${x.r.toFixed(2)}×)`).join(', ')}`
            : `lowest ${worstFloor[0]!.r.toFixed(2)}× (${worstFloor[0]!.at})`,
        ),
    met: !worstFloor.length ? null : missFloor.length ? false : notRun.length ? null : true,
  });

  const dbRatios = all
    .map(({ s, w }) => ({ at: `${label(w.id)} @ ${s.label}`, r: w.api.dbCpuMs / w.floor.dbCpuMs }))
    .filter((x) => Number.isFinite(x.r))
    .sort((a, b) => b.r - a.r);
  const missDb = dbRatios.filter((x) => x.r > TARGETS.floorDbCpu);
  checks.push({
    target: `API's Neo4j CPU per request ≤ ${TARGETS.floorDbCpu}× the floor's on the same workloads, every size`,
    measured: !all.length
      ? 'not run'
      : dbRatios.length === 0
        ? "Neo4j's process is not the bench's to read (NEO4J_URI)"
        : partial(
            missDb.length
              ? `missed on ${missDb.map((x) => `${x.at} (${x.r.toFixed(2)}×)`).join(', ')}`
              : `highest ${dbRatios[0]!.r.toFixed(2)}× (${dbRatios[0]!.at})`,
          ),
    met: dbRatios.length === 0 ? null : missDb.length ? false : notRun.length ? null : true,
  });

  const small = at(TEN_K);
  const ingestTarget =
    `ingest ≥ ${TARGETS.ingestRelationshipsPerSecond} relationships/s at concurrency ` + `${TARGETS.ingestConcurrency} on the 10k graph`;
  if (small?.ingest) {
    const i = small.ingest;
    checks.push({
      target: ingestTarget,
      measured:
        `${f0(i.relationshipsPerSecond)} relationships/s (${f1(i.articlesPerSecond)} articles/s, p50 / p99 ${f0(i.p50)} / ` +
        `${f0(i.p99)} ms per article, ${i.failures} failed)`,
      met: i.relationshipsPerSecond >= TARGETS.ingestRelationshipsPerSecond,
    });
  } else {
    checks.push({ target: ingestTarget, measured: small ? 'not run (--ingest=0)' : 'not run: 10k not measured', met: null });
  }

  const big = at(HUNDRED_K);
  const cpuTarget = `ingest CPU per article (API + Neo4j) at 100k ≤ ${TARGETS.ingestCpuGrowth}× that at 10k`;
  const cpu = (i: IngestMeasurement): number => i.serverCpuMs + i.dbCpuMs;
  if (small?.ingest && big?.ingest) {
    const [a, b] = [small.ingest, big.ingest];
    const growth = cpu(b) / cpu(a);
    const show = (i: IngestMeasurement, s: SizeResult): string => `${f1(cpu(i))} ms @ ${s.label} (${f1(i.serverCpuMs)} + ${f1(i.dbCpuMs)})`;
    checks.push({
      target: cpuTarget,
      measured: Number.isFinite(growth)
        ? `${show(a, small)} → ${show(b, big)}: ${growth.toFixed(2)}×`
        : `Neo4j's CPU is not the bench's to read (NEO4J_URI); API alone ${f1(a.serverCpuMs)} → ${f1(b.serverCpuMs)} ms`,
      met: Number.isFinite(growth) ? growth <= TARGETS.ingestCpuGrowth : null,
    });
  } else {
    const missing = [
      small ? (small.ingest ? null : '10k (--ingest=0)') : '10k',
      big ? (big.ingest ? null : '100k (--ingest=0)') : '100k',
    ].filter(Boolean);
    checks.push({
      target: cpuTarget,
      measured: `not run: needs ingest at 10k and 100k; not measured at ${missing.join(' and ')}`,
      met: null,
    });
  }

  const dvTarget = `\`stats { dataVersion }\` p99 ≤ ${TARGETS.dataVersionP99Ms} ms at 100k`;
  const dvOthers = sizes
    .filter((s) => s !== big && s.dataVersion)
    .map((s) => `${s.label}: ${f0(s.dataVersion!.p50)} / ${f0(s.dataVersion!.p99)} ms`);
  const dvAside = dvOthers.length ? ` (${dvOthers.join('; ')})` : '';
  if (big?.dataVersion) {
    checks.push({
      target: dvTarget,
      measured: `p50 / p99 ${f0(big.dataVersion.p50)} / ${f0(big.dataVersion.p99)} ms @ 100k, ${rate(big.dataVersion)}${dvAside}`,
      met: big.dataVersion.p99 <= TARGETS.dataVersionP99Ms && big.dataVersion.failures === 0,
    });
  } else {
    checks.push({ target: dvTarget, measured: `not run: 100k not measured${dvAside}`, met: null });
  }

  if (sizes.length) {
    const peak = sizes.map((s) => ({ s, mb: s.apiPeakRssMb })).sort((a, b) => b.mb - a.mb)[0]!;
    checks.push({
      target: `API RSS < ${TARGETS.rssMb} MB under load (reads and writes)`,
      measured: `peak RSS ${f0(peak.mb)} MB (@ ${peak.s.label})`,
      met: peak.mb < TARGETS.rssMb,
    });
  } else {
    checks.push({ target: `API RSS < ${TARGETS.rssMb} MB under load (reads and writes)`, measured: 'not run', met: null });
  }

  const pathTarget = `shortest-path p99 grows ≤ ${TARGETS.pathP99Growth}× from 10k to 1M relationships`;
  const p99Path = (s: SizeResult | undefined): number | undefined => s?.workloads.find((w) => w.id === 'shortestPath')?.api.p99;
  const million = at(MILLION);
  const [from, to] = [p99Path(small), p99Path(million)];
  if (from !== undefined && to !== undefined) {
    const growth = to / from;
    checks.push({
      target: pathTarget,
      measured: `${f0(from)} ms @ 10k → ${f0(to)} ms @ 1M: ${growth.toFixed(2)}×`,
      met: growth <= TARGETS.pathP99Growth,
    });
  } else {
    const measured = sizes.filter((s) => p99Path(s) !== undefined);
    const aside = measured.length ? ` (p99 ${measured.map((s) => `${f0(p99Path(s)!)} ms @ ${s.label}`).join(', ')})` : '';
    checks.push({ target: pathTarget, measured: `not run: needs 10k and 1M${aside}`, met: null });
  }

  const peer = all
    .filter(({ w }) => w.peer)
    .map(({ s, w }) => ({ at: `${label(w.id)} @ ${s.label}`, r: w.api.requestsPerSecond / w.peer!.requestsPerSecond }))
    .sort((a, b) => a.r - b.r);
  const missPeer = peer.filter((x) => x.r < TARGETS.peerThroughput);
  checks.push({
    target: `API ≥ ${TARGETS.peerThroughput}× @neo4j/graphql throughput, every workload it can express (informative)`,
    measured: !peer.length
      ? 'not run'
      : missPeer.length
        ? `missed on ${missPeer.map((x) => `${x.at} (${x.r.toFixed(2)}×)`).join(', ')}`
        : `lowest ${peer[0]!.r.toFixed(2)}× (${peer[0]!.at})`,
    met: peer.length ? missPeer.length === 0 : null,
  });
  return checks;
}

/** The Markdown of a run. */
export function renderResults({
  run,
  sizes,
  targets,
  pending,
}: {
  run: RunInfo;
  sizes: readonly SizeResult[];
  targets: readonly TargetCheck[];
  pending: readonly string[];
}): string {
  const out: string[] = [];
  out.push('# Benchmark results', '');
  out.push(`Written by \`npm run bench\` on ${run.date}. Command: \`${run.command}\`.`, '');
  if (pending.length) out.push(`**Partial:** written while the run went on; sizes not measured yet: ${pending.join(', ')}.`, '');
  out.push(
    `**Machine:** ${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.memoryGb.toFixed(0)} GB memory. ` +
      `Load average at start: ${run.machine.loadAverage}; ${run.machine.otherLoad}. ` +
      'Neo4j, the three servers and the load generator share these cores, so the figures include their contention.',
    '',
  );
  out.push(
    `**Versions:** ${Object.entries(run.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
  );
  out.push(
    `**Settings:** autocannon on loopback, ${run.settings.connections} connections; after each graph is loaded, Neo4j is settled ` +
      `for ${run.settings.settleSeconds} s under every workload's statements; per workload each system is checked, warmed up for ` +
      `${run.settings.warmupSeconds} s, then measured for ${run.settings.seconds} s ` +
      (`in ${run.settings.rounds} rounds that alternate the order of the systems, all against the same Neo4j ` +
        `(${run.settings.neo4j}) and the same data; graph seed ${run.settings.seed}. `) +
      ('After the four workloads, `stats { dataVersion }` is checked, warmed up and measured the same way against the API alone ' +
        '(the floor and the peer have no such field), on the same graph. ') +
      ('Latencies are p50 / p99 in ms over every answer; RSS is the highest resident memory of each server process sampled every ' +
        '200 ms while it was measured.'),
    '',
  );
  out.push(
    run.settings.ingest
      ? `**Writes:** at each size, after the read workloads (so that they read the graph as loaded) and the \`stats { dataVersion ` +
          `}\` run, the bench sends \`ingestArticle\` mutations over HTTP to the same API process, ` +
          (`with an API key it gives that process (\`API_KEYS\`, sent as \`Authorization: Bearer\`), ` +
            `${run.settings.ingestConcurrency} requests in flight at all times (a new one leaves as each answer arrives), for ` +
            `${run.settings.ingest}, `) +
          ('after a warm-up that is not counted (see *Write warm-up*). The articles come from `bench/generate-articles.ts` ' +
            '(seeded, the same ones at every size): each states 3–6 dated relationships (4.5 on average), each with one quote, ') +
          ('between entities drawn from a heavy-tailed pool of its own (the first articles create them, later ones resolve to ' +
            'them and corroborate claims already held); each gets a fresh id and URL, so every request is a real ingest, never an ' +
            'idempotent repeat. ') +
          ('The mutation selects `auditId` and `evidenceAdded` only. An article counts as ingested when the answer is a 200 with ' +
            'an audit id and no errors. ') +
          ('Relationships/s: the relationships in the inputs of the articles ingested, over the wall time of the whole run (first ' +
            'request sent to last answer); latency p50 / p99 per article over every answer; ') +
          ("CPU per article: the user + system time of the API process (and of Neo4j's) over the run, from /proc/<pid>/stat, " +
            'divided by the articles ingested.')
      : '**Writes:** not measured (`--ingest=0`).',
    '',
  );
  if (run.settings.ingest) out.push(writeWarmupText(run.settings), '');

  out.push('## Targets', '', '| target | measured | met |', '| --- | --- | --- |');
  for (const t of targets) out.push(`| ${t.target} | ${t.measured} | ${t.met === null ? 'not run' : t.met ? 'yes' : '**no**'} |`);
  out.push('');

  out.push(
    '## Loading',
    '',
    '| graph | entities | articles | relationships | evidence | load time | relationships/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const s of sizes) {
    const l = s.load;
    out.push(
      `| ${s.label} | ${l.entities.toLocaleString('en')} | ${l.articles.toLocaleString('en')} | ` +
        `${l.relationships.toLocaleString('en')} | ${l.evidence.toLocaleString('en')} | ${f0(l.seconds)} s | ` +
        `${f0(l.relationshipsPerSecond)} |`,
    );
  }
  out.push(
    '',
    "Loaded through `seedGraph` (the project's batched `UNWIND … MERGE` writer), 10,000 records per transaction, each chunk " +
      'validated with the article-file schema first.',
    '',
  );

  for (const s of sizes) {
    out.push(`## ${s.label} relationships`, '');
    out.push(
      '| workload | API req/s | floor req/s | API / floor | server CPU ms/req, API vs floor | Neo4j CPU ms/req, API vs floor | ' +
        'API p50 / p99 | floor p50 / p99 | answers equal | @neo4j/graphql req/s | API / @neo4j/graphql |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const w of s.workloads) {
      out.push(
        tableRow([
          label(w.id),
          rps(w.api),
          rps(w.floor),
          `${ratio(w.api.requestsPerSecond, w.floor.requestsPerSecond)}${spread(w.roundRatios)}`,
          `${f1(w.api.serverCpuMs)} vs ${f1(w.floor.serverCpuMs)}`,
          `${f1(w.api.dbCpuMs)} vs ${f1(w.floor.dbCpuMs)}`,
          ms(w.api),
          ms(w.floor),
          `${w.equality.equal} / ${w.equality.compared}`,
          w.peer ? rps(w.peer) : 'n/a',
          w.peer ? ratio(w.api.requestsPerSecond, w.peer.requestsPerSecond) : 'n/a',
        ]),
      );
    }
    out.push(
      '',
      `API peak RSS at this size (VmHWM): ${f0(s.apiPeakRssMb)} MB. CPU is the user + system time of the server process (and of ` +
        `Neo4j's) over the measured runs, from /proc/<pid>/stat before and after each, divided by the answers. ` +
        ('Answers equal: sampled requests (every input of the workload, sent once to each before the warm-up) whose `data` from ' +
          "the floor equals the API's field for field, ids in the same order.") +
        `${
          s.workloads.some((w) => [w.api, w.floor, w.peer].some((m) => m?.byCount))
            ? ' \\* too slow to be measured by time: ' + 'measured by a fixed count of answers per ' + 'round, over the time they took.'
            : ''
        }`,
      '',
    );
    out.push(
      '| workload | requests | failed | bytes per response | server CPU ms per request | Neo4j CPU ms per request | slowest ' +
        'first answer ms | server RSS MB |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const w of s.workloads) {
      const trio = (get: (m: SystemResult) => string): string => [w.api, w.floor, w.peer].map((m) => (m ? get(m) : 'n/a')).join(' / ');
      out.push(
        tableRow([
          label(w.id),
          trio((m) => String(m.requests)),
          trio((m) => String(m.failures)),
          trio((m) => f0(m.bytesPerResponse)),
          trio((m) => f1(m.serverCpuMs)),
          trio((m) => f1(m.dbCpuMs)),
          trio((m) => f0(m.firstAnswersMs)),
          trio((m) => f0(m.rssMb)),
        ]),
      );
    }
    out.push(
      '',
      'Each cell: API / floor / @neo4j/graphql. The first answers are the 8 unwarmed requests sent one by one before the warm-up ' +
        '(they include Neo4j planning the query).',
    );
    if (s.dataVersion) {
      const d = s.dataVersion;
      out.push(
        '',
        '| content version (API only) | req/s | p50 / p99 ms | requests | failed | server CPU ms per request | Neo4j CPU ms per ' +
          'request | slowest first answer ms | server RSS MB |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        `| \`stats { dataVersion }\` | ${rps(d)} | ${ms(d)} | ${d.requests} | ${d.failures} | ${f1(d.serverCpuMs)} | ` +
          `${f1(d.dbCpuMs)} | ${f0(d.firstAnswersMs)} | ${f0(d.rssMb)} |`,
      );
    }
    if (s.ingest) {
      const i = s.ingest;
      out.push(
        '',
        '| writes (API only) | articles ingested | relationships | wall time | relationships/s | articles/s | p50 / p99 ms per ' +
          'article | failed | server CPU ms per article | Neo4j CPU ms per article | server RSS MB | write transactions per ' +
          'article | statements per article | ms per write statement | JIT compiler share of Neo4j CPU | warm-up: articles, time, ' +
          'compiler share per window |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        tableRow([
          `\`ingestArticle\`, ${run.settings.ingestConcurrency} in flight`,
          i.articles,
          i.relationships,
          `${f1(i.seconds)} s`,
          f0(i.relationshipsPerSecond),
          f1(i.articlesPerSecond),
          `${f0(i.p50)} / ${f0(i.p99)}`,
          i.failures,
          f1(i.serverCpuMs),
          f1(i.dbCpuMs),
          f0(i.rssMb),
          ...(i.costs
            ? [
                i.costs.transactionsPerArticle.toFixed(2) +
                  (i.costs.abortedTransactions ? ` (${i.costs.abortedTransactions} not committed)` : ''),
                f1(i.costs.statementsPerArticle),
                f1(i.costs.msPerStatement),
              ]
            : ['n/a', 'n/a', 'n/a']),
          pct(i.compilerShare),
          warmupCell(i.warmup),
        ]),
        '',
        'Write transactions, statements and their time are the API\'s own count (its `/metrics`, `kg_neo4j_*{mode="write"}`) ' +
          'over the measured run: more transactions than articles means ingests ran again after losing a race with a concurrent ' +
          'one.',
      );
      if (i.firstFailure) out.push('', `First failed ingest: \`${i.firstFailure.replaceAll('`', "'").replace(/\s+/g, ' ')}\``);
      if (i.unexpected) out.push('', `${i.unexpected} answers added a number of evidence items other than the quotes of their input.`);
    }
    if (s.dataVersion || s.ingest)
      out.push(
        '',
        'The content version and then the writes run after the read workloads (see *Writes* above); the API peak RSS given above ' +
          'includes them.',
      );
    const differing = s.workloads.filter((w) => w.equality.mismatches.length);
    if (differing.length) {
      out.push('', '**Answers that differ** (the first few per workload):', '');
      for (const w of differing) for (const m of w.equality.mismatches) out.push(`- ${label(w.id)}: \`${m.replaceAll('`', "'")}\``);
    }
    out.push('');
  }

  out.push('## What each system runs', '');
  out.push('- All three run compiled (`tsconfig.bench.json` into `dist/`, no source maps) as plain `node`, as `npm start` serves the API.');
  out.push('- **API**: this service (`node dist/src/main.js`, `NODE_ENV=production`), `POST /graphql`.');
  out.push(
    '- **floor**: `bench/floor-server.ts`, a bare `node:http` handler over `neo4j-driver` that imports nothing from `src/`: one ' +
      "Cypher statement per request, written from the API's documented meaning rather than its Cypher, shaping the answer in " +
      'Cypher (map projections, `CALL` subqueries, bounded expansions). ' +
      ('Entity: the entity (or the one its id was merged into), a `CALL` taking its first 50 relationships in id order with both ' +
        "endpoints, a nested `CALL` collecting each one's evidence with its article, `COUNT {}` for the total. ") +
      ('2-hop: two breadth-first levels in one statement, each reading at most 51 relationships per entity, lowest ids kept, the ' +
        'cap of 50 applied across them. ') +
      ('Shortest path: `shortestPath` within 4 hops, each step on its firmest relationship (then lowest id); when a step has no ' +
        'firm claim, a firm-only `shortestPath` of the same length in an `OPTIONAL CALL`; evidence per step. ') +
      ('Search: the same full-text indexes queried with its own folding and Lucene query (words required but common ones, as ' +
        'typed, one typo from four letters, prefix), ranked in Cypher as documented (exact name or alias, prefix, all words in the ' +
        'names, office with the current holder first, description; then score, name, id).'),
  );
  out.push(
    "- **@neo4j/graphql**: `bench/peer-server.ts`, the library's generated API over type definitions written for this model " +
      '(`bench/peer-type-defs.ts`), Apollo Server standalone.',
  );
  const first = sizes[0];
  if (first) for (const w of first.workloads) out.push(`- ${label(w.id)} — @neo4j/graphql: ${w.peerNote}.`);
  if (run.profiles.length) out.push('', `CPU profiles of the API: ${run.profiles.map((p) => `\`${p}\``).join(', ')}.`);
  out.push('');
  return out.join('\n');
}

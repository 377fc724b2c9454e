/**
 * Renders a bench run as Markdown (bench/RESULTS.md): the machine, the versions, the command, the
 * load times, one table per graph size, and the targets with whether each is met.
 */
import type { LoadReport } from './load-graph.js';
import type { EqualityReport } from './compare-answers.js';
import type { Measurement } from './measure.js';
import type { WorkloadId } from './workloads.js';

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
}

/** Everything measured at one graph size. */
export interface SizeResult {
  label: string;
  relationships: number;
  load: LoadReport;
  workloads: WorkloadResult[];
  /** Peak resident memory of the API process over all its runs at this size (VmHWM, MB). */
  apiPeakRssMb: number;
}

/** The setting of a run. */
export interface RunInfo {
  date: string;
  command: string;
  machine: { cpu: string; cores: number; memoryGb: number; loadAverage: string; otherLoad: string };
  versions: Record<string, string>;
  settings: { connections: number; seconds: number; warmupSeconds: number; settleSeconds: number; rounds: number; seed: number; neo4j: string };
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
const label = (id: WorkloadId): string => ({ entity: 'entity + relationships + evidence', neighborhood: '2-hop neighbourhood', shortestPath: 'shortest path', search: 'search' })[id];

/** Evaluates the targets (issues 7 and 13) over the sizes measured. */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const all = sizes.flatMap((s) => s.workloads.map((w) => ({ s, w })));
  const unequal = all.filter(({ w }) => w.equality.equal < w.equality.compared);
  checks.push({
    target: "the floor's answers equal the API's on every sampled request",
    measured: unequal.length
      ? `differ on ${unequal.map(({ s, w }) => `${label(w.id)} @ ${s.label} (${w.equality.compared - w.equality.equal} of ${w.equality.compared})`).join(', ')}`
      : `${all.reduce((n, { w }) => n + w.equality.equal, 0)} of ${all.reduce((n, { w }) => n + w.equality.compared, 0)} equal`,
    met: all.length ? unequal.length === 0 : null,
  });
  const worstFloor = all.map(({ s, w }) => ({ at: `${label(w.id)} @ ${s.label}`, r: w.api.requestsPerSecond / w.floor.requestsPerSecond })).sort((a, b) => a.r - b.r);
  const missFloor = worstFloor.filter((x) => x.r < 0.8);
  checks.push({
    target: "API ≥ 0.8× the floor's throughput, every workload",
    measured: missFloor.length ? `missed on ${missFloor.map((x) => `${x.at} (${x.r.toFixed(2)}×)`).join(', ')}` : `lowest ${worstFloor[0]?.r.toFixed(2)}× (${worstFloor[0]?.at})`,
    met: missFloor.length === 0,
  });
  const dbRatios = all
    .map(({ s, w }) => ({ at: `${label(w.id)} @ ${s.label}`, r: w.api.dbCpuMs / w.floor.dbCpuMs }))
    .filter((x) => Number.isFinite(x.r))
    .sort((a, b) => b.r - a.r);
  const missDb = dbRatios.filter((x) => x.r > 1.3);
  checks.push({
    target: "API's Neo4j CPU per request ≤ 1.3× the floor's, every workload",
    measured: dbRatios.length === 0 ? "Neo4j's process is not the bench's to read (NEO4J_URI)" : missDb.length ? `missed on ${missDb.map((x) => `${x.at} (${x.r.toFixed(2)}×)`).join(', ')}` : `highest ${dbRatios[0]?.r.toFixed(2)}× (${dbRatios[0]?.at})`,
    met: dbRatios.length === 0 ? null : missDb.length === 0,
  });
  const peer = all.filter(({ w }) => w.peer).map(({ s, w }) => ({ at: `${label(w.id)} @ ${s.label}`, r: w.api.requestsPerSecond / w.peer!.requestsPerSecond })).sort((a, b) => a.r - b.r);
  const missPeer = peer.filter((x) => x.r < 1.2);
  checks.push({
    target: 'API ≥ 1.2× @neo4j/graphql throughput, every workload it can express',
    measured: missPeer.length ? `missed on ${missPeer.map((x) => `${x.at} (${x.r.toFixed(2)}×)`).join(', ')}` : `lowest ${peer[0]?.r.toFixed(2)}× (${peer[0]?.at})`,
    met: missPeer.length === 0,
  });
  const paths = sizes.map((s) => ({ s, w: s.workloads.find((w) => w.id === 'shortestPath') })).filter((x) => x.w);
  if (paths.length >= 2) {
    const first = paths[0]!;
    const last = paths[paths.length - 1]!;
    const growth = last.w!.api.p99 / first.w!.api.p99;
    const reachedMillion = last.s.relationships >= 1_000_000;
    checks.push({
      target: 'shortest-path p99 grows ≤ 3× from 10k to 1M relationships',
      measured: `${f0(first.w!.api.p99)} ms @ ${first.s.label} → ${f0(last.w!.api.p99)} ms @ ${last.s.label}: ${growth.toFixed(2)}×${reachedMillion ? '' : ` (measured up to ${last.s.label} only)`}`,
      met: growth <= 3,
    });
  } else {
    checks.push({ target: 'shortest-path p99 grows ≤ 3× from 10k to 1M relationships', measured: 'needs two sizes', met: null });
  }
  const peak = Math.max(...sizes.map((s) => s.apiPeakRssMb));
  checks.push({ target: 'API memory < 300 MB under load', measured: `peak RSS ${f0(peak)} MB`, met: peak < 300 });
  return checks;
}

/** The Markdown of a run. */
export function renderResults({ run, sizes, targets, pending }: { run: RunInfo; sizes: readonly SizeResult[]; targets: readonly TargetCheck[]; pending: readonly string[] }): string {
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
  out.push(`**Versions:** ${Object.entries(run.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`, '');
  out.push(
    `**Settings:** autocannon on loopback, ${run.settings.connections} connections; after each graph is loaded, Neo4j is settled for ${run.settings.settleSeconds} s under every workload's statements; per workload each system is checked, warmed up for ${run.settings.warmupSeconds} s, then measured for ${run.settings.seconds} s ` +
      `in ${run.settings.rounds} rounds that alternate the order of the systems, all against the same Neo4j (${run.settings.neo4j}) and the same data; graph seed ${run.settings.seed}. ` +
      'Latencies are p50 / p99 in ms over every answer; RSS is the highest resident memory of each server process sampled every 200 ms while it was measured.',
    '',
  );

  out.push('## Targets', '', '| target | measured | met |', '| --- | --- | --- |');
  for (const t of targets) out.push(`| ${t.target} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'yes' : '**no**'} |`);
  out.push('');

  out.push('## Loading', '', '| graph | entities | articles | relationships | evidence | load time | relationships/s |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of sizes) {
    const l = s.load;
    out.push(`| ${s.label} | ${l.entities.toLocaleString('en')} | ${l.articles.toLocaleString('en')} | ${l.relationships.toLocaleString('en')} | ${l.evidence.toLocaleString('en')} | ${f0(l.seconds)} s | ${f0(l.relationshipsPerSecond)} |`);
  }
  out.push('', 'Loaded through `seedGraph` (the project\'s batched `UNWIND … MERGE` writer), 10,000 records per transaction, each chunk validated with the article-file schema first.', '');

  for (const s of sizes) {
    out.push(`## ${s.label} relationships`, '');
    out.push(
      '| workload | API req/s | floor req/s | API / floor | server CPU ms/req, API vs floor | Neo4j CPU ms/req, API vs floor | API p50 / p99 | floor p50 / p99 | answers equal | @neo4j/graphql req/s | API / @neo4j/graphql |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const w of s.workloads) {
      out.push(
        `| ${label(w.id)} | ${rps(w.api)} | ${rps(w.floor)} | ${ratio(w.api.requestsPerSecond, w.floor.requestsPerSecond)} | ${f1(w.api.serverCpuMs)} vs ${f1(w.floor.serverCpuMs)} | ` +
          `${f1(w.api.dbCpuMs)} vs ${f1(w.floor.dbCpuMs)} | ${ms(w.api)} | ${ms(w.floor)} | ${w.equality.equal} / ${w.equality.compared} | ` +
          `${w.peer ? rps(w.peer) : 'n/a'} | ${w.peer ? ratio(w.api.requestsPerSecond, w.peer.requestsPerSecond) : 'n/a'} |`,
      );
    }
    out.push(
      '',
      `API peak RSS at this size (VmHWM): ${f0(s.apiPeakRssMb)} MB. CPU is the user + system time of the server process (and of Neo4j's) over the measured runs, from /proc/<pid>/stat before and after each, divided by the answers. ` +
        "Answers equal: sampled requests (every input of the workload, sent once to each before the warm-up) whose `data` from the floor equals the API's field for field, ids in the same order." +
        `${s.workloads.some((w) => [w.api, w.floor, w.peer].some((m) => m?.byCount)) ? ' \\* too slow to be measured by time: measured by a fixed count of answers per round, over the time they took.' : ''}`,
      '',
    );
    out.push(
      '| workload | requests | failed | bytes per response | server CPU ms per request | Neo4j CPU ms per request | slowest first answer ms | server RSS MB |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const w of s.workloads) {
      const trio = (get: (m: SystemResult) => string): string => [w.api, w.floor, w.peer].map((m) => (m ? get(m) : 'n/a')).join(' / ');
      out.push(
        `| ${label(w.id)} | ${trio((m) => String(m.requests))} | ${trio((m) => String(m.failures))} | ${trio((m) => f0(m.bytesPerResponse))} | ` +
          `${trio((m) => f1(m.serverCpuMs))} | ${trio((m) => f1(m.dbCpuMs))} | ${trio((m) => f0(m.firstAnswersMs))} | ${trio((m) => f0(m.rssMb))} |`,
      );
    }
    out.push('', 'Each cell: API / floor / @neo4j/graphql. The first answers are the 8 unwarmed requests sent one by one before the warm-up (they include Neo4j planning the query).');
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
    '- **floor**: `bench/floor-server.ts`, a bare `node:http` handler over `neo4j-driver` that imports nothing from `src/`: one Cypher statement per request, written from the API\'s documented meaning rather than its Cypher, shaping the answer in Cypher (map projections, `CALL` subqueries, bounded expansions). ' +
      'Entity: the entity (or the one its id was merged into), a `CALL` taking its first 50 relationships in id order with both endpoints, a nested `CALL` collecting each one\'s evidence with its article, `COUNT {}` for the total. ' +
      '2-hop: two breadth-first levels in one statement, each reading at most 51 relationships per entity, lowest ids kept, the cap of 50 applied across them. ' +
      'Shortest path: `shortestPath` within 4 hops, each step on its firmest relationship (then lowest id); when a step has no firm claim, a firm-only `shortestPath` of the same length in an `OPTIONAL CALL`; evidence per step. ' +
      'Search: the same full-text indexes queried with its own folding and Lucene query (words required but common ones, as typed, one typo from four letters, prefix), ranked in Cypher as documented (exact name or alias, prefix, all words in the names, office with the current holder first, description; then score, name, id).',
  );
  out.push('- **@neo4j/graphql**: `bench/peer-server.ts`, the library\'s generated API over type definitions written for this model (`bench/peer-type-defs.ts`), Apollo Server standalone.');
  const first = sizes[0];
  if (first) for (const w of first.workloads) out.push(`- ${label(w.id)} — @neo4j/graphql: ${w.peerNote}.`);
  if (run.profiles.length) out.push('', `CPU profiles of the API: ${run.profiles.map((p) => `\`${p}\``).join(', ')}.`);
  out.push('');
  return out.join('\n');
}

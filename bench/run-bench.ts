/**
 * `npm run bench [-- --sizes=10k,100k] [--seconds=10] [--warmup=3] [--settle=20] [--rounds=2] [--connections=10]
 * [--ingest=200|30s|0] [--jit-warmup=180] [--workloads=all|none|id,id] [--seed=42] [--heap=2g] [--pagecache=2g] [--profile] [--reset]
 * [--keep] [--out=bench/RESULTS.md]`
 *
 * For each size: empties the database, loads a synthetic graph through the project's writer,
 * starts the API, the floor (bench/floor-server.ts: one idiomatic statement per request over a bare
 * driver, sharing nothing with the API) and @neo4j/graphql as child processes on the same Neo4j;
 * per workload, sends every sampled request to the API and the floor and checks that their answers
 * are equal, then runs it against each system with autocannon (`--seconds` per system and
 * workload, split into `--rounds` that alternate the systems' order), reading the CPU time the
 * server process and Neo4j spent per answer. Then, against the API alone, `stats { dataVersion }` the
 * same way, and writes: `ingestArticle` over HTTP with an API key the bench gives the API, 4
 * requests in flight, fresh generated articles for `--ingest` articles (`--ingest=30s`: seconds;
 * `--ingest=0`: no writes), after the reads so that they see the graph as loaded, and after
 * warming Neo4j on the write path until its JIT compiler settles, for at most `--jit-warmup`
 * seconds (bench/warm-jvm.ts; 0: 20 articles only). Finally writes bench/RESULTS.md.
 * Without NEO4J_URI it starts (and at the end removes) its own Neo4j on a free port; with
 * NEO4J_URI it refuses a non-empty database unless `--reset` is given, because it deletes it.
 * `--workloads=none` skips the read workloads (and the settling that runs them), e.g. to iterate on
 * the ingest; `--workloads=id,id` runs only those (bench/workloads.ts ids); default all.
 * `--profile` writes a CPU profile of the API (summarised at the end); `--keep` leaves the
 * throwaway Neo4j running with the last graph, for looking into a query afterwards.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { createStore } from '../src/store/gateway.js';
import { applySchema } from '../src/store/apply-schema.js';
import { searchQuery } from '../src/store/cypher/search-entities.js';
import { projectRoot } from '../src/project-root.js';
import { benchNeo4j } from './bench-neo4j.js';
import { freePort } from '../src/local-neo4j/index.js';
import { countNodes, emptyDatabase, loadGraph } from './load-graph.js';
import { checkRequests, combine, rssOf, run, type Sample } from './measure.js';
import { compareAnswers } from './compare-answers.js';
import {
  checkTargets,
  renderResults,
  TARGETS,
  type RunInfo,
  type SizeResult,
  type SystemResult,
  type WorkloadResult,
} from './render-results.js';
import { startServer, type StartedServer } from './start-server.js';
import { SYNTHETIC_RELATION_TYPES, syntheticGraph } from './synthetic-graph.js';
import { buildWorkloads, chooseInputs, DATA_VERSION_REQUEST } from './workloads.js';
import { describeLength, ingestArticles, parseIngest, runIngest, summarizeIngest, type IngestLength } from './ingest.js';
import { WRITE_WARMUP_ARTICLES, warmWritePath, type JvmWarmup } from './warm-jvm.js';
import { summarizeProfile } from './summarize-profile.js';
import { scrapeMetrics, writeCosts } from './prom-metrics.js';

/** Parses `10k`, `100k`, `1M` or a plain number. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`not a size: ${text} (use e.g. 10k, 100k, 1M)`);
  const n = Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2]?.toLowerCase() === 'm' ? 1e6 : 1);
  if (!Number.isInteger(n) || n < 1000) throw new Error(`size ${text}: at least 1000 relationships`);
  return n;
}

/** The command-line options of the bench. */
export interface BenchOptions {
  sizes: number[];
  seconds: number;
  warmup: number;
  /** Seconds of load on Neo4j after each graph is loaded, before anything is measured. */
  settle: number;
  rounds: number;
  connections: number;
  seed: number;
  heap: string;
  pageCache: string;
  profile: boolean;
  reset: boolean;
  keep: boolean;
  /** Where the results go, from the project root; default bench/RESULTS.md. */
  out: string;
  /** How long each size's ingest run lasts; null: no writes (`--ingest=0`). */
  ingest: IngestLength | null;
  /** The longest Neo4j is warmed on the write path before each ingest run, in seconds; 0: a fixed 20 articles (bench/warm-jvm.ts). */
  jitWarmup: number;
  /** The read workloads to run, by id; null: all (`--workloads=all`), empty: none (`--workloads=none`). */
  workloads: string[] | null;
}

/** Parses `--name=value` flags; unknown flags are an error. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const flags = new Map<string, string>();
  for (const a of argv) {
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a}`);
    flags.set(m[1]!, m[2] ?? 'true');
  }
  const known = [
    'sizes',
    'seconds',
    'warmup',
    'settle',
    'rounds',
    'connections',
    'ingest',
    'seed',
    'heap',
    'pagecache',
    'profile',
    'reset',
    'keep',
    'workloads',
    'jit-warmup',
    'out',
  ];
  const unknown = [...flags.keys()].filter((k) => !known.includes(k));
  if (unknown.length)
    throw new Error(`unknown flag(s): ${unknown.map((k) => `--${k}`).join(', ')}; known: ${known.map((k) => `--${k}`).join(' ')}`);
  const num = (k: string, d: number): number => {
    const v = Number(flags.get(k) ?? d);
    if (!Number.isFinite(v) || v <= 0) throw new Error(`--${k} must be a positive number`);
    return v;
  };
  /** A number of seconds that may be 0 (off). */
  const seconds = (k: string, d: number): number => {
    const v = Number(flags.get(k) ?? d);
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${k} must be a number of seconds, 0 or more`);
    return v;
  };
  const sizes = (flags.get('sizes') ?? '10k,100k')
    .split(',')
    .map(parseSize)
    .sort((a, b) => a - b);
  const big = sizes.some((s) => s >= 500_000);
  return {
    sizes,
    seconds: num('seconds', 10),
    warmup: num('warmup', 3),
    settle: num('settle', 20),
    rounds: Math.round(num('rounds', 2)),
    connections: num('connections', 10),
    seed: num('seed', 42),
    heap: flags.get('heap') ?? (big ? '4g' : '2g'),
    pageCache: flags.get('pagecache') ?? (big ? '4g' : '2g'),
    profile: flags.has('profile'),
    reset: flags.has('reset'),
    keep: flags.has('keep'),
    out: flags.get('out') ?? path.join('bench', 'RESULTS.md'),
    ingest: parseIngest(flags.get('ingest') ?? '200'),
    jitWarmup: seconds('jit-warmup', 180),
    workloads: ((w) =>
      w === 'all'
        ? null
        : w === 'none'
          ? []
          : w
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean))(flags.get('workloads') ?? 'all'),
  };
}

/**
 * With `--jit-warmup=0`: articles ingested before each measured ingest run, not counted (the ingest statements get planned, the API's write
 * path compiled).
 */
const INGEST_WARMUP_ARTICLES = 20;
/** Where the warm-up's articles are numbered from: apart from the measured ones, so that each of them is fresh. */
const INGEST_WARMUP_FIRST = 900_000;

const sizeLabel = (n: number): string => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n % 1000 === 0 ? `${n / 1000}k` : String(n));
const log = (msg: string): void => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

async function packageVersion(name: string): Promise<string> {
  const file = path.join(projectRoot(), 'node_modules', name, 'package.json');
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}

async function machine(): Promise<RunInfo['machine']> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const loadAverage = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  let others = '';
  try {
    others = execFileSync('pgrep', ['-fa', 'vitest'], { encoding: 'utf8' }).trim();
  } catch {
    others = '';
  }
  const otherLoad = others ? `other test runs were active (${others.split('\n').length} vitest processes)` : 'no vitest run was active';
  return { cpu, cores: os.cpus().length, memoryGb: os.totalmem() / 2 ** 30, loadAverage, otherLoad };
}

/**
 * Compiles the API, the floor and the peer into dist/ (tsconfig.bench.json, no type check, no
 * source maps), so that all three run as plain JavaScript, as `npm start` serves the API.
 */
function buildServers(): void {
  execFileSync(
    process.execPath,
    [path.join(projectRoot(), 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.bench.json', '--noCheck'],
    { cwd: projectRoot(), stdio: 'inherit' },
  );
}

/**
 * `stats { dataVersion }` against the API alone, as the workloads are measured: its first answers
 * checked, a warm-up, then `--rounds` runs of `--seconds` in all at `--connections`.
 */
async function measureDataVersion({
  label,
  api,
  neoPid,
  opts,
}: {
  label: string;
  api: StartedServer;
  neoPid: number | undefined;
  opts: BenchOptions;
}): Promise<SystemResult> {
  const requests = [DATA_VERSION_REQUEST];
  const check = await checkRequests({ base: api.base, requests: Array.from({ length: 8 }, () => DATA_VERSION_REQUEST) });
  if (check.bad) log(`${label} dataVersion: ${check.bad} of 8 first answers were bad; the first: ${check.firstBad}`);
  await run({ base: api.base, requests, seconds: opts.warmup, connections: opts.connections, pid: api.pid, dbPid: neoPid });
  const samples: Sample[] = [];
  for (let round = 0; round < opts.rounds; round++) {
    samples.push(
      await run({
        base: api.base,
        requests,
        seconds: opts.seconds / opts.rounds,
        connections: opts.connections,
        pid: api.pid,
        dbPid: neoPid,
      }),
    );
  }
  const m = combine(samples);
  log(
    `${label} stats { dataVersion } API: ${m.requestsPerSecond.toFixed(1)} req/s, p50 ${m.p50.toFixed(1)} ms, p99 ` +
      `${m.p99.toFixed(1)} ms, ` +
      (`CPU per request ${m.serverCpuMs.toFixed(2)} ms + Neo4j ${m.dbCpuMs.toFixed(2)} ms${m.failures ? `, ${m.failures} FAILED` : ''} ` +
        `(first answers ≤ ${check.slowestMs.toFixed(0)} ms)`),
  );
  return { ...m, firstAnswersMs: check.slowestMs, byCount: false };
}

/** Reads the content version through the API (a check that the writes changed it). */
async function readDataVersion(base: string): Promise<string> {
  const res = await fetch(base + DATA_VERSION_REQUEST.path, {
    method: 'POST',
    body: DATA_VERSION_REQUEST.body,
    headers: { 'content-type': 'application/json' },
  });
  const json = (await res.json()) as { data?: { stats?: { dataVersion?: string } } };
  return json.data?.stats?.dataVersion ?? `no version (${res.status})`;
}

/**
 * The writes: a warm-up (Neo4j's JIT settled on the write path, bench/warm-jvm.ts; with
 * `--jit-warmup=0`, INGEST_WARMUP_ARTICLES fresh articles), then the measured run of
 * `length`, both at the target's concurrency, each article fresh (bench/ingest.ts).
 */
async function measureIngest({
  label,
  api,
  neoPid,
  opts,
  length,
  apiKey,
}: {
  label: string;
  api: StartedServer;
  neoPid: number | undefined;
  opts: BenchOptions;
  length: IngestLength;
  apiKey: string;
}) {
  const concurrency = TARGETS.ingestConcurrency;
  const before = await readDataVersion(api.base);
  let warmup: JvmWarmup | undefined;
  if (opts.jitWarmup > 0) {
    warmup = await warmWritePath({
      base: api.base,
      apiKey,
      apiPid: api.pid,
      dbPid: neoPid,
      articles: ingestArticles({ seed: opts.seed + 1, first: INGEST_WARMUP_FIRST, rewrite: WRITE_WARMUP_ARTICLES }),
      concurrency,
      maxSeconds: opts.jitWarmup,
      log: (msg) => log(`${label} ${msg}`),
    });
  } else {
    const warm = await runIngest({
      base: api.base,
      apiKey,
      articles: ingestArticles({ seed: opts.seed + 1, first: INGEST_WARMUP_FIRST }),
      length: { articles: INGEST_WARMUP_ARTICLES },
      concurrency,
      pid: api.pid,
      dbPid: neoPid,
    });
    if (warm.failures) log(`${label} ingest warm-up: ${warm.failures} of ${warm.sent} failed; the first: ${warm.firstFailure}`);
  }
  const metrics0 = await scrapeMetrics(api.base);
  const sample = await runIngest({
    base: api.base,
    apiKey,
    articles: ingestArticles({ seed: opts.seed }),
    length,
    concurrency,
    pid: api.pid,
    dbPid: neoPid,
  });
  const metrics1 = await scrapeMetrics(api.base);
  const m = { ...summarizeIngest(sample), ...(warmup ? { warmup } : {}) };
  if (metrics0.size && metrics1.size) m.costs = writeCosts(metrics0, metrics1, m.articles);
  const after = await readDataVersion(api.base);
  log(
    `${label} ingest API (${concurrency} in flight, ${describeLength(length)}): ${m.articles} articles, ${m.relationships} ` +
      `relationships in ${m.seconds.toFixed(1)} s: ` +
      (`${m.relationshipsPerSecond.toFixed(1)} relationships/s, ${m.articlesPerSecond.toFixed(1)} articles/s, p50 ` +
        `${m.p50.toFixed(0)} ms, p99 ${m.p99.toFixed(0)} ms per article, `) +
      `CPU per article ${m.serverCpuMs.toFixed(1)} ms + Neo4j ${m.dbCpuMs.toFixed(1)} ms, RSS ${m.rssMb.toFixed(0)} MB` +
      (m.costs
        ? `; per article ${m.costs.transactionsPerArticle.toFixed(2)} write transactions (${m.costs.abortedTransactions} not ` +
          `committed, ${m.costs.msPerTransaction.toFixed(0)} ms each), ` +
          `${m.costs.statementsPerArticle.toFixed(1)} statements (${m.costs.msPerStatement.toFixed(1)} ms each)`
        : '') +
      `${m.failures ? `, ${m.failures} FAILED (first: ${m.firstFailure})` : ''}` +
      `${m.unexpected ? `, ${m.unexpected} answers with an unexpected evidence count` : ''}; ` +
      `dataVersion ${before.slice(0, 12)}… → ${after.slice(0, 12)}…${before === after ? ' (UNCHANGED)' : ''}`,
  );
  return m;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  buildServers();
  const config = loadConfig();
  const started = Date.now();
  const info: RunInfo = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: await machine(),
    versions: {
      node: process.version,
      neo4j: '?',
      'neo4j-driver': await packageVersion('neo4j-driver'),
      '@apollo/server': await packageVersion('@apollo/server'),
      '@neo4j/graphql': await packageVersion('@neo4j/graphql'),
      autocannon: await packageVersion('autocannon'),
    },
    settings: {
      connections: opts.connections,
      seconds: opts.seconds,
      warmupSeconds: opts.warmup,
      settleSeconds: opts.settle,
      rounds: opts.rounds,
      seed: opts.seed,
      neo4j: '',
      ingest: opts.ingest ? describeLength(opts.ingest) : null,
      ingestConcurrency: TARGETS.ingestConcurrency,
      ingestWarmupArticles: INGEST_WARMUP_ARTICLES,
      jitWarmupSeconds: opts.jitWarmup,
    },
    profiles: [],
  };
  log(
    `sizes ${opts.sizes.map(sizeLabel).join(', ')}; ${info.machine.cpu}, ${info.machine.cores} cores; load average ` +
      `${info.machine.loadAverage}; ${info.machine.otherLoad}`,
  );

  const neo = await benchNeo4j({ config, heap: opts.heap, pageCache: opts.pageCache, log });
  info.settings.neo4j =
    neo.kind === 'throwaway' ? `a throwaway built-in Neo4j, heap ${opts.heap}, page cache ${opts.pageCache}` : 'NEO4J_URI';
  const store = createStore({
    ...config.neo4j,
    uri: neo.uri,
    user: neo.user,
    password: neo.password,
    database: neo.database,
    queryTimeoutMs: 3_600_000,
    maxRetryMs: 60_000,
  });
  const servers: StartedServer[] = [];
  const stopAll = async (): Promise<void> => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  };
  let interrupted = false;
  const onSignal = (): void => {
    if (interrupted) return;
    interrupted = true;
    log('interrupted: stopping the servers and Neo4j');
    void stopAll()
      .then(() => store.close())
      .then(() => neo.stop())
      .finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);

  const sizes: SizeResult[] = [];
  const resultsFile = path.resolve(projectRoot(), opts.out);
  try {
    const [component] = await store.read({
      cypher: 'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
      params: {},
    });
    info.versions.neo4j = `${String(component?.version)} ${String(component?.edition)}`;
    if (neo.kind === 'external' && (await countNodes({ store })) > 0 && !opts.reset) {
      throw new Error('The database at NEO4J_URI is not empty and the bench deletes everything in it; pass --reset to allow that.');
    }
    const env = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      NEO4J_URI: neo.uri,
      NEO4J_USER: neo.user,
      NEO4J_PASSWORD: neo.password,
      NEO4J_DATABASE: neo.database,
    };
    // The key the API accepts for writes (API_KEYS, id:secret), fresh for every run.
    const apiKey = randomBytes(24).toString('hex');
    const profileDir = opts.profile ? await mkdtemp(path.join(os.tmpdir(), 'kg-bench-profile-')) : undefined;

    for (const relationships of opts.sizes) {
      const label = sizeLabel(relationships);
      log(`${label}: emptying the database and applying the schema`);
      await emptyDatabase({ store });
      const missing = await applySchema(store, path.join(projectRoot(), 'schema'));
      if (missing.length) throw new Error(`schema incomplete: ${missing.join(', ')}`);
      const graph = syntheticGraph({ relationships, seed: opts.seed });
      log(`${label}: loading ${graph.entities.length} entities, ${graph.articleCount} articles, ${relationships} relationships`);
      let lastLog = Date.now();
      const load = await loadGraph({
        store,
        graph,
        progress: (m) => {
          if (Date.now() - lastLog > 15_000) {
            log(`${label}: ${m}`);
            lastLog = Date.now();
          }
        },
      });
      log(
        `${label}: loaded in ${load.seconds.toFixed(1)} s (${load.relationshipsPerSecond.toFixed(0)} relationships/s); ` +
          `${load.evidence} evidence items`,
      );
      // As a database that has been serving for a while: index statistics sampled, no plan made
      // before them. Planned on a fresh load, a lookup of evidence by relationship id became a scan
      // of the whole index for every relationship (the floor's entity read at 10k: 30 ms of Neo4j
      // CPU per request instead of 2).
      try {
        await store.schema({ cypher: 'CALL db.prepareForReplanning(600000)', params: {} });
        log(`${label}: index statistics resampled, query caches cleared`);
      } catch (err) {
        log(`${label}: could not resample index statistics (${(err as Error).message}); plans made now may not fit the data`);
      }
      const workloads = buildWorkloads({
        inputs: chooseInputs({ graph, seed: opts.seed }),
        types: SYNTHETIC_RELATION_TYPES,
        lucene: (text) => searchQuery(text)?.names,
      }).filter((w) => opts.workloads === null || opts.workloads.includes(w.id));

      const api = await startServer({
        name: 'API',
        script: 'dist/src/main.js',
        env: { ...env, SEED_ON_START: 'false', RATE_LIMIT_MAX: '1000000000', COST_BUDGET: '0', API_KEYS: `bench:${apiKey}` },
        port: await freePort(),
        probe: '/health/ready',
        nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      });
      servers.push(api);
      // The floor gets the Neo4j settings and nothing else: it reads no project configuration.
      const floor = await startServer({
        name: 'floor',
        script: 'dist/bench/floor-server.js',
        env: { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, NEO4J_DATABASE: neo.database },
        port: await freePort(),
        probe: null,
      });
      servers.push(floor);
      const peer = await startServer({
        name: '@neo4j/graphql',
        script: 'dist/bench/peer-server.js',
        env,
        port: await freePort(),
        probe: null,
      });
      servers.push(peer);

      // A freshly loaded store answers its first minute slowly (the JVM compiling, pages coming
      // in): at 10k that cost Neo4j 4x its settled CPU per request in the first workload. Every
      // workload's statements run here first, the API's and the floor's (they differ).
      log(`${label}: settling Neo4j for ${opts.settle} s`);
      for (const w of workloads) {
        for (const [server, requests] of [
          [api, w.api],
          [floor, w.floor],
        ] as const) {
          await run({
            base: server.base,
            requests,
            seconds: opts.settle / workloads.length / 2,
            connections: opts.connections,
            pid: server.pid,
            dbPid: neo.pid,
          });
        }
      }

      const results: WorkloadResult[] = [];
      for (const w of workloads) {
        // Every sampled request, once to each, before anything is timed: the floor must answer what the API answers.
        const equality = await compareAnswers({ apiBase: api.base, floorBase: floor.base, api: w.api, floor: w.floor });
        log(
          `${label} ${w.id}: the floor's answers equal the API's on ${equality.equal} of ${equality.compared} ` +
            `requests${equality.mismatches.length ? `; first differences:\n  ${equality.mismatches.join('\n  ')}` : ''}`,
        );
        const systems = [
          { key: 'api' as const, server: api, requests: w.api },
          { key: 'floor' as const, server: floor, requests: w.floor },
          ...(w.peer ? [{ key: 'peer' as const, server: peer, requests: w.peer }] : []),
        ];
        const first = new Map<string, number>();
        // A system too slow for `connections` × 3 answers in a round is measured by count instead of
        // by time (autocannon drops answers still in flight when the time is up).
        const amount = new Map<string, number | undefined>();
        const roundSeconds = opts.seconds / opts.rounds;
        for (const sys of systems) {
          const check = await checkRequests({ base: sys.server.base, requests: sys.requests.slice(0, 8) });
          first.set(sys.key, check.slowestMs);
          if (check.bad)
            log(
              `${label} ${w.id} ${sys.server.name}: ${check.bad} of 8 first answers were bad (counted as failures when they ` +
                `recur); the first: ${check.firstBad}`,
            );
          const warm = await run({
            base: sys.server.base,
            requests: sys.requests,
            seconds: opts.warmup,
            connections: opts.connections,
            pid: sys.server.pid,
            dbPid: neo.pid,
          });
          const slow = (warm.latencies.length / warm.seconds) * roundSeconds < opts.connections * 3;
          amount.set(sys.key, slow ? opts.connections * 3 : undefined);
        }
        // Rounds alternate the order (API, floor, peer; then peer, floor, API …) so that drift in the
        // machine's load and Neo4j's warm-up do not favour whichever system runs first.
        const samples = new Map<string, Sample[]>(systems.map((x) => [x.key, []]));
        for (let round = 0; round < opts.rounds; round++) {
          for (const sys of round % 2 === 0 ? systems : [...systems].reverse()) {
            samples.get(sys.key)!.push(
              await run({
                base: sys.server.base,
                requests: sys.requests,
                seconds: roundSeconds,
                amount: amount.get(sys.key),
                connections: opts.connections,
                pid: sys.server.pid,
                dbPid: neo.pid,
                offset: round * 17,
              }),
            );
          }
        }
        const result = (key: 'api' | 'floor' | 'peer'): SystemResult => {
          const m = combine(samples.get(key)!);
          const name = systems.find((x) => x.key === key)!.server.name;
          log(
            `${label} ${w.id} ${name}: ${m.requestsPerSecond.toFixed(1)} req/s, p50 ${m.p50.toFixed(0)} ms, p99 ` +
              `${m.p99.toFixed(0)} ms, RSS ${m.rssMb.toFixed(0)} MB, ` +
              `CPU per request ${m.serverCpuMs.toFixed(1)} ms + Neo4j ${m.dbCpuMs.toFixed(1)} ms` +
              `${m.failures ? `, ${m.failures} FAILED` : ''} (first answers ≤ ${first.get(key)!.toFixed(0)} ms` +
              `${amount.get(key) ? `; measured by count, ${amount.get(key)} answers a round` : ''})`,
          );
          return { ...m, firstAnswersMs: first.get(key)!, byCount: amount.get(key) !== undefined };
        };
        // Each round's API rate over the floor's rate in the same round: how far one run's ratio can move.
        const rate = (x: Sample): number => x.latencies.length / x.seconds;
        const floorRounds = samples.get('floor')!;
        const roundRatios = samples.get('api')!.map((a, i) => rate(a) / rate(floorRounds[i]!));
        results.push({
          id: w.id,
          title: w.title,
          peerNote: w.peerNote,
          api: result('api'),
          floor: result('floor'),
          peer: w.peer ? result('peer') : null,
          equality,
          roundRatios,
        });
      }
      const dataVersion = await measureDataVersion({ label, api, neoPid: neo.pid, opts });
      const ingest = opts.ingest ? await measureIngest({ label, api, neoPid: neo.pid, opts, length: opts.ingest, apiKey }) : null;
      const apiPeakRssMb = rssOf(api.pid, 'VmHWM');
      await stopAll();
      sizes.push({ label, relationships, load, workloads: results, apiPeakRssMb, dataVersion, ingest });
      // Written after every size, so that a run stopped later keeps what it measured.
      await writeFile(
        resultsFile,
        renderResults({ run: info, sizes, targets: checkTargets(sizes), pending: opts.sizes.slice(sizes.length).map(sizeLabel) }),
      );
    }

    if (profileDir) {
      for (const file of (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile'))) {
        const full = path.join(profileDir, file);
        info.profiles.push(full);
        log(`CPU profile ${full}; top self time:\n${await summarizeProfile({ file: full, top: 25 })}`);
      }
    }
    const markdown = renderResults({ run: info, sizes, targets: checkTargets(sizes), pending: [] });
    await writeFile(resultsFile, markdown);
    console.log('\n' + markdown);
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; wrote ${path.relative(projectRoot(), resultsFile)}`);
  } finally {
    await stopAll();
    await store.close();
    if (opts.keep && neo.kind === 'throwaway') {
      log(
        `--keep: Neo4j stays up with the last graph at ${neo.uri} (user neo4j, password ${neo.password}, pid ${neo.pid}); stop it ` +
          `with kill ${neo.pid}`,
      );
    } else {
      await neo.stop();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

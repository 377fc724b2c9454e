/**
 * Warming Neo4j's JVM on the write path before writes are measured.
 *
 * A Neo4j that has just loaded a graph spends much of its CPU in HotSpot's JIT compiler threads
 * through its next few hundred writes, and a fresh one through its first few thousand: on the 10k
 * graph, 200 ingests after the reads ran at 84 relationships/s with the C2 compiler threads taking
 * 53–69 % of Neo4j's CPU, and Neo4j's CPU per article fell from 81 ms to 12 ms over the next 2,000
 * as the compiler went quiet. A server that has been taking writes for a while runs compiled code;
 * this warms Neo4j the same way, ingesting in windows until the compiler threads' share of Neo4j's
 * CPU in a window falls below `settledShare`.
 */
import { compilerCpuMs, cpuMsOf } from './measure.js';
import { runIngest, type IngestArticle } from './ingest.js';

/** What a warm-up did. */
export interface JvmWarmup {
  seconds: number;
  articles: number;
  /** The JIT compiler threads' share of Neo4j's CPU in each window, in order (NaN: not readable). */
  compilerShares: number[];
  /** Whether the last window was below the settled share (false: stopped at the time limit). */
  settled: boolean;
}

/** The articles the warm-up re-ingests in turn (bench/ingest.ts `rewrite`): more than the concurrency, so none waits on another. */
export const WRITE_WARMUP_ARTICLES = 64;

/** Below this share of Neo4j's CPU in a window, the JIT compiler counts as settled. */
export const SETTLED_COMPILER_SHARE = 0.1;

/**
 * Ingests `articles` through the API at `concurrency`, `windowSeconds` at a time, until the JIT
 * compiler threads take less than `settledShare` of Neo4j's CPU in a window or `maxSeconds` have
 * passed. Without Neo4j's pid (a Neo4j elsewhere), ingests for `maxSeconds`. Throws when an ingest
 * fails: a warm-up that fails would measure nothing.
 */
export async function warmWritePath({
  base,
  apiKey,
  apiPid,
  dbPid,
  articles,
  concurrency,
  maxSeconds,
  windowSeconds = 5,
  settledShare = SETTLED_COMPILER_SHARE,
  log,
}: {
  base: string;
  apiKey: string;
  apiPid: number;
  dbPid: number | undefined;
  articles: Iterator<IngestArticle>;
  concurrency: number;
  maxSeconds: number;
  windowSeconds?: number;
  settledShare?: number;
  log: (msg: string) => void;
}): Promise<JvmWarmup> {
  const out: JvmWarmup = { seconds: 0, articles: 0, compilerShares: [], settled: false };
  const started = performance.now();
  while ((performance.now() - started) / 1000 < maxSeconds) {
    const [db0, jit0] = [cpuMsOf(dbPid), compilerCpuMs(dbPid)];
    const sample = await runIngest({ base, apiKey, articles, length: { seconds: windowSeconds }, concurrency, pid: apiPid, dbPid });
    const [db1, jit1] = [cpuMsOf(dbPid), compilerCpuMs(dbPid)];
    if (sample.failures)
      throw new Error(`the write warm-up failed: ${sample.failures} of ${sample.sent} ingests; the first: ${sample.firstFailure ?? '?'}`);
    out.articles += sample.ingested;
    const share = (jit1 - jit0) / (db1 - db0);
    out.compilerShares.push(share);
    log(
      `write warm-up: ${sample.ingested} articles in ${windowSeconds} s, ` +
        `JIT compiler ${Number.isFinite(share) ? `${(share * 100).toFixed(0)} %` : 'n/a'} of Neo4j's CPU`,
    );
    if (share < settledShare) {
      out.settled = true;
      break;
    }
  }
  out.seconds = (performance.now() - started) / 1000;
  return out;
}

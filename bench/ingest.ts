/**
 * The write measurement: `ingestArticle` mutations sent over HTTP to the API, a fixed number in
 * flight at all times, each a fresh article from bench/generate-articles.ts (its own id and URL, so
 * every one is a real ingest, never an idempotent repeat), for a number of articles or of seconds.
 * Reads the CPU time the API process and Neo4j spent over the run, as bench/measure.ts does for the
 * reads, and the API's resident memory every 200 ms.
 */
import { compilerCpuMs, cpuMsOf, rssOf, settle } from './measure.js';
import { prng, syntheticArticle } from './generate-articles.js';
import type { WriteCosts } from './prom-metrics.js';
import type { JvmWarmup } from './warm-jvm.js';

/** The mutation: the answer carries only the audit id and the evidence count, so the server loads nothing back. */
export const INGEST_MUTATION = 'mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { auditId evidenceAdded } }';

/** One article to ingest, as the request body and what its input holds. */
export interface IngestArticle {
  /** Its number in the generated sequence (bench/generate-articles.ts `syntheticArticle`). */
  index: number;
  id: string;
  url: string;
  /** Relationships in its input. */
  relationships: number;
  /** Quotes in its input (evidence items a first ingest adds). */
  evidence: number;
  /** The JSON body of the POST /graphql. */
  body: string;
}

/** How long an ingest run lasts: a number of articles, or of seconds. */
export type IngestLength = { articles: number } | { seconds: number };

/**
 * Parses `--ingest`: `200` (articles), `30s` (seconds) or `0` (no ingest measurement, null).
 */
export function parseIngest(text: string): IngestLength | null {
  const m = /^(\d+)(s?)$/.exec(text.trim());
  if (!m) throw new Error(`--ingest must be a number of articles (e.g. 200) or of seconds (e.g. 30s), not ${text}`);
  const n = Number(m[1]);
  if (n === 0) return null;
  return m[2] ? { seconds: n } : { articles: n };
}

/** `200 articles` or `30 s`. */
export function describeLength(length: IngestLength): string {
  return 'articles' in length ? `${length.articles} articles` : `${length.seconds} s`;
}

/**
 * The articles numbered `first`, `first + 1` … drawn from `seed` (bench/generate-articles.ts: 3–6
 * relationships each between entities of a heavy-tailed pool, so later articles corroborate earlier
 * claims and reuse their entities), each given a URL of its own. The same seed and `first` give
 * the same articles, so every graph size ingests the same ones.
 *
 * With `rewrite: n`, article number i is given as article `bench-rewrite-<i mod n>` (id and URL),
 * so that each ingest replaces what that article claimed the last time (its evidence removed, the
 * relationships nothing else supports deleted, its new claims written): every write path runs, and
 * the graph stays the size it was, give or take n articles' claims. `n` above the concurrency keeps
 * requests in flight on different articles.
 */
export function* ingestArticles({
  seed,
  first = 0,
  rewrite,
}: {
  seed: number;
  first?: number;
  rewrite?: number;
}): Generator<IngestArticle> {
  const rand = prng(seed ^ 0x1a9e57);
  for (let index = first; ; index++) {
    const bundle = syntheticArticle(index, rand) as {
      articles: Record<string, unknown>[];
      relationships: { evidence: unknown[] }[];
    };
    const article = bundle.articles[0]!;
    const id = rewrite ? `bench-rewrite-${index % rewrite}` : String(article.id);
    const url = rewrite ? `https://example.org/bench-rewrite/${index % rewrite}` : `https://example.org/bench-ingest/${index}`;
    const relationships = rewrite
      ? bundle.relationships.map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...(e as object), article: id })) }))
      : bundle.relationships;
    const input = { ...bundle, articles: [{ ...article, id, url }], relationships };
    yield {
      index,
      id,
      url,
      relationships: bundle.relationships.length,
      evidence: bundle.relationships.reduce((n, r) => n + r.evidence.length, 0),
      body: JSON.stringify({ query: INGEST_MUTATION, variables: { input } }),
    };
  }
}

/** The raw figures of one ingest run. */
export interface IngestSample {
  /** Wall time from the first request sent to the last answer (s). */
  seconds: number;
  /** Response time of every answer, failed ones included (ms). */
  latencies: number[];
  /** Articles sent, and of them ingested (a 200 with an audit id and no errors). */
  sent: number;
  ingested: number;
  /** Relationships and quotes in the inputs of the articles ingested. */
  relationships: number;
  evidence: number;
  /** Answers whose `evidenceAdded` differed from the quotes of the input (a repeat, not a fresh ingest). */
  unexpected: number;
  failures: number;
  firstFailure?: string;
  /** Highest resident memory of the API seen during the run (MB). */
  rssMb: number;
  /** CPU time of the API process and of Neo4j over the run (ms); NaN when not readable. */
  serverCpuMs: number;
  dbCpuMs: number;
  /** Of Neo4j's CPU time, what its JIT compiler threads used (ms); NaN when not readable. */
  dbCompilerCpuMs: number;
}

/** What one ingest run achieved. */
export interface IngestMeasurement {
  articles: number;
  relationships: number;
  seconds: number;
  relationshipsPerSecond: number;
  articlesPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  firstFailure?: string;
  unexpected: number;
  /** CPU time per article ingested (ms). */
  serverCpuMs: number;
  dbCpuMs: number;
  rssMb: number;
  /** The share of Neo4j's CPU its JIT compiler threads took over the run (NaN: not readable). */
  compilerShare: number;
  /** How Neo4j was warmed on the write path before the run (bench/warm-jvm.ts); absent: a fixed warm-up only. */
  warmup?: JvmWarmup;
  /** What the writes cost inside the API (from its /metrics), when it serves metrics. */
  costs?: WriteCosts;
}

/** The `p` quantile (0–1) of ascending `sorted`, nearest rank; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]! : NaN;
}

/**
 * Rates over the run's wall time, counting the relationships in the inputs of the articles
 * ingested; latency percentiles over every answer; CPU per article ingested.
 */
export function summarizeIngest(s: IngestSample): IngestMeasurement {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  const per = (ms: number): number => (s.ingested ? ms / s.ingested : NaN);
  return {
    articles: s.ingested,
    relationships: s.relationships,
    seconds: s.seconds,
    relationshipsPerSecond: s.seconds > 0 ? s.relationships / s.seconds : NaN,
    articlesPerSecond: s.seconds > 0 ? s.ingested / s.seconds : NaN,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    failures: s.failures,
    ...(s.firstFailure ? { firstFailure: s.firstFailure } : {}),
    unexpected: s.unexpected,
    serverCpuMs: per(s.serverCpuMs),
    dbCpuMs: per(s.dbCpuMs),
    rssMb: s.rssMb,
    compilerShare: s.dbCompilerCpuMs / s.dbCpuMs,
  };
}

/** Whether an answer is a successful ingest, and its evidence count, or why not. */
export function judgeAnswer(status: number, text: string): { ok: true; evidenceAdded: number } | { ok: false; why: string } {
  let json: {
    data?: { ingestArticle?: { auditId?: string | null; evidenceAdded?: number } | null } | null;
    errors?: { message?: string; extensions?: { code?: string } }[];
  };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    return { ok: false, why: `answered ${status}: ${text.slice(0, 300)}` };
  }
  const result = json.data?.ingestArticle;
  if (status !== 200 || json.errors?.length || !result?.auditId) {
    const e = json.errors?.[0];
    return {
      ok: false,
      why: `answered ${status}${e ? `: ${e.extensions?.code ?? ''} ${e.message ?? ''}`.slice(0, 400) : `: ${text.slice(0, 300)}`}`,
    };
  }
  return { ok: true, evidenceAdded: result.evidenceAdded ?? NaN };
}

/**
 * Sends `articles` to `base`/graphql with the key `apiKey`, `concurrency` requests in flight at
 * all times (a new one leaves as soon as one is answered), until `length` articles were sent or
 * its seconds have passed; then waits for the server and Neo4j to go quiet (not counted).
 */
export async function runIngest({
  base,
  apiKey,
  articles,
  length,
  concurrency,
  pid,
  dbPid,
  timeoutMs = 60_000,
}: {
  base: string;
  apiKey: string;
  articles: Iterator<IngestArticle>;
  length: IngestLength;
  concurrency: number;
  pid: number;
  dbPid?: number | undefined;
  timeoutMs?: number;
}): Promise<IngestSample> {
  const sample: IngestSample = {
    seconds: 0,
    latencies: [],
    sent: 0,
    ingested: 0,
    relationships: 0,
    evidence: 0,
    unexpected: 0,
    failures: 0,
    rssMb: rssOf(pid),
    serverCpuMs: 0,
    dbCpuMs: 0,
    dbCompilerCpuMs: 0,
  };
  const sampler = setInterval(() => {
    try {
      sample.rssMb = Math.max(sample.rssMb, rssOf(pid));
    } catch {
      /* the process is gone; the requests fail on their own */
    }
  }, 200);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` };
  const started = performance.now();
  const deadline = 'seconds' in length ? started + length.seconds * 1000 : Infinity;
  const next = (): IngestArticle | undefined => {
    if ('articles' in length ? sample.sent >= length.articles : performance.now() >= deadline) return undefined;
    const a = articles.next();
    if (a.done) return undefined;
    sample.sent++;
    return a.value;
  };
  const cpu0 = cpuMsOf(pid);
  const db0 = cpuMsOf(dbPid);
  const jit0 = compilerCpuMs(dbPid);
  let last = started;
  const worker = async (): Promise<void> => {
    for (let a = next(); a; a = next()) {
      const t0 = performance.now();
      let status = 0;
      let text = '';
      try {
        const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body: a.body, signal: AbortSignal.timeout(timeoutMs) });
        status = res.status;
        text = await res.text();
      } catch (err) {
        text = `no answer: ${(err as Error).message}`;
      }
      last = performance.now();
      sample.latencies.push(last - t0);
      const verdict = judgeAnswer(status, text);
      if (verdict.ok) {
        sample.ingested++;
        sample.relationships += a.relationships;
        sample.evidence += a.evidence;
        if (verdict.evidenceAdded !== a.evidence) sample.unexpected++;
      } else {
        sample.failures++;
        sample.firstFailure ??= `${a.id}: ${verdict.why}`;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
    sample.seconds = (last - started) / 1000;
    sample.serverCpuMs = cpuMsOf(pid) - cpu0;
    sample.dbCpuMs = cpuMsOf(dbPid) - db0;
    sample.dbCompilerCpuMs = compilerCpuMs(dbPid) - jit0;
    return sample;
  } finally {
    clearInterval(sampler);
    await settle({ pid, dbPid });
  }
}

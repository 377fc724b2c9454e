/**
 * Measurement: check a few requests once (an answer with GraphQL errors or a non-200 status stops
 * the bench), then load a server with autocannon for a fixed time while sampling its resident
 * memory and the CPU time it and Neo4j spend. Runs of one system can be split into rounds that
 * alternate with the other systems' rounds; `combine` merges them (latency percentiles exactly,
 * from every answer's time).
 */
import { readFileSync, readdirSync } from 'node:fs';
import autocannon from 'autocannon';
import type { BenchRequest } from './workloads.js';

/** The raw figures of one timed run. */
export interface Sample {
  seconds: number;
  /** Response time of every answer (ms). */
  latencies: number[];
  bytes: number;
  failures: number;
  rssMb: number;
  serverCpuMs: number;
  dbCpuMs: number;
}

/** What one system achieved on one workload. */
export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Mean response size (bytes, headers included). */
  bytesPerResponse: number;
  requests: number;
  /** Non-2xx answers, 2xx answers carrying `errors`, connection errors and timeouts. */
  failures: number;
  /** Highest resident set size of the server seen during the runs (MB). */
  rssMb: number;
  /** CPU time the server process spent per answered request (ms). */
  serverCpuMs: number;
  /** CPU time Neo4j spent per answered request (ms); NaN when its process is not ours to read. */
  dbCpuMs: number;
}

/** Resident set size of a process (MB) from /proc/<pid>/status; `field` VmRSS now, VmHWM peak. */
export function rssOf(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/**
 * CPU time (ms) the JIT compiler threads of a HotSpot process have used, from
 * /proc/<pid>/task/<tid>/stat; HotSpot names them `C1 CompilerThre…` and `C2 CompilerThre…`. NaN
 * when the process cannot be read (e.g. a Neo4j elsewhere).
 */
export function compilerCpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    let ms = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      let comm: string;
      let stat: string;
      try {
        comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8');
        stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      } catch {
        continue; // the thread ended in between
      }
      if (!/^C[12] CompilerThre/.test(comm)) continue;
      ms += statCpuMs(stat);
    }
    return ms;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat; NaN when unreadable. */
export function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    return statCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return NaN;
  }
}

/** The CPU time (user + system, ms) in a /proc `stat` line of a process or thread. */
function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, in clock ticks of 10 ms (CLK_TCK 100 on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** What the unwarmed first answers showed. */
export interface CheckReport {
  /** The slowest answer's time (ms). */
  slowestMs: number;
  /** How many answers were bad, and the first of them. */
  bad: number;
  firstBad?: string;
}

/**
 * Sends each request once, one at a time. An answer is bad unless it is a 200 carrying `data`
 * without `errors` (a query stopped by the transaction timeout is bad, for instance); no answer
 * within `timeoutMs` (default 180 s: the peer's first 2-hop query takes Neo4j a minute to plan) is bad too.
 */
export async function checkRequests({
  base,
  requests,
  timeoutMs = 180_000,
}: {
  base: string;
  requests: readonly BenchRequest[];
  timeoutMs?: number;
}): Promise<CheckReport> {
  const report: CheckReport = { slowestMs: 0, bad: 0 };
  for (const r of requests) {
    const started = performance.now();
    let status = 0;
    let text = '';
    try {
      const res = await fetch(base + r.path, {
        method: r.method,
        body: r.body,
        headers: r.body ? { 'content-type': 'application/json' } : {},
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      text = `no answer: ${(err as Error).message}`;
    }
    report.slowestMs = Math.max(report.slowestMs, performance.now() - started);
    let ok = status === 200;
    try {
      const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
      ok &&= json.errors === undefined && json.data !== undefined && json.data !== null;
    } catch {
      ok = false;
    }
    if (!ok) {
      report.bad++;
      report.firstBad ??= `${r.method} ${r.path} ${r.body?.slice(0, 160) ?? ''} answered ${status}: ${text.slice(0, 300)}`;
    }
  }
  return report;
}

/**
 * Waits until the server `pid` and Neo4j `dbPid` have gone quiet (under 10 % and 20 % of a core
 * over 300 ms), so that answers still being worked on after a run do not load the next one.
 * Gives up after `maxMs` (default 60 s).
 */
export async function settle({ pid, dbPid, maxMs = 60_000 }: { pid: number; dbPid?: number | undefined; maxMs?: number }): Promise<void> {
  const until = Date.now() + maxMs;
  while (Date.now() < until) {
    const [s0, d0] = [cpuMsOf(pid), cpuMsOf(dbPid)];
    await new Promise((r) => setTimeout(r, 300));
    const [s1, d1] = [cpuMsOf(pid), cpuMsOf(dbPid)];
    if (!(s1 - s0 > 30) && !(d1 - d0 > 60)) return;
  }
}

/**
 * Loads `base` with `requests` (cycled from `offset`, shared by all connections) for `seconds`,
 * or, with `amount`, until that many answers came back, `connections` at a time; samples the
 * resident memory of `pid` every 200 ms and the CPU time of `pid` and `dbPid` (Neo4j) before and
 * after; then waits for both to settle.
 */
export async function run({
  base,
  requests,
  seconds,
  amount,
  connections,
  pid,
  dbPid,
  offset = 0,
}: {
  base: string;
  requests: readonly BenchRequest[];
  seconds: number;
  amount?: number | undefined;
  connections: number;
  pid: number;
  dbPid?: number | undefined;
  offset?: number;
}): Promise<Sample> {
  let next = offset;
  let errorAnswers = 0;
  const latencies: number[] = [];
  let rss = rssOf(pid);
  const sampler = setInterval(() => {
    try {
      rss = Math.max(rss, rssOf(pid));
    } catch {
      /* the process is gone; the run fails on its own */
    }
  }, 200);
  const cpu0 = cpuMsOf(pid);
  const db0 = cpuMsOf(dbPid);
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          connections,
          duration: seconds,
          ...(amount ? { amount } : {}),
          timeout: 60,
          requests: [
            {
              setupRequest: (req) => {
                const r = requests[next++ % requests.length]!;
                return {
                  ...req,
                  method: r.method,
                  path: r.path,
                  body: r.body,
                  headers: r.body ? { 'content-type': 'application/json' } : {},
                };
              },
              onResponse: (status, body) => {
                if (status < 300 && String(body).includes('"errors":')) errorAnswers++;
              },
            },
          ],
        },
        (err: unknown, res) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res)),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    return {
      seconds: result.duration,
      latencies,
      bytes: result.throughput.total,
      failures: result.non2xx + result.errors + result.timeouts + errorAnswers,
      rssMb: rss,
      serverCpuMs: cpuMsOf(pid) - cpu0,
      dbCpuMs: cpuMsOf(dbPid) - db0,
    };
  } finally {
    clearInterval(sampler);
    await settle({ pid, dbPid });
  }
}

/** Merges the rounds of one system: throughput over their total time, percentiles over all answers. */
export function combine(samples: readonly Sample[]): Measurement {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const done = latencies.length;
  const sum = (get: (s: Sample) => number): number => samples.reduce((n, s) => n + get(s), 0);
  const pct = (p: number): number => (done ? latencies[Math.min(done - 1, Math.ceil(p * done) - 1)]! : NaN);
  return {
    requestsPerSecond: done / sum((s) => s.seconds),
    p50: pct(0.5),
    p99: pct(0.99),
    bytesPerResponse: done ? sum((s) => s.bytes) / done : NaN,
    requests: done,
    failures: sum((s) => s.failures),
    rssMb: Math.max(...samples.map((s) => s.rssMb)),
    serverCpuMs: done ? sum((s) => s.serverCpuMs) / done : NaN,
    dbCpuMs: done ? sum((s) => s.dbCpuMs) / done : NaN,
  };
}

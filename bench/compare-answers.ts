/**
 * The equality check between the API and the floor: every sampled request of a workload is sent to
 * both, one at a time, and the API's `data` must equal the floor's — the same ids in the same
 * order and the same values of every field the operation selects. A difference is reported with
 * the request and the first place where the answers part.
 */
import type { BenchRequest } from './workloads.js';

/** How the floor's answers compared with the API's on one workload. */
export interface EqualityReport {
  /** Requests sent to both. */
  compared: number;
  /** Requests whose answers were equal. */
  equal: number;
  /** Up to `keep` differences, each the request and where the answers part. */
  mismatches: string[];
}

/**
 * The first place where `a` and `b` differ, as a path and the two values (shortened), or undefined
 * when they are equal. Objects compare by their keys and values whatever the key order; arrays by
 * position. An array of objects with ids whose id lists differ is reported as the two id lists.
 */
export function firstDifference(a: unknown, b: unknown, path = 'data'): string | undefined {
  if (a === b) return undefined;
  const show = (v: unknown): string => {
    const text = JSON.stringify(v) ?? 'undefined';
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  };
  if (Array.isArray(a) && Array.isArray(b)) {
    const ids = (xs: unknown[]): string[] | undefined =>
      xs.every((x) => typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string')
        ? xs.map((x) => (x as { id: string }).id)
        : undefined;
    const [ia, ib] = [ids(a), ids(b)];
    if (ia && ib && ia.join('\u0000') !== ib.join('\u0000')) return `${path}: ids differ: API [${ia.join(', ')}], floor [${ib.join(', ')}]`;
    if (a.length !== b.length) return `${path}: ${a.length} items from the API, ${b.length} from the floor`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join(',') !== kb.join(',')) return `${path}: fields differ: API {${ka.join(', ')}}, floor {${kb.join(', ')}}`;
    for (const k of ka) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return `${path}: API ${show(a)}, floor ${show(b)}`;
}

async function answer(base: string, r: BenchRequest): Promise<{ data?: unknown; problem?: string }> {
  try {
    const res = await fetch(base + r.path, {
      method: r.method,
      body: r.body,
      headers: r.body ? { 'content-type': 'application/json' } : {},
      signal: AbortSignal.timeout(180_000),
    });
    const text = await res.text();
    const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
    if (res.status !== 200 || json.errors !== undefined || json.data === undefined)
      return { problem: `answered ${res.status}: ${text.slice(0, 300)}` };
    return { data: json.data };
  } catch (err) {
    return { problem: `no answer: ${(err as Error).message}` };
  }
}

/**
 * Sends `api[i]` to `apiBase` and `floor[i]` to `floorBase` for every i (the two lists describe
 * the same requests), one pair at a time, and compares the answers' `data`.
 */
export async function compareAnswers({
  apiBase,
  floorBase,
  api,
  floor,
  keep = 3,
}: {
  apiBase: string;
  floorBase: string;
  api: readonly BenchRequest[];
  floor: readonly BenchRequest[];
  keep?: number;
}): Promise<EqualityReport> {
  if (api.length !== floor.length) throw new Error(`the API has ${api.length} requests and the floor ${floor.length}: they must pair up`);
  const report: EqualityReport = { compared: 0, equal: 0, mismatches: [] };
  for (let i = 0; i < api.length; i++) {
    const [x, y] = [await answer(apiBase, api[i]!), await answer(floorBase, floor[i]!)];
    report.compared++;
    const d = x.problem || y.problem ? `API ${x.problem ?? 'answered'}; floor ${y.problem ?? 'answered'}` : firstDifference(x.data, y.data);
    if (d === undefined) report.equal++;
    else if (report.mismatches.length < keep) report.mismatches.push(`${floor[i]!.path}: ${d}`);
  }
  return report;
}

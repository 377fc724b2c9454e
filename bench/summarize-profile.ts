/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time by package and by function.
 * `npx tsx bench/summarize-profile.ts <file.cpuprofile> [top=25]`
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/** Where a script belongs: an npm package, the project's own code, or Node itself. */
function owner(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.includes('/src/')) return 'project src/';
  if (url.startsWith('node:') || url === '') return '(node / V8)';
  return url;
}

/** The top self-time owners and functions of a profile, as text. */
export async function summarizeProfile({ file, top = 25 }: { file: string; top?: number }): Promise<string> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const total = profile.nodes.reduce((n, x) => n + (x.hitCount ?? 0), 0) || 1;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const special = ['(idle)', '(program)', '(garbage collector)'].includes(functionName);
    const o = special ? functionName : owner(url);
    byOwner.set(o, (byOwner.get(o) ?? 0) + hits);
    const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(src|bench)\//, '$1/')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
  }
  const pct = (h: number): string => `${((100 * h) / total).toFixed(1).padStart(5)} %`;
  const rows = (m: Map<string, number>): string[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, h]) => `  ${pct(h)}  ${k}`);
  const seconds = (profile.endTime - profile.startTime) / 1e6;
  return [
    `${seconds.toFixed(1)} s profiled, ${total} samples`,
    'self time by package:',
    ...rows(byOwner),
    'self time by function:',
    ...rows(byFunction),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error('usage: npx tsx bench/summarize-profile.ts <file.cpuprofile> [top]');
  summarizeProfile({ file, top: Number(top ?? 25) }).then(console.log, (err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

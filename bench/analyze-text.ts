/**
 * `analyzeText`'s speed and memory on a 1,000-word article, English and Spanish, against the test
 * catalog and against a grown one (~10,000 entities).
 *
 *   npm run bench:analyze [-- --cold-runs=5 --warmup=20 --calls=200 --out=bench/RESULTS-analyze.md]
 *
 * The articles are the tuned half of the evaluation corpus (test/analyze/corpus/tuned/), plain text,
 * concatenated in order until they reach 1,000 words and cut there. The grown catalog is the test
 * catalog plus the entities of the synthetic graph (bench/synthetic-graph.ts, seed 42) whose names do
 * not collide with its names. Each figure comes from a fresh child `node` process that reads its
 * inputs from a JSON file, so nothing else is loaded in it:
 * - cold: the time from the process's start to its first line, the import of
 *   src/analyze/analyze-text.ts, the first call, and the RSS after it; through tsx (as the tests and
 *   the command-line tools run) and as compiled JavaScript (as `npm start` runs); median of
 *   `--cold-runs` processes;
 * - warm: compiled JavaScript, `--warmup` calls, then `--calls` calls each timed apart: p50, p95,
 *   p99 and max ms (per 1,000 words, since each text is 1,000 words), the process's CPU time per call
 *   (steady when other work shares the cores, unlike wall times), the growth of RSS over the calls
 *   and of the heap after a full GC (what the calls retain); then the NLP step alone (`parse`).
 * It writes a Markdown table to `--out` (keeping its section "NLP library, chosen by measurement",
 * which is measured by hand, see there) and prints it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogEntity } from '../src/analyze/types.js';
import { foldForMatch } from '../src/domain/text.js';
import { projectRoot } from '../src/project-root.js';
import { parseArticle } from '../test/analyze/corpus/score-corpus.js';
import { TUNED } from '../test/analyze/corpus/tuned/index.js';
import { CATALOG } from '../test/analyze/fixtures.js';
import { syntheticGraph } from './synthetic-graph.js';

/** The article's meta every call passes, as the corpus articles are dated. */
const ARTICLE = { publishedAt: '2024-11-15' };
const WORDS = 1_000;
/** The target for a 1,000-word article, warm (ms). */
const TARGET_MS = 300;
/** Relationships of the synthetic graph that give it about 10,000 entities (10,022 at seed 42). */
const GROWN_RELATIONSHIPS = 77_000;
const NLP_SECTION = '## NLP library, chosen by measurement';

/** One text against one catalog. */
interface Case {
  language: 'en' | 'es';
  catalogName: 'test' | 'grown';
  text: string;
  catalog: readonly CatalogEntity[];
}

/** What a cold child reports (ms and bytes). */
interface Cold {
  /** From the process's start to the script's first line (node, and tsx when it is loaded). */
  start: number;
  import: number;
  first: number;
  /** RSS before the import, and after the first call. */
  rssBefore: number;
  rss: number;
}

/** What a warm child reports (ms and bytes). */
interface Warm {
  times: number[];
  /** The same number of calls of the NLP step alone (src/analyze/nlp.ts `parse`), after them. */
  parseTimes: number[];
  /** CPU time of the process (user + system, all threads) over the timed calls, per call. */
  cpuMs: number;
  rssBefore: number;
  rssAfter: number;
  rssPeak: number;
  heapBefore: number;
  heapAfterGc: number;
  found: { mentions: number; candidates: number; relationships: number };
}

interface Options {
  coldRuns: number;
  warmup: number;
  calls: number;
  out: string;
}

/**
 * The first `words` words of the plain texts of `language`'s articles, concatenated in corpus order
 * (one blank line between articles) and repeated until long enough.
 */
export function benchText({ language, words = WORDS }: { language: 'en' | 'es'; words?: number }): string {
  const texts = TUNED.filter((a) => a.language === language).map((a) => parseArticle(a.annotated).text);
  if (texts.length === 0) throw new Error(`no ${language} article in the tuned corpus`);
  let all = '';
  for (let i = 0; all.split(/\s+/).filter(Boolean).length < words; i++) all += (all ? '\n\n' : '') + texts[i % texts.length];
  // Cut after the last character of the `words`-th word.
  const tokens = [...all.matchAll(/\S+/g)];
  const last = tokens[words - 1]!;
  return all.slice(0, last.index + last[0].length);
}

/** The test catalog plus the synthetic graph's entities none of whose names folds to one of the test catalog's. */
export function grownCatalog(): CatalogEntity[] {
  const taken = new Set(CATALOG.flatMap((e) => [e.name, ...e.aliases].map(foldForMatch)));
  const synthetic = syntheticGraph({ relationships: GROWN_RELATIONSHIPS, seed: 42 }).entities.filter(
    (e) => ![e.name, ...e.aliases].some((n) => taken.has(foldForMatch(n))),
  );
  return [...CATALOG, ...synthetic.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases }))];
}

/** The value at quantile `q` (0–1) of `values`, by nearest rank; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

const median = (values: readonly number[]): number => quantile(values, 0.5);

// The children's code, run with `node --input-type=module -e`: argv[1] is the inputs' JSON file,
// argv[2] the module's URL (the warm child: argv[3] and [4] the warm-up and the calls, argv[5] the
// URL of nlp.js). Timing starts only after the inputs are read.
const COLD_CHILD = `
const start = performance.now();
const { readFileSync } = await import('node:fs');
const input = JSON.parse(readFileSync(process.argv[1], 'utf8'));
const rssBefore = process.memoryUsage.rss();
const t0 = performance.now();
const { analyzeText } = await import(process.argv[2]);
const t1 = performance.now();
analyzeText({ ...input, article: ${JSON.stringify(ARTICLE)} });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ start, import: t1 - t0, first: t2 - t1, rssBefore, rss: process.memoryUsage.rss() }));
`;

const WARM_CHILD = `
const { readFileSync } = await import('node:fs');
const input = JSON.parse(readFileSync(process.argv[1], 'utf8'));
const [warmup, calls] = [Number(process.argv[3]), Number(process.argv[4])];
const { analyzeText } = await import(process.argv[2]);
const args = { ...input, article: ${JSON.stringify(ARTICLE)} };
let last;
for (let i = 0; i < warmup; i++) last = analyzeText(args);
globalThis.gc();
const before = process.memoryUsage();
const times = [];
let rssPeak = before.rss;
const cpu = process.cpuUsage();
for (let i = 0; i < calls; i++) {
  const t = performance.now();
  last = analyzeText(args);
  times.push(performance.now() - t);
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
}
const { user, system } = process.cpuUsage(cpu);
const cpuMs = (user + system) / 1000 / calls;
const rssAfter = process.memoryUsage.rss();
globalThis.gc();
const heapAfterGc = process.memoryUsage().heapUsed;
const { parse } = await import(process.argv[5]);
const parseTimes = [];
for (let i = 0; i < calls; i++) {
  const t = performance.now();
  parse(input.text);
  parseTimes.push(performance.now() - t);
}
const found = {
  mentions: last.mentions.length, candidates: last.candidateEntities.length, relationships: last.candidateRelationships.length,
};
process.stdout.write(JSON.stringify({
  times, parseTimes, cpuMs, rssBefore: before.rss, rssAfter, rssPeak, heapBefore: before.heapUsed, heapAfterGc, found,
}));
`;

/** Runs a child's code in a fresh node process from the project root and parses what it prints. */
function runChild<T>({ nodeArgs, code, args }: { nodeArgs: string[]; code: string; args: string[] }): T {
  const out = execFileSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', code, ...args], {
    cwd: projectRoot(),
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  return JSON.parse(out) as T;
}

/**
 * Compiles src/ into a temporary folder (tsconfig.build.json, no type check, no source maps) that
 * resolves packages from the project's node_modules; returns the URLs of the compiled analyze-text.js
 * and nlp.js.
 */
async function compile(dir: string): Promise<{ analyzeText: string; nlp: string }> {
  const root = projectRoot();
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      ...['-p', 'tsconfig.build.json', '--noCheck', '--sourceMap', 'false', '--outDir', dir],
    ],
    { cwd: root, stdio: 'inherit' },
  );
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const url = (file: string): string => pathToFileURL(path.join(dir, 'src', 'analyze', file)).href;
  return { analyzeText: url('analyze-text.js'), nlp: url('nlp.js') };
}

function parseOptions(argv: readonly string[]): Options {
  const opts: Options = { coldRuns: 5, warmup: 20, calls: 200, out: 'bench/RESULTS-analyze.md' };
  for (const arg of argv) {
    const [, name, value] = /^--([a-z-]+)=(.+)$/.exec(arg) ?? [];
    if (name === 'cold-runs') opts.coldRuns = Number(value);
    else if (name === 'warmup') opts.warmup = Number(value);
    else if (name === 'calls') opts.calls = Number(value);
    else if (name === 'out') opts.out = value!;
    else throw new Error(`unknown option ${arg} (--cold-runs=N, --warmup=N, --calls=N, --out=FILE)`);
  }
  for (const [k, v] of Object.entries(opts)) if (typeof v === 'number' && !(Number.isInteger(v) && v > 0)) throw new Error(`--${k}: ${v}`);
  return opts;
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
const ms = (x: number): string => x.toFixed(1);
const label = (c: Case): string =>
  `${c.language === 'en' ? 'English' : 'Spanish'}, ${c.catalogName} catalog (${c.catalog.length} entities)`;

const loadAverage = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** The vitest processes running now (other work on the same cores skews the figures). */
function vitestRuns(): number {
  try {
    return execFileSync('pgrep', ['-f', 'vitest'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

/** The machine, the versions, and the load when the bench started (`start`) and now. */
async function machine(start: { load: string; vitest: number }): Promise<string> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const compromise = JSON.parse(await readFile(path.join(projectRoot(), 'node_modules', 'compromise', 'package.json'), 'utf8')) as {
    version: string;
  };
  const end = { load: loadAverage(), vitest: vitestRuns() };
  return (
    `**Machine:** ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB memory; ` +
    `node ${process.version}, compromise ${compromise.version}. Load average at start ${start.load}, at the end ${end.load}; ` +
    `vitest processes running at start ${start.vitest}, at the end ${end.vitest}. Other work on these cores inflates the ` +
    'figures, the tails (p95, p99, max) most.'
  );
}

/** The results as Markdown: the target, the warm table, the cold table, then `nlpSection` as found. */
function render({
  opts,
  machineLine,
  cases,
  cold,
  warm,
  nlpSection,
}: {
  opts: Options;
  machineLine: string;
  cases: readonly Case[];
  cold: Map<string, Cold[]>;
  warm: Map<string, Warm>;
  nlpSection: string;
}): string {
  const p99s = cases.map((c) => ({ c, p99: quantile(warm.get(label(c))!.times, 0.99) }));
  const worst = p99s.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  const lines = [
    '# analyzeText: speed and memory',
    '',
    `Written by \`npm run bench:analyze\` (bench/analyze-text.ts) on ${new Date().toISOString()}. ` +
      `Command: \`npm run bench:analyze -- --cold-runs=${opts.coldRuns} --warmup=${opts.warmup} --calls=${opts.calls}\`.`,
    '',
    machineLine,
    '',
    `**Target** (issue 15): a 1,000-word article under ${TARGET_MS} ms warm. Met at p99 in ` +
      `${p99s.filter((x) => x.p99 < TARGET_MS).length} of ${cases.length} cases; the highest p99 is ${ms(worst.p99)} ms ` +
      `(${label(worst.c)}).`,
    '',
    `**Inputs:** the first 1,000 words of the tuned corpus's English articles (and of its Spanish ones), ` +
      'concatenated in order and repeated as needed; the test catalog (test/analyze/fixtures.ts) and a grown ' +
      `catalog: the test catalog plus the synthetic graph's entities (bench/synthetic-graph.ts, seed 42, ` +
      `${GROWN_RELATIONSHIPS.toLocaleString('en')} relationships) whose names do not collide with its names. ` +
      `Every call is \`analyzeText({ text, catalog, article: { publishedAt: '${ARTICLE.publishedAt}' } })\`; ` +
      'each text is 1,000 words, so ms per call are ms per 1,000 words.',
    '',
    '## Warm',
    '',
    `Compiled JavaScript in a fresh process: ${opts.warmup} warm-up calls, then ${opts.calls} calls timed one by one; ` +
      `then ${opts.calls} calls of the NLP step alone (\`parse\` of src/analyze/nlp.ts, i.e. compromise), p50. ` +
      "CPU ms per call: the process's user + system time over the timed calls (all its threads, GC included), per call: " +
      'unlike the wall times, it hardly moves when other work shares the cores. ' +
      `RSS over the ${opts.calls} calls, peak in brackets; retained heap: heap used after a full GC after the calls ` +
      'minus before them. Found: what the last call returned.',
    '',
    '| text, catalog | p50 ms | p95 ms | p99 ms | max ms | p99 < 300 ms | CPU ms per call | NLP step p50 ms | ' +
      'RSS before → after (peak), MB | retained heap, MB | found: mentions / candidates / relationships |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { c, p99 } of p99s) {
    const w = warm.get(label(c))!;
    lines.push(
      `| ${label(c)} | ${ms(quantile(w.times, 0.5))} | ${ms(quantile(w.times, 0.95))} | ${ms(p99)} | ${ms(Math.max(...w.times))} | ` +
        `${p99 < TARGET_MS ? 'yes' : '**no**'} | ${ms(w.cpuMs)} | ${ms(quantile(w.parseTimes, 0.5))} | ` +
        `${mb(w.rssBefore)} → ${mb(w.rssAfter)} (${mb(w.rssPeak)}) | ${mb(w.heapAfterGc - w.heapBefore).replace(/^-0\.0$/, '0.0')} | ` +
        `${w.found.mentions} / ${w.found.candidates} / ${w.found.relationships} |`,
    );
  }
  lines.push(
    '',
    '## Cold start',
    '',
    `A fresh \`node\` process per run, median of ${opts.coldRuns} runs: the time from the process's start to the ` +
      "script's first line, the import of src/analyze/analyze-text.ts (and so of compromise), the first call, the RSS " +
      'before the import and after the first call. Through tsx (as the tests and command-line tools run), the sources ' +
      'are transpiled on import, from the disk cache tsx keeps after its first run; compiled, the JavaScript is what ' +
      '`npm run build` emits (as `npm start` runs).',
    '',
    '| runtime | text, catalog | process start ms | import ms | first call ms | RSS before import → after first call, MB |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  );
  for (const runtime of ['tsx', 'compiled'] as const) {
    for (const c of cases) {
      const runs = cold.get(`${runtime} ${label(c)}`)!;
      const med = (f: (r: Cold) => number): number => median(runs.map(f));
      lines.push(
        `| ${runtime} | ${label(c)} | ${ms(med((r) => r.start))} | ${ms(med((r) => r.import))} | ${ms(med((r) => r.first))} | ` +
          `${mb(med((r) => r.rssBefore))} → ${mb(med((r) => r.rss))} |`,
      );
    }
  }
  lines.push('');
  return lines.join('\n') + (nlpSection ? '\n' + nlpSection : '');
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const resultsFile = path.resolve(projectRoot(), opts.out);
  const previous = await readFile(resultsFile, 'utf8').catch(() => '');
  const at = previous.indexOf(NLP_SECTION);
  const nlpSection = at >= 0 ? previous.slice(at) : '';
  const start = { load: loadAverage(), vitest: vitestRuns() };

  const grown = grownCatalog();
  const cases: Case[] = [];
  for (const language of ['en', 'es'] as const) {
    const text = benchText({ language });
    cases.push({ language, catalogName: 'test', text, catalog: CATALOG }, { language, catalogName: 'grown', text, catalog: grown });
  }

  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-bench-analyze-'));
  try {
    const compiled = await compile(path.join(dir, 'out'));
    const source = pathToFileURL(path.join(projectRoot(), 'src', 'analyze', 'analyze-text.ts')).href;
    const inputs = new Map<string, string>();
    for (const [i, c] of cases.entries()) {
      const file = path.join(dir, `input-${i}.json`);
      await writeFile(file, JSON.stringify({ text: c.text, catalog: c.catalog }));
      inputs.set(label(c), file);
    }

    const cold = new Map<string, Cold[]>();
    for (let run = 0; run < opts.coldRuns; run++) {
      for (const c of cases) {
        for (const [runtime, nodeArgs, url] of [
          ['tsx', ['--import', 'tsx'], source],
          ['compiled', [], compiled.analyzeText],
        ] as const) {
          const key = `${runtime} ${label(c)}`;
          const r = runChild<Cold>({ nodeArgs: [...nodeArgs], code: COLD_CHILD, args: [inputs.get(label(c))!, url] });
          cold.set(key, [...(cold.get(key) ?? []), r]);
        }
      }
      console.error(`cold run ${run + 1} of ${opts.coldRuns} done`);
    }

    const warm = new Map<string, Warm>();
    for (const c of cases) {
      const w = runChild<Warm>({
        nodeArgs: ['--expose-gc'],
        code: WARM_CHILD,
        args: [inputs.get(label(c))!, compiled.analyzeText, String(opts.warmup), String(opts.calls), compiled.nlp],
      });
      warm.set(label(c), w);
      console.error(`warm: ${label(c)}: p50 ${ms(quantile(w.times, 0.5))} ms, p99 ${ms(quantile(w.times, 0.99))} ms`);
    }

    const markdown = render({ opts, machineLine: await machine(start), cases, cold, warm, nlpSection });
    await writeFile(resultsFile, markdown);
    console.log(markdown);
    console.error(`wrote ${path.relative(projectRoot(), resultsFile)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

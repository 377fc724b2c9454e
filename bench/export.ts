/**
 * `npm run bench:export`: how long a whole-graph export takes and how much memory it needs, per
 * format, on synthetic graphs of 10k and 100k relationships (bench/synthetic-graph.ts, loaded as
 * the main bench loads them). Each export runs in a fresh process of its own (bench/export-child.ts)
 * into a sink that discards every byte, so its resident memory is the export's alone; flat memory
 * means the 100k peak is close to the 10k one. Writes bench/RESULTS-export.md.
 *
 * Options: --sizes 10000,100000 (relationships), --formats json,ttl,… (default every format),
 * --seed 42, --heap 2g and --page-cache 2g for the throwaway Neo4j, --out bench/RESULTS-export.md.
 * With NEO4J_URI set it uses that database instead, and deletes everything in it (pass --reset).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { loadConfig } from '../src/config.js';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../src/export/index.js';
import type { WrittenExport } from '../src/export/write-export.js';
import { projectRoot } from '../src/project-root.js';
import { applySchema } from '../src/store/apply-schema.js';
import { createStore } from '../src/store/gateway.js';
import { benchNeo4j } from './bench-neo4j.js';
import { countNodes, emptyDatabase, loadGraph, type LoadReport } from './load-graph.js';
import { syntheticGraph } from './synthetic-graph.js';

const log = (msg: string): void => console.log(`[bench:export ${new Date().toISOString().slice(11, 19)}] ${msg}`);

/** What one child reported (bench/export-child.ts): what writeExport wrote, and the memory it took. */
interface Measured extends WrittenExport {
  format: ExportFormat;
  baselineRssMb: number;
  peakRssMb: number;
  growthMb: number;
  liveHeapGrowthMb: number;
  maxRssMb: number;
}

type Outcome = Measured | { format: ExportFormat; failed: string };

/** Runs one export in a child process against `env`'s Neo4j. */
async function measure(format: ExportFormat, env: Record<string, string>): Promise<Outcome> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/export-child.ts', format], {
      cwd: projectRoot(),
      env,
      maxBuffer: 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measured;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    return { format, failed: (e.stderr?.trim() || e.message).split('\n')[0]!.slice(0, 200) };
  }
}

const label = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
const thousands = (n: number): string => n.toLocaleString('en-US');

/** The figures in one paragraph: memory kept alive, RSS growth and time per size, every format but nodes.csv. */
function summary(sizes: { relationships: number; results: Outcome[] }[]): string[] {
  const parts = sizes.map((s) => {
    const ok = s.results.filter((r): r is Measured => !('failed' in r) && r.format !== 'nodes.csv');
    if (!ok.length) return null;
    const range = (values: number[], digits: number): string =>
      `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
    const heap = Math.max(...ok.map((r) => r.liveHeapGrowthMb)).toFixed(1);
    const rss = range(
      ok.map((r) => r.growthMb),
      0,
    );
    const time = range(
      ok.map((r) => r.ms / 1000),
      1,
    );
    return `at ${label(s.relationships)}, live heap growth at most ${heap} MB, RSS growth ${rss} MB, time ${time} s`;
  });
  if (parts.includes(null)) return [];
  return [
    `**In short** (every format but nodes.csv): ${parts.join('; ')}. What an export keeps alive does not grow with the graph; ` +
      'the larger RSS growth of the longer runs is garbage V8 lets pile up between collections (its heap sizing follows the ' +
      'allocation rate over time), not records held: the live heap right after a collection stays within a few MB of where it started.',
    '',
  ];
}

function renderResults({
  sizes,
  machine,
  neo4j,
}: {
  sizes: { relationships: number; load: LoadReport; results: Outcome[] }[];
  machine: string;
  neo4j: string;
}): string {
  const lines = [
    '# Export bench (issue 19)',
    '',
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench:export\` on ${machine}; ${neo4j}.`,
    '',
    '**What is measured.** For each graph and format, `view=all` (the whole graph) is exported by a fresh Node process ' +
      '(`bench/export-child.ts`) through `writeExport`, the code `npm run export -- --format <f> <file>` runs: one read ' +
      'transaction, records streamed from Neo4j in batches of 1,000 rows, the format writer, a Node stream with ' +
      'backpressure, and a sink that discards every byte. **Time** is wall time from opening the transaction to the last ' +
      'byte. **Baseline** is the process RSS after connecting and running one statement, before the export; **peak** is ' +
      'the highest RSS sampled every 10 ms during the export; **growth** is peak − baseline: the memory the export itself ' +
      'takes, garbage not yet collected included. **Live heap growth** is the largest JavaScript heap in use right after a ' +
      'full collection (forced every 0.5 s during the export) minus the same before it: what the export keeps alive. ' +
      '**Max RSS** is the kernel high-water mark of the whole process (`process.resourceUsage().maxRSS`), module ' +
      'loading included. Flat memory: the 100k live heap growth is close to the 10k one while the output is ten times larger. ' +
      'Before the measured exports of each graph, one export (edges.csv, not reported) has Neo4j plan the statements.',
    '',
  ];
  for (const s of sizes) {
    lines.push(
      `## ${label(s.relationships)} relationships`,
      '',
      `${thousands(s.load.entities)} entities, ${thousands(s.load.articles)} articles, ${thousands(s.load.relationships)} relationships, ` +
        `${thousands(s.load.evidence)} evidence items (loaded in ${s.load.seconds.toFixed(1)} s).`,
      '',
      '| format | records read (entities / articles / relationships) | output | time | baseline RSS | peak RSS | growth ' +
        '| live heap growth | max RSS |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of s.results) {
      if ('failed' in r) {
        lines.push(`| ${r.format} | failed: ${r.failed.replaceAll('|', '\\|')} | | | | | | | |`);
        continue;
      }
      lines.push(
        `| ${r.format} | ${thousands(r.entities)} / ${thousands(r.articles)} / ${thousands(r.relationships)} | ` +
          `${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${(r.ms / 1000).toFixed(2)} s | ${r.baselineRssMb} MB | ${r.peakRssMb} MB | ` +
          `${r.growthMb} MB | ${r.liveHeapGrowthMb} MB | ${r.maxRssMb} MB |`,
      );
    }
    lines.push('');
  }
  lines.push(
    'nodes.csv reads the entities only: its writer stops at the first article, which ends the transaction. ' +
      'The other formats read every record.',
    '',
    ...summary(sizes),
  );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      formats: { type: 'string', default: EXPORT_FORMATS.join(',') },
      seed: { type: 'string', default: '42' },
      heap: { type: 'string', default: '2g' },
      'page-cache': { type: 'string', default: '2g' },
      out: { type: 'string', default: 'bench/RESULTS-export.md' },
      reset: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const formats = values.formats.split(',');
  const unknown = formats.filter((f) => !isExportFormat(f));
  if (unknown.length || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`bad --sizes or --formats (${unknown.join(', ')}); formats: ${EXPORT_FORMATS.join(', ')}`);
  }
  const config = loadConfig();
  // Other work on the machine slows the exports down (time, not memory): the results name the load.
  const loadAtStart = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const neo = await benchNeo4j({ config, heap: values.heap, pageCache: values['page-cache'], log });
  const store = createStore({ ...config.neo4j, uri: neo.uri, user: neo.user, password: neo.password, database: neo.database });
  const env = { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password, NEO4J_DATABASE: neo.database, LOG_LEVEL: 'warn' };
  const done: { relationships: number; load: LoadReport; results: Outcome[] }[] = [];
  try {
    if (neo.kind === 'external' && (await countNodes({ store })) > 0 && !values.reset) {
      throw new Error('The database at NEO4J_URI is not empty and the bench deletes everything in it; pass --reset to allow that.');
    }
    for (const relationships of sizes) {
      log(`${label(relationships)}: emptying the database, applying the schema, loading`);
      await emptyDatabase({ store: store.maintenance('Emptying the bench database') });
      const missing = await applySchema(store.maintenance('Applying the schema'), path.join(projectRoot(), 'schema'));
      if (missing.length) throw new Error(`schema incomplete: ${missing.join(', ')}`);
      const load = await loadGraph({
        store: store.maintenance('Loading the bench graph'),
        graph: syntheticGraph({ relationships, seed: Number(values.seed) }),
      });
      log(`${label(relationships)}: loaded in ${load.seconds.toFixed(1)} s`);
      await store.schema({ cypher: 'CALL db.prepareForReplanning(600000)', params: {} });
      // Not measured: the first export plans the export's statements, which every later one reuses.
      const warm = await measure('edges.csv', env);
      if ('failed' in warm) throw new Error(`the warm-up export failed: ${warm.failed}`);
      const results: Outcome[] = [];
      for (const format of formats as ExportFormat[]) {
        const r = await measure(format, env);
        results.push(r);
        const figures =
          'failed' in r
            ? `failed: ${r.failed}`
            : `${r.ms} ms, ${r.bytes} bytes, RSS +${r.growthMb} MB (peak ${r.peakRssMb} MB), live heap +${r.liveHeapGrowthMb} MB`;
        log(`${label(relationships)} ${format}: ${figures}`);
      }
      done.push({ relationships, load, results });
    }
    const machine =
      `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ` +
      `${process.version}; load average at the start ${loadAtStart}, at the end ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`;
    const neo4jText =
      neo.kind === 'throwaway'
        ? `a throwaway built-in Neo4j (heap ${values.heap}, page cache ${values['page-cache']})`
        : 'the Neo4j at NEO4J_URI';
    await writeFile(path.resolve(projectRoot(), values.out), renderResults({ sizes: done, machine, neo4j: neo4jText }));
    log(`wrote ${values.out}`);
  } finally {
    await store.close();
    await neo.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);

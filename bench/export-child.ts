/**
 * One measured export, in a process of its own (started by bench/export.ts): the whole graph
 * (view=all) in one format, through `writeExport` as `npm run export -- --format` runs it, into a
 * sink that discards every byte. Prints one JSON line: what was written, the wall time, and the
 * process's resident memory before the export and at its highest during it.
 *
 * Usage: tsx bench/export-child.ts <format>, with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
 * NEO4J_DATABASE set.
 */
import { Writable } from 'node:stream';
import { loadConfig } from '../src/config.js';
import { isExportFormat, parseExportQuery } from '../src/export/index.js';
import { writeExport } from '../src/export/write-export.js';
import { createStore } from '../src/store/gateway.js';

/** RSS is sampled this often while the export runs. */
const SAMPLE_MS = 10;
/** Every this many samples (half a second), a full collection, then the heap in use is read. */
const LIVE_EVERY = 50;

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main(): Promise<void> {
  const format = process.argv[2];
  if (!isExportFormat(format)) throw new Error(`not a format: ${String(format)}`);
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is not set');
  const store = createStore({ ...config.neo4j, uri: config.neo4j.uri, maintenanceTimeoutMs: 0 });
  try {
    // Connected, modules loaded and a statement run: what the process holds before any record.
    await store.read({ cypher: 'RETURN 1 AS ok', params: {} });
    const gc = global.gc;
    if (!gc) throw new Error('run with --expose-gc');
    gc();
    const baseline = process.memoryUsage().rss;
    const baselineHeap = process.memoryUsage().heapUsed;
    let peak = baseline;
    let liveHeap = baselineHeap;
    let ticks = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
      // What the export keeps alive, garbage aside: the heap right after a full collection, once every LIVE_EVERY samples.
      if (++ticks % LIVE_EVERY === 0) {
        gc();
        liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
      }
    }, SAMPLE_MS);
    const sink = new Writable({
      write: (_chunk, _encoding, done) => {
        done();
      },
    });
    const request = parseExportQuery({ view: 'all', format });
    const written = await writeExport({
      store: store.maintenance('Exporting for the bench'),
      subject: request,
      query: request.query,
      baseUrl: config.http.publicBaseUrl,
      out: sink,
    });
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(
      JSON.stringify({
        format,
        ...written,
        baselineRssMb: mb(baseline),
        peakRssMb: mb(peak),
        growthMb: mb(peak - baseline),
        liveHeapGrowthMb: mb(liveHeap - baselineHeap),
        // The kernel's high-water mark of the whole process life, start-up (module loading) included.
        maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
      }),
    );
  } finally {
    await store.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);

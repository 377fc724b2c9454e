/**
 * `npm run export -- <dir>`: writes the whole graph into `dir` as article files (a snapshot:
 * deterministic, for git), and prints its dataVersion. `npm run restore -- <dir>` (or
 * `npm run seed -- <dir>` into an empty database) brings it back.
 *
 * `npm run export -- --format <format> <file>`: writes the whole graph (GET /export's view=all) in
 * one of the download formats into `file` (`-`: standard output), streamed from one read
 * transaction, and prints one line with what it wrote, the time and the `dataVersion` it was read
 * at (on standard error when the export goes to standard output). The file is written under a
 * `.partial` name and renamed when complete, so a failed export leaves no truncated file behind.
 *
 * Uses NEO4J_URI, a running built-in Neo4j, or starts one for the run; NEO4J_MAINTENANCE_TIMEOUT_MS
 * bounds the transaction; PUBLIC_BASE_URL is the base of the RDF formats' IRIs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportSnapshot } from '../snapshot/index.js';
import { EXPORT_FORMATS, isExportFormat, parseExportQuery, type ExportFormat } from '../export/index.js';
import { writeExport } from '../export/write-export.js';
import { runCli, withStore } from './run-cli.js';

const USAGE = `usage: npm run export -- <dir>\n       npm run export -- --format <${EXPORT_FORMATS.join('|')}> <file or ->`;

/** The arguments of a formatted export, or the usage error to print. */
function formatArgs(args: string[]): { format: ExportFormat; file: string } | string {
  const [flag, format, file, ...rest] = args;
  if (flag !== '--format' || format === undefined) return USAGE;
  if (!isExportFormat(format)) return `unknown format ${JSON.stringify(format)}; use one of ${EXPORT_FORMATS.join(', ')}\n${USAGE}`;
  if (file === undefined || rest.length) return `give one file to write (- for standard output)\n${USAGE}`;
  return { format, file };
}

async function snapshot(dir: string): Promise<number> {
  return withStore(
    async ({ store }) => {
      const started = Date.now();
      const s = await exportSnapshot({ store, dir: path.resolve(dir) });
      console.log(
        `Exported ${s.articles} articles, ${s.entities} entities, ${s.relationships} relationships and ${s.evidence} evidence ` +
          `items into ${s.files} file(s) in ${s.dir} in ${Date.now() - started} ms` +
          (s.removed.length ? `; removed ${s.removed.length} file(s) of articles the graph no longer has` : '') +
          '.',
      );
      if (s.orphanEvidence) console.warn(`Left out ${s.orphanEvidence} evidence item(s) of relationships that no longer exist.`);
      console.log(`dataVersion ${s.dataVersion}`);
      return 0;
    },
    { task: 'Exporting the graph (npm run export)' },
  );
}

async function formatted({ format, file }: { format: ExportFormat; file: string }): Promise<number> {
  const toStdout = file === '-';
  const target = toStdout ? '' : path.resolve(file);
  const partial = `${target}.partial`;
  return withStore(
    async ({ store, config }) => {
      const request = parseExportQuery({ view: 'all', format });
      const out = toStdout ? process.stdout : fs.createWriteStream(partial);
      try {
        const w = await writeExport({ store, subject: request, query: request.query, baseUrl: config.http.publicBaseUrl, out });
        if (!toStdout) await fs.promises.rename(partial, target);
        const line =
          `Exported ${w.entities} entities, ${w.articles} articles and ${w.relationships} relationships as ${format} ` +
          `(${w.bytes} bytes) to ${toStdout ? 'standard output' : target} in ${w.ms} ms; dataVersion ${w.dataVersion}`;
        if (toStdout) console.error(line);
        else console.log(line);
        return 0;
      } catch (err) {
        if (!toStdout) await fs.promises.rm(partial, { force: true });
        throw err;
      }
    },
    { task: 'Exporting the graph (npm run export)' },
  );
}

async function main(args: string[]): Promise<number> {
  if (args[0]?.startsWith('--')) {
    const parsed = formatArgs(args);
    if (typeof parsed === 'string') {
      console.error(parsed);
      return 2;
    }
    return formatted(parsed);
  }
  if (args.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  return snapshot(args[0]!);
}

runCli(main);

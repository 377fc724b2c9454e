/**
 * `npm run ingest -- <files, folders or globs> [--dry-run] [--concurrency=N]`: validates every
 * article file first (reporting every problem with its file and path) and writes nothing unless
 * all are valid; then ingests the files, each in its own transaction as Mutation.ingestArticle
 * does, recording key `local`, N at a time (default 4; 1 ingests in name order). An ingest that
 * loses a race with another (both created one entity or relationship, or a deadlock) runs again
 * (see ingestBundle). Exits non-zero on any failure.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { glob } from 'tinyglobby';
import { AppError, formatProblems } from '../errors.js';
import { createReader } from '../store/reader.js';
import { createWriter } from '../ingest/writer.js';
import { checkArticleFiles } from '../article-file/read-article-files.js';
import { runCli, withStore } from './run-cli.js';

/** Expands arguments (files, folders, globs) into a sorted list of article files. */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const arg of args) {
    const isDir = await stat(arg).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const pattern = isDir ? `${arg.replace(/\/$/, '')}/**/*.{yaml,yml,json}` : arg;
    for (const f of await glob(pattern, { absolute: true, onlyFiles: true })) files.add(f);
    if (!isDir && !/[*?[{]/.test(arg) && (await stat(arg).catch(() => null))) files.add(path.resolve(arg));
  }
  return [...files].sort();
}

/** Files ingested at once unless `--concurrency` says otherwise. */
const DEFAULT_CONCURRENCY = 4;

/** Reads `--dry-run` and `--concurrency=N` (or `--concurrency N`); the rest are inputs. */
function parseArgs(argv: readonly string[]): { dryRun: boolean; concurrency: number; inputs: string[] } | { error: string } {
  let dryRun = false;
  let concurrency = DEFAULT_CONCURRENCY;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--concurrency' || a.startsWith('--concurrency=')) {
      const value = a === '--concurrency' ? argv[++i] : a.slice('--concurrency='.length);
      concurrency = Number(value);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
        return { error: `--concurrency: give a whole number from 1 to 64, not "${value ?? ''}"` };
    } else inputs.push(a);
  }
  return { dryRun, concurrency, inputs };
}

/**
 * Runs `work` on every item, at most `limit` at a time; stops taking new items after a throw and rethrows it once all running ones ended.
 */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: { err: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        await work(items[i]!, i);
      } catch (err) {
        failed ??= { err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failed) throw failed.err;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const { dryRun, concurrency, inputs: args } = parsed;
  if (args.length === 0) {
    console.error('usage: npm run ingest -- <files, folders or globs> [--dry-run] [--concurrency=N]');
    return 2;
  }
  const files = await expandInputs(args);
  if (files.length === 0) {
    console.error(`No article files match ${args.join(' ')}`);
    return 1;
  }

  const started = Date.now();
  return withStore(
    async ({ store }) => {
      // 1. Validate everything before writing anything.
      const catalog = await createReader(store).entityCatalog();
      // Entities may also be referenced by name through resolution at write time; ids must exist
      // somewhere. What an invalid file's valid parts reference is checked too, so that one run lists
      // every problem.
      const checked = await checkArticleFiles(files, { knownEntityIds: new Set(catalog.map((e) => e.id)) });
      const sourced = checked.valid;
      // Files may each declare the entities they use, and several articles may state one claim: only
      // article ids must be unique across files.
      const problems = checked.problems.filter((p) => p.code !== 'DUPLICATE_ID' || p.message.startsWith('duplicate article id'));
      if (problems.length) {
        console.error(
          `${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s); nothing was ` +
            `written:\n${formatProblems(problems)}`,
        );
        return 1;
      }

      // 2. Write, one transaction per file, `concurrency` files at a time.
      const writer = createWriter(store);
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left', hideCursor: true }, Presets.shades_classic)
        : undefined;
      bar?.start(sourced.length, 0);
      const totals = {
        articles: 0,
        createdEntities: 0,
        mergedEntities: 0,
        created: 0,
        corroborated: 0,
        disputed: 0,
        unchanged: 0,
        evidence: 0,
      };
      const failures: { index: number; message: string }[] = [];
      let done = 0;
      try {
        await eachLimited(sourced, concurrency, async ({ file, bundle }, index) => {
          try {
            const s = await writer.ingest({ bundle, keyId: 'local', dryRun, prefix: path.basename(file) });
            totals.articles += s.articleIds.length;
            totals.createdEntities += s.createdEntities.length;
            totals.mergedEntities += s.mergedEntities.length;
            totals.created += s.createdRelationships.length;
            totals.corroborated += s.corroboratedRelationships.length;
            totals.disputed += s.disputedRelationships.length;
            totals.unchanged += s.unchangedRelationships.length;
            totals.evidence += s.evidenceAdded;
          } catch (err) {
            const message =
              err instanceof AppError && err.details.problems
                ? formatProblems(err.details.problems.map((p) => ({ ...p, file })))
                : `${file}: ${(err as Error).message}`;
            failures.push({ index, message });
            if (!(err instanceof AppError)) throw err;
          }
          done++;
          bar?.update(done);
          if (!bar && done % Math.max(1, Math.floor(sourced.length / 10)) === 0) console.error(`ingest: ${done}/${sourced.length} files`);
        });
      } finally {
        bar?.stop();
      }
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `${dryRun ? 'Dry run: would ingest' : 'Ingested'} ${sourced.length - failures.length}/${sourced.length} file(s) in ` +
          `${seconds.toFixed(1)} s ` +
          (`(${((sourced.length - failures.length) / seconds).toFixed(1)} files/s, ${concurrency} at a time): ${totals.articles} ` +
            `articles, `) +
          `${totals.createdEntities} new entities, ${totals.mergedEntities} matched to existing ones, ` +
          (`${totals.created} new relationships, ${totals.corroborated} corroborated, ${totals.disputed} disputed, ` +
            `${totals.unchanged} unchanged, ${totals.evidence} evidence items added.`),
      );
      if (failures.length) {
        console.error(
          `${failures.length} file(s) refused:\n${failures
            .sort((a, b) => a.index - b.index)
            .map((f) => f.message)
            .join('\n')}`,
        );
        return 1;
      }
      return 0;
    },
    { task: 'Ingesting the article files (npm run ingest)', requireSchema: true },
  );
}

runCli(main);

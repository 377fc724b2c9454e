/**
 * `npm run ingest -- <files, folders or globs> [--dry-run]`: validates every article file first
 * (reporting every problem with its file and path) and writes nothing unless all are valid; then
 * ingests each file in its own transaction, as Mutation.ingestArticle does, recording key `local`.
 * Exits non-zero on any failure.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { glob } from 'tinyglobby';
import { AppError, formatProblems, type Problem } from '../errors.js';
import { createReader } from '../store/reader.js';
import { createWriter } from '../ingest/writer.js';
import { parseBundle } from '../seed/read-bundles.js';
import { bundleProblems, type SourcedBundle } from '../seed/check-bundles.js';
import type { SalvagedBundle } from '../seed/format.js';
import { runCli, withStore } from './run-cli.js';

/** Expands arguments (files, folders, globs) into a sorted list of article files. */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const arg of args) {
    const isDir = await stat(arg).then((s) => s.isDirectory(), () => false);
    const pattern = isDir ? `${arg.replace(/\/$/, '')}/**/*.{yaml,yml,json}` : arg;
    for (const f of await glob(pattern, { absolute: true, onlyFiles: true })) files.add(f);
    if (!isDir && !/[*?[{]/.test(arg) && (await stat(arg).catch(() => null))) files.add(path.resolve(arg));
  }
  return [...files].sort();
}

async function main(argv: string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const args = argv.filter((a) => a !== '--dry-run');
  if (args.length === 0) {
    console.error('usage: npm run ingest -- <files, folders or globs> [--dry-run]');
    return 2;
  }
  const files = await expandInputs(args);
  if (files.length === 0) {
    console.error(`No article files match ${args.join(' ')}`);
    return 1;
  }

  const started = Date.now();
  return withStore(async ({ store }) => {
    // 1. Validate everything before writing anything.
    const problems: Problem[] = [];
    const sourced: SourcedBundle[] = [];
    const salvaged: SourcedBundle<SalvagedBundle>[] = [];
    for (const file of files) {
      const parsed = parseBundle(file, await readFile(file, 'utf8'));
      problems.push(...parsed.problems);
      if (parsed.bundle) sourced.push({ file, bundle: parsed.bundle });
      salvaged.push({ file, bundle: parsed.salvaged });
    }
    const catalog = await createReader(store).entityCatalog();
    const known = new Set(catalog.map((e) => e.id));
    // Entities may also be referenced by name through resolution at write time; ids must exist
    // somewhere. What an invalid file's valid parts reference is checked too, so that one run lists
    // every problem.
    const cross = bundleProblems(salvaged, { knownEntityIds: known, knownArticleIds: new Set() });
    // Files may each declare the entities they use, and several articles may state one claim: only
    // article ids must be unique across files.
    problems.push(...cross.filter((p) => p.code !== 'DUPLICATE_ID' || p.message.startsWith('duplicate article id')));
    if (problems.length) {
      console.error(`${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s); nothing was written:\n${formatProblems(problems)}`);
      return 1;
    }

    // 2. Write, one transaction per file.
    const writer = createWriter(store);
    const bar = process.stderr.isTTY ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left', hideCursor: true }, Presets.shades_classic) : undefined;
    bar?.start(sourced.length, 0);
    const totals = { articles: 0, createdEntities: 0, mergedEntities: 0, created: 0, corroborated: 0, disputed: 0, unchanged: 0, evidence: 0 };
    const failures: string[] = [];
    for (const [i, { file, bundle }] of sourced.entries()) {
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
        const message = err instanceof AppError && err.details.problems ? formatProblems(err.details.problems.map((p) => ({ ...p, file }))) : `${file}: ${(err as Error).message}`;
        failures.push(message);
        if (!(err instanceof AppError)) throw err;
      }
      bar?.update(i + 1);
      if (!bar && (i + 1) % Math.max(1, Math.floor(sourced.length / 10)) === 0) console.error(`ingest: ${i + 1}/${sourced.length} files`);
    }
    bar?.stop();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${dryRun ? 'Dry run: would ingest' : 'Ingested'} ${sourced.length - failures.length}/${sourced.length} file(s) in ${seconds.toFixed(1)} s ` +
        `(${((sourced.length - failures.length) / seconds).toFixed(1)} files/s): ${totals.articles} articles, ` +
        `${totals.createdEntities} new entities, ${totals.mergedEntities} matched to existing ones, ` +
        `${totals.created} new relationships, ${totals.corroborated} corroborated, ${totals.disputed} disputed, ${totals.unchanged} unchanged, ${totals.evidence} evidence items added.`,
    );
    if (failures.length) {
      console.error(`${failures.length} file(s) refused:\n${failures.join('\n')}`);
      return 1;
    }
    return 0;
  }, { task: 'Ingesting the article files (npm run ingest)', requireSchema: true });
}

runCli(main);

/**
 * Reads article files (YAML or JSON) and validates them together: each file against the format
 * (and its articles' text files), then across files (duplicate ids, dangling references, quotes
 * against their article's text). Every problem is reported with its file and path. The one way
 * article files are read: seeds, restores and the ingest CLI read them from disk, and an export
 * checks the files it is about to write, in memory.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { Problem } from '../errors.js';
import type { Bundle, SalvagedBundle } from './format.js';
import { bundleProblems, mergeBundles, type KnownIds, type SourcedBundle } from './check-bundles.js';
import { salvageBundle } from './salvage-bundle.js';

const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Expands files and folders (one level of article files) into a sorted list of file paths. */
export async function listArticleFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const s = await stat(input);
    if (s.isDirectory()) {
      const names = (await readdir(input)).filter((n) => EXTENSIONS.includes(path.extname(n).toLowerCase()));
      files.push(...names.map((n) => path.join(input, n)));
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)].sort();
}

/** The result of reading article files: the merged bundle, or every problem found. */
export type ReadResult =
  | { readonly ok: true; readonly bundle: Bundle; readonly files: readonly string[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** One article file parsed: the bundle when the file is valid; what could be kept of it in any case. */
export interface ParsedFile {
  bundle?: Bundle;
  /** The valid records and fields, for the checks that run across files even when this one is invalid. */
  salvaged: SalvagedBundle;
  problems: Problem[];
}

/**
 * Parses and validates one file's text, salvaging what it can of an invalid one (see
 * salvage-bundle.ts). An article's `textFile` is read from the article file's folder and becomes
 * its `text`, against which bundleProblems checks every quote citing the article.
 */
export function parseArticleFile(file: string, text: string): ParsedFile {
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(text) : parse(text, { prettyErrors: true });
  } catch (err) {
    return {
      salvaged: { articles: [], entities: [], relationships: [] },
      problems: [{ file, path: '', code: 'SYNTAX', message: (err as Error).message.split('\n')[0] ?? 'cannot parse' }],
    };
  }
  const parsed = salvageBundle(raw ?? {});
  const salvaged: SalvagedBundle = parsed.ok ? parsed.bundle : parsed.salvaged;
  const problems: Problem[] = parsed.ok ? [] : parsed.problems.map((p) => ({ ...p, file }));
  salvaged.articles.forEach((a, i) => {
    if (a.textFile === undefined) return;
    const read = readArticleText({ file, textFile: a.textFile });
    if (typeof read === 'string') a.text = read;
    else problems.push({ file, path: `articles[${i}].textFile`, ...read });
  });
  return parsed.ok && problems.length === 0 ? { bundle: parsed.bundle, salvaged, problems } : { salvaged, problems };
}

/** The text of an article's `textFile`, or the problem reading it. */
function readArticleText({ file, textFile }: { file: string; textFile: string }): string | { code: string; message: string } {
  const folder = path.dirname(file);
  try {
    // The format refuses absolute paths and `..`; a symbolic link must not lead out of the folder either.
    const real = realpathSync(path.join(folder, textFile));
    const realFolder = realpathSync(folder);
    if (!real.startsWith(realFolder + path.sep))
      return { code: 'OUTSIDE_FOLDER', message: `${textFile} leads outside the article file's folder` };
    return readFileSync(real, 'utf8');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT'
      ? { code: 'TEXT_FILE_NOT_FOUND', message: `there is no file ${textFile} beside ${path.basename(file)}` }
      : { code: 'TEXT_FILE_UNREADABLE', message: `cannot read ${textFile}: ${(err as Error).message}` };
  }
}

/** Article files checked together: the valid ones, and every problem of all of them. */
export interface CheckedFiles {
  /** The files that are valid on their own, in input order (the checks across files may still have found problems). */
  valid: SourcedBundle[];
  /** Each file's problems in input order, then those across files (bundleProblems). */
  problems: Problem[];
}

/**
 * Parses and checks article files given as their texts (name → text): each on its own
 * (parseArticleFile), then all together (bundleProblems) on what each file kept, so one run lists
 * every problem, the valid parts of invalid files included.
 * @param known ids that exist elsewhere (e.g. in the database) and may be referenced; default none.
 */
export function checkArticleTexts(texts: Iterable<readonly [file: string, text: string]>, known: Partial<KnownIds> = {}): CheckedFiles {
  const problems: Problem[] = [];
  const valid: SourcedBundle[] = [];
  const salvaged: SourcedBundle<SalvagedBundle>[] = [];
  for (const [file, text] of texts) {
    const parsed = parseArticleFile(file, text);
    problems.push(...parsed.problems);
    salvaged.push({ file, bundle: parsed.salvaged });
    if (parsed.bundle) valid.push({ file, bundle: parsed.bundle });
  }
  problems.push(
    ...bundleProblems(salvaged, { knownEntityIds: known.knownEntityIds ?? new Set(), knownArticleIds: known.knownArticleIds ?? new Set() }),
  );
  return { valid, problems };
}

/** Reads the files (UTF-8) and checks them together (checkArticleTexts). */
export async function checkArticleFiles(files: readonly string[], known: Partial<KnownIds> = {}): Promise<CheckedFiles> {
  const texts: [string, string][] = [];
  for (const file of files) texts.push([file, await readFile(file, 'utf8')]);
  return checkArticleTexts(texts, known);
}

/**
 * Reads and validates the article files of files and folders (listArticleFiles) together; the
 * merged bundle only when every file is valid and no check across files found a problem.
 * @param known ids that exist elsewhere (e.g. in the database) and may be referenced; default none.
 */
export async function readArticleFiles(inputs: readonly string[], known: Partial<KnownIds> = {}): Promise<ReadResult> {
  let files: string[];
  try {
    files = await listArticleFiles(inputs);
  } catch (err) {
    return { ok: false, problems: [{ path: '', code: 'NOT_FOUND', message: (err as Error).message }] };
  }
  const checked = await checkArticleFiles(files, known);
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
  return { ok: true, bundle: mergeBundles(checked.valid), files };
}

/**
 * Reads article files (YAML or JSON in the seed format) and validates them together: each file
 * against the zod schema, then across files (duplicate ids, dangling references). Every problem
 * is reported with its file and path; nothing is returned unless all files are valid.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { Problem } from '../errors.js';
import { bundleSchema, type Bundle } from './format.js';
import { checkBundles, type SourcedBundle } from './check-bundles.js';

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

/** Parses and validates one file's text. */
export function parseBundle(file: string, text: string): { bundle?: Bundle; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(text) : parse(text, { prettyErrors: true });
  } catch (err) {
    return { problems: [{ file, path: '', code: 'SYNTAX', message: (err as Error).message.split('\n')[0] ?? 'cannot parse' }] };
  }
  const result = bundleSchema.safeParse(raw ?? {});
  if (!result.success) {
    return {
      problems: result.error.issues.map((i) => ({
        file,
        path: i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`)).join(''),
        code: i.code.toUpperCase(),
        message: i.message,
      })),
    };
  }
  return { bundle: result.data, problems: [] };
}

/**
 * Reads and validates article files together.
 * @param knownEntityIds entity ids that already exist elsewhere (e.g. in the database) and may be referenced.
 */
export async function readBundles(
  inputs: readonly string[],
  { knownEntityIds = new Set<string>(), knownArticleIds = new Set<string>() }: { knownEntityIds?: ReadonlySet<string>; knownArticleIds?: ReadonlySet<string> } = {},
): Promise<ReadResult> {
  let files: string[];
  try {
    files = await listArticleFiles(inputs);
  } catch (err) {
    return { ok: false, problems: [{ path: '', code: 'NOT_FOUND', message: (err as Error).message }] };
  }
  const problems: Problem[] = [];
  const sourced: SourcedBundle[] = [];
  for (const file of files) {
    const parsed = parseBundle(file, await readFile(file, 'utf8'));
    problems.push(...parsed.problems);
    if (parsed.bundle) sourced.push({ file, bundle: parsed.bundle });
  }
  const checked = checkBundles(sourced, { knownEntityIds, knownArticleIds });
  problems.push(...checked.problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, bundle: checked.bundle, files };
}

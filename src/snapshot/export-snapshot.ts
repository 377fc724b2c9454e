/**
 * Writes the graph to a folder as article files (see snapshot-files.ts), after checking that they
 * read back: each file against the format and all of them together (ids, references). Files of an
 * earlier snapshot in the folder that the graph no longer has are removed.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Store } from '../store/gateway.js';
import { AppError, formatProblems, type Problem } from '../errors.js';
import { checkArticleTexts } from '../article-file/read-article-files.js';
import { readSnapshot } from './read-snapshot.js';
import { ENTITIES_FILE, bundlesVersion, snapshotFiles } from './snapshot-files.js';

/** What an export wrote. */
export interface ExportSummary {
  dir: string;
  files: number;
  removed: string[];
  articles: number;
  entities: number;
  relationships: number;
  evidence: number;
  /** Evidence of relationships that no longer exist: unreachable, and left out. */
  orphanEvidence: number;
  dataVersion: string;
}

const SNAPSHOT_EXT = /\.(ya?ml|json)$/i;

/** Checks that snapshot files read back as one valid set of article files: every problem, or none. */
export function checkSnapshotFiles(files: ReadonlyMap<string, string>): Problem[] {
  return checkArticleTexts(files).problems;
}

/**
 * Exports the graph into `dir` (created when missing). Maintenance work: give it
 * `store.maintenance(task)`, so that reading the whole graph runs under NEO4J_MAINTENANCE_TIMEOUT_MS. A folder that holds article files but
 * no
 * `_entities.yaml` is not a snapshot and is refused, so an export never clears a folder of
 * hand-written files.
 * @throws AppError BAD_USER_INPUT listing every problem when the graph cannot be written as valid files.
 */
export async function exportSnapshot({ store, dir }: { store: Store; dir: string }): Promise<ExportSummary> {
  const read = await readSnapshot({ store });
  const files = snapshotFiles(read.content);
  // The files are read back once: for their problems, and for the version of what they hold.
  const checked = checkArticleTexts(files);
  const problems = [...read.problems, ...checked.problems];
  if (problems.length)
    throw new AppError('BAD_USER_INPUT', `The graph cannot be written as article files:\n${formatProblems(problems)}`, { problems });

  await mkdir(dir, { recursive: true });
  const present = (await readdir(dir)).filter((n) => SNAPSHOT_EXT.test(n));
  if (present.length && !present.includes(ENTITIES_FILE)) {
    throw new AppError(
      'BAD_USER_INPUT',
      `${dir} holds article files but no ${ENTITIES_FILE}: it is not a snapshot folder; export into an empty or new folder`,
    );
  }
  const removed = present.filter((n) => !files.has(n)).sort();
  for (const n of removed) await rm(path.join(dir, n));
  for (const [name, body] of files) await writeFile(path.join(dir, name), body, 'utf8');
  return {
    dir,
    files: files.size,
    removed,
    articles: read.content.articles.length,
    entities: read.content.entities.length,
    relationships: read.content.relationships.length,
    evidence: read.content.relationships.reduce((n, r) => n + r.evidence.length, 0),
    orphanEvidence: read.orphanEvidence,
    dataVersion: bundlesVersion(checked.valid.map((f) => f.bundle)),
  };
}

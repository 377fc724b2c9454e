/** Seeds an empty database from the seeds folder (what `npm start` does on first start). */
import type { Store } from '../store/gateway.js';
import { AppError, formatProblems } from '../errors.js';
import { readArticleFiles } from '../article-file/read-article-files.js';
import { seedGraph, type SeedSummary } from './seed-graph.js';

/**
 * Reads, validates and writes the article files of `inputs`; throws listing every problem.
 * Maintenance work: give it `store.maintenance(task)`, so that it runs under NEO4J_MAINTENANCE_TIMEOUT_MS.
 */
export async function seedFromFiles({
  store,
  inputs,
  recordedBy = 'local',
}: {
  store: Store;
  inputs: readonly string[];
  recordedBy?: string;
}): Promise<SeedSummary & { files: readonly string[] }> {
  const read = await readArticleFiles(inputs);
  if (!read.ok) {
    throw new AppError('BAD_USER_INPUT', `The article files are invalid; nothing was written:\n${formatProblems(read.problems)}`, {
      problems: read.problems,
    });
  }
  return { ...(await seedGraph({ store, bundle: read.bundle, recordedBy })), files: read.files };
}

/** Seeds when the graph holds no article yet; returns what was written, or undefined. Maintenance work, as above. */
export async function seedIfEmpty({
  store,
  seedsDir,
}: {
  store: Store;
  seedsDir: string;
}): Promise<(SeedSummary & { files: readonly string[] }) | undefined> {
  const [row] = await store.read({ cypher: 'MATCH (a:Article) RETURN count(a) > 0 AS seeded', params: {} });
  if (row?.seeded) return undefined;
  return seedFromFiles({ store, inputs: [seedsDir] });
}

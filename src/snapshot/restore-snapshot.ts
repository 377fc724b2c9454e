/**
 * Replaces the graph's content with a snapshot folder: the files are read and checked first (a bad
 * snapshot changes nothing); then every entity, article and evidence item is deleted, in batches of
 * bounded transactions; then the snapshot is seeded in one transaction. Audit entries stay.
 *
 * Not atomic: between the delete and the seed the graph is empty (a few seconds for thousands of
 * relationships), and a seed that fails leaves it empty until the restore is run again. One
 * transaction for both would be, but it holds the whole old and new graph in memory at once and
 * Neo4j stops it at tens of thousands of relationships.
 */
import type { Store } from '../store/gateway.js';
import { AppError, formatProblems } from '../errors.js';
import { readArticleFiles } from '../article-file/read-article-files.js';
import { seedGraph, type SeedSummary } from '../seed/seed-graph.js';
import { deleteContent } from '../store/cypher/snapshot.js';
import { resetContentVersion } from '../store/content-version.js';

/**
 * Restores the snapshot in `dir` (or any article files) as the whole content of the graph.
 * Maintenance work: give it `store.maintenance(task)` (NEO4J_MAINTENANCE_TIMEOUT_MS).
 * @throws AppError BAD_USER_INPUT listing every problem of the files; nothing is changed then.
 */
export async function restoreSnapshot({
  store,
  dir,
  recordedBy = 'local',
}: {
  store: Store;
  dir: string;
  recordedBy?: string;
}): Promise<SeedSummary> {
  const read = await readArticleFiles([dir]);
  if (!read.ok)
    throw new AppError('BAD_USER_INPUT', `The snapshot is invalid; nothing was changed:\n${formatProblems(read.problems)}`, {
      problems: read.problems,
    });
  await store.schema(deleteContent());
  await resetContentVersion(store);
  return seedGraph({ store, bundle: read.bundle, recordedBy });
}

/** The graph's content version, Query.stats.dataVersion. */
import type { CallOptions, Store } from '../store/gateway.js';
import { readSnapshot } from './read-snapshot.js';
import { snapshotFiles, snapshotVersion } from './snapshot-files.js';

/**
 * SHA-256 (hex) of the snapshot the graph exports right now (`npm run export`): it changes exactly
 * when the content does, not with the audit trail or a write that changes nothing, and a restored
 * snapshot has the version it was exported with. It reads the whole graph under `store`'s timeout:
 * the request's for Query.stats, the maintenance one for the tools (`store.maintenance(task)`).
 */
export async function dataVersion({ store, opts }: { store: Store; opts?: CallOptions }): Promise<string> {
  const { content } = await readSnapshot({ store, ...(opts ? { opts } : {}) });
  return snapshotVersion(snapshotFiles(content));
}

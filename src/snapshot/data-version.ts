/** The graph's content version, Query.stats.dataVersion. */
import type { CallOptions, Store } from '../store/gateway.js';
import { readContentVersion } from '../store/content-version.js';

/**
 * The content version (hex, 64 digits): the order-independent sum of the hashes of every
 * article, entity and relationship with its evidence (src/domain/content-hash.ts), which every
 * write keeps current, so reading it is one look-up. It changes exactly when the content does, not
 * with the audit trail or a write that changes nothing; the snapshot the graph exports has it
 * (`snapshotVersion`), and a restored snapshot has the version it was exported with.
 */
export function dataVersion({ store, opts }: { store: Store; opts?: CallOptions }): Promise<string> {
  return readContentVersion(store, opts);
}

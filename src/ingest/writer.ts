/** The write path: resolvers and the CLI call these and nothing lower. */
import type { Store } from '../store/gateway.js';
import type { Bundle } from '../seed/format.js';
import { ingestBundle, type IngestSummary } from './ingest-bundle.js';
import { mergeEntities, undoMerge, type MergeSummary } from './merge-entities.js';

/** Creates the writer over a store. */
export function createWriter(store: Store) {
  return {
    ingest: (args: { bundle: Bundle; keyId: string; dryRun?: boolean; prefix?: string }): Promise<IngestSummary> => ingestBundle({ store, ...args }),
    merge: (args: { keep: string; merge: string; keyId: string }): Promise<MergeSummary> => mergeEntities({ store, ...args }),
    undoMerge: (args: { auditId: string; keyId: string }) => undoMerge({ store, ...args }),
  };
}

export type Writer = ReturnType<typeof createWriter>;

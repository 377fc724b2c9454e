/** The write path: resolvers and the CLI call these and nothing lower. */
import type { Store } from '../store/gateway.js';
import { ingestBundle, type IngestInput, type IngestOptions, type IngestSummary } from './ingest-bundle.js';
import { mergeEntities, undoMerge, type MergeSummary } from './merge-entities.js';
import { retractArticle, type RetractArgs } from './retract-article.js';
import type { RetractSummary } from './retraction-state.js';
import { undoRetraction, type UndoSummary } from './undo-retraction.js';

/** Creates the writer over a store. */
export function createWriter(store: Store) {
  return {
    /** Ingests a valid bundle, or the shape check of an input (refused with every problem when invalid). */
    ingest: (args: IngestOptions & IngestInput): Promise<IngestSummary> => ingestBundle({ store, ...args }),
    merge: (args: { keep: string; merge: string; keyId: string }): Promise<MergeSummary> => mergeEntities({ store, ...args }),
    undoMerge: (args: { auditId: string; keyId: string }) => undoMerge({ store, ...args }),
    /** Retracts an article (see retractArticle). */
    retract: (args: Omit<RetractArgs, 'store'>): Promise<RetractSummary> => retractArticle({ store, ...args }),
    /** Undoes a retraction exactly, or refuses naming what stands in the way (see undoRetraction). */
    undoRetraction: (args: { auditId: string; keyId: string }): Promise<UndoSummary> => undoRetraction({ store, ...args }),
  };
}

export type Writer = ReturnType<typeof createWriter>;

/**
 * The per-request context of operations, built at the HTTP edge (src/server/request-context.ts,
 * the one builder).
 */
import type { Reader } from '../store/reader.js';
import type { BookmarkChain } from '../store/gateway.js';
import type { Loaders } from './loaders.js';
import type { Caller } from '../auth/api-keys.js';
import type { Writer } from '../ingest/writer.js';

/** The bookmarks of one request: those it came with, and the chain its transactions advance. */
export interface RequestBookmarks {
  readonly received: readonly string[];
  readonly chain: BookmarkChain;
}

/** What every resolver and plugin of one request is given. */
export interface GraphQLContext {
  readonly reader: Reader;
  readonly writer: Writer;
  readonly loaders: Loaders;
  /** Who sent the request (checked by the auth plugin before any resolver runs). */
  readonly caller: Caller;
  /** The bookmarks the request came with and the chain its transactions advance (read-your-writes across replicas). */
  readonly bookmarks: RequestBookmarks;
  /** The graph's snapshot, read in this request's sessions. */
  readonly snapshot: {
    /** The content version every write keeps (see src/snapshot/data-version.ts): changes exactly when the content does. */
    dataVersion(): Promise<string>;
  };
}

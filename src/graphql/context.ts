/**
 * The per-request context of operations, built at the HTTP edge (src/server/request-context.ts,
 * the one builder).
 */
import type { Reader } from '../store/reader.js';
import type { BookmarkChain } from '../store/gateway.js';
import type { Loaders } from './loaders.js';
import type { Caller } from '../auth/api-keys.js';
import type { Writer } from '../ingest/writer.js';
import type { ChangeModel } from '../domain/change-of-audit.js';

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
  /** The client address as the rate limit counts it (src/server/rate-limiter.ts); the cost budget's client without a key. */
  readonly clientAddress?: string;
  /** The bookmarks the request came with and the chain its transactions advance (read-your-writes across replicas). */
  readonly bookmarks: RequestBookmarks;
  /** The graph's snapshot, read in this request's sessions. */
  readonly snapshot: {
    /** The content version every write keeps (see src/snapshot/data-version.ts): changes exactly when the content does. */
    dataVersion(): Promise<string>;
  };
  /** The process's change feed: given only to operations on /graphql/stream (subscription graphChanged). */
  readonly changes?: ChangeSubscriptions;
}

/** Subscriptions to the changes of the graph (src/server/change-feed.ts). */
export interface ChangeSubscriptions {
  /** The changes recorded from now on, until the iterator is returned or the feed stops. */
  subscribe(): AsyncIterableIterator<ChangeModel>;
}

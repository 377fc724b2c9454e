/**
 * What the HTTP edge adds to the per-request context for operations: the bookmarks of the request
 * (read-your-writes across replicas) and the graph's content version (Query.stats.dataVersion).
 * Declared here, beside the code that fills it in create-server.ts, by augmenting GraphQLContext.
 */
import type { RequestBookmarks } from './bookmarks.js';

declare module '../graphql/context.js' {
  interface GraphQLContext {
    /** The bookmarks the request came with and the chain its transactions advance. */
    readonly bookmarks: RequestBookmarks;
    /** The graph's snapshot, read in this request's sessions. */
    readonly snapshot: {
      /** The content version every write keeps (see src/snapshot/data-version.ts): changes exactly when the content does. */
      dataVersion(): Promise<string>;
    };
  }
}

export {};

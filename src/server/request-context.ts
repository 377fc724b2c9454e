/**
 * The per-request context of operations (src/graphql/context.ts), built here and nowhere else:
 * who called and from which address, the request's bookmarks (read-your-writes across replicas), the reader, writer and
 * loaders over a store view that follows those bookmarks, and the graph's content version
 * (Query.stats.dataVersion).
 */
import type { RequestWithBody } from './apollo-middleware.js';
import { identify, type ApiKeys } from '../auth/api-keys.js';
import type { GraphQLContext, RequestBookmarks } from '../graphql/context.js';
import { createLoaders, type Loaders } from '../graphql/loaders.js';
import { createWriter, type Writer } from '../ingest/writer.js';
import type { Metrics } from '../ops/metrics.js';
import { dataVersion } from '../snapshot/index.js';
import { bookmarkedStore } from '../store/bookmarked-store.js';
import type { Store } from '../store/gateway.js';
import { createReader, type Reader } from '../store/reader.js';
import { BOOKMARKS_HEADER, requestBookmarks } from './bookmarks.js';
import { clientKey } from './rate-limiter.js';
import type { Config } from '../config.js';

/**
 * One request's context. The loaders (seven DataLoaders and their maps) are made on first use:
 * an answer read in one statement (search, for one) never touches them. Apollo copies the context
 * for each operation with `Object.assign(Object.create(prototype), context)`, so the getter lives
 * on the prototype (an own getter would be called by that copy) and the slot is a plain property
 * (a `#private` field does not exist on the copy).
 */
class RequestContext implements GraphQLContext {
  loadersMade: Loaders | undefined = undefined;
  constructor(
    readonly reader: Reader,
    readonly writer: Writer,
    readonly caller: GraphQLContext['caller'],
    readonly bookmarks: RequestBookmarks,
    readonly snapshot: GraphQLContext['snapshot'],
    readonly clientAddress: string,
  ) {}
  get loaders(): Loaders {
    return (this.loadersMade ??= createLoaders(this.reader));
  }
}

/**
 * Whether a request can only read with no bookmarks: it brought none, and its document (sent as
 * text) does not contain the word `mutation`, without which no operation in it can be a mutation
 * (GraphQL keywords cannot be escaped). A persisted query sent by hash alone, a GET and anything
 * odd do not qualify.
 */
export function readsWithoutBookmarks(body: unknown, bookmarks: RequestBookmarks): boolean {
  if (bookmarks.received.length > 0 || typeof body !== 'object' || body === null) return false;
  const query = (body as { query?: unknown }).query;
  return typeof query === 'string' && !query.includes('mutation');
}

/**
 * The context function of the API over `store` (already observed by the metrics).
 *
 * A request that can only read and brought no bookmarks gets a reader, writer and snapshot made
 * once over `store` instead of its own over a bookmarked view: with an empty chain, the view's
 * sessions are the plain store's (the gateway passes bookmarks only when there are some), and only
 * a write advances the chain, which such a request cannot make. That saves building the reader
 * (about 40 closures, 11 KiB) on most requests. Every other request keeps its own view.
 */
export function contextFunction({
  store,
  metrics,
  keys,
  trustProxy = false,
}: {
  store: Store;
  metrics: Metrics;
  keys: ApiKeys;
  /** Whose X-Forwarded-For gives the client address (`TRUST_PROXY`; default none). */
  trustProxy?: Config['http']['trustProxy'];
}): (req: RequestWithBody) => GraphQLContext {
  const clientOf = clientKey(trustProxy);
  const shared = {
    reader: createReader(store),
    writer: metrics.observeWriter(createWriter(store)),
    snapshot: { dataVersion: () => dataVersion({ store }) },
  };
  return (req) => {
    const bookmarks = requestBookmarks(req.headers[BOOKMARKS_HEADER]);
    const caller = identify(req.headers.authorization, keys);
    const address = clientOf(req);
    if (readsWithoutBookmarks(req.body, bookmarks))
      return new RequestContext(shared.reader, shared.writer, caller, bookmarks, shared.snapshot, address);
    const scoped = bookmarkedStore(store, bookmarks.chain);
    return new RequestContext(
      createReader(scoped),
      metrics.observeWriter(createWriter(scoped)),
      caller,
      bookmarks,
      {
        dataVersion: () => dataVersion({ store: scoped }),
      },
      address,
    );
  };
}

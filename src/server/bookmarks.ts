/**
 * Read-your-writes across API replicas. After a request that wrote, the response carries the
 * driver's bookmarks in `X-Neo4j-Bookmarks` (base64 of a JSON array of strings); a client that sends
 * them back on its next request, to any replica, gets reads that start after its write: in a
 * cluster the member that serves them waits until it has applied that transaction.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { BookmarkChain, CallOptions, Query, Store, Tx } from '../store/gateway.js';
import type { GraphQLContext } from '../graphql/context.js';

/** The request and response header, in lower case as Node gives it. */
export const BOOKMARKS_HEADER = 'x-neo4j-bookmarks';

const MAX_BOOKMARKS = 32;
const MAX_BOOKMARK_LENGTH = 2048;

/** The bookmarks of one request: those it came with, and the chain its transactions advance. */
export interface RequestBookmarks {
  readonly received: readonly string[];
  readonly chain: BookmarkChain;
}

/** Encodes bookmarks for the header. */
export function encodeBookmarks(bookmarks: readonly string[]): string {
  return Buffer.from(JSON.stringify(bookmarks), 'utf8').toString('base64');
}

/**
 * Decodes the header; no header gives no bookmarks.
 * @throws GraphQLError BAD_REQUEST (HTTP 400) when the header is not base64 of a JSON array of strings.
 */
export function decodeBookmarks(header: string | string[] | undefined): string[] {
  if (header === undefined || header === '') return [];
  const bad = (): GraphQLError =>
    new GraphQLError(`Bad request: ${BOOKMARKS_HEADER} must be base64 of a JSON array of at most ${MAX_BOOKMARKS} strings, as a previous response sent it.`, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  if (Array.isArray(header) || !/^[A-Za-z0-9+/=_-]+$/.test(header)) throw bad();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(value) || value.length > MAX_BOOKMARKS || !value.every((b) => typeof b === 'string' && b.length > 0 && b.length <= MAX_BOOKMARK_LENGTH)) throw bad();
  return value as string[];
}

/** The bookmarks of a request that sent `header`. */
export function requestBookmarks(header: string | string[] | undefined): RequestBookmarks {
  const received = decodeBookmarks(header);
  return { received, chain: { current: [...received] } };
}

/** A view of `store` whose every session follows `chain` (one view per request). */
export function bookmarkedStore(store: Store, chain: BookmarkChain): Store {
  const opts: CallOptions = { bookmarks: chain };
  return {
    ...store,
    read: (q: Query) => store.read(q, opts),
    readTx: <T>(work: (tx: Tx) => Promise<T>) => store.readTx(work, opts),
    writeTx: <T>(work: (tx: Tx) => Promise<T>) => store.writeTx(work, opts),
  };
}

/** Sends the bookmarks back after a request whose writes advanced them. */
export function bookmarksPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const { received, chain } = contextValue.bookmarks;
          const advanced = chain.current.length > 0 && (chain.current.length !== received.length || chain.current.some((b, i) => b !== received[i]));
          if (advanced) response.http.headers.set(BOOKMARKS_HEADER, encodeBookmarks(chain.current));
        },
      };
    },
  };
}

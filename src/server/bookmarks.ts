/**
 * Read-your-writes across API replicas. After a request that wrote, the response carries the
 * driver's bookmarks in `X-Neo4j-Bookmarks` (base64 of a JSON array of strings); a client that sends
 * them back on its next request, to any replica, gets reads that start after its write: in a
 * cluster the member that serves them waits until it has applied that transaction (the store view
 * that follows them is src/store/bookmarked-store.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext, RequestBookmarks } from '../graphql/context.js';
import { ERROR_STATUS, type HttpErrorCode } from '../errors.js';

/** The request and response header, in lower case as Node gives it. */
export const BOOKMARKS_HEADER = 'x-neo4j-bookmarks';

const MAX_BOOKMARKS = 32;
const MAX_BOOKMARK_LENGTH = 2048;

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
  const code: HttpErrorCode = 'BAD_REQUEST';
  const bad = (): GraphQLError =>
    new GraphQLError(
      `Bad request: ${BOOKMARKS_HEADER} must be base64 of a JSON array of at most ${MAX_BOOKMARKS} strings, as a previous ` +
        `response sent it.`,
      {
        extensions: { code, http: { status: ERROR_STATUS[code] } },
      },
    );
  if (Array.isArray(header) || !/^[A-Za-z0-9+/=_-]+$/.test(header)) throw bad();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
  } catch {
    throw bad();
  }
  if (
    !Array.isArray(value) ||
    value.length > MAX_BOOKMARKS ||
    !value.every((b) => typeof b === 'string' && b.length > 0 && b.length <= MAX_BOOKMARK_LENGTH)
  )
    throw bad();
  return value as string[];
}

/** The bookmarks of a request that sent `header`. */
export function requestBookmarks(header: string | string[] | undefined): RequestBookmarks {
  const received = decodeBookmarks(header);
  return { received, chain: { current: [...received] } };
}

/** Sends the bookmarks back after a request whose writes advanced them. */
export function bookmarksPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const { received, chain } = contextValue.bookmarks;
          const advanced =
            chain.current.length > 0 && (chain.current.length !== received.length || chain.current.some((b, i) => b !== received[i]));
          if (advanced) response.http.headers.set(BOOKMARKS_HEADER, encodeBookmarks(chain.current));
        },
      };
    },
  };
}

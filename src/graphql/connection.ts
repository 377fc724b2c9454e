/** Relay connections from a page fetched with one extra item (which tells whether more follow). */
import { encodeCursor } from '../domain/arguments.js';
import { cutPage } from '../domain/cut-page.js';

/** A Relay connection. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * Builds a connection of at most `limit` items from `items` (read with `lookahead(limit)`, see
 * domain/cut-page.ts: a row past `limit` makes `hasNextPage` true), the total, and the keyset key
 * of an item; `hadCursor` says whether the page started after a cursor. A null `total` was not counted
 * because the operation does not select `totalCount`: reading it then is a bug, and throws.
 */
export function toConnection<T, M = T>(
  { items, total, limit, hadCursor }: { items: readonly M[]; total: number | null; limit: number; hadCursor: boolean },
  key: (item: M) => readonly string[] | string,
  node: (item: M) => T,
): Connection<T> {
  const { page, more } = cutPage(items, limit);
  const edges = page.map((item) => ({ cursor: encodeCursor(key(item)), node: node(item) }));
  const connection = {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: more,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
  if (total !== null) return { ...connection, totalCount: total };
  return Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get: () => {
      throw new Error('totalCount was read but not counted: the resolver did not see it selected');
    },
  }) as Connection<T>;
}

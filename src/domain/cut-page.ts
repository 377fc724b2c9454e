/**
 * Fetch-one-more paging, for every page of the API and the store: a page of `size` items is read
 * as `lookahead(size)` rows, and `cutPage` keeps the page and tells from the row left over
 * whether more follow, so that no count is needed to answer `hasNextPage` (or `truncated`).
 */

/** How many rows to read for a page of `size`: one more, whose presence says that more follow. */
export function lookahead(size: number): number {
  return size + 1;
}

/**
 * The first `size` of `rows` (read with `lookahead(size)`, or any longer list), and `more`: true
 * when rows were left over. `rows` is not changed.
 */
export function cutPage<T>(rows: readonly T[], size: number): { page: T[]; more: boolean } {
  return { page: rows.slice(0, size), more: rows.length > size };
}

import { describe, expect, it } from 'vitest';
import { toConnection } from '../../src/graphql/connection.js';
import { encodeCursor } from '../../src/domain/arguments.js';

type Row = { id: string; name: string };
const rows: Row[] = [
  { id: 'a', name: 'Ann' },
  { id: 'b', name: 'Bo' },
  { id: 'c', name: 'Cy' },
];
const key = (r: Row): [string, string] => [r.name, r.id];
const node = (r: Row): string => r.id;

describe('graphql: toConnection', () => {
  it('cuts the row read ahead, and says a next page follows', () => {
    expect(toConnection({ items: rows, total: 7, limit: 2, hadCursor: false }, key, node)).toEqual({
      edges: [
        { cursor: encodeCursor(['Ann', 'a']), node: 'a' },
        { cursor: encodeCursor(['Bo', 'b']), node: 'b' },
      ],
      nodes: ['a', 'b'],
      pageInfo: {
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: encodeCursor(['Ann', 'a']),
        endCursor: encodeCursor(['Bo', 'b']),
      },
      totalCount: 7,
    });
  });

  it('says no next page when no row came back past the page, and a previous one after a cursor', () => {
    const c = toConnection({ items: rows, total: 3, limit: 3, hadCursor: true }, (r) => r.id, node);
    expect(c.nodes).toEqual(['a', 'b', 'c']);
    expect(c.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: encodeCursor('a'), endCursor: encodeCursor('c') });
  });

  it('gives null cursors for an empty page', () => {
    expect(toConnection({ items: [], total: 0, limit: 20, hadCursor: false }, key, node)).toEqual({
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    });
    expect(toConnection({ items: rows, total: 3, limit: 0, hadCursor: false }, key, node).pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });

  it('throws when a total that was not counted is read', () => {
    const c = toConnection({ items: rows, total: null, limit: 2, hadCursor: false }, key, node);
    expect(c.nodes).toEqual(['a', 'b']);
    expect(Object.keys(c)).toEqual(['edges', 'nodes', 'pageInfo', 'totalCount']);
    expect(() => c.totalCount).toThrow('totalCount was read but not counted: the resolver did not see it selected');
  });
});

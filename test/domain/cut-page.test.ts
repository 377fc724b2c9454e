import { describe, expect, it } from 'vitest';
import { cutPage, lookahead } from '../../src/domain/cut-page.js';

describe('domain: lookahead', () => {
  it('reads one row more than the page', () => {
    expect([lookahead(0), lookahead(1), lookahead(20), lookahead(500)]).toEqual([1, 2, 21, 501]);
  });
});

describe('domain: cutPage', () => {
  it('keeps the page and says more follow when the row read ahead came back', () => {
    expect(cutPage(['a', 'b', 'c'], 2)).toEqual({ page: ['a', 'b'], more: true });
  });

  it('keeps every row and says none follow when no row came back past the page', () => {
    expect(cutPage(['a', 'b'], 2)).toEqual({ page: ['a', 'b'], more: false });
    expect(cutPage(['a'], 2)).toEqual({ page: ['a'], more: false });
    expect(cutPage([], 2)).toEqual({ page: [], more: false });
  });

  it('gives an empty page of size 0, with more when any row came back', () => {
    expect(cutPage(['a'], 0)).toEqual({ page: [], more: true });
    expect(cutPage([], 0)).toEqual({ page: [], more: false });
  });

  it('cuts a longer list (a cap over everything found) without changing it', () => {
    const rows = Object.freeze(['a', 'b', 'c', 'd']);
    expect(cutPage(rows, 1)).toEqual({ page: ['a'], more: true });
    expect(rows).toEqual(['a', 'b', 'c', 'd']);
  });
});

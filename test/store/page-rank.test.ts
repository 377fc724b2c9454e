import { describe, expect, it } from 'vitest';
import { pageRank } from '../../src/store/page-rank.js';

const STAR = [
  ['hub', 'l1'],
  ['hub', 'l2'],
  ['hub', 'l3'],
] as const;
/** Triangle a-b-c with d hanging off c: not bipartite, so power iteration converges. */
const KITE = [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'a'],
  ['c', 'd'],
] as const;

const values = (ranks: Map<string, number>) => Object.fromEntries(ranks);
const sum = (ranks: Map<string, number>) => [...ranks.values()].reduce((s, r) => s + r, 0);

describe('store: pageRank', () => {
  it('gives nothing for no edges', () => {
    expect(pageRank([])).toEqual(new Map());
  });

  it('gives every node of a cycle the same rank, 1/n', () => {
    const ranks = pageRank([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
    ]);
    for (const id of ['a', 'b', 'c', 'd']) expect(ranks.get(id)).toBeCloseTo(0.25, 12);
  });

  it('matches the hand-solved ranks of a triangle with a pendant node', () => {
    // With a = b by symmetry, each rank is 0.15/4 plus 0.85 × the shares of its neighbours:
    // a = .0375 + .85(a/2 + c/3), c = .0375 + .85(a + d), d = .0375 + .85 c/3.
    const ranks = pageRank(KITE);
    expect(ranks.get('a')).toBeCloseTo(770 / 3131, 9);
    expect(ranks.get('b')).toBeCloseTo(770 / 3131, 9);
    expect(ranks.get('c')).toBeCloseTo(4593 / 12524, 9);
    expect(ranks.get('d')).toBeCloseTo(1771 / 12524, 9);
    expect(sum(ranks)).toBeCloseTo(1, 12);
  });

  it('ranks by connectedness: the hub first, the pendant last', () => {
    const ranks = pageRank(KITE);
    expect([...ranks].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([id]) => id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('lists nodes in the order the edges first name them', () => {
    expect([
      ...pageRank([
        ['x', 'y'],
        ['z', 'y'],
        ['w', 'x'],
      ]).keys(),
    ]).toEqual(['x', 'y', 'z', 'w']);
  });

  it('follows edges both ways, so a node only ever pointed at is no dangling node', () => {
    const reversed = pageRank(KITE.map(([s, t]) => [t, s] as const));
    const forward = pageRank(KITE);
    for (const id of ['a', 'b', 'c', 'd']) expect(reversed.get(id)).toBeCloseTo(forward.get(id)!, 12);
    // l1–l3 are only targets: their rank flows back to the hub and none is lost.
    expect(sum(pageRank(STAR))).toBeCloseTo(1, 12);
  });

  it('damps by 0.85 by default: one step of a star from uniform ranks', () => {
    // hub = .15/4 + .85 × 3 × 1/4; each leaf = .15/4 + .85 × (1/4)/3.
    const one = pageRank(STAR, { iterations: 1 });
    expect(one.get('hub')).toBeCloseTo(0.675, 12);
    for (const leaf of ['l1', 'l2', 'l3']) expect(one.get(leaf)).toBeCloseTo(0.0375 + 0.85 / 12, 12);
    const half = pageRank(STAR, { iterations: 1, damping: 0.5 });
    expect(half.get('hub')).toBeCloseTo(0.5, 12);
    expect(half.get('l1')).toBeCloseTo(1 / 6, 12);
    expect(values(pageRank(STAR, { damping: 0 }))).toEqual({ hub: 0.25, l1: 0.25, l2: 0.25, l3: 0.25 });
  });

  it('runs 50 iterations by default, which leaves a star short of its limit by 0.85^50 of the start', () => {
    // A star is bipartite: the hub's distance to its limit x* = (.0375 + .85)/1.85 flips sign and
    // shrinks by 0.85 each step, so no step falls under the tolerance and all 50 run.
    const limit = 0.8875 / 1.85;
    const after50 = limit + (0.25 - limit) * 0.85 ** 50;
    expect(after50).toBeCloseTo(0.4796618, 7);
    expect(pageRank(STAR).get('hub')).toBeCloseTo(after50, 12);
    expect(pageRank(STAR).get('l1')).toBeCloseTo((1 - after50) / 3, 12);
    expect(pageRank(STAR, { iterations: 1000 }).get('hub')).toBeCloseTo(limit, 9);
  });

  it('stops once a step changes the ranks by less than the tolerance in all', () => {
    // The first step of the star moves 0.425 + 3 × 0.141667 = 0.85 in all.
    expect(values(pageRank(STAR, { tolerance: 0.86 }))).toEqual(values(pageRank(STAR, { iterations: 1 })));
    expect(values(pageRank(STAR, { tolerance: 0.84 }))).not.toEqual(values(pageRank(STAR, { iterations: 1 })));
  });
});

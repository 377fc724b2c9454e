import { describe, expect, it } from 'vitest';
import { costBudget } from '../../src/graphql/cost-budget.js';

describe('graphql: costBudget', () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('takes points while there are enough, then refuses with the whole seconds until there are', () => {
    const c = clock();
    const b = costBudget({ maximum: 100, restoreRate: 10, now: c.now });
    expect(b.take('a', 70)).toEqual({ granted: true, status: { maximumAvailable: 100, currentlyAvailable: 30, restoreRate: 10 } });
    expect(b.take('a', 55)).toEqual({
      granted: false,
      status: { maximumAvailable: 100, currentlyAvailable: 30, restoreRate: 10 },
      retryAfter: 3,
    });
    c.advance(2500);
    expect(b.take('a', 55)).toEqual({ granted: true, status: { maximumAvailable: 100, currentlyAvailable: 0, restoreRate: 10 } });
  });

  it('refills at the restore rate up to the maximum, and gives refunds back up to it', () => {
    const c = clock();
    const b = costBudget({ maximum: 100, restoreRate: 10, now: c.now });
    b.take('a', 100);
    c.advance(4000);
    expect(b.status('a').currentlyAvailable).toBe(40);
    expect(b.refund('a', 30).currentlyAvailable).toBe(70);
    expect(b.refund('a', 500).currentlyAvailable).toBe(100);
    c.advance(60_000);
    expect(b.status('a').currentlyAvailable).toBe(100);
  });

  it('keeps each client apart', () => {
    const b = costBudget({ maximum: 10, restoreRate: 1, now: () => 0 });
    expect(b.take('a', 10).granted).toBe(true);
    expect(b.take('a', 1).granted).toBe(false);
    expect(b.take('b', 10).granted).toBe(true);
  });

  it('keeps at most maxClients buckets: full ones dropped first, then the oldest', () => {
    const c = clock();
    const b = costBudget({ maximum: 10, restoreRate: 1, maxClients: 3, now: c.now });
    b.take('spent', 10);
    b.take('full-1', 0);
    b.take('full-2', 0);
    b.take('new', 5);
    expect(b.size).toBe(2);
    // 'spent' was kept: its budget is still spent.
    expect(b.take('spent', 1).granted).toBe(false);
    b.take('x', 1);
    b.take('y', 1);
    expect(b.size).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { retryingRead } from '../../src/store/retrying-read.js';

describe('store: retryingRead', () => {
  const neoError = (code: string) => new Neo4jError('failed', code, '50N42', 'error: general processing exception - unexpected error');
  /** A read failing with `errors` in turn, then answering 'ok'; the waits asked for, without waiting. */
  async function tries(errors: Error[], maxRetryMs: number) {
    const waits: number[] = [];
    let calls = 0;
    const result = await retryingRead(
      async () => {
        const err = errors[calls++];
        if (err) throw err;
        return 'ok';
      },
      maxRetryMs,
      async (ms) => {
        waits.push(ms);
      },
    ).catch((err: unknown) => err);
    return { result, calls, waits };
  }

  it("tries a read again on the driver's schedule (1 s, doubling, ±20 %) while it fails with a retryable error", async () => {
    const lost = [neoError('ServiceUnavailable'), neoError('SessionExpired'), neoError('Neo.TransientError.General.DatabaseUnavailable')];
    const { result, calls, waits } = await tries(lost, 60_000);
    expect(result).toBe('ok');
    expect(calls).toBe(4);
    expect(waits).toHaveLength(3);
    waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(1000 * 2 ** i * 0.8);
      expect(ms).toBeLessThanOrEqual(1000 * 2 ** i * 1.2);
    });
  });

  it('gives up at once on any other error, and after the retry window on a retryable one', async () => {
    const syntax = neoError('Neo.ClientError.Statement.SyntaxError');
    expect(await tries([syntax], 60_000)).toEqual({ result: syntax, calls: 1, waits: [] });
    const plain = new Error('not from Neo4j');
    expect(await tries([plain], 60_000)).toEqual({ result: plain, calls: 1, waits: [] });
    const down = neoError('ServiceUnavailable');
    expect(await tries([down], 0)).toEqual({ result: down, calls: 1, waits: [] });
  });
});

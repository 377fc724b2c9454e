import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpRefusal } from '../../src/errors.js';
import { rateLimiter } from '../../src/server/rate-limiter.js';
import { runHandlers, type Handler } from '../../src/server/graphql-endpoint.js';
import { serve, type Served } from './serve.js';

describe('server: rateLimiter', () => {
  const refused: unknown[] = [];
  let served: Served;
  beforeAll(async () => {
    const limiter = rateLimiter({
      rateLimit: { max: 2, windowMs: 30_000 },
      trustProxy: ['loopback'],
      answerError: (err, _req, res) => {
        refused.push(err);
        res.statusCode = 429;
        res.end();
      },
    });
    const ok: Handler = (_req, res) => res.end('ok');
    served = await serve(runHandlers([limiter!, ok], { onError: () => {}, onUnanswered: () => {} }));
  });
  afterAll(() => served.close());

  const statuses = async (client: string, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const res = await fetch(served.url, { headers: { 'x-forwarded-for': client } });
      out.push(res.status);
      await res.text();
    }
    return out;
  };

  it('is none when the limit is 0', () => {
    expect(rateLimiter({ rateLimit: { max: 0, windowMs: 1000 }, trustProxy: false, answerError: () => {} })).toBeUndefined();
  });

  it('counts each client address apart and refuses past the limit with RATE_LIMITED', async () => {
    expect(await statuses('203.0.113.7', 3)).toEqual([200, 200, 429]);
    expect(await statuses('198.51.100.9', 3)).toEqual([200, 200, 429]);
    expect(refused).toHaveLength(2);
    expect(refused[0]).toBeInstanceOf(HttpRefusal);
    expect(refused.map((e) => [(e as HttpRefusal).code, (e as HttpRefusal).message])).toEqual([
      ['RATE_LIMITED', 'Too many requests: at most 2 per 30 s.'],
      ['RATE_LIMITED', 'Too many requests: at most 2 per 30 s.'],
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { HttpRefusal } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { runHandlers, type Handler } from '../../src/server/graphql-endpoint.js';
import { httpErrorAnswer } from '../../src/server/http-error-answer.js';
import { serve, type Served } from './serve.js';

describe('server: httpErrorAnswer', () => {
  const logged: unknown[] = [];
  const logger = { error: (obj: { err: unknown }) => logged.push(obj.err) } as unknown as Logger;
  const answerError = httpErrorAnswer({ bodyLimit: '64b', logger });
  let served: Served;
  beforeAll(async () => {
    const thrown: Record<string, () => unknown> = {
      '/refused': () => new HttpRefusal('RATE_LIMITED', 'Too many requests: at most 5 per 60 s.'),
      '/boom': () => new Error('a secret path /etc/x'),
    };
    const fail: Handler = (req, res, next) => {
      const make = thrown[req.url ?? ''];
      if (make) return next(make());
      // An answer under way when the error comes: cut short.
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
      next(new Error('late'));
    };
    served = await serve(runHandlers([express.json({ limit: '64b' }) as Handler, fail], { onError: answerError, onUnanswered: () => {} }));
  });
  afterAll(() => served.close());

  const post = (path: string, body: string) =>
    fetch(`${served.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = async (res: Response) => [res.status, res.headers.get('content-type'), await res.text()];

  it("answers body-parser's refusals in GraphQL's error shape, exactly as before", async () => {
    expect(await answer(await post('/refused', '{"query": '))).toEqual([
      400,
      'application/json; charset=utf-8',
      '{"errors":[{"message":"Bad request: Unexpected end of JSON input","extensions":{"code":"BAD_REQUEST"}}]}',
    ]);
    expect(await answer(await post('/refused', JSON.stringify({ query: 'x'.repeat(100) })))).toEqual([
      413,
      'application/json; charset=utf-8',
      '{"errors":[{"message":"Request body larger than 64b","extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}',
    ]);
    expect(logged).toEqual([]);
  });

  it('answers a refusal of the edge with its status and code', async () => {
    expect(await answer(await post('/refused', '{}'))).toEqual([
      429,
      'application/json; charset=utf-8',
      '{"errors":[{"message":"Too many requests: at most 5 per 60 s.","extensions":{"code":"RATE_LIMITED"}}]}',
    ]);
  });

  it('masks anything else as a 500 and logs it', async () => {
    expect(await answer(await post('/boom', '{}'))).toEqual([
      500,
      'application/json; charset=utf-8',
      '{"errors":[{"message":"Internal server error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}',
    ]);
    expect(logged.map((e) => (e as Error).message)).toEqual(['a secret path /etc/x']);
  });

  it('cuts short a response already under way', async () => {
    await expect(post('/late', '{}').then((res) => res.text())).rejects.toThrow();
    expect(logged.map((e) => (e as Error).message)).toEqual(['a secret path /etc/x', 'late']);
  });
});

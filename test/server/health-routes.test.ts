import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import { healthRoutes, type Readiness } from '../../src/server/health-routes.js';
import { serve, type Served } from './serve.js';

describe('server: healthRoutes', () => {
  let state: Readiness = { ready: true };
  let served: Served;
  beforeAll(async () => {
    served = await serve(express().use(healthRoutes({ readiness: async () => state })));
  });
  afterAll(() => served.close());

  const get = async (path: string) => {
    const res = await fetch(`${served.url}${path}`);
    return [res.status, res.headers.get('content-type'), await res.text()];
  };

  it('answers live, and ready or unavailable with the reason', async () => {
    expect(await get('/health/live')).toEqual([200, 'application/json; charset=utf-8', '{"status":"ok"}']);
    expect(await get('/health/ready')).toEqual([200, 'application/json; charset=utf-8', '{"status":"ready"}']);
    state = { ready: false, reason: 'seed not applied' };
    expect(await get('/health/ready')).toEqual([
      503,
      'application/json; charset=utf-8',
      '{"status":"unavailable","reason":"seed not applied"}',
    ]);
    expect(await get('/health/live')).toEqual([200, 'application/json; charset=utf-8', '{"status":"ok"}']);
  });
});

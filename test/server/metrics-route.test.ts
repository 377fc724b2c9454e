import { describe, expect, it } from 'vitest';
import express from 'express';
import { metricsRoute } from '../../src/server/metrics-route.js';
import { serve } from './serve.js';

describe('server: metricsRoute', () => {
  it('serves the scrape with its content type', async () => {
    const scrape = async () => ({ contentType: 'text/plain; version=0.0.4; charset=utf-8', body: 'kg_up 1\n' });
    const served = await serve(express().use(metricsRoute({ metrics: { scrape } })));
    try {
      const res = await fetch(`${served.url}/metrics`);
      expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([
        200,
        'text/plain; version=0.0.4; charset=utf-8',
        'kg_up 1\n',
      ]);
    } finally {
      await served.close();
    }
  });
});

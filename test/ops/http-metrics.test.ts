import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { httpMetrics, routeLabel } from '../../src/ops/http-metrics.js';

describe('ops: httpMetrics', () => {
  it('names a few fixed routes and folds every other path into "other", so clients cannot add series', () => {
    expect(routeLabel('/graphql?query=x')).toBe('/graphql');
    expect(routeLabel('/health/ready')).toBe('/health/ready');
    expect(routeLabel('/explore/app.js')).toBe('/explore');
    expect(routeLabel('/curate')).toBe('/curate');
    expect(routeLabel('/curate/js/main.js?v=1')).toBe('/curate');
    expect(routeLabel('/curated')).toBe('other');
    expect(routeLabel('/wp-admin/../etc')).toBe('other');
  });

  it('counts and times each finished request by method, route and status', async () => {
    const registry = new Registry();
    const middleware = httpMetrics({ registers: [registry], buckets: [0.5, 1] });
    const server = http.createServer((req, res) =>
      middleware(req, res, () => {
        res.statusCode = req.url === '/graphql' ? 200 : 404;
        res.end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const path of ['/graphql', '/graphql', '/nope']) await (await fetch(`${url}${path}`)).text();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const [requests, duration] = await registry.getMetricsAsJSON();
    expect(requests!.name).toBe('kg_http_requests_total');
    expect(requests!.values.map((v) => [v.labels, v.value])).toEqual([
      [{ method: 'GET', route: '/graphql', status: '200' }, 2],
      [{ method: 'GET', route: 'other', status: '404' }, 1],
    ]);
    expect(duration!.name).toBe('kg_http_request_duration_seconds');
    expect(
      duration!.values
        .filter((v) => (v as { metricName?: string }).metricName === 'kg_http_request_duration_seconds_count')
        .map((v) => v.value),
    ).toEqual([2, 1]);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCurateRouter, createExplorerRouter, curateAssetsDir, EXPLORER_CSP } from '../../src/explorer/index.js';

describe('explorer: createCurateRouter', () => {
  let server: http.Server;
  let base: string;
  const get = (url: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${url}`, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });

  beforeAll(async () => {
    const app = express();
    app.use('/explore', createExplorerRouter());
    app.use('/curate', createCurateRouter());
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the page at /curate and /curate/ with the Explorer’s CSP, nosniff and no caching without revalidation', async () => {
    const page = readFileSync(path.join(curateAssetsDir(), 'index.html'));
    for (const url of ['/curate', '/curate/']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(EXPLORER_CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body.equals(page)).toBe(true);
    }
  });

  it('serves every file the page links, its own and those it shares with the Explorer, with their content types', async () => {
    const html = readFileSync(path.join(curateAssetsDir(), 'index.html'), 'utf8');
    const links = [...html.matchAll(/(?:href|src)="(\/(?:curate|explore)\/[^"]+)"/g)].map((m) => m[1]!);
    expect(links.filter((l) => l.startsWith('/curate/')).length).toBeGreaterThan(10);
    expect(links).toContain('/explore/js/api.js');
    // Every module of the page is preloaded, so the browser fetches them side by side.
    for (const file of readdirSync(path.join(curateAssetsDir(), 'js'))) expect(links, file).toContain(`/curate/js/${file}`);
    for (const url of links) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(res.headers['content-security-policy'], url).toBe(EXPLORER_CSP);
    }
  });

  it('answers 404 for files it does not have and never leaves its folder', async () => {
    expect((await get('/curate/js/nope.js')).status).toBe(404);
    expect((await get('/curate/vendor/cytoscape.esm.min.mjs')).status).toBe(404);
    for (const url of ['/curate/..%2f..%2fpackage.json', '/curate/%2e%2e/%2e%2e/package.json', '/curate/js/..%2f..%2f..%2fpackage.json']) {
      const res = await get(url);
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.body.toString('utf8'), url).not.toContain('"name": "china-peru-kg"');
    }
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExplorerRouter, EXPLORER_CSP, explorerAssetsDir } from '../../src/explorer/index.js';
import { projectRoot } from '../../src/project-root.js';

describe('explorer: createExplorerRouter', () => {
  let server: http.Server;
  let base: string;
  /** A raw GET (fetch would decompress gzip and hide Content-Encoding). */
  const get = (url: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${url}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });

  beforeAll(async () => {
    const app = express();
    app.use('/explore', createExplorerRouter());
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the page at /explore and /explore/ with the CSP, nosniff and no caching without revalidation', async () => {
    const page = readFileSync(path.join(explorerAssetsDir(), 'index.html'));
    for (const url of ['/explore', '/explore/']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(EXPLORER_CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body.equals(page)).toBe(true);
    }
  });

  it('allows scripts, styles and requests from the service only, and no eval', () => {
    expect(EXPLORER_CSP).toContain("default-src 'none'");
    expect(EXPLORER_CSP).toContain("script-src 'self';");
    expect(EXPLORER_CSP).toContain("connect-src 'self'");
    expect(EXPLORER_CSP).not.toContain('unsafe');
    // The one inline style allowed is Cytoscape's own rule, by hash.
    expect(EXPLORER_CSP).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='/);
  });

  it('serves every file the page links, with its content type', async () => {
    const html = readFileSync(path.join(explorerAssetsDir(), 'index.html'), 'utf8');
    const links = [...html.matchAll(/(?:href|src)="(\/explore\/[^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(10);
    for (const url of links) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(res.headers['content-security-policy'], url).toBe(EXPLORER_CSP);
    }
  });

  it('serves Cytoscape.js from node_modules, gzip-compressed when accepted, with an ETag', async () => {
    const lib = readFileSync(path.join(projectRoot(), 'node_modules', 'cytoscape', 'dist', 'cytoscape.esm.min.mjs'));
    const zipped = await get('/explore/vendor/cytoscape.esm.min.mjs', { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(lib.length / 2);
    expect(gunzipSync(zipped.body).equals(lib)).toBe(true);

    const plain = await get('/explore/vendor/cytoscape.esm.min.mjs', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(lib)).toBe(true);

    const again = await get('/explore/vendor/cytoscape.esm.min.mjs', { 'if-none-match': String(zipped.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers 404 for files it does not have and never leaves its folder', async () => {
    expect((await get('/explore/js/nope.js')).status).toBe(404);
    expect((await get('/explore/vendor/cytoscape.cjs.js')).status).toBe(404);
    for (const url of [
      '/explore/..%2f..%2fpackage.json',
      '/explore/%2e%2e/%2e%2e/package.json',
      '/explore/js/..%2f..%2f..%2fpackage.json',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(res.body.toString('utf8'), url).not.toContain('"name": "china-peru-kg"');
    }
  });
});

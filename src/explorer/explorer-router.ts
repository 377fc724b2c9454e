/**
 * GET /explore: the Explorer, a browser page over the public GraphQL API. This router only
 * serves files: the page, its modules and stylesheet from `public/explore/`, and Cytoscape.js
 * from node_modules (gzip-compressed when the browser accepts it). Nothing comes from a CDN.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, RequestHandler, Response, Router } from 'express';
import { projectRoot } from '../project-root.js';
import { EXPLORER_CSP, pageRouter, servePageFolder } from './static-page.js';

export { EXPLORER_CSP };

/** Where the page's own files live. */
export function explorerAssetsDir(): string {
  return path.join(projectRoot(), 'public', 'explore');
}

/** The minified ES module build of Cytoscape.js in node_modules. */
function cytoscapeModulePath(): string {
  // The package's "require" entry is dist/cytoscape.cjs.js; the ES module build sits beside it.
  const cjs = createRequire(import.meta.url).resolve('cytoscape');
  return path.join(path.dirname(cjs), 'cytoscape.esm.min.mjs');
}

/** Serves one file from memory, read and gzip-compressed on first use, with an ETag. */
function compressedFile(file: string, contentType: string): RequestHandler {
  let cached: { raw: Buffer; gzip: Buffer; etag: string } | undefined;
  return (req: Request, res: Response) => {
    cached ??= (() => {
      const raw = readFileSync(file);
      return { raw, gzip: gzipSync(raw, { level: 9 }), etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"` };
    })();
    res.set({ 'Content-Type': contentType, ETag: cached.etag, Vary: 'Accept-Encoding', 'Cache-Control': 'public, max-age=3600' });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (req.acceptsEncodings('gzip', 'identity') === 'gzip') res.set('Content-Encoding', 'gzip').send(cached.gzip);
    else res.send(cached.raw);
  };
}

/**
 * Creates the router to mount at `/explore`: the page at `/explore` and `/explore/`, its files
 * under `/explore/` (revalidated on every load), and Cytoscape.js at
 * `/explore/vendor/cytoscape.esm.min.mjs`. Every answer carries EXPLORER_CSP and nosniff.
 */
export function createExplorerRouter({ assetsDir = explorerAssetsDir() }: { assetsDir?: string } = {}): Router {
  const router = pageRouter();
  router.get('/vendor/cytoscape.esm.min.mjs', compressedFile(cytoscapeModulePath(), 'text/javascript; charset=utf-8'));
  servePageFolder(router, assetsDir);
  return router;
}

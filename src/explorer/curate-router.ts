/**
 * GET /curate: the curation page, a browser page over the public GraphQL API (analyzeText,
 * ingestArticle, retractArticle …) for curators with an API key. This router only serves the
 * files of `public/curate/`, under the Explorer's Content-Security-Policy and headers; the page
 * loads the modules it shares with the Explorer from /explore/js/. Nothing comes from a CDN.
 */
import path from 'node:path';
import type { Router } from 'express';
import { projectRoot } from '../project-root.js';
import { pageRouter, servePageFolder } from './static-page.js';

/** Where the curation page's own files live. */
export function curateAssetsDir(): string {
  return path.join(projectRoot(), 'public', 'curate');
}

/**
 * Creates the router to mount at `/curate`: the page at `/curate` and `/curate/`, its files under
 * `/curate/` (revalidated on every load). Every answer carries EXPLORER_CSP and nosniff.
 */
export function createCurateRouter({ assetsDir = curateAssetsDir() }: { assetsDir?: string } = {}): Router {
  const router = pageRouter();
  servePageFolder(router, assetsDir);
  return router;
}

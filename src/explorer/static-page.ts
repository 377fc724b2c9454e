/**
 * What the service's browser pages (the Explorer at /explore, curation at /curate) share: the
 * Content-Security-Policy and headers of every answer, and serving a folder's page and files.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import express, { type Router } from 'express';

/** The one inline style the pages allow: the rule Cytoscape.js inserts into <head> itself. */
const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

/** The Content-Security-Policy of every page answer: scripts and styles from this origin only. */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' 'sha256-${createHash('sha256').update(CYTOSCAPE_STYLESHEET).digest('base64')}'`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A router whose every answer carries EXPLORER_CSP, nosniff and no referrer. */
export function pageRouter(): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set({ 'Content-Security-Policy': EXPLORER_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    next();
  });
  return router;
}

/**
 * Serves a page's folder on `router`: its `index.html` at the mount point (with or without the
 * trailing slash), never cached without revalidation, and its other files below it (revalidated
 * on every load). Nothing outside the folder is reachable.
 */
export function servePageFolder(router: Router, assetsDir: string): void {
  router.get('/', (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(path.join(assetsDir, 'index.html'));
  });
  router.use(express.static(assetsDir, { index: false, redirect: false, cacheControl: true, maxAge: 0, fallthrough: true }));
}

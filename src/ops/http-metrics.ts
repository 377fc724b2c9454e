/**
 * The HTTP side of the metrics: every request counted and timed by method, route and status.
 */
import { performance } from 'node:perf_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, Histogram, type Registry } from 'prom-client';

/** Routes the HTTP metrics name; any other path counts as `other`, so clients cannot add series. */
const ROUTES = ['/graphql', '/health/live', '/health/ready', '/schema.graphql', '/export', '/metrics'];
/** The browser pages, each labelled with its mount point for every file below it. */
const PAGES = ['/explore', '/curate'];

/** A Connect-style middleware over Node's request and response (Express's `originalUrl` read when set). */
export type HttpMetricsMiddleware = (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: () => void) => void;

/** The route label of a request path: one of ROUTES, `/explore` or `/curate` for a page's files, else `other`. */
export function routeLabel(path: string): string {
  const q = path.indexOf('?');
  const p = q < 0 ? path : path.slice(0, q);
  if (ROUTES.includes(p)) return p;
  for (const page of PAGES) if (p === page || p.startsWith(`${page}/`)) return page;
  return 'other';
}

/**
 * Registers `kg_http_requests_total` and `kg_http_request_duration_seconds` (with `buckets`, in
 * seconds) in `registers` and returns the middleware that feeds them when each response finishes.
 */
export function httpMetrics({ registers, buckets }: { registers: Registry[]; buckets: number[] }): HttpMetricsMiddleware {
  const httpRequests = new Counter({
    name: 'kg_http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    registers,
  });
  const httpDuration = new Histogram({
    name: 'kg_http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    buckets,
    registers,
  });
  return (req, res, next) => {
    const start = performance.now();
    res.on('finish', () => {
      const labels = { method: req.method, route: routeLabel(req.originalUrl ?? req.url ?? ''), status: String(res.statusCode) };
      httpRequests.inc(labels);
      httpDuration.observe(labels, (performance.now() - start) / 1000);
    });
    next();
  };
}

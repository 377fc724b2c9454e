/**
 * The HTTP side of the traces: a server span for every request, continuing the caller's trace when
 * it sent a W3C `traceparent` header, and active while the request is handled, so the GraphQL
 * operation's span (operation-tracing.ts) is its child.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Tracer } from '@opentelemetry/api';
import { routeLabel } from './http-metrics.js';

/** A Connect-style middleware over Node's request and response (Express's `originalUrl` read when set). */
export type HttpTracingMiddleware = (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: () => void) => void;

/** The path of a request target, without its query string (a GET's holds the query and its variables: never recorded). */
function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

/**
 * The middleware that gives each request a span of `tracer` (kind server), ended when the response
 * closes: named `<method> <route>` (`<method>` alone for a path outside the known routes), with
 * `http.request.method`, `url.path`, `http.route` (one of the metrics' routes, when the path is one)
 * and `http.response.status_code`; a 5xx answer, or a response closed before it was sent, sets the
 * error status. The caller's context comes from the request headers through the registered
 * propagator (W3C trace context).
 */
export function httpTracing({ tracer }: { tracer: Tracer }): HttpTracingMiddleware {
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const method = req.method ?? 'GET';
    const path = pathOf(req.originalUrl ?? req.url ?? '');
    const route = routeLabel(path);
    const known = route !== 'other';
    const span = tracer.startSpan(
      known ? `${method} ${route}` : method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': method, 'url.path': path, ...(known ? { 'http.route': route } : {}) },
      },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) {
        span.setAttribute('error.type', String(res.statusCode));
        span.setStatus({ code: SpanStatusCode.ERROR });
      } else if (!res.writableFinished) {
        // The client went away before the answer was sent.
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'response closed before it finished' });
      }
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/**
 * /graphql served by Node's HTTP server directly, ahead of Express. Express gives every request
 * its own request and response prototypes, a router walk and a `next` dispatch per layer, for
 * handlers on this route that need none of it: the rate limit, CORS and the JSON body are
 * Connect-style handlers over Node's request and response, and Apollo is mounted by our own
 * middleware (apollo-middleware.ts). Measured on the bench's entity read: about 0.2 ms less server
 * CPU per request (of ~1.9 ms). Every other path goes on to Express.
 *
 * What Express did for these handlers is done here: the answers Express sent (`res.send` for the
 * landing page and plain-text refusals, `res.json` for errors) are written as Express writes them,
 * and the client address for the rate limit is Express's `req.ip` (the `trust proxy` setting).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyAddr from 'proxy-addr';
import type { Config } from '../config.js';

/** A Connect-style handler over Node's request and response. */
export type Handler = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => unknown;

/**
 * Whether a request target is /graphql or below it, as Express's `app.use('/graphql')` matches (case-insensitive, at a segment boundary).
 */
export function isGraphqlPath(url: string | undefined): boolean {
  if (!url) return false;
  const end = url.search(/[?#]/);
  const path = (end < 0 ? url : url.slice(0, end)).toLowerCase();
  return path === '/graphql' || path.startsWith('/graphql/');
}

/**
 * The client address of a request, as Express's `req.ip` gives it: the socket's peer, or, when
 * `trustProxy` names the proxy in front, the address that proxy put in X-Forwarded-For.
 */
export function clientAddress(trustProxy: Config['http']['trustProxy']): (req: IncomingMessage) => string {
  // A number is a hop count: that many proxies nearest the server are trusted, as Express reads it.
  const trust =
    typeof trustProxy === 'number'
      ? (_addr: string, i: number) => i < trustProxy
      : proxyAddr.compile(trustProxy === false ? [] : [...trustProxy]);
  return (req) => proxyAddr(req, trust);
}

/**
 * Writes a JSON answer as Express's `res.status(status).json(body)` does (content type with its
 * charset, length, no body for HEAD).
 */
export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  sendText(req, res, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

/**
 * Writes a text answer as Express's `res.send(string)` does: the content type already set (else
 * `type`), the length, and no body for HEAD or for a 204 or 304. A short text goes as a string
 * (Node sends it with the headers in one write), a longer one as UTF-8 bytes, so that Node does
 * not copy the string whole once more to join it to the headers.
 */
export function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string, type = 'text/html; charset=utf-8'): void {
  res.statusCode = status;
  if (status === 204 || status === 304) {
    res.removeHeader('Content-Type');
    res.removeHeader('Content-Length');
    res.removeHeader('Transfer-Encoding');
    res.end();
    return;
  }
  if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', type);
  const body = text.length < 1000 ? text : Buffer.from(text, 'utf8');
  res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Runs `handlers` one after another for a request, as Express runs the handlers of one route: an
 * error passed to `next`, thrown or rejected goes to `onError` and the handlers after it do not
 * run; a request no handler answered goes to `onUnanswered`.
 */
export function runHandlers(
  handlers: readonly Handler[],
  {
    onError,
    onUnanswered,
  }: {
    onError: (err: unknown, req: IncomingMessage, res: ServerResponse) => void;
    onUnanswered: (req: IncomingMessage, res: ServerResponse) => void;
  },
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let i = 0;
    const step = (err?: unknown): void => {
      if (err) {
        onError(err, req, res);
        return;
      }
      const handler = handlers[i++];
      if (!handler) {
        onUnanswered(req, res);
        return;
      }
      try {
        const ret: unknown = handler(req, res, step);
        if (ret instanceof Promise) ret.then(undefined, (error: unknown) => onError(error ?? new Error('Rejected promise'), req, res));
      } catch (error) {
        onError(error, req, res);
      }
    };
    step();
  };
}

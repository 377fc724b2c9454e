/**
 * Apollo Server as a Connect-style handler over Node's request and response: what
 * `@as-integrations/express5` does, without what it adds to every request for nothing. It parses
 * `req.url` with the legacy `url.parse` only to take its query string (which Apollo reads for GET
 * alone); and it answers with Express's `res.send`, which looks the content type up, parses it and
 * formats it again to add the charset Apollo's JSON types already carry, and looks for an ETag
 * function, an ETag and a Transfer-Encoding header that this app never sets. Here the query string
 * is cut from the URL and an answer is written as `res.send` would write it (graphql-endpoint.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { sendText, type Handler } from './graphql-endpoint.js';

/** A request once the JSON body parser has run: `body` is set (to `{}` when there was none to parse). */
export type RequestWithBody = IncomingMessage & { body?: unknown };

/** The query string of a request target, `?` included, without a fragment; '' when it has none (as `url.parse(url).search ?? ''`). */
export function searchOf(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  const hash = url.indexOf('#', q);
  return hash < 0 ? url.slice(q) : url.slice(q, hash);
}

/** Serves `server` (started); `context` builds each request's context. Mount it after the JSON body parser. */
export function apolloMiddleware<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  { context }: { context: (args: { req: RequestWithBody; res: ServerResponse }) => Promise<TContext> },
): Handler {
  server.assertStarted('apolloMiddleware()');
  return async (req: RequestWithBody, res) => {
    if (!('body' in req)) {
      sendText(
        req,
        res,
        500,
        '`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.',
      );
      return;
    }
    const headers = new HeaderMap();
    for (const key of Object.keys(req.headers)) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: searchOf(req.url ?? ''), body: req.body };
    const response = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context({ req, res }) });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    const status = response.status || 200;
    if (response.body.kind === 'complete') {
      sendText(req, res, status, response.body.string);
      return;
    }
    res.statusCode = status;
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      const flushable = res as ServerResponse & { flush?: () => void };
      if (typeof flushable.flush === 'function') flushable.flush();
    }
    res.end();
  };
}

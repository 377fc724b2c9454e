/**
 * HTTP caching of answers that carry no per-client data: a GET, or a persisted query sent by id
 * alone, of a query (never a mutation), from a caller that sent no key. Such an answer carries an
 * `ETag` derived from the document (its text, or its persisted-query id), the operation name, the
 * variables and the graph's `dataVersion`, and `Cache-Control: public, max-age=CACHE_MAX_AGE`; a
 * request whose `If-None-Match` holds that tag gets 304 and no body, without running the
 * operation. An answer with errors is never tagged. The content version changes exactly when the
 * content does (src/snapshot/data-version.ts), so a tag stays valid for as long as the answer would
 * be the same; it is read before the operation runs and again after, and an answer whose version
 * moved meanwhile is not tagged (a write landed while it was read).
 */
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequest } from '@apollo/server';
import type { GraphQLContext } from './context.js';

/**
 * Whether a request's answer may be cached and shared (so carries no per-client data): a GET, or a
 * persisted query sent by id alone, from a caller that sent no `Authorization` header. A request
 * sent by id is known by its HTTP body too, so the answer is the same after a plugin has filled in
 * its text (the trusted-documents one does, in `requestDidStart`). The cost limits use it too: such
 * an answer leaves out `extensions.cost.throttleStatus`.
 */
export function isCacheableRequest(request: Pick<GraphQLRequest, 'http' | 'query' | 'extensions'>): boolean {
  const http = request.http;
  if (!http || http.headers.has('authorization')) return false;
  if (http.method === 'GET') return true;
  const sent = !Array.isArray(http.body) && typeof http.body === 'object' && http.body !== null ? (http.body as GraphQLRequest) : request;
  return sent.query === undefined && sent.extensions?.persistedQuery !== undefined;
}

/** A JSON text of `value` with the keys of every object in sorted order, so equal variables give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The entity tag of an answer: a strong tag over the document, operation name, variables and content version. */
export function answerTag({
  document,
  operationName,
  variables,
  dataVersion,
}: {
  document: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
  dataVersion: string;
}): string {
  const text = canonicalJson([document, operationName ?? null, variables ?? {}, dataVersion]);
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`;
}

/** Whether an `If-None-Match` header value matches `tag` (a list of tags, weak ones compared weakly, or `*`). */
export function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v === tag || v === `W/${tag}`;
  });
}

/** The document a request runs, as its tag names it: the persisted-query id when it came by id, else the text. */
function documentOf(request: GraphQLRequest): string {
  const id = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  return typeof id === 'string' ? `id:${id}` : `text:${request.query ?? ''}`;
}

/** The Apollo plugin of HTTP caching; `maxAge` is CACHE_MAX_AGE in seconds. */
export function httpCachePlugin({ maxAge }: { maxAge: number }): ApolloServerPlugin<GraphQLContext> {
  const cacheControl = `public, max-age=${maxAge}`;
  return {
    async requestDidStart(start) {
      if (!isCacheableRequest(start.request)) return;
      // Read before anything rewrites the request (a trusted document run by id, an APQ look-up).
      const document = documentOf(start.request);
      let tag: string | undefined;
      let version: string | undefined;
      return {
        async responseForOperation({ request, operation, contextValue }) {
          if (operation.operation !== 'query') return null;
          version = await contextValue.snapshot.dataVersion();
          tag = answerTag({ document, operationName: request.operationName, variables: request.variables, dataVersion: version });
          if (!matchesTag(request.http?.headers.get('if-none-match'), tag)) return null;
          // Not modified: no body (sendText writes none for 304) and the operation never runs.
          return {
            http: {
              status: 304,
              headers: new HeaderMap([
                ['etag', tag],
                ['cache-control', cacheControl],
              ]),
            },
            body: { kind: 'single', singleResult: {} },
          };
        },
        async willSendResponse({ response, contextValue }) {
          if (tag === undefined || response.http.status === 304) return;
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (!single || single.errors || (response.http.status ?? 200) !== 200) return;
          if ((await contextValue.snapshot.dataVersion()) !== version) return;
          response.http.headers.set('etag', tag);
          response.http.headers.set('cache-control', cacheControl);
        },
      };
    },
  };
}

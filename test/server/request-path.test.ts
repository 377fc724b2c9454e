import { describe, expect, it } from 'vitest';
import { parse } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { searchOf } from '../../src/server/apollo-middleware.js';
import { clientAddress, isGraphqlPath, runHandlers, type Handler } from '../../src/server/graphql-endpoint.js';
import { readsWithoutBookmarks } from '../../src/server/request-context.js';
import { requestBookmarks } from '../../src/server/bookmarks.js';

describe('server: the request path without the per-request extras', () => {
  it('cuts the query string that url.parse gave Apollo (which reads it with URLSearchParams, undoing the escapes url.parse adds)', () => {
    for (const url of [
      '/',
      '/?',
      '/?query=%7B%20a%20%7D',
      '/?query={a}&variables={"x":1}#frag',
      '/?a=1?b=2',
      '//x/?q=1',
      '/#only-a-fragment',
      '/?#',
      "/?q=a'b|c^d`e\\f",
    ]) {
      const legacy = parse(url).search ?? '';
      expect([...new URLSearchParams(searchOf(url))]).toEqual([...new URLSearchParams(legacy)]);
      if (!/[{}"'|^`\\ ]/.test(url)) expect(searchOf(url)).toBe(legacy);
    }
  });

  it('runs the handlers in order, and hands an error, a throw or a rejection to onError once, skipping the rest', async () => {
    const req = {} as IncomingMessage;
    const res = {} as ServerResponse;
    const run = (...handlers: Handler[]) =>
      new Promise<{ calls: string[]; err: unknown }>((resolve) => {
        const calls: string[] = [];
        const h = handlers.map(
          (f, i): Handler =>
            (q, s, n) => (calls.push(String(i)), f(q, s, n)),
        );
        runHandlers(h, { onError: (err) => resolve({ calls, err }), onUnanswered: () => resolve({ calls, err: 'unanswered' }) })(req, res);
        setTimeout(() => resolve({ calls, err: 'neither' }), 50);
      });
    expect(
      await run(
        (_q, _s, n) => n(),
        (_q, _s, n) => setTimeout(n, 1),
        (_q, _s, n) => n(),
      ),
    ).toEqual({ calls: ['0', '1', '2'], err: 'unanswered' });
    // A handler that answers (calls no next): neither callback.
    expect(
      await run(
        (_q, _s, n) => n(),
        () => 'answered',
      ),
    ).toEqual({ calls: ['0', '1'], err: 'neither' });
    const boom = new Error('boom');
    expect(
      await run(
        (_q, _s, n) => n(boom),
        (_q, _s, n) => n(),
      ),
    ).toEqual({ calls: ['0'], err: boom });
    expect(
      await run(
        () => {
          throw boom;
        },
        (_q, _s, n) => n(),
      ),
    ).toEqual({ calls: ['0'], err: boom });
    expect(
      await run(
        async () => Promise.reject(boom),
        (_q, _s, n) => n(),
      ),
    ).toEqual({ calls: ['0'], err: boom });
  });

  it('takes /graphql and what is below it, in any case, and nothing else', () => {
    for (const url of ['/graphql', '/graphql?query={a}', '/GraphQL', '/graphql/', '/graphql/x', '/graphql#f'])
      expect(isGraphqlPath(url)).toBe(true);
    for (const url of ['/', '/graphqlx', '/graphql-x', '/export', '/explore/graphql', undefined, ''])
      expect(isGraphqlPath(url)).toBe(false);
  });

  it("gives the client address as Express's req.ip does, trusting only the proxies configured", () => {
    const req = (peer: string, forwarded?: string) =>
      ({
        socket: { remoteAddress: peer },
        connection: { remoteAddress: peer },
        headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
      }) as unknown as IncomingMessage;
    expect(clientAddress(false)(req('127.0.0.1', '203.0.113.7'))).toBe('127.0.0.1');
    expect(clientAddress(['loopback'])(req('127.0.0.1', '203.0.113.7'))).toBe('203.0.113.7');
    expect(clientAddress(['loopback'])(req('198.51.100.1', '203.0.113.7'))).toBe('198.51.100.1');
    expect(clientAddress(1)(req('10.0.0.2', '203.0.113.7, 10.0.0.1'))).toBe('10.0.0.1');
    expect(clientAddress(2)(req('10.0.0.2', '203.0.113.7, 10.0.0.1'))).toBe('203.0.113.7');
  });

  it('shares the reader only with requests that bring no bookmarks and whose text cannot hold a mutation', () => {
    const none = requestBookmarks(undefined);
    expect(readsWithoutBookmarks({ query: '{ entity(id: "peru") { name } }' }, none)).toBe(true);
    expect(readsWithoutBookmarks({ query: 'query Q { search(text: "x") { id } }', variables: {} }, none)).toBe(true);
    expect(readsWithoutBookmarks({ query: 'mutation { undoMerge(auditId: "a") { auditId } }' }, none)).toBe(false);
    expect(
      readsWithoutBookmarks(
        { query: 'query A { __typename } mutation B { undoMerge(auditId: "a") { auditId } }', operationName: 'A' },
        none,
      ),
    ).toBe(false);
    // A persisted query sent by hash alone, a GET (no body), a batch: its own view, as before.
    expect(readsWithoutBookmarks({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }, none)).toBe(false);
    expect(readsWithoutBookmarks(undefined, none)).toBe(false);
    expect(readsWithoutBookmarks([{ query: '{ __typename }' }], none)).toBe(false);
    const some = requestBookmarks(Buffer.from(JSON.stringify(['FB:kcwQ'])).toString('base64'));
    expect(readsWithoutBookmarks({ query: '{ __typename }' }, some)).toBe(false);
  });
});

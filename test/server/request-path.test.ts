import { describe, expect, it } from 'vitest';
import { parse } from 'node:url';
import type { NextFunction, Request, Response } from 'express';
import { searchOf } from '../../src/server/apollo-middleware.js';
import { chain } from '../../src/server/chain.js';
import { readsWithoutBookmarks } from '../../src/server/request-context.js';
import { requestBookmarks } from '../../src/server/bookmarks.js';

describe('server: the request path without the per-request extras', () => {
  it('cuts the query string that url.parse gave Apollo (which reads it with URLSearchParams, undoing the escapes url.parse adds)', () => {
    for (const url of ['/', '/?', '/?query=%7B%20a%20%7D', '/?query={a}&variables={"x":1}#frag', '/?a=1?b=2', '//x/?q=1', '/#only-a-fragment', '/?#', "/?q=a'b|c^d`e\\f"]) {
      const legacy = parse(url).search ?? '';
      expect([...new URLSearchParams(searchOf(url))]).toEqual([...new URLSearchParams(legacy)]);
      if (!/[{}"'|^`\\ ]/.test(url)) expect(searchOf(url)).toBe(legacy);
    }
  });

  it('runs chained handlers in order, and hands an error, a throw or a rejection to next once, skipping the rest', async () => {
    const req = {} as Request;
    const res = {} as Response;
    const run = (...handlers: ((req: Request, res: Response, next: NextFunction) => unknown)[]) =>
      new Promise<{ calls: string[]; err: unknown }>((resolve) => {
        const calls: string[] = [];
        const h = handlers.map((f, i) => (q: Request, s: Response, n: NextFunction) => (calls.push(String(i)), f(q, s, n)));
        chain(...(h as never[]))(req, res, (err?: unknown) => resolve({ calls, err }));
      });
    expect(await run((_q, _s, n) => n(), (_q, _s, n) => setTimeout(n, 1), (_q, _s, n) => n())).toEqual({ calls: ['0', '1', '2'], err: undefined });
    const boom = new Error('boom');
    expect(await run((_q, _s, n) => n(boom), (_q, _s, n) => n())).toEqual({ calls: ['0'], err: boom });
    expect(await run(() => {
      throw boom;
    }, (_q, _s, n) => n())).toEqual({ calls: ['0'], err: boom });
    expect(await run(async () => Promise.reject(boom), (_q, _s, n) => n())).toEqual({ calls: ['0'], err: boom });
  });

  it('shares the reader only with requests that bring no bookmarks and whose text cannot hold a mutation', () => {
    const none = requestBookmarks(undefined);
    expect(readsWithoutBookmarks({ query: '{ entity(id: "peru") { name } }' }, none)).toBe(true);
    expect(readsWithoutBookmarks({ query: 'query Q { search(text: "x") { id } }', variables: {} }, none)).toBe(true);
    expect(readsWithoutBookmarks({ query: 'mutation { undoMerge(auditId: "a") { auditId } }' }, none)).toBe(false);
    expect(readsWithoutBookmarks({ query: 'query A { __typename } mutation B { undoMerge(auditId: "a") { auditId } }', operationName: 'A' }, none)).toBe(false);
    // A persisted query sent by hash alone, a GET (no body), a batch: its own view, as before.
    expect(readsWithoutBookmarks({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } }, none)).toBe(false);
    expect(readsWithoutBookmarks(undefined, none)).toBe(false);
    expect(readsWithoutBookmarks([{ query: '{ __typename }' }], none)).toBe(false);
    const some = requestBookmarks(Buffer.from(JSON.stringify(['FB:kcwQ'])).toString('base64'));
    expect(readsWithoutBookmarks({ query: '{ __typename }' }, some)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { HeaderMap } from '@apollo/server';
import { answerTag, isCacheableRequest, matchesTag } from '../../src/graphql/http-cache.js';

const http = (method: string, headers: [string, string][] = []) => ({ method, headers: new HeaderMap(headers), search: '', body: {} });

describe('graphql: HTTP caching, what may be shared', () => {
  it('shares a GET, and a persisted query sent by id alone, from a caller without a key', () => {
    expect(isCacheableRequest({ http: http('GET'), query: '{ stats { dataVersion } }' })).toBe(true);
    const persisted = { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } };
    expect(isCacheableRequest({ http: { ...http('POST'), body: persisted }, ...persisted })).toBe(true);
  });

  it('never shares a POST of a text, a keyed request, or one without HTTP', () => {
    expect(isCacheableRequest({ http: http('POST'), query: '{ stats { dataVersion } }' })).toBe(false);
    const persisted = { persistedQuery: { version: 1, sha256Hash: 'abc' } };
    expect(isCacheableRequest({ http: http('POST'), query: '{ a }', extensions: persisted })).toBe(false);
    expect(isCacheableRequest({ http: http('GET', [['authorization', 'Bearer k']]), query: '{ a }' })).toBe(false);
    expect(isCacheableRequest({ query: '{ a }' })).toBe(false);
  });

  it('knows a request sent by id by its HTTP body, after a plugin has filled in its text', () => {
    const byId = { ...http('POST'), body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } } };
    expect(isCacheableRequest({ http: byId, query: '{ filled in }' })).toBe(true);
    expect(isCacheableRequest({ http: { ...http('POST'), body: [{ extensions: {} }] }, extensions: { persistedQuery: {} } })).toBe(true);
  });
});

describe('graphql: HTTP caching, the entity tag', () => {
  const base = { document: 'text:{ a }', operationName: null, variables: { b: 1, a: [1, { y: 2, x: 1 }] }, dataVersion: 'v1' };

  it('is a strong tag that depends on the variables, not on the order of their keys', () => {
    const tag = answerTag(base);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(answerTag({ ...base, variables: { a: [1, { x: 1, y: 2 }], b: 1 } })).toBe(tag);
    expect(answerTag({ ...base, variables: { a: [{ x: 1, y: 2 }, 1], b: 1 } })).not.toBe(tag);
  });

  it('changes with the document, the operation name and the content version', () => {
    const tag = answerTag(base);
    expect(answerTag({ ...base, document: 'text:{ b }' })).not.toBe(tag);
    expect(answerTag({ ...base, operationName: 'A' })).not.toBe(tag);
    expect(answerTag({ ...base, dataVersion: 'v2' })).not.toBe(tag);
    expect(answerTag({ ...base, variables: null })).toBe(answerTag({ ...base, variables: {} }));
  });

  it('matches If-None-Match lists, weak forms and *, and nothing else', () => {
    expect(matchesTag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesTag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesTag('*', '"abc"')).toBe(true);
    expect(matchesTag('"abcd"', '"abc"')).toBe(false);
    expect(matchesTag(undefined, '"abc"')).toBe(false);
  });
});

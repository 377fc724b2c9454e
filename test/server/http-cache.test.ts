/**
 * HTTP caching over the live service: ETag and Cache-Control on GET and persisted-query answers,
 * 304 on If-None-Match, a new tag when the graph changes, and no tag on what must not be shared.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const KEY = 'cache-secret-0123456789abcd';
const QUERY = 'query Peru($id: ID!, $first: Int) { entity(id: $id) { id name relationships(first: $first) { totalCount } } }';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('server: HTTP caching of shareable answers', () => {
  // Seeded once: only one test writes, and each reads the version it finds.
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}`, CACHE_MAX_AGE: '120' } });

  const get = (params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> => {
    const search = new URLSearchParams(
      Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string]),
    );
    return fetch(`${t.url}/graphql?${search.toString()}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  };
  const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('tags a GET answer, answers 304 with no body to its tag, and the same tag whatever the order of the variables', async () => {
    const first = await get({ query: QUERY, variables: { id: 'peru', first: 2 } });
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=120');
    const body = await first.text();
    expect(JSON.parse(body)).toMatchObject({ data: { entity: { id: 'peru' } } });

    const again = await get({ query: QUERY, variables: { first: 2, id: 'peru' } }, { 'if-none-match': tag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=120');

    const other = await get({ query: QUERY, variables: { id: 'china', first: 2 } }, { 'if-none-match': tag! });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(tag);
  });

  it('gives a new tag once the graph changes, and answers the old one in full', async () => {
    const before = await get({ query: QUERY, variables: { id: 'peru' } });
    const tag = before.headers.get('etag')!;
    const ingest = await t.gql(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { auditId } }',
      {
        input: {
          articles: [{ id: 'test-cache-article', source: 'Test Wire', text: 'Minmetals signed a memorandum with Peru.' }],
          entities: [{ id: 'minmetals', name: 'Minmetals', type: 'COMPANY' }],
          relationships: [
            {
              type: 'SIGNED',
              source: 'minmetals',
              target: 'peru',
              evidence: [{ article: 'test-cache-article', quote: 'Minmetals signed a memorandum with Peru.' }],
            },
          ],
        },
      },
      { authorization: `Bearer ${KEY}` },
    );
    expect(ingest.errors).toBeUndefined();
    const after = await get({ query: QUERY, variables: { id: 'peru' } }, { 'if-none-match': tag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(tag);
  });

  it('tags a persisted query sent by id alone, over POST too', async () => {
    const query = '{ stats { dataVersion entities } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered.status).toBe(200);
    expect(registered.headers.get('etag')).toBeNull();
    const byId = await post({ extensions: { persistedQuery } });
    expect(byId.status).toBe(200);
    const tag = byId.headers.get('etag');
    expect(tag).toMatch(/^"/);
    expect((await post({ extensions: { persistedQuery } }, { 'if-none-match': tag! })).status).toBe(304);
  });

  it('never tags a POST of a text, an answer with errors, a keyed read or a mutation', async () => {
    const text = await post({ query: QUERY, variables: { id: 'peru' } });
    expect([text.status, text.headers.get('etag'), text.headers.get('cache-control')]).toEqual([200, null, null]);

    const failed = await get({ query: '{ neighborhood(id: "atlantis") { truncated } }' });
    expect(((await failed.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
    expect(failed.headers.get('etag')).toBeNull();

    const keyed = await get({ query: QUERY, variables: { id: 'peru' } }, { authorization: `Bearer ${KEY}` });
    expect(keyed.status).toBe(200);
    expect([keyed.headers.get('etag'), keyed.headers.get('cache-control')]).toEqual([null, null]);

    // Registered by a caller with a key (a refused request registers nothing); it merges nothing.
    const mutation = 'mutation { mergeEntities(keep: "peru", merge: "atlantis") { keptId } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(mutation) };
    const registered = await post({ query: mutation, extensions: { persistedQuery } }, { authorization: `Bearer ${KEY}` });
    expect(((await registered.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const byId = await post({ extensions: { persistedQuery } });
    expect(byId.headers.get('etag')).toBeNull();
    expect(((await byId.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

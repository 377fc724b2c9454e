import { describe, expect, it } from 'vitest';
import { BOOKMARKS_HEADER, decodeBookmarks, encodeBookmarks } from '../../src/server/bookmarks.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { withoutCost } from '../helpers/service.js';

const KEY = 'bookmark-secret-0123456789';

describe('server: bookmarks for read-your-writes across replicas', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` } });
  const post = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return {
      res,
      body: withoutCost(await res.json()) as {
        data?: Record<string, unknown>;
        errors?: { message: string; extensions?: { code?: string } }[];
      },
    };
  };
  const INGEST = `mutation { ingestArticle(input: {
    articles: [{ id: "test-bookmarks", source: "Test Wire", publishedAt: "2025-02" }],
    entities: [{ id: "test-bookmark-co", name: "Bookmark Test Company", type: COMPANY }],
    relationships: [{ type: "AFFILIATED_WITH", source: "test-bookmark-co", target: "china", evidence: [{ article: "test-bookmarks", quote: "a Chinese company" }] }]
  }) { createdEntities { id } } }`;

  it('returns the bookmarks after a mutation, and a read that sends them back sees the write', async () => {
    const write = await post(INGEST, { authorization: `Bearer ${KEY}` });
    expect(write.body.errors).toBeUndefined();
    const header = write.res.headers.get(BOOKMARKS_HEADER);
    expect(header).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const bookmarks = decodeBookmarks(header!);
    expect(bookmarks.length).toBeGreaterThan(0);
    expect(bookmarks.every((b) => typeof b === 'string' && b.length > 0)).toBe(true);

    const read = await post('{ entity(id: "test-bookmark-co") { name } }', { [BOOKMARKS_HEADER]: header! });
    expect(read.res.status).toBe(200);
    expect(read.body).toEqual({ data: { entity: { name: 'Bookmark Test Company' } } });
    // A read does not advance the bookmarks, so it sends none back.
    expect(read.res.headers.get(BOOKMARKS_HEADER)).toBeNull();
  });

  it('sends no bookmarks after a read, and lets browsers read the header', async () => {
    const read = await post('{ stats { entities } }', { origin: 'https://app.example' });
    expect(read.res.headers.get(BOOKMARKS_HEADER)).toBeNull();
    expect(read.res.headers.get('access-control-expose-headers')).toBe('x-neo4j-bookmarks,ETag');
  });

  it('refuses a malformed bookmarks header with 400 BAD_REQUEST', async () => {
    for (const bad of ['not base64!', Buffer.from('{"a":1}').toString('base64'), Buffer.from('[1,2]').toString('base64')]) {
      const r = await post('{ stats { entities } }', { [BOOKMARKS_HEADER]: bad });
      expect(r.res.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    }
  });

  it('reaches Neo4j with the bookmarks: ones it cannot parse are BAD_USER_INPUT, not an internal error', async () => {
    const r = await post('{ stats { entities } }', { [BOOKMARKS_HEADER]: encodeBookmarks(['not-a-bookmark']) });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0]?.message).toMatch(/bookmarks sent are not valid/);
  });

  it('encodes and decodes bookmarks as base64 JSON', () => {
    expect(decodeBookmarks(encodeBookmarks(['FB:kcwQ', 'FB:x']))).toEqual(['FB:kcwQ', 'FB:x']);
    expect(decodeBookmarks(undefined)).toEqual([]);
    expect(() => decodeBookmarks(encodeBookmarks(Array.from({ length: 33 }, (_, i) => `b${i}`)))).toThrow(/at most 32/);
  });
});

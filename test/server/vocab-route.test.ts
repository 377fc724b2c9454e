import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { RELATION_TYPES, ENTITY_TYPES, STATUSES } from '../../src/domain/vocabulary.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { jsonldTriples, tripleSet } from '../helpers/rdf-sets.js';

const BASE = 'https://kg.example.org/kg';
const V = `${BASE}/vocab#`;
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

describe('server: GET /vocab (live)', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ PUBLIC_BASE_URL: `${BASE}/` });
  });
  afterAll(() => t.stop());

  const get = (accept?: string) => fetch(`${t.url}/vocab`, { headers: accept ? { accept } : {} });

  it('serves Turtle by default, without a key: every relation type a property with its description, under PUBLIC_BASE_URL', async () => {
    const res = await get();
    expect([res.status, res.headers.get('content-type'), res.headers.get('vary')]).toEqual([200, 'text/turtle; charset=utf-8', 'Accept']);
    const quads = new Parser({ format: 'Turtle' }).parse(await res.text());
    const about = (term: string, p: string) =>
      quads.filter((q) => q.subject.value === V + term && q.predicate.value === p).map((q) => q.object.value);
    for (const [type, description] of Object.entries(RELATION_TYPES)) {
      expect([type, about(type, `${RDFS}comment`), about(type, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type')]).toEqual([
        type,
        [description],
        ['http://www.w3.org/1999/02/22-rdf-syntax-ns#Property', 'http://www.w3.org/2002/07/owl#ObjectProperty'],
      ]);
    }
    expect(about('OWNS', `${RDFS}label`)).toEqual(['owns']);
    for (const type of ENTITY_TYPES) expect(about(type, `${RDFS}subClassOf`)).toHaveLength(1);
    expect(about('PERSON', `${RDFS}subClassOf`)).toEqual(['https://schema.org/Person']);
    for (const s of STATUSES) expect(about(s, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type')).toEqual([`${V}Status`]);
  });

  it('serves the same triples as N-Triples and as JSON-LD (expanded with no fetch) by Accept', async () => {
    const ttl = tripleSet(new Parser({ format: 'Turtle' }).parse(await (await get('text/turtle')).text()));
    const nt = await get('application/n-triples');
    expect(nt.headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    expect(tripleSet(new Parser({ format: 'N-Triples' }).parse(await nt.text()))).toEqual(ttl);
    const ld = await get('application/ld+json, text/turtle;q=0.5');
    expect(ld.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(await jsonldTriples((await ld.json()) as object)).toEqual(ttl);
    expect(ttl.size).toBeGreaterThan(5 * Object.keys(RELATION_TYPES).length);
  });

  it('answers 406 naming the supported types when the Accept header allows none', async () => {
    const res = await get('application/rdf+xml');
    expect(res.status).toBe(406);
    expect(await res.json()).toEqual({
      error: {
        code: 'NOT_ACCEPTABLE',
        message: 'GET /vocab serves text/turtle, application/n-triples, application/ld+json; the Accept header allows none of them',
        supported: ['text/turtle', 'application/n-triples', 'application/ld+json'],
      },
    });
  });
});

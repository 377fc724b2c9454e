import { describe, expect, it } from 'vitest';
import { formatPath, salvageBundle } from '../../src/article-file/salvage-bundle.js';

describe('article-file: salvageBundle', () => {
  it('answers a valid input whole, with defaults', () => {
    const r = salvageBundle({ articles: [{ id: 'a', source: 'Wire' }] });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.bundle).toEqual({
        articles: [{ id: 'a', title: null, source: 'Wire', url: null, publishedAt: null, language: 'en', note: null, text: null }],
        entities: [],
        relationships: [],
      });
  });

  it('keeps every record at its index with its valid fields, each evidence item on its own, and lists every problem', () => {
    const r = salvageBundle(
      {
        articles: [{ id: 'a', source: 'Wire', publishedAt: '2024-13', text: 'Acme signed.' }, 'not an article'],
        entities: [{ id: 'acme', name: 'Acme', type: 'PLANET', aliases: ['ACME'] }],
        relationships: [
          {
            type: 'BOUGHT',
            source: 'acme',
            target: 'deal',
            evidence: [
              { article: 'a', quote: 'Acme signed.' },
              { article: 'a', quote: '' },
              { article: 'Not A Slug', quote: 'q' },
            ],
          },
          { type: 'SIGNED', source: 'acme', target: 'acme', evidence: [{ article: 'a', quote: 'Acme signed.' }] },
        ],
        extra: 1,
      },
      { prefix: 'input' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'input.articles[0].publishedAt CUSTOM',
      'input.articles[1] INVALID_TYPE',
      'input.entities[0].type INVALID_VALUE',
      'input.relationships[0].type INVALID_VALUE',
      'input.relationships[0].evidence[1].quote TOO_SMALL',
      'input.relationships[0].evidence[2].article INVALID_FORMAT',
      'input.relationships[1].target CUSTOM',
      'input UNRECOGNIZED_KEYS',
    ]);
    expect(r.salvaged.articles).toEqual([
      { id: 'a', title: null, source: 'Wire', url: null, language: 'en', note: null, text: 'Acme signed.' },
      {},
    ]);
    expect(r.salvaged.entities).toEqual([
      { id: 'acme', name: 'Acme', aliases: ['ACME'], description: null, mergedIds: [], identifiers: [] },
    ]);
    expect(r.salvaged.relationships[0]).toMatchObject({
      source: 'acme',
      target: 'deal',
      status: 'REPORTED',
      evidence: [{ article: 'a', quote: 'Acme signed.' }, { article: 'a' }, { quote: 'q' }],
    });
    expect(r.salvaged.relationships[0]).not.toHaveProperty('type');
    // A record-level rule names its field, which is then left out: `target` here.
    expect(r.salvaged.relationships[1]).toMatchObject({ type: 'SIGNED', source: 'acme' });
    expect(r.salvaged.relationships[1]).not.toHaveProperty('target');
  });

  it('keeps nothing of an input that is not an object, and formats paths with or without a prefix', () => {
    const r = salvageBundle('text', { prefix: 'input' });
    expect(r.ok ? [] : r.problems.map((p) => `${p.path} ${p.code}`)).toEqual(['input INVALID_TYPE']);
    expect(r.ok ? undefined : r.salvaged).toEqual({ articles: [], entities: [], relationships: [] });
    expect(formatPath(['relationships', 0, 'evidence', 1, 'quote'])).toBe('relationships[0].evidence[1].quote');
    expect(formatPath(['relationships', 0], 'input')).toBe('input.relationships[0]');
    expect(formatPath([], 'input')).toBe('input');
  });
});

import { describe, expect, it } from 'vitest';
import { knownFrom, publicationStart, publicationStarts } from '../../src/domain/known-from.js';

describe('domain: publicationStart', () => {
  it('gives the first day a publication date covers, and null for none or a date that does not parse', () => {
    expect(publicationStart('2024')).toBe('2024-01-01');
    expect(publicationStart('2024-07')).toBe('2024-07-01');
    expect(publicationStart('2024-07-19')).toBe('2024-07-19');
    expect(publicationStart(null)).toBeNull();
    expect(publicationStart(undefined)).toBeNull();
    expect(publicationStart('')).toBeNull();
    expect(publicationStart('2024-13')).toBeNull();
  });

  it('maps articles to their publication starts by id, a later article of one id winning', () => {
    expect([
      ...publicationStarts([
        { id: 'a', publishedAt: '2023' },
        { id: 'b', publishedAt: null },
        { id: 'a', publishedAt: '2024-02' },
      ]),
    ]).toEqual([
      ['a', '2024-02-01'],
      ['b', null],
    ]);
  });
});

describe('domain: knownFrom', () => {
  const published = new Map<string, string | null>([
    ['june', '2024-06-01'],
    ['march', '2024-03-01'],
    ['undated', null],
  ]);

  it('is the earliest publication start of the articles the evidence cites', () => {
    expect(knownFrom({ evidence: [{ article: 'june' }, { article: 'march' }], published })).toBe('2024-03-01');
    expect(knownFrom({ evidence: [{ article: 'march' }, { article: 'june' }], published })).toBe('2024-03-01');
    expect(knownFrom({ evidence: [{ article: 'june' }], published })).toBe('2024-06-01');
  });

  it('leaves out undated articles and articles it does not know', () => {
    expect(knownFrom({ evidence: [{ article: 'undated' }, { article: 'june' }, { article: 'elsewhere' }], published })).toBe('2024-06-01');
  });

  it('is null when no article the evidence cites is dated or known', () => {
    expect(knownFrom({ evidence: [{ article: 'undated' }, { article: 'elsewhere' }], published })).toBeNull();
    expect(knownFrom({ evidence: [], published })).toBeNull();
  });
});

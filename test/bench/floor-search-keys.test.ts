import { describe, expect, it } from 'vitest';
import { fold, luceneQuery, words } from '../../bench/floor-server.js';
import { foldForMatch } from '../../src/domain/text.js';
import { COMMON_WORDS, searchTerms } from '../../src/domain/search-keys.js';
import { DEMONYMS } from '../../src/domain/demonyms.js';

// The bench's floor (bench/floor-server.ts) imports nothing from src/, so it folds search text
// with its own copy of the documented rules. The bench compares its ranked answers with the API's;
// this ties the folding itself to the project's, so that a difference is found without a database.
const TEXTS = [
  'Perú',
  'PERU',
  'ｐｅｒｕ',
  'U.S.',
  'u.s.a',
  'Dina E. Boluarte',
  "Peru's president",
  'Belt and Road Initiative',
  'Port of Chancay',
  'Ministerio de Economía y Finanzas',
  'São Paulo',
  'Ñandú',
  'Œuvre',
  'ﬁnance',
  'Ⅻ',
  '²',
  '秘鲁政府',
  '一带一路',
  '秘',
  'COSCO 中远海运',
  '한국',
  'カタカナ',
  'e.g. x',
  '  -- ',
  '',
  'Wang-Li (2023)',
  'İstanbul',
];

describe('bench: the floor folds search text as the project does', () => {
  it('folds every text to the key the project stores', () => {
    for (const text of TEXTS) expect([text, fold(text)]).toEqual([text, foldForMatch(text)]);
  });

  it('splits every text into the terms the indexes hold', () => {
    for (const text of TEXTS) expect([text, words(text)]).toEqual([text, searchTerms(text)]);
  });

  it('never requires the common words the API leaves optional, and reads demonyms as their countries', () => {
    for (const w of COMMON_WORDS) {
      expect(luceneQuery(`${w} chancay`, { typos: true })).toBe(`${w} +(chancay^2 chancay~1 chancay*)`);
      expect(luceneQuery(`${w} chancay`, { typos: false })).toBe(`${w} +(chancay^2 chancay*)`);
    }
    for (const [re, countries] of DEMONYMS) {
      const country = `(${searchTerms(countries[0]!)
        .map((c) => `+${c}`)
        .join(' ')})`;
      for (const demonym of /^\^\((.*)\)\$$/.exec(re.source)![1]!.split('|'))
        expect([demonym, luceneQuery(demonym, { typos: false })]).toEqual([demonym, expect.stringContaining(country)]);
    }
    expect(luceneQuery('!!!', { typos: true })).toBeUndefined();
  });
});

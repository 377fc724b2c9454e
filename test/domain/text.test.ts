import { describe, expect, it } from 'vitest';
import { DOTTED_LETTERS, foldForMatch, normalizeQuote, quoteOccursIn, wordsPattern } from '../../src/domain/text.js';

describe('domain: normalizeQuote', () => {
  it('unifies quote marks, apostrophes and dashes', () => {
    expect(normalizeQuote('\u2018a\u2019 \u201Ab\u201B \u2032c\u0060 \u00B4d')).toBe("'a' 'b' 'c' 'd");
    expect(normalizeQuote('\u201Ca\u201D \u201Eb\u201F \u2033c \u00ABd\u00BB')).toBe('"a" "b" "c "d"');
    expect(normalizeQuote('a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('collapses whitespace of any kind to one space and trims', () => {
    expect(normalizeQuote(' \u201CIt\u2019s\u201D \u2014  a\u00A0test\n\t ')).toBe('"It\'s" - a test');
  });

  it('composes decomposed accents (NFC), keeping the letters otherwise', () => {
    expect(normalizeQuote('Peru\u0301')).toBe('Perú');
    expect(normalizeQuote('PERÚ ｐｅｒｕ')).toBe('PERÚ ｐｅｒｕ');
  });
});

describe('domain: quoteOccursIn', () => {
  it('finds a quote whatever its typography, but not changed words or case', () => {
    const text = 'The minister said: \u201CWe will sign\u2014soon.\u201D\nThen he left.';
    expect(quoteOccursIn('"We will sign-soon."  Then', text)).toBe(true);
    expect(quoteOccursIn('We will sign soon', text)).toBe(false);
    expect(quoteOccursIn('we will sign', text)).toBe(false);
  });
});

describe('domain: DOTTED_LETTERS', () => {
  it('matches letters with full stops between them, not a single initial or a stop inside a word', () => {
    const found = (s: string) => [...s.matchAll(DOTTED_LETTERS)].map((m) => [m[0], m.index]);
    expect(found('The U.S. and e.g. U.S.A')).toEqual([
      ['U.S.', 4],
      ['e.g.', 13],
      ['U.S.A', 18],
    ]);
    expect(found('Dina E. Boluarte')).toEqual([]);
    expect(found('x.com and 3.5 and ab.c')).toEqual([]);
  });
});

describe('domain: foldForMatch', () => {
  it('gives "Perú", "PERU" and full-width "ｐｅｒｕ" the key "peru"', () => {
    expect(['Perú', 'PERU', 'ｐｅｒｕ', 'Peru\u0301'].map(foldForMatch)).toEqual(['peru', 'peru', 'peru', 'peru']);
  });

  it('drops the stops of dotted letters, so "U.S." and "US" share a key, and keeps a single initial', () => {
    expect(foldForMatch('U.S.')).toBe('us');
    expect(foldForMatch('US')).toBe('us');
    expect(foldForMatch('Dina E. Boluarte')).toBe('dina e boluarte');
  });

  it('turns other punctuation into single spaces and trims', () => {
    expect(foldForMatch("  People's Republic of China! ")).toBe('people s republic of china');
    expect(foldForMatch('China–Peru (FTA)')).toBe('china peru fta');
  });

  it('keeps CJK text and folds compatibility forms (ligatures, roman numerals, circled ideographs)', () => {
    expect(foldForMatch('秘鲁 政府')).toBe('秘鲁 政府');
    expect(foldForMatch('ﬁne Ⅳ ㈱')).toBe('fine iv 株');
  });

  it('gives an empty key for text without letters or digits', () => {
    expect(foldForMatch(' — !? ')).toBe('');
  });
});

describe('domain: wordsPattern', () => {
  it('matches exactly one of the words, whole, with their own syntax and the flags given', () => {
    const p = wordsPattern('holdings?|' + 'prime minister|vice-president', 'i');
    expect(p.source).toBe('^(holdings?|prime minister|vice-president)$');
    expect(['holding', 'Holdings', 'prime minister', 'vice-president'].map((w) => p.test(w))).toEqual([true, true, true, true]);
    expect(['holdingss', 'minister', 'a holding', 'vice president'].map((w) => p.test(w))).toEqual([false, false, false, false]);
    expect(wordsPattern('port').test('Port')).toBe(false);
  });
});

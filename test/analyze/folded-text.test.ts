import { describe, expect, it } from 'vitest';
import { foldText, isUnspaced } from '../../src/analyze/folded-text.js';
import { foldForMatch } from '../../src/domain/text.js';

describe('analyze: isUnspaced', () => {
  it('is true for Han, Hiragana, Katakana and Hangul characters only', () => {
    expect(['秘', 'ひ', 'カ', '한'].map(isUnspaced)).toEqual([true, true, true, true]);
    expect(['a', 'é', '1', ' ', '。', 'ж', undefined].map(isUnspaced)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('analyze: foldText', () => {
  it('folds case and accents, one folded character per original one', () => {
    expect(foldText('Perú')).toEqual({ folded: 'peru', start: [0, 1, 2, 3], end: [1, 2, 3, 4] });
  });

  it('gives a combining mark to the character before it', () => {
    expect(foldText('Peru\u0301')).toEqual({ folded: 'peru', start: [0, 1, 2, 3], end: [1, 2, 3, 5] });
  });

  it('folds full-width letters to ASCII', () => {
    expect(foldText('ＰＥ')).toEqual({ folded: 'pe', start: [0, 1], end: [1, 2] });
  });

  it('drops the full stops of dotted letters into the letter before them', () => {
    expect(foldText('U.S. deal')).toEqual({ folded: 'us deal', start: [0, 2, 4, 5, 6, 7, 8], end: [2, 4, 5, 6, 7, 8, 9] });
  });

  it('makes a run of separators one space covering the whole run', () => {
    expect(foldText('a — b')).toEqual({ folded: 'a b', start: [0, 1, 4], end: [1, 4, 5] });
  });

  it('keeps a leading and a trailing space, which foldForMatch trims', () => {
    expect(foldText(' Peru ').folded).toBe(' peru ');
    expect(foldForMatch(' Peru ')).toBe('peru');
  });

  it('maps every character of an expansion to the whole code point it came from', () => {
    expect(foldText('a㈱')).toEqual({ folded: 'a 株 ', start: [0, 1, 1, 1], end: [1, 2, 2, 2] });
    expect(foldText('ﬁ')).toEqual({ folded: 'fi', start: [0, 0], end: [1, 1] });
  });

  it('counts UTF-16 offsets, so a character outside the BMP spans two', () => {
    expect(foldText('😀a')).toEqual({ folded: ' a', start: [0, 2], end: [2, 3] });
  });

  it('gives empty maps for an empty text', () => {
    expect(foldText('')).toEqual({ folded: '', start: [], end: [] });
  });
});

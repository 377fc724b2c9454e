import { describe, expect, it } from 'vitest';
import { parse } from '../../src/analyze/nlp.js';

const plain = (text: string) => parse(text).terms.map((t) => [t.text, t.start, t.end, t.post, t.opensSentence]);

describe('analyze: parse', () => {
  it('gives each word with its offsets, the punctuation after it and whether it opens a sentence', () => {
    expect(plain('Dina Boluarte visited Lima. She met Xi Jinping!')).toEqual([
      ['Dina', 0, 4, ' ', true],
      ['Boluarte', 5, 13, ' ', false],
      ['visited', 14, 21, ' ', false],
      ['Lima', 22, 26, '. ', false],
      ['She', 28, 31, ' ', true],
      ['met', 32, 35, ' ', false],
      ['Xi', 36, 38, ' ', false],
      ['Jinping', 39, 46, '!', false],
    ]);
  });

  it('keeps the library’s tags of each word', () => {
    const [dina, , visited, lima] = parse('Dina Boluarte visited Lima.').terms;
    expect([dina!.tags.has('Person'), visited!.tags.has('Verb'), lima!.tags.has('Place'), lima!.tags.has('Person')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('marks the people, organisations and places the library recognises, as term ranges', () => {
    expect(parse('Dina Boluarte visited Lima.').named).toEqual([
      { kind: 'person', first: 0, last: 1 },
      { kind: 'place', first: 3, last: 3 },
    ]);
    expect(parse('The U.S. agreed.').named).toEqual([{ kind: 'organization', first: 1, last: 1 }]);
  });

  it('gives sentences without the spaces around them', () => {
    const text = '  Why? The U.S. agreed.  ';
    expect(parse(text).sentences).toEqual([
      { start: 2, end: 6 },
      { start: 7, end: 23 },
    ]);
    expect(parse(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Why?', 'The U.S. agreed.']);
  });

  it('ends a sentence after a CJK full stop the library reads past, but not after an English one', () => {
    // The library keeps “好。”然后 together; the stop after a CJK character ends the sentence.
    expect(parse('他说：“好。”然后走了').sentences).toEqual([
      { start: 0, end: 6 },
      { start: 6, end: 11 },
    ]);
    expect(parse('Is it the U.S.? Yes.').sentences).toEqual([
      { start: 0, end: 15 },
      { start: 16, end: 20 },
    ]);
    expect(parse('A 中国！').sentences).toEqual([{ start: 0, end: 5 }]);
  });

  it('gives nothing for an empty text', () => {
    expect(parse('')).toEqual({ terms: [], sentences: [], named: [] });
  });

  it('is pure: the same text gives the same parse', () => {
    const text = 'Huawei trained engineers in Lima. 华为在秘鲁培训青年。';
    expect(parse(text)).toEqual(parse(text));
  });
});

import { describe, expect, it } from 'vitest';
import {
  AFTER_WORDS,
  BEFORE_WORDS,
  BREAK,
  CONNECTORS,
  HEAD_WORDS,
  TITLES,
  clue,
  isCapitalised,
  word,
} from '../../src/analyze/candidate-clues.js';
import type { Term } from '../../src/analyze/nlp.js';

const term = (text: string): Term => ({ text, start: 0, end: text.length, post: ' ', pre: '', tags: new Set(), opensSentence: false });

describe('analyze: candidate clues', () => {
  it('types a name by its head word, in English and Spanish, folded', () => {
    expect(['ministry', 'universidad', 'holdings', 'puerto', 'plaza', 'banana'].map((w) => clue(HEAD_WORDS, w))).toEqual([
      'GOVERNMENT',
      'ORGANIZATION',
      'COMPANY',
      'INFRASTRUCTURE',
      'PLACE',
      undefined,
    ]);
    expect(clue(HEAD_WORDS, undefined)).toBeUndefined();
    expect(
      ['fundicion', 'gasoducto', 'estadio', 'bahia', 'festival', 'confederacion', 'defensoria', 'contrato'].map((w) => clue(HEAD_WORDS, w)),
    ).toEqual(['INFRASTRUCTURE', 'INFRASTRUCTURE', 'INFRASTRUCTURE', 'PLACE', 'EVENT', 'ORGANIZATION', 'GOVERNMENT', 'AGREEMENT']);
  });

  it('types a name by a word just before or just after it', () => {
    expect(['regulator', 'miner', 'association', 'town', 'spokeswoman'].map((w) => clue(BEFORE_WORDS, w))).toEqual([
      'GOVERNMENT',
      'COMPANY',
      'ORGANIZATION',
      'PLACE',
      'PERSON',
    ]);
    expect(['mine', 'region', 'said', 'grew'].map((w) => clue(AFTER_WORDS, w))).toEqual(['INFRASTRUCTURE', 'PLACE', 'PERSON', undefined]);
    expect(['estatal', 'sindicato', 'en', 'dirigente'].map((w) => clue(BEFORE_WORDS, w))).toEqual([
      'COMPANY',
      'ORGANIZATION',
      'PLACE',
      'PERSON',
    ]);
    expect(['pipeline', 'river', 'senalo'].map((w) => clue(AFTER_WORDS, w))).toEqual(['INFRASTRUCTURE', 'PLACE', 'PERSON']);
  });

  it('reads a term’s word folded and without a possessive, and whether it is capitalised', () => {
    expect([term("Cosco's"), term('Ministério'), term('Peru’s')].map(word)).toEqual(['cosco', 'ministerio', 'peru']);
    expect([term('Lima'), term('lima'), term('Ángel'), term('秘鲁')].map(isCapitalised)).toEqual([true, false, true, false]);
  });

  it('knows titles, connectors inside names, and the punctuation that ends a name', () => {
    expect(['president', 'ministra', 'ministry'].map((w) => TITLES.test(w))).toEqual([true, true, false]);
    expect(['of', 'de', 'y', 'with'].map((w) => CONNECTORS.test(w))).toEqual([true, true, true, false]);
    expect([', ', '. ', '.', '，', ' ', "'"].map((p) => BREAK.test(p))).toEqual([true, true, true, true, false, false]);
  });

  it('ends a name at a spaced dash (a dateline), not at a dash joining two names', () => {
    expect(BREAK.test(' — ')).toBe(true);
    expect(BREAK.test(' - ')).toBe(true);
    expect(BREAK.test('–')).toBe(false);
  });

  it('knows offices and their qualifiers as titles, in English and Spanish', () => {
    for (const w of ['manager', 'spokesperson', 'deputy', 'canciller', 'gerente']) expect(TITLES.test(w), w).toBe(true);
    expect(clue(BEFORE_WORDS, 'gobernador')).toBe('PERSON');
    expect(clue(HEAD_WORDS, 'office')).toBe('GOVERNMENT');
    expect(clue(BEFORE_WORDS, 'operates')).toBe('INFRASTRUCTURE');
    expect(clue(AFTER_WORDS, 'operado')).toBe('INFRASTRUCTURE');
  });
});

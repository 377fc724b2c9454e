import { describe, expect, it } from 'vitest';
import { capitalsAsStates } from '../../src/analyze/capitals.js';
import type { CandidateEntity, Mention } from '../../src/analyze/types.js';

const countryId = (name: string) => ({ China: 'china', Peru: 'peru' })[name];
const mention = (text: string, surface: string, entityId: string, from = 0): Mention => {
  const start = text.indexOf(surface, from);
  return { entityId, matched: surface, start, end: start + surface.length, text: surface };
};
const place = (text: string, surface: string): CandidateEntity => {
  const start = text.indexOf(surface);
  return { id: surface.toLowerCase(), text: surface, type: 'PLACE', start, end: start + surface.length };
};
const whole = (text: string) => [{ start: 0, end: text.length }];

/** The countries the capitals of `text` (candidate places) stand for. */
const acting = (text: string, ...capitals: string[]) =>
  capitalsAsStates({
    text,
    sentences: whole(text),
    mentions: [],
    candidates: capitals.map((c) => place(text, c)),
    countryId,
  }).mentions.map((m) => [m.entityId, m.text]);

describe('analyze: capitalsAsStates, acting', () => {
  it('reads a capital before a government’s verb, a pair a clause opens with, and a signing’s agent; not a place after "in"', () => {
    expect(acting('Under the pact, Beijing will contribute $18m.', 'Beijing')).toEqual([['china', 'Beijing']]);
    expect(acting('It was a claim Beijing rejects.', 'Beijing')).toEqual([['china', 'Beijing']]);
    expect(acting('He said that Lima and Beijing would mark the date.', 'Lima', 'Beijing')).toEqual([
      ['peru', 'Lima'],
      ['china', 'Beijing'],
    ]);
    expect(acting('El tratado fue suscrito por Lima y Pekín en 2013.', 'Lima', 'Pekín')).toEqual([
      ['peru', 'Lima'],
      ['china', 'Pekín'],
    ]);
    expect(acting('El ministro evalúa pedir a Pekín financiamiento.', 'Pekín')).toEqual([['china', 'Pekín']]);
    expect(acting('The summit in Lima will open on Monday.', 'Lima')).toEqual([]);
  });
});

describe('analyze: capitalsAsStates', () => {
  it('reads a capital that opens a sentence, and one coordinated with it, as its country', () => {
    const text = 'Beijing and Lima signed the deal.';
    const out = capitalsAsStates({
      text,
      sentences: whole(text),
      mentions: [mention(text, 'Lima', 'lima')],
      candidates: [place(text, 'Beijing')],
      countryId,
    });
    expect(out.mentions.map((m) => [m.entityId, m.text])).toEqual([
      ['china', 'Beijing'],
      ['peru', 'Lima'],
    ]);
    expect(out.candidates).toEqual([]);
  });

  it('keeps a capital as a place after a preposition, in a dateline, inside a longer name or alone', () => {
    for (const text of ['She arrived in Lima on Monday.', 'LIMA, June 7 — Prices rose.', 'Lima Convention Center opened.', 'Lima']) {
      const m = mention(text, text.startsWith('LIMA') ? 'LIMA' : 'Lima', 'lima');
      expect(capitalsAsStates({ text, sentences: whole(text), mentions: [m], candidates: [], countryId }).mentions, text).toEqual([m]);
    }
  });

  it('makes a candidate country when the catalog has none', () => {
    const text = 'Washington warned Lima.';
    const out = capitalsAsStates({ text, sentences: whole(text), mentions: [], candidates: [place(text, 'Washington')], countryId });
    expect(out.candidates).toEqual([{ id: 'united-states', text: 'Washington', type: 'COUNTRY', start: 0, end: 10 }]);
  });

  it('reads a capital as its country as a clause’s subject or a party’s object, not as a host city', () => {
    const state = (text: string, surface: string) =>
      capitalsAsStates({ text, sentences: whole(text), mentions: [], candidates: [place(text, surface)], countryId }).mentions.map(
        (m) => m.entityId,
      );
    expect(state('Officials said that Beijing would help.', 'Beijing')).toEqual(['china']);
    expect(state('El ministro dijo que Pekín financiará el tren.', 'Pekín')).toEqual(['china']);
    expect(state('The governor thanked Beijing for the gift.', 'Beijing')).toEqual(['china']);
    expect(state('She said that Beijing in winter is cold.', 'Beijing')).toEqual([]);
    expect(state('Officials said that Lima would host the summit.', 'Lima')).toEqual([]);
    expect(state('Lima will host the summit.', 'Lima')).toEqual([]);
    expect(state('Lima fue sede de la cumbre de APEC.', 'Lima')).toEqual([]);
    expect(state('The ministry would ask Beijing to fund plants.', 'Beijing')).toEqual(['china']);
    expect(state('It is a rule that Beijing at first opposed.', 'Beijing')).toEqual(['china']);
  });
});

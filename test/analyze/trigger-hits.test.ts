import { describe, expect, it } from 'vitest';
import { triggerHits } from '../../src/analyze/trigger-hits.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** Relation type, words, start and end of each hit in `text`, by default one sentence. */
const hits = (text: string, inside: Endpoint[] = [], sentence = { start: 0, end: text.length }) =>
  triggerHits(text, sentence, inside).map((h) => [h.trigger.type, text.slice(h.start, h.end), h.start, h.end]);

describe('analyze: triggerHits', () => {
  it('finds a trigger word with its offsets in the whole text', () => {
    expect(hits('Boluarte visited Lima.')).toEqual([['VISITED', 'visited', 9, 16]]);
    expect(hits('Hi. Boluarte visited Lima.', [], { start: 4, end: 26 })).toEqual([['VISITED', 'visited', 13, 20]]);
    expect(hits('Hi. Boluarte visited Lima.', [], { start: 0, end: 3 })).toEqual([]);
  });

  it('keeps a long trigger that passes over a name, and drops one across a name’s edge', () => {
    const text = 'Camposol cerró en la feria un contrato con Jiahe.';
    const feria = at(text, 'la feria', 'expo', 'EVENT');
    expect(hits(text, [feria])).toEqual([['PARTNERS_WITH', 'cerró en la feria un contrato con', 9, 42]]);
    const b = 'Shanghai Signing Hall opened.';
    expect(hits(b, [at(b, 'Shanghai Sign', 'x', 'PLACE')])).toEqual([]);
  });

  it('drops a negated or denied trigger, not one after "not only"', () => {
    for (const text of [
      'Cosco did not buy the terminal.',
      'Cosco no compró el terminal.',
      'Huawei has not signed any deal.',
      'Huawei no ha firmado ningún acuerdo.',
      'Boluarte will not attend the summit.',
      'Xi never visited Lima.',
      'Cosco denied that it would buy the terminal.',
      'Cosco negó que vaya a comprar el terminal.',
      'Zijin may invest $500m in the mine.',
      'Zijin podría comprar la mina.',
      'Zijin abandonó la compra de la mina.',
      'The ministry cancelled the purchase of the buses.',
    ])
      expect(
        hits(text).filter(([type]) => type !== 'STATED'),
        text,
      ).toEqual([]);
    expect(hits('Cosco not only bought the terminal.').map((h) => h[0])).toContain('ACQUIRED');
    expect(hits('Cosco no solo compró el terminal.').map((h) => h[0])).toContain('ACQUIRED');
    expect(hits('In May bought Cosco the terminal.').map((h) => h[0])).toContain('ACQUIRED');
  });

  it('keeps "part of" only before a name', () => {
    expect(hits('Chinalco is part of the Minmetals group.').map((h) => h[1])).toContain('part of');
    expect(hits('CNPC will sell part of the output to Pluspetrol.').map((h) => h[1])).not.toContain('part of');
  });

  it('drops a trigger inside an entity’s name', () => {
    const text = 'The Signing Ceremony Hall opened.';
    expect(hits(text)).toEqual([['SIGNED', 'Signing', 4, 11]]);
    expect(hits(text, [at(text, 'Signing Ceremony Hall', 'hall', 'PLACE')])).toEqual([]);
  });

  it('finds a trigger with a condition only in a sentence that meets it', () => {
    // A reception is a visit received; near investment words, money received.
    expect(hits('Peru received the delegation')).toEqual([['HOSTED', 'received', 5, 13]]);
    expect(hits('Peru received investment')).toEqual([['RECEIVED_INVESTMENT', 'received', 5, 13]]);
  });

  it('keeps the longest of overlapping triggers, the first of equally long ones, in text order', () => {
    expect(hits('Peru invited Huawei to invest and visited Lima')).toEqual([
      ['SEEKS_COOPERATION_WITH', 'invited Huawei to invest', 5, 29],
      ['VISITED', 'visited', 34, 41],
    ]);
    expect(hits('Xi held talks with Boluarte')).toEqual([['MET', 'held talks with', 3, 18]]);
    expect(hits('Xi held talks on trade')).toEqual([['DISCUSSED', 'held talks', 3, 13]]);
    expect(hits('Xi holds talks with Lula')).toEqual([['MET', 'holds talks with', 3, 19]]);
    expect(hits('a state-owned firm')).toEqual([]);
  });
});

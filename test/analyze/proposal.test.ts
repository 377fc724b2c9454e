import { describe, expect, it } from 'vitest';
import { GOVERNED, measuresAsWords, proposal, words } from '../../src/analyze/proposal.js';
import { at } from './endpoint-at.js';

describe('analyze: words', () => {
  it('counts words with inner apostrophes and hyphens as one, and nothing else', () => {
    expect(words('Peru’s  energy-and mines, 2024')).toBe(4);
    expect(words(' , — ; ')).toBe(0);
    expect(words('秘鲁 政府')).toBe(2);
  });
});

describe('analyze: measuresAsWords, GOVERNED', () => {
  it('writes a measure’s digits as letters of the same count, and leaves amounts, years and names alone', () => {
    const text = 'The 262-kilometre line, a 14,000-tonne ship and the 300-megawatt farm cost US$ 2.5 billion in 2024; COVID-19 too.';
    const out = measuresAsWords(text);
    expect(out).toBe('The nnn-kilometre line, a nnnnnn-tonne ship and the nnn-megawatt farm cost US$ 2.5 billion in 2024; COVID-19 too.');
    expect(out).toHaveLength(text.length);
  });

  it('tells an entity governed by a preposition from a subject', () => {
    expect(GOVERNED.test('During her visit to ')).toBe(true);
    expect(GOVERNED.test('según la ')).toBe(true);
    expect(GOVERNED.test('Then ')).toBe(false);
  });
});

describe('analyze: proposal', () => {
  it('records both ends, whether each is a candidate, and the trigger as written', () => {
    const text = 'Huawei visited Lima.';
    const source = at(text, 'Huawei', 'huawei', 'COMPANY');
    const target = at(text, 'Lima', 'lima', 'PLACE', { kind: 'candidate' });
    expect(proposal({ text, type: 'VISITED', source, target, hit: { start: 7, end: 14 }, strength: 0.85 })).toEqual({
      type: 'VISITED',
      sourceId: 'huawei',
      targetId: 'lima',
      sourceIsCandidate: false,
      targetIsCandidate: true,
      sourceStart: 0,
      sourceEnd: 6,
      targetStart: 15,
      targetEnd: 19,
      trigger: 'visited',
      triggerStart: 7,
      triggerEnd: 14,
      confidence: 0.85,
      validFrom: null,
      quantities: [],
    });
  });

  it('lowers the strength by 4 % a word between the ends besides the trigger’s, whichever end comes first', () => {
    const text = 'Chancay Port is operated by the shipping line COSCO.';
    const port = at(text, 'Chancay Port', 'port', 'INFRASTRUCTURE');
    const cosco = at(text, 'COSCO', 'cosco', 'COMPANY');
    const hit = { start: 16, end: 24 };
    // Five words between the ends besides "operated": 0.8 × (1 − 0.04 × 5).
    expect(proposal({ text, type: 'OPERATES', source: cosco, target: port, hit, strength: 0.8 }).confidence).toBe(0.64);
    expect(proposal({ text, type: 'OPERATES', source: port, target: cosco, hit, strength: 0.8 }).confidence).toBe(0.64);
  });

  it('never lowers the strength by more than 70 %', () => {
    const text = `Huawei visited ${'the '.repeat(30)}Lima.`;
    const source = at(text, 'Huawei', 'huawei', 'COMPANY');
    const target = at(text, 'Lima', 'lima', 'PLACE');
    expect(proposal({ text, type: 'VISITED', source, target, hit: { start: 7, end: 14 }, strength: 1 }).confidence).toBe(0.3);
  });
});

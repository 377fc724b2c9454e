import { describe, expect, it } from 'vitest';
import { pairFeatures } from '../../bench/pair-model/features.js';
import type { Proposal } from '../../src/analyze/proposal.js';
import { at } from '../analyze/endpoint-at.js';

describe('bench pair model: pairFeatures', () => {
  const text = 'LIMA — Cosco, the carrier, bought 60% of Chancay from Volcan, the company said.';
  const sentence = { start: 0, end: text.length };
  const cosco = at(text, 'Cosco', 'cosco', 'COMPANY');
  const chancay = at(text, 'Chancay', 'chancay', 'INFRASTRUCTURE');
  const volcan = at(text, 'Volcan', 'volcan', 'COMPANY');
  const company = at(text, 'the company', 'cosco', 'COMPANY');
  const inside = [cosco, chancay, volcan, company];
  const acquired = { type: 'ACQUIRED', sourceId: 'cosco', targetId: 'chancay' } as Proposal;
  const hits = [{ type: 'ACQUIRED', start: text.indexOf('bought'), end: text.indexOf('bought') + 6 }];

  it('reads types, order, the words between (folded, numbers as #) and around, trigger words and rule proposals', () => {
    const f = pairFeatures({ text, sentence, source: cosco, target: chancay, inside, proposed: [acquired], hits });
    expect(f).toEqual(
      expect.arrayContaining([
        'T:COMPANY>INFRASTRUCTURE',
        'D:f',
        'G:3-4',
        'B:bought',
        'B:#',
        'B:%',
        'B2:bought_#',
        'L:lima',
        'L1:—',
        'R:from',
        'R1:from',
        'HB:ACQUIRED',
        'P:ACQUIRED',
        'S:name',
        'O:name',
      ]),
    );
  });

  it('marks the reverse order, a proposal the other way round, an end that stands in for a name, and entities between', () => {
    const f = pairFeatures({ text, sentence, source: chancay, target: cosco, inside, proposed: [acquired], hits });
    expect(f).toEqual(expect.arrayContaining(['D:r', 'PR:ACQUIRED', 'HB:ACQUIRED:r']));
    expect(f).not.toContain('P:ACQUIRED');
    const g = pairFeatures({ text, sentence, source: company, target: volcan, inside, proposed: [], hits });
    expect(g).toEqual(expect.arrayContaining(['S:stand', 'O:name', 'D:r', 'E:0', 'HL:ACQUIRED']));
    const h = pairFeatures({ text, sentence, source: cosco, target: volcan, inside, proposed: [], hits });
    expect(h).toContain('E:1');
  });
});

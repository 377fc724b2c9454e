import { describe, expect, it } from 'vitest';
import { withListed } from '../../src/analyze/coordination.js';
import { at } from './endpoint-at.js';

describe('analyze: withListed', () => {
  it('adds the objects listed after the first, past a repeated preposition ("con Li Wei y con Zhang Min")', () => {
    const a = 'Ana Torres se reunió con Li Wei y con Zhang Min en Pekín.';
    const ana = at(a, 'Ana Torres', 'ana', 'PERSON');
    const li = at(a, 'Li Wei', 'li', 'PERSON');
    const zhang = at(a, 'Zhang Min', 'zhang', 'PERSON');
    expect(withListed(a, 'MET', [ana], [li], [li, zhang]).map((e) => e.id)).toEqual(['li', 'zhang']);
    const b = 'Osinergmin supervisa a Luz del Sur y a Pluz.';
    const osinergmin = at(b, 'Osinergmin', 'osinergmin', 'GOVERNMENT');
    const lds = at(b, 'Luz del Sur', 'lds', 'COMPANY');
    const pluz = at(b, 'Pluz', 'pluz', 'COMPANY');
    expect(withListed(b, 'REGULATES', [osinergmin], [lds], [lds, pluz]).map((e) => e.id)).toEqual(['lds', 'pluz']);
  });
});

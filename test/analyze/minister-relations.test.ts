import { describe, expect, it } from 'vitest';
import { ministerRelations } from '../../src/analyze/minister-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const COUNTRIES: Record<string, string> = { chinese: 'china', chino: 'china', china: 'china', peruvian: 'peru', peruano: 'peru' };
const countryOf = (demonym: string) => COUNTRIES[demonym.toLowerCase()];

/** [type, source, target] of what one sentence (`inside`) gives, the whole text's endpoints being `named`. */
function ministers(text: string, named: Endpoint[], sentence: string) {
  const from = text.indexOf(sentence);
  const inside = named.filter((e) => e.start >= from && e.end <= from + sentence.length);
  return ministerRelations({ text, inside, named, countryOf }).map((r) => [r.type, r.sourceId, r.targetId]);
}

describe('analyze: ministerRelations', () => {
  it('gives a minister the ministry the text names whose name holds the portfolio’s words, in either language', () => {
    const a = 'El Ministerio de Defensa recibió la donación. El ministro de Defensa, Aldo Sotomayor, agradeció la ayuda.';
    const named = [at(a, 'Ministerio de Defensa', 'mindef', 'GOVERNMENT'), at(a, 'Aldo Sotomayor', 'aldo', 'PERSON')];
    expect(ministers(a, named, 'El ministro de Defensa, Aldo Sotomayor, agradeció la ayuda.')).toEqual([
      ['HOLDS_OFFICE_IN', 'aldo', 'mindef'],
    ]);
    const b = 'The Ministry of Transport and Communications backed it. Transport minister Raúl Tejada said so.';
    const named2 = [at(b, 'Ministry of Transport and Communications', 'mtc', 'GOVERNMENT'), at(b, 'Raúl Tejada', 'raul', 'PERSON')];
    expect(ministers(b, named2, 'Transport minister Raúl Tejada said so.')).toEqual([['HOLDS_OFFICE_IN', 'raul', 'mtc']]);
  });

  it('gives a minister whose ministry the text does not name a country: a demonym’s, a Chinese surname’s, else Peru', () => {
    const a = 'Llegó el viceministro chino de Comercio, Li Fei. La ministra de Economía, Rosa Bueno, lo recibió.';
    const named = [at(a, 'Li Fei', 'li', 'PERSON'), at(a, 'Rosa Bueno', 'rosa', 'PERSON')];
    // A vice-minister's body is a ministry; with none named, nothing.
    expect(ministers(a, named, 'Llegó el viceministro chino de Comercio, Li Fei.')).toEqual([]);
    expect(ministers(a, named, 'La ministra de Economía, Rosa Bueno, lo recibió.')).toEqual([['HOLDS_OFFICE_IN', 'rosa', 'peru']]);
    const b = 'Commerce Minister Wang Wentao met Peruvian Foreign Minister Elmer Schialer.';
    const named2 = [at(b, 'Wang Wentao', 'wang', 'PERSON'), at(b, 'Elmer Schialer', 'elmer', 'PERSON')];
    expect(ministers(b, named2, b)).toEqual([
      ['HOLDS_OFFICE_IN', 'wang', 'china'],
      ['HOLDS_OFFICE_IN', 'elmer', 'peru'],
    ]);
  });

  it("keeps a Chinese minister out of Peru's ministry and a Peruvian one out of China's, and reads no bare repeated title", () => {
    const a = 'El Ministerio de Relaciones Exteriores de China lo anunció. El canciller Tejada habló. El ministro Tejada volvió.';
    const named = [at(a, 'Ministerio de Relaciones Exteriores de China', 'mfa-cn', 'GOVERNMENT'), at(a, 'Tejada', 'tejada', 'PERSON')];
    expect(ministers(a, named, 'El canciller Tejada')).toEqual([['HOLDS_OFFICE_IN', 'tejada', 'peru']]);
    const named2 = [...named.slice(0, 1), at(a, 'Tejada', 'tejada', 'PERSON', { from: a.indexOf('ministro Tejada') })];
    expect(ministers(a, named2, 'El ministro Tejada')).toEqual([]);
  });
});

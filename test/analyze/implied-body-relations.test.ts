import { describe, expect, it } from 'vitest';
import { impliedBodyRelations } from '../../src/analyze/implied-body-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** [type, source, target, trigger] of what one sentence (`inside`) gives, the whole text's endpoints being `named`. */
function implied(text: string, named: Endpoint[], sentence: string) {
  const from = text.indexOf(sentence);
  const inside = named.filter((e) => e.start >= from && e.end <= from + sentence.length);
  return impliedBodyRelations({ text, inside, named }).map((r) => [r.type, r.sourceId, r.targetId, r.trigger]);
}

describe('analyze: impliedBodyRelations', () => {
  it('gives a titled person the body of the office the text names most, preferring a name with the office’s words', () => {
    const text =
      'La Universidad San Marcos (UNSM) abrió su Instituto Confucio. El instituto tendrá 600 alumnos. ' +
      'El rector, Hugo Benavente, recibió al embajador.';
    const named = [
      at(text, 'Universidad San Marcos', 'unsm', 'ORGANIZATION'),
      at(text, 'UNSM', 'unsm', 'ORGANIZATION'),
      at(text, 'Instituto Confucio', 'confucio', 'ORGANIZATION'),
      at(text, 'El instituto', 'confucio', 'ORGANIZATION'),
      at(text, 'Hugo Benavente', 'hugo', 'PERSON'),
    ];
    expect(implied(text, named, 'El rector, Hugo Benavente')).toEqual([['LEADS', 'hugo', 'unsm', 'rector']]);
  });

  it('reads the office after the person, and a portfolio as the ministry whose name holds its words', () => {
    const text =
      'The Regional Government of Ayacucho got a hospital. Wilfredo Quispe, the regional governor, thanked Beijing. ' +
      'The Ministry of Production set the quota. Ana Torres, the production minister, told RPP it would stand.';
    const named = [
      at(text, 'Regional Government of Ayacucho', 'gra', 'GOVERNMENT'),
      at(text, 'Wilfredo Quispe', 'wq', 'PERSON'),
      at(text, 'Beijing', 'china', 'COUNTRY'),
      at(text, 'Ministry of Production', 'produce', 'GOVERNMENT'),
      at(text, 'Ana Torres', 'at', 'PERSON'),
      at(text, 'RPP', 'rpp', 'MEDIA'),
    ];
    expect(implied(text, named, 'Wilfredo Quispe, the regional governor, thanked Beijing.')).toEqual([
      ['LEADS', 'wq', 'gra', 'regional governor'],
    ]);
    expect(implied(text, named, 'Ana Torres, the production minister, told RPP it would stand.')).toEqual([
      ['LEADS', 'at', 'produce', 'production minister'],
    ]);
  });

  it('proposes nothing for an office of no kind of body, a tie between bodies, or a body the sentence names beside the person', () => {
    const text = 'Cosco and Hutchison bid. The minister, Ana Torres, spoke. The general manager, Li Wei, spoke.';
    const named = [
      at(text, 'Cosco', 'cosco', 'COMPANY'),
      at(text, 'Hutchison', 'hutchison', 'COMPANY'),
      at(text, 'Ana Torres', 'at', 'PERSON'),
      at(text, 'Li Wei', 'li', 'PERSON'),
    ];
    // "minister" alone names no ministry; of two companies named once each, the first named is taken.
    expect(implied(text, named, 'The minister, Ana Torres, spoke.')).toEqual([]);
    expect(implied(text, named, 'The general manager, Li Wei, spoke.')).toEqual([['LEADS', 'li', 'cosco', 'general manager']]);
    const near = 'The general manager of Cosco, Li Wei, spoke.';
    const beside = [at(near, 'Cosco', 'cosco', 'COMPANY'), at(near, 'Li Wei', 'li', 'PERSON')];
    expect(implied(near, beside, near)).toEqual([]);
  });

  it('gives a governor with no regional government named the region the text names most, and no other body', () => {
    const text = 'Zijin bought a mine in La Libertad, as Indecopi allowed. The regional governor, César Acuña, welcomed it.';
    const named = [
      at(text, 'Zijin', 'zijin', 'COMPANY'),
      at(text, 'La Libertad', 'la-libertad', 'PLACE'),
      at(text, 'Indecopi', 'indecopi', 'GOVERNMENT'),
      at(text, 'César Acuña', 'acuna', 'PERSON'),
    ];
    expect(implied(text, named, 'The regional governor, César Acuña')).toEqual([['LEADS', 'acuna', 'la-libertad', 'regional governor']]);
    const none = 'Zijin bought a mine, as Indecopi allowed. The regional governor, César Acuña, welcomed it.';
    const bodies = [
      at(none, 'Zijin', 'zijin', 'COMPANY'),
      at(none, 'Indecopi', 'indecopi', 'GOVERNMENT'),
      at(none, 'César Acuña', 'acuna', 'PERSON'),
    ];
    expect(implied(none, bodies, 'The regional governor, César Acuña')).toEqual([]);
  });

  it("reads a governor's regional government named after the person in the sentence", () => {
    const text = 'El gobernador regional, Manuel Ubillús, anunció que el Gobierno Regional de Piura cederá un local.';
    const named = [at(text, 'Manuel Ubillús', 'mu', 'PERSON'), at(text, 'Gobierno Regional de Piura', 'grp', 'GOVERNMENT')];
    expect(implied(text, named, text)).toEqual([['LEADS', 'mu', 'grp', 'gobernador regional']]);
  });
});

import { describe, expect, it } from 'vitest';
import { pronounEndpoints } from '../../src/analyze/pronouns.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** The pronouns resolved, as [surface ('' for a dropped subject), id]; sentences split after each full stop. */
function resolved(text: string, endpoints: Endpoint[], language?: string): [string, string][] {
  const sentences = [...text.matchAll(/[^.]+\.?/gu)].map((m) => ({
    start: m.index + (m[0].length - m[0].trimStart().length),
    end: m.index + m[0].length,
  }));
  return pronounEndpoints({ text, sentences, endpoints, language }).map((e) => [text.slice(e.start, e.end), e.id]);
}

describe('analyze: pronounEndpoints', () => {
  it('reads a possessive past a capitalised adjective ("its Peruvian partner"), never for a country when it names a partner', () => {
    const a = 'COSCO owns 60% of Chancay. Its Peruvian partner, Volcan, holds the rest.';
    const ends = [at(a, 'COSCO', 'cosco', 'COMPANY'), at(a, 'Chancay', 'chancay', 'INFRASTRUCTURE'), at(a, 'Volcan', 'volcan', 'COMPANY')];
    expect(resolved(a, ends)).toEqual([['Its', 'cosco']]);
    const b = 'Xiaomi abrirá tiendas en el Perú junto con su distribuidor local, Deltron.';
    const three = [at(b, 'Xiaomi', 'xiaomi', 'COMPANY'), at(b, 'Perú', 'peru', 'COUNTRY'), at(b, 'Deltron', 'deltron', 'COMPANY')];
    expect(resolved(b, three, 'es')).toEqual([['su', 'xiaomi']]);
  });

  it('gives a Spanish dropped subject after a time ("El martes se reunió …") the subject of the sentence before', () => {
    const a = 'Boluarte llegó a Pekín el lunes. El martes se reunió con Li Qiang.';
    const ends = [at(a, 'Boluarte', 'boluarte', 'PERSON'), at(a, 'Pekín', 'pekin', 'PLACE'), at(a, 'Li Qiang', 'li', 'PERSON')];
    const dropped = pronounEndpoints({
      text: a,
      sentences: [
        { start: 0, end: 32 },
        { start: 33, end: a.length },
      ],
      endpoints: ends,
      language: 'es',
    });
    expect(dropped.map((e) => [e.id, a.slice(e.start, e.start + 12)])).toEqual([['boluarte', 'se reunió co']]);
  });

  it('gives a Spanish dropped subject the person a body’s title named in the sentence before, not the body', () => {
    const a = 'La presidenta del OEFA, Miriam Alegría, declaró a RPP que la sanción es alta. Añadió que la empresa deberá limpiar.';
    const ends = [at(a, 'OEFA', 'oefa', 'GOVERNMENT'), at(a, 'Miriam Alegría', 'alegria', 'PERSON'), at(a, 'RPP', 'rpp', 'MEDIA')];
    expect(resolved(a, ends, 'es')).toEqual([['', 'alegria']]);
    // A body that is its sentence's subject stays the dropped subject's antecedent.
    const b = 'El OEFA, según Miriam Alegría, multó a la minera. Añadió que la empresa deberá limpiar.';
    expect(resolved(b, [at(b, 'OEFA', 'oefa', 'GOVERNMENT'), at(b, 'Miriam Alegría', 'alegria', 'PERSON')], 'es')).toEqual([['', 'oefa']]);
  });

  it('gives a possessive office the first body, a country aside, of a sentence before whose subject is no entity', () => {
    const a = 'Retailers grouped in the Lima Chamber of Commerce have asked Mincetur to act. Its president, Roberto de la Torre, argued.';
    const ends = [
      at(a, 'Lima Chamber of Commerce', 'ccl', 'ORGANIZATION'),
      at(a, 'Mincetur', 'mincetur', 'GOVERNMENT'),
      at(a, 'Roberto de la Torre', 'torre', 'PERSON'),
    ];
    expect(resolved(a, ends)).toEqual([['Its', 'ccl']]);
    // "it" stands for a subject only: nothing when no entity is one.
    const b = 'Retailers grouped in the Lima Chamber of Commerce have asked Mincetur to act. It wants a tax.';
    expect(resolved(b, [at(b, 'Lima Chamber of Commerce', 'ccl', 'ORGANIZATION'), at(b, 'Mincetur', 'mincetur', 'GOVERNMENT')])).toEqual(
      [],
    );
  });

  it('gives "she" the one person of the sentence before, and "he" the subject when there are two', () => {
    const a = 'Boluarte flew to Shanghai. There she met executives of COSCO.';
    expect(
      resolved(a, [at(a, 'Boluarte', 'boluarte', 'PERSON'), at(a, 'Shanghai', 'shanghai', 'PLACE'), at(a, 'COSCO', 'cosco', 'COMPANY')]),
    ).toEqual([['she', 'boluarte']]);
    const b = 'Salazar met Wang in Beijing. Later he flew home.';
    expect(
      resolved(b, [at(b, 'Salazar', 'salazar', 'PERSON'), at(b, 'Wang', 'wang', 'PERSON'), at(b, 'Beijing', 'beijing', 'PLACE')]),
    ).toEqual([['he', 'salazar']]);
  });

  it('gives "Ambos", "Both men" the two people of the sentence(s) before, and nothing for one or three', () => {
    const a = 'Montero se reunió con Wang en Pekín. Ambos firmaron un memorando.';
    expect(resolved(a, [at(a, 'Montero', 'montero', 'PERSON'), at(a, 'Wang', 'wang', 'PERSON')], 'es')).toEqual([
      ['Ambos', 'montero'],
      ['Ambos', 'wang'],
    ]);
    const b = 'Montero met Wang and Li in Beijing. Both men signed a memorandum.';
    const three = [at(b, 'Montero', 'montero', 'PERSON'), at(b, 'Wang', 'wang', 'PERSON'), at(b, 'Li', 'li', 'PERSON')];
    expect(resolved(b, three, 'en')).toEqual([]);
    // Else the two people of the three sentences before, when they name only those two; "ambos" after an opening phrase.
    const c = 'La reunión fue presidida por Mera y Ling. Mera indicó algo. Ling pidió algo. Al término del encuentro, ambos firmaron.';
    const froms = [0, 0, c.indexOf('Mera indicó'), c.indexOf('Ling pidió')];
    const people = ['Mera', 'Ling', 'Mera', 'Ling'].map((n, i) => at(c, n, n.toLowerCase(), 'PERSON', { from: froms[i] }));
    expect(resolved(c, people, 'es')).toEqual([
      ['ambos', 'mera'],
      ['ambos', 'ling'],
    ]);
  });

  it('gives a passive "It was signed by" and "in it" the agreement or facility before it, not a body', () => {
    const a = 'Peru and COSCO agreed on the Chancay Accord. It was signed in Lima by Boluarte.';
    const named = [
      at(a, 'Peru', 'peru', 'COUNTRY'),
      at(a, 'COSCO', 'cosco', 'COMPANY'),
      at(a, 'Chancay Accord', 'accord', 'AGREEMENT'),
      at(a, 'Lima', 'lima', 'PLACE'),
      at(a, 'Boluarte', 'boluarte', 'PERSON'),
    ];
    expect(resolved(a, named, 'en')).toEqual([['It', 'accord']]);
    // After a preposition, "it" is such a thing too, not the body acting.
    const b = 'The line belongs to TADC, which invested $310m in it.';
    const ends = [at(b, 'The line', 'line', 'INFRASTRUCTURE'), at(b, 'TADC', 'tadc', 'COMPANY')];
    expect(resolved(b, ends, 'en')).toEqual([['it', 'line']]);
  });

  it('leaves a pronoun alone when the candidates are two and neither is the subject', () => {
    const a = 'In talks with Salazar and Wang the issue came up. Later he flew home.';
    expect(resolved(a, [at(a, 'Salazar', 'salazar', 'PERSON'), at(a, 'Wang', 'wang', 'PERSON')])).toEqual([]);
  });

  it('gives "it" and "its chairman" the nearest body, but not a dummy "it is"', () => {
    const a = 'Peru’s Ministry of Health said it would run the hospital.';
    const inside = [
      at(a, 'Peru', 'peru', 'COUNTRY'),
      at(a, 'Ministry of Health', 'minsa', 'GOVERNMENT'),
      at(a, 'hospital', 'h', 'INFRASTRUCTURE'),
    ];
    expect(resolved(a, inside)).toEqual([['it', 'minsa']]);
    const b = 'Joyvio bought the farm. Its president, Wang Lei, said it is a good deal.';
    expect(resolved(b, [at(b, 'Joyvio', 'joyvio', 'COMPANY'), at(b, 'Wang Lei', 'wang', 'PERSON')])).toEqual([['Its', 'joyvio']]);
    // An office of two words ("general manager", "gerente general") or after an adjective ("its new chairman").
    const c = 'Shouxin opened a plant. Its general manager, Li Xiaoming, spoke.';
    expect(resolved(c, [at(c, 'Shouxin', 'shouxin', 'COMPANY'), at(c, 'Li Xiaoming', 'li', 'PERSON')])).toEqual([['Its', 'shouxin']]);
    const d = 'Shouxin opened a plant. Its main warehouse, in Ica, is full.';
    expect(resolved(d, [at(d, 'Shouxin', 'shouxin', 'COMPANY'), at(d, 'Ica', 'ica', 'PLACE')])).toEqual([]);
  });

  it('gives "its owner" or "its operator" the facility before it, as well as a body', () => {
    const a = 'PowerChina has finished the San Martín Solar plant, its owner, Kallpa, said.';
    const ends = [
      at(a, 'PowerChina', 'powerchina', 'COMPANY'),
      at(a, 'San Martín Solar', 'sms', 'INFRASTRUCTURE'),
      at(a, 'Kallpa', 'kallpa', 'COMPANY'),
    ];
    expect(resolved(a, ends, 'en')).toEqual([['its', 'sms']]);
  });

  it('gives "its chairman" the body whose "of" complement stands nearest, and never a country', () => {
    const a = 'The Transport Committee of the Congress will meet, its chairman said.';
    expect(resolved(a, [at(a, 'Transport Committee', 'committee', 'GOVERNMENT'), at(a, 'Congress', 'congress', 'GOVERNMENT')])).toEqual([
      ['its', 'committee'],
    ]);
    const b = 'The ruling was issued by the Tacora Commission, which found bars sold in Peru below cost. Its chairman spoke.';
    expect(resolved(b, [at(b, 'Tacora Commission', 'commission', 'GOVERNMENT'), at(b, 'Peru', 'peru', 'COUNTRY')])).toEqual([
      ['Its', 'commission'],
    ]);
  });

  it('gives a subject "it" its sentence’s subject, past a possessor', () => {
    const a = 'Joyvio has agreed to buy Frutos for $265m, it said on Wednesday.';
    expect(resolved(a, [at(a, 'Joyvio', 'joyvio', 'COMPANY'), at(a, 'Frutos', 'frutos', 'COMPANY')])).toEqual([['it', 'joyvio']]);
    const b = 'Peru’s Ministry of Health, headed by Rosa Chumpitaz, confirmed that it would run Hospital X.';
    const inside = [
      at(b, 'Peru', 'peru', 'COUNTRY'),
      at(b, 'Ministry of Health', 'minsa', 'GOVERNMENT'),
      at(b, 'Rosa Chumpitaz', 'rosa', 'PERSON'),
    ];
    expect(resolved(b, inside)).toEqual([['it', 'minsa']]);
  });

  it('passes over a possessor of the sentence before for the body it possesses', () => {
    const a = 'China’s Ministry of Emergency Management donated pumps. Its head, Li Wei, said so.';
    const inside = [at(a, 'China', 'china', 'COUNTRY'), at(a, 'Ministry of Emergency Management', 'mem', 'GOVERNMENT')];
    expect(resolved(a, inside)).toEqual([['Its', 'mem']]);
  });

  it('takes "su" only before an office or a part, and never as the agent right before a name', () => {
    const a = 'Capechi criticó la medida. Su presidente, Héctor Lau, sostuvo que no procede. Su opinión fue clara.';
    expect(resolved(a, [at(a, 'Capechi', 'capechi', 'ORGANIZATION'), at(a, 'Héctor Lau', 'lau', 'PERSON')], 'es')).toEqual([
      ['Su', 'capechi'],
    ]);
    const b = 'Hierro Perú vendió la mina a Shougang, y es operada por su filial Shougang Hierro Perú.';
    const inside = [
      at(b, 'Hierro Perú', 'hp', 'COMPANY'),
      at(b, 'Shougang', 'shougang', 'COMPANY'),
      at(b, 'Shougang Hierro Perú', 'shp', 'COMPANY'),
    ];
    expect(resolved(b, inside, 'es')).toEqual([]);
  });

  it('gives a Spanish sentence that opens with a verb the subject of the sentence before', () => {
    const a = 'La Sunat incautó la mercadería. Además, anunció que instalará escáneres de Nuctech.';
    expect(resolved(a, [at(a, 'Sunat', 'sunat', 'GOVERNMENT'), at(a, 'Nuctech', 'nuctech', 'COMPANY')], 'es')).toEqual([['', 'sunat']]);
    const b = 'Según Promperú, llegaron 31.400 visitantes. Luego anunció más vuelos.';
    expect(resolved(b, [at(b, 'Promperú', 'promperu', 'GOVERNMENT')], 'es')).toEqual([]);
  });
});

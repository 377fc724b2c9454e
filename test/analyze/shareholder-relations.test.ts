import { describe, expect, it } from 'vitest';
import { proposeRelationships } from '../../src/analyze/propose-relationships.js';
import { shareholderRelations } from '../../src/analyze/shareholder-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const owns = (text: string, inside: Endpoint[]) =>
  shareholderRelations({ text, sentence: { start: 0, end: text.length }, inside }).map((r) => [r.type, r.sourceId, r.targetId, r.trigger]);

describe('analyze: shareholderRelations', () => {
  it('gives each listed share the body before it, owning what is named before the first owner', () => {
    const a =
      'Inca Data es una empresa conjunta de la china Inspur, que posee el 55 % del capital, y de Aceros Sur, dueña del 45 % restante.';
    const ends = [at(a, 'Inca Data', 'inca', 'COMPANY'), at(a, 'Inspur', 'inspur', 'COMPANY'), at(a, 'Aceros Sur', 'aceros', 'COMPANY')];
    expect(owns(a, ends)).toEqual([
      ['OWNS', 'inspur', 'inca', '55 %'],
      ['OWNS', 'aceros', 'inca', '45 %'],
      ['PARTNERS_WITH', 'inspur', 'aceros', '55 %'],
    ]);
    // With no company named before the owners, the one facility of the sentence.
    const b = 'CNOOC will operate the block with a 70% interest, while the Australian firm Karoon holds the other 30%.';
    const block = [at(b, 'CNOOC', 'cnooc', 'COMPANY'), at(b, 'the block', 'z64', 'INFRASTRUCTURE'), at(b, 'Karoon', 'karoon', 'COMPANY')];
    expect(owns(b, block)).toEqual([
      ['OWNS', 'cnooc', 'z64', '70%'],
      ['OWNS', 'karoon', 'z64', '30%'],
    ]);
  });

  it('leaves alone shares that say what they are of, shares of no ownership, a single share, and a passive’s shares', () => {
    const a = 'Cosco owns 60% of Chancay, and Volcan holds the remaining 40%.';
    expect(
      owns(a, [at(a, 'Cosco', 'cosco', 'COMPANY'), at(a, 'Chancay', 'chancay', 'INFRASTRUCTURE'), at(a, 'Volcan', 'volcan', 'COMPANY')]),
    ).toEqual([]);
    const b = 'Exports by Camposol rose 20% and those by Danper 15%.';
    expect(owns(b, [at(b, 'Camposol', 'camposol', 'COMPANY'), at(b, 'Danper', 'danper', 'COMPANY')])).toEqual([]);
    const c = 'Marinasol, in which Songa holds 51%, exports shrimp.';
    expect(owns(c, [at(c, 'Marinasol', 'marinasol', 'COMPANY'), at(c, 'Songa', 'songa', 'COMPANY')])).toEqual([]);
    // A passive names each owner after its share: the passive rules read it.
    const d = 'The line belongs to TADC, which is owned 75% by CSGI and 25% by Pachitea.';
    const ends = ['TADC', 'CSGI', 'Pachitea'].map((n) => at(d, n, n.toLowerCase(), 'COMPANY'));
    expect(owns(d, [at(d, 'The line', 'line', 'INFRASTRUCTURE'), ...ends])).toEqual([]);
  });

  it('gives the owner of "the remaining 30%" what the text last said was bought or owned, else the sentence’s subject', () => {
    const held = (text: string, inside: Endpoint[], h?: Endpoint) =>
      shareholderRelations({ text, sentence: { start: 0, end: text.length }, inside, ...(h ? { held: h } : {}) }).map((r) => [
        r.sourceId,
        r.targetId,
        r.trigger,
      ]);
    const pesquera = { kind: 'candidate' as const, id: 'pesquera', type: 'COMPANY', start: 0, end: 0 };
    const a = 'El paquete fue vendido por el Grupo Andes, que conservará el 30% restante.';
    expect(held(a, [at(a, 'Grupo Andes', 'andes', 'GROUP')], pesquera)).toEqual([['andes', 'pesquera', '30%']]);
    const b = 'She met the group’s chairman, Julio Tacora, who keeps the remaining 30% of the dealer.';
    expect(held(b, [at(b, 'Julio Tacora', 'julio', 'PERSON')], pesquera)).toEqual([['julio', 'pesquera', '30%']]);
    const c = 'Chancay es propiedad en un 60% de Cosco, mientras que Volcan posee el 40% restante.';
    const ends = [at(c, 'Chancay', 'chancay', 'INFRASTRUCTURE'), at(c, 'Cosco', 'cosco', 'COMPANY'), at(c, 'Volcan', 'volcan', 'COMPANY')];
    expect(held(c, ends)).toEqual([['volcan', 'chancay', '40%']]);
    // Nothing known to be of, or an owner who is not the subject of the verb that keeps the rest.
    expect(held(a, [at(a, 'Grupo Andes', 'andes', 'GROUP')])).toEqual([]);
    const d = 'Su presidente, Ana Ruiz, seguirá al frente de Tacora y conservará el 49 % restante.';
    expect(held(d, [at(d, 'Ana Ruiz', 'ruiz', 'PERSON'), at(d, 'Tacora', 'tacora', 'COMPANY')], pesquera)).toEqual([]);
  });

  it('makes the two owners or members of a joint venture or consortium partners, but not three shareholders', () => {
    const rels = (text: string, inside: Endpoint[]) =>
      shareholderRelations({ text, sentence: { start: 0, end: text.length }, inside }).map((r) => [r.type, r.sourceId, r.targetId]);
    const a = 'Shouxin is a joint venture of Shougang, which holds 50%, and Baiyin, which owns 40%.';
    const ends = ['Shouxin', 'Shougang', 'Baiyin'].map((n) => at(a, n, n.toLowerCase(), 'COMPANY'));
    expect(rels(a, ends)).toEqual([
      ['OWNS', 'shougang', 'shouxin'],
      ['OWNS', 'baiyin', 'shouxin'],
      ['PARTNERS_WITH', 'shougang', 'baiyin'],
    ]);
    const b =
      'ProInversión adjudicó el puerto al consorcio Puertos del Oriente, integrado por la china Anhui Port y la peruana Naviera Ucayali.';
    const members = ['Puertos del Oriente', 'Anhui Port', 'Naviera Ucayali'].map((n) =>
      at(b, n, n.split(' ')[0]!.toLowerCase(), 'COMPANY'),
    );
    expect(rels(b, members)).toEqual([['PARTNERS_WITH', 'anhui', 'naviera']]);
    const c = 'The mine belongs to a consortium in which MMG holds 62.5%, Guoxin 22.5% and CITIC 15%.';
    const three = ['MMG', 'Guoxin', 'CITIC'].map((n) => at(c, n, n.toLowerCase(), 'COMPANY'));
    expect(rels(c, [at(c, 'The mine', 'mine', 'INFRASTRUCTURE'), ...three]).map((r) => r[0])).toEqual(['OWNS', 'OWNS', 'OWNS']);
  });

  it('gives each owner the share it was read from as its quantity', () => {
    const text = 'The mine belongs to a consortium in which MMG holds 62.5%, Guoxin 22.5% and CITIC Metal 15%.';
    const inside = [
      at(text, 'The mine', 'lb', 'INFRASTRUCTURE'),
      at(text, 'MMG', 'mmg', 'COMPANY'),
      at(text, 'Guoxin', 'guoxin', 'COMPANY'),
      at(text, 'CITIC Metal', 'citic', 'COMPANY'),
    ];
    const shares = proposeRelationships({
      text,
      sentences: [{ start: 0, end: text.length }],
      endpoints: inside,
      countryOf: () => undefined,
    })
      .filter((r) => r.type === 'OWNS')
      .map((r) => [r.sourceId, r.targetId, r.quantities.map((q) => `${q.value}${q.unit}`).join(' ')]);
    expect(shares).toEqual([
      ['mmg', 'lb', '62.5%'],
      ['guoxin', 'lb', '22.5%'],
      ['citic', 'lb', '15%'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { nounPhraseRelations } from '../../src/analyze/noun-phrase-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const countryOf = (d: string): string | undefined =>
  /^(?:Peruvian|peruan[oa]s?)$/u.test(d) ? 'peru' : /^(?:Chinese|chin[oa]s?)$/u.test(d) ? 'china' : undefined;

/** Type, source and target of the noun-phrase relations of `text`. */
const relations = (text: string, inside: Endpoint[]) =>
  nounPhraseRelations({ text, inside, countryOf }).map((r) => [r.type, r.sourceId, r.targetId]);

describe('analyze: nounPhraseRelations', () => {
  it('affiliates a body with the country of a demonym in its apposition or predicate', () => {
    const a = 'Andes Motors, a Peruvian importer that sells buses, and Kunlun Auto (KA), la fabricante china que las arma, firmaron.';
    const inside = [
      at(a, 'Andes Motors', 'am', 'COMPANY'),
      at(a, 'Kunlun Auto', 'ka', 'COMPANY'),
      at(a, 'KA', 'ka', 'COMPANY', { from: a.indexOf('(') }),
    ];
    expect(relations(a, inside)).toEqual([
      ['AFFILIATED_WITH', 'am', 'peru'],
      ['AFFILIATED_WITH', 'ka', 'china'],
    ]);
    const b =
      'Banco Sur will be the second Peruvian lender in Bolivia. Minera Alta, la minera de capitales chinos que opera Cobre Uno, vendió.';
    expect(relations(b, [at(b, 'Banco Sur', 'bs', 'COMPANY'), at(b, 'Minera Alta', 'ma', 'COMPANY')])).toEqual([
      ['AFFILIATED_WITH', 'bs', 'peru'],
      ['AFFILIATED_WITH', 'ma', 'china'],
    ]);
  });

  it('affiliates a body with the country whose possessive opens its apposition, not with an ambassador’s', () => {
    const a = 'CNPC, China’s largest state oil group, has worked in Peru.';
    expect(
      relations(a, [at(a, 'CNPC', 'cnpc', 'COMPANY'), at(a, 'China', 'china', 'COUNTRY'), at(a, 'Peru', 'peru', 'COUNTRY')]),
    ).toContainEqual(['AFFILIATED_WITH', 'cnpc', 'china']);
    const b = 'It went to the Regional Government, Beijing’s ambassador, Zhao Minghui, said.';
    const inside = [
      at(b, 'Regional Government', 'rg', 'GOVERNMENT'),
      at(b, 'Beijing', 'china', 'COUNTRY'),
      at(b, 'Zhao Minghui', 'zhao', 'PERSON'),
    ];
    expect(relations(b, inside)).not.toContainEqual(['AFFILIATED_WITH', 'rg', 'china']);
    const c = 'TASA will supply Haid Group, one of China’s biggest feed makers.';
    expect(relations(c, [at(c, 'Haid Group', 'haid', 'COMPANY'), at(c, 'China', 'china', 'COUNTRY')])).toEqual([
      ['AFFILIATED_WITH', 'haid', 'china'],
    ]);
  });

  it('affiliates a body with the country of a demonym among plural nouns after "one of"', () => {
    const a = 'Camposol, one of the largest Peruvian growers, said it would ship.';
    expect(relations(a, [at(a, 'Camposol', 'camposol', 'COMPANY')])).toEqual([['AFFILIATED_WITH', 'camposol', 'peru']]);
    const b = 'Camposol, una de las mayores agroexportadoras peruanas, dijo que enviará fruta.';
    expect(relations(b, [at(b, 'Camposol', 'camposol', 'COMPANY')])).toEqual([['AFFILIATED_WITH', 'camposol', 'peru']]);
  });

  it('affiliates the body a description names with the country of the demonym in it', () => {
    const a = 'Later the Chinese company will install masts.';
    expect(relations(a, [at(a, 'the Chinese company', 'huawei', 'COMPANY')])).toEqual([['AFFILIATED_WITH', 'huawei', 'china']]);
  });

  it('locates a place in the country of the demonym its kind carries ("la provincia china de Zhejiang")', () => {
    const a = 'La misión llegó a la provincia china de Zhejiang.';
    expect(relations(a, [at(a, 'Zhejiang', 'zhejiang', 'PLACE')])).toEqual([['LOCATED_IN', 'zhejiang', 'china']]);
    const b = 'Ships call at the Chinese port city of Ningbo.';
    expect(relations(b, [at(b, 'Ningbo', 'ningbo', 'PLACE')])).toEqual([['LOCATED_IN', 'ningbo', 'china']]);
  });

  it('reads no affiliation from a list, a person, or a demonym without its noun', () => {
    const a = 'Andes Motors, the Peruvian embassy and the ministry met. Banco Sur, the Peruvian embassy, and Kunlun Auto met.';
    expect(relations(a, [at(a, 'Andes Motors', 'am', 'COMPANY'), at(a, 'Banco Sur', 'bs', 'COMPANY')])).toEqual([]);
    const c = 'Andes Motors, a Peruvian importer, and Kunlun Auto met.';
    expect(relations(c, [at(c, 'Andes Motors', 'am', 'COMPANY')])).toEqual([['AFFILIATED_WITH', 'am', 'peru']]);
    const b = 'Ana Ruiz, a Peruvian engineer, spoke. Andes Motors, a Peruvian, spoke.';
    expect(relations(b, [at(b, 'Ana Ruiz', 'ana', 'PERSON'), at(b, 'Andes Motors', 'am', 'COMPANY')])).toEqual([]);
  });

  it('reads a seat from "-based", "based in" and "con sede en"', () => {
    const a = 'The Arequipa-based Minera Alta and Banco Sur (BS), a small lender based in Cusco, signed.';
    const inside = [
      at(a, 'Arequipa', 'arequipa', 'PLACE'),
      at(a, 'Minera Alta', 'ma', 'COMPANY'),
      at(a, 'Banco Sur', 'bs', 'COMPANY'),
      at(a, 'BS', 'bs', 'COMPANY', { from: a.indexOf('(') }),
      at(a, 'Cusco', 'cusco', 'PLACE'),
    ];
    expect(relations(a, inside)).toEqual([
      ['HEADQUARTERED_IN', 'ma', 'arequipa'],
      ['HEADQUARTERED_IN', 'bs', 'cusco'],
    ]);
    const b = 'Kunlun Auto, con sede en la ciudad de Xi’an, y Andes Motors, a Lima-based importer, firmaron.';
    const inside2 = [
      at(b, 'Kunlun Auto', 'ka', 'COMPANY'),
      at(b, 'Xi’an', 'xian', 'PLACE'),
      at(b, 'Andes Motors', 'am', 'COMPANY'),
      at(b, 'Lima', 'lima', 'PLACE'),
    ];
    expect(relations(b, inside2)).toEqual([
      ['HEADQUARTERED_IN', 'ka', 'xian'],
      ['HEADQUARTERED_IN', 'am', 'lima'],
    ]);
  });

  it('locates a body where it has an office, or its relative clause says it opened one', () => {
    const a = 'Kunlun Auto, which builds buses in Xi’an, has an office in Lima.';
    const inside = [at(a, 'Kunlun Auto', 'ka', 'COMPANY'), at(a, 'Xi’an', 'xian', 'PLACE'), at(a, 'Lima', 'lima', 'PLACE')];
    expect(relations(a, inside)).toEqual([['LOCATED_IN', 'ka', 'lima']]);
    const c = 'The loan comes from Kunlun Bank, which opened a branch in Lima in 2022.';
    expect(relations(c, [at(c, 'Kunlun Bank', 'kb', 'COMPANY'), at(c, 'Lima', 'lima', 'PLACE')])).toEqual([['LOCATED_IN', 'kb', 'lima']]);
    const b = 'La oficina de Kunlun Auto en Lima y Banco Sur’s Cusco branch abrieron.';
    const inside2 = [
      at(b, 'Kunlun Auto', 'ka', 'COMPANY'),
      at(b, 'Lima', 'lima', 'PLACE'),
      at(b, 'Banco Sur', 'bs', 'COMPANY'),
      at(b, 'Cusco', 'cusco', 'PLACE'),
    ];
    expect(relations(b, inside2)).toEqual([
      ['LOCATED_IN', 'ka', 'lima'],
      ['LOCATED_IN', 'bs', 'cusco'],
    ]);
  });

  it('makes a subsidiary part of its parent', () => {
    const a = 'Andes Motors, the Peruvian arm of the Chinese carmaker Kunlun Auto, and Banco Sur’s mining unit, Minera Alta, signed.';
    const inside = [
      at(a, 'Andes Motors', 'am', 'COMPANY'),
      at(a, 'Kunlun Auto', 'ka', 'COMPANY'),
      at(a, 'Banco Sur', 'bs', 'COMPANY'),
      at(a, 'Minera Alta', 'ma', 'COMPANY'),
    ];
    expect(relations(a, inside).filter((r) => r[0] === 'PART_OF')).toEqual([
      ['PART_OF', 'am', 'ka'],
      ['PART_OF', 'ma', 'bs'],
    ]);
    const b = 'La filial peruana de Kunlun Auto, Andes Motors, firmó. Banco Sur subsidiary Minera Alta signed.';
    const inside2 = [
      at(b, 'Kunlun Auto', 'ka', 'COMPANY'),
      at(b, 'Andes Motors', 'am', 'COMPANY'),
      at(b, 'Banco Sur', 'bs', 'COMPANY'),
      at(b, 'Minera Alta', 'ma', 'COMPANY'),
    ];
    expect(relations(b, inside2)).toEqual([
      ['PART_OF', 'am', 'ka'],
      ['PART_OF', 'ma', 'bs'],
    ]);
  });
});

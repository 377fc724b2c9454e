import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/analyze/find-mentions.js';
import type { CatalogEntity } from '../../src/analyze/types.js';

const entity = (id: string, name: string, type: string, aliases: string[] = []): CatalogEntity => ({ id, name, type, aliases });
const find = (text: string, ...catalog: CatalogEntity[]) => findMentions({ text, catalog });
const PERU = entity('peru', 'Peru', 'COUNTRY', ['Perú']);

describe('analyze: findMentions', () => {
  it('carries an agreement’s name on through the two countries it is between, which are then no mentions of their own', () => {
    const fta = entity('fta', 'China–Peru FTA', 'AGREEMENT', ['Tratado de Libre Comercio']);
    const china = entity('china', 'China', 'COUNTRY');
    const texts = (text: string) => find(text, fta, PERU, china).map((m) => [m.entityId, m.text]);
    expect(texts('Revisaron el Tratado de Libre Comercio Perú-China ayer.')).toEqual([['fta', 'Tratado de Libre Comercio Perú-China']]);
    expect(texts('bajo el Tratado de Libre Comercio entre el Perú y China.')).toEqual([
      ['fta', 'Tratado de Libre Comercio entre el Perú y China'],
    ]);
    // And back through the two countries before its short name.
    const short = entity('fta', 'Free Trade Agreement', 'AGREEMENT', ['FTA']);
    expect(find('The China–Peru FTA took effect in 2010.', short, PERU, china).map((m) => [m.entityId, m.text])).toEqual([
      ['fta', 'China–Peru FTA'],
    ]);
    expect(find('Peru and China signed the FTA.', short, PERU, china).map((m) => m.entityId)).toEqual(['peru', 'china', 'fta']);
    // Not past a country of a clause of its own.
    expect(texts('El Tratado de Libre Comercio rige y Perú exporta a China.')).toEqual([
      ['fta', 'Tratado de Libre Comercio'],
      ['peru', 'Perú'],
      ['china', 'China'],
    ]);
  });

  it('reports the name or alias written as in the text, with UTF-16 offsets', () => {
    expect(find('Perú and Peru and PERU', PERU)).toEqual([
      { entityId: 'peru', matched: 'Perú', start: 0, end: 4, text: 'Perú' },
      { entityId: 'peru', matched: 'Peru', start: 9, end: 13, text: 'Peru' },
      { entityId: 'peru', matched: 'Peru', start: 18, end: 22, text: 'PERU' },
    ]);
  });

  it('takes "Chancay" of an English "the port of Chancay", and the whole Spanish "el puerto de Chancay"', () => {
    const port = entity('chancay-port', 'Chancay Port', 'INFRASTRUCTURE', ['Chancay', 'Port of Chancay', 'Puerto de Chancay']);
    expect(find('at the port of Chancay and the Port of Chancay', port).map((m) => m.text)).toEqual(['Chancay', 'Port of Chancay']);
    expect(find('inauguraron el puerto de Chancay', port).map((m) => m.text)).toEqual(['puerto de Chancay']);
  });

  it('matches whole words only in Latin script, a hyphen being a word boundary', () => {
    expect(find('Peruvian Peru-based', PERU)).toEqual([{ entityId: 'peru', matched: 'Peru', start: 9, end: 13, text: 'Peru' }]);
  });

  it('matches a short all-capitals alias in capitals only, taking a trailing full stop along', () => {
    const usa = entity('usa', 'United States', 'COUNTRY', ['U.S.']);
    expect(find('The U.S. and US and us', usa)).toEqual([
      { entityId: 'usa', matched: 'U.S.', start: 4, end: 8, text: 'U.S.' },
      { entityId: 'usa', matched: 'U.S.', start: 13, end: 15, text: 'US' },
    ]);
  });

  it('finds a person by a capitalised surname when only that person has it', () => {
    const mucho = entity('romulo-mucho', 'Rómulo Mucho', 'PERSON');
    expect(find('Mucho said. mucho.', mucho)).toEqual([{ entityId: 'romulo-mucho', matched: 'Mucho', start: 0, end: 5, text: 'Mucho' }]);
  });

  it('takes no surname two people share, one that is another entity’s name, one under three letters, or a non-person’s', () => {
    expect(find('Mucho said.', entity('romulo-mucho', 'Rómulo Mucho', 'PERSON'), entity('ana-mucho', 'Ana Mucho', 'PERSON'))).toEqual([]);
    expect(find('Mucho said.', entity('romulo-mucho', 'Rómulo Mucho', 'PERSON'), entity('mucho-sa', 'Mucho', 'COMPANY'))).toEqual([
      { entityId: 'mucho-sa', matched: 'Mucho', start: 0, end: 5, text: 'Mucho' },
    ]);
    expect(find('Li said.', entity('wei-li', 'Wei Li', 'PERSON'))).toEqual([]);
    expect(find('Lima said.', entity('ana-lima', 'Ana Lima', 'COMPANY'))).toEqual([]);
  });

  it('finds a Chinese person by the surname written first, and the one congress or free trade agreement by its short name', () => {
    expect(find('Xi said.', entity('xi-jinping', 'Xi Jinping', 'PERSON')).map((m) => m.entityId)).toEqual(['xi-jinping']);
    const congress = entity('peru-congress', 'Congress of Peru', 'GOVERNMENT', ['Congreso de la República']);
    const fta = entity('fta', 'China–Peru Free Trade Agreement', 'AGREEMENT');
    expect(find('El Congreso aprobó el TLC; the FTA, the congress.', congress, fta).map((m) => [m.entityId, m.text])).toEqual([
      ['peru-congress', 'Congreso'],
      ['fta', 'TLC'],
      ['fta', 'FTA'],
    ]);
    // "Xi’an" is a city, not Xi; "Xi’s" is his.
    expect(find('Xi’an and Xi’s visit', entity('xi-jinping', 'Xi Jinping', 'PERSON')).map((m) => m.text)).toEqual(['Xi']);
    // Two agreements of the kind: "the FTA" names neither.
    const other = entity('peru-us-fta', 'Peru–United States Free Trade Agreement', 'AGREEMENT');
    expect(find('the FTA', fta, other)).toEqual([]);
  });

  it('keeps the longest of overlapping matches', () => {
    const china = entity('china', 'China', 'COUNTRY', ['中国']);
    const daily = entity('china-daily', 'China Daily', 'MEDIA', ['中国日报']);
    expect(find('China Daily on China', china, daily)).toEqual([
      { entityId: 'china-daily', matched: 'China Daily', start: 0, end: 11, text: 'China Daily' },
      { entityId: 'china', matched: 'China', start: 15, end: 20, text: 'China' },
    ]);
    expect(find('中国日报说中国', china, daily)).toEqual([
      { entityId: 'china-daily', matched: '中国日报', start: 0, end: 4, text: '中国日报' },
      { entityId: 'china', matched: '中国', start: 5, end: 7, text: '中国' },
    ]);
  });

  it('gives one mention to each entity named so, in id order, an alias only when no entity has it as its name', () => {
    const found = find(
      'Lima',
      entity('lima-b', 'Lima', 'PLACE'),
      entity('lima-a', 'Lima', 'PLACE'),
      entity('lima-c', 'Province', 'PLACE', ['Lima']),
    );
    expect(found.map((m) => m.entityId)).toEqual(['lima-a', 'lima-b']);
    expect(find('Lima', entity('lima-c', 'Province', 'PLACE', ['Lima'])).map((m) => m.entityId)).toEqual(['lima-c']);
  });

  it('finds a people’s republic by its Spanish name', () => {
    const china = entity('china', 'China', 'COUNTRY', ["People's Republic of China"]);
    expect(find('La República Popular China y la República Popular de China', china).map((m) => m.text)).toEqual([
      'República Popular China',
      'República Popular de China',
    ]);
  });

  it('finds an initiative without its kind word, or with the Spanish one before its Spanish name', () => {
    const bri = entity('bri', 'Belt and Road Initiative', 'INITIATIVE', ['la Franja y la Ruta']);
    const texts = (text: string) => find(text, bri).map((m) => m.text);
    expect(texts('Peru joined the Belt and Road in 2019; the Belt and Road Initiative grew.')).toEqual([
      'Belt and Road',
      'Belt and Road Initiative',
    ]);
    expect(texts('Se adhirió a la Iniciativa de la Franja y la Ruta, no a la Franja y la Ruta.')).toEqual([
      'Iniciativa de la Franja y la Ruta',
      'la Franja y la Ruta',
    ]);
    expect(texts('a belt and road network')).toEqual([]);
    // Not inside a longer name.
    expect(texts('the Belt and Road Forum opened')).toEqual([]);
  });

  it('takes a legal form after a known company’s name into the mention', () => {
    const mmg = entity('mmg', 'MMG', 'COMPANY');
    const huawei = entity('huawei', 'Huawei', 'COMPANY', ['Huawei Technologies']);
    expect(find('MMG Ltd owns it; Huawei Technologies Co., Ltd. and MMG, Inc. too.', mmg, huawei).map((m) => m.text)).toEqual([
      'MMG Ltd',
      'Huawei Technologies Co., Ltd.',
      'MMG, Inc.',
    ]);
    expect(find('MMG Limitada and MMG Cobre', mmg).map((m) => m.text)).toEqual(['MMG', 'MMG']);
  });

  it('finds nothing with an empty catalog or names that fold to nothing', () => {
    expect(find('Peru')).toEqual([]);
    expect(find('Peru !!', entity('x', '  ', 'PLACE', ['!!']))).toEqual([]);
  });
  it('takes no country from a currency’s prefix ("US$ 3.590 millones")', () => {
    const catalog = [{ id: 'united-states', name: 'United States', type: 'COUNTRY', aliases: ['US'] }];
    expect(findMentions({ text: 'La venta por US$ 2.900 millones', catalog })).toEqual([]);
    expect(findMentions({ text: 'The US said no', catalog }).map((m) => m.entityId)).toEqual(['united-states']);
  });
});

import { describe, expect, it } from 'vitest';
import { structureRelations } from '../../src/analyze/structure-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const relations = (text: string, inside: Endpoint[]) => structureRelations({ text, inside }).map((r) => [r.type, r.sourceId, r.targetId]);

describe('analyze: structureRelations', () => {
  it('locates past a direction, a jungle or a demonym, a city in its country, a facility in its host place; owns as a premodifier', () => {
    const two = (text: string, a: [string, string], b: [string, string]) =>
      relations(text, [at(text, a[0], a[0].toLowerCase(), a[1]), at(text, b[0], b[0].toLowerCase(), b[1])]);
    expect(two('cadets from the Dalian Academy, in northeastern China.', ['Dalian Academy', 'ORGANIZATION'], ['China', 'COUNTRY'])).toEqual(
      [['LOCATED_IN', 'dalian academy', 'china']],
    );
    expect(two('It will develop Block 58, in the jungle of the Cusco region.', ['Block 58', 'INFRASTRUCTURE'], ['Cusco', 'PLACE'])).toEqual(
      [['LOCATED_IN', 'block 58', 'cusco']],
    );
    expect(two('Tiene sede en Wuhu, en la provincia china de Anhui.', ['Wuhu', 'PLACE'], ['Anhui', 'PLACE'])).toEqual([
      ['LOCATED_IN', 'wuhu', 'anhui'],
    ]);
    expect(two('La feria es en Xiamen, una ciudad del sureste de China.', ['Xiamen', 'PLACE'], ['China', 'COUNTRY'])).toEqual([
      ['LOCATED_IN', 'xiamen', 'china'],
    ]);
    expect(two('La región Moquegua ya alberga la mina Quellaveco.', ['Moquegua', 'PLACE'], ['Quellaveco', 'INFRASTRUCTURE'])).toEqual([
      ['LOCATED_IN', 'quellaveco', 'moquegua'],
    ]);
    expect(two('The Cosco-owned Chancay Port grew.', ['Cosco', 'COMPANY'], ['Chancay Port', 'INFRASTRUCTURE'])).toEqual([
      ['OWNS', 'cosco', 'chancay port'],
    ]);
    expect(two('bids from ISA of Colombia came', ['ISA', 'COMPANY'], ['Colombia', 'COUNTRY'])).toEqual([
      ['AFFILIATED_WITH', 'isa', 'colombia'],
    ]);
    // Not a place of no kind: "el cuarto en China" is the fourth consulate, "the seat of Peru's ministry" no city of Peru.
    expect(two('un consulado en Chengdu, el cuarto en China.', ['Chengdu', 'PLACE'], ['China', 'COUNTRY'])).toEqual([]);
  });

  it('locates a facility or place in the place after "in" or "also in", an aside, a region word or a demonym’s city between', () => {
    const a = 'Toromocho, in the Junín region, is operated by Chinalco.';
    expect(relations(a, [at(a, 'Toromocho', 'toromocho', 'INFRASTRUCTURE'), at(a, 'Junín', 'junin', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'toromocho', 'junin'],
    ]);
    const b = 'el proyecto Falchani, en Puno, por US$ 180 millones';
    expect(relations(b, [at(b, 'Falchani', 'falchani', 'INFRASTRUCTURE'), at(b, 'Puno', 'puno', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'falchani', 'puno'],
    ]);
    const c = 'Engie runs the Punta Lomitas wind farm, also in Ica.';
    expect(relations(c, [at(c, 'Punta Lomitas', 'pl', 'INFRASTRUCTURE'), at(c, 'Ica', 'ica', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'pl', 'ica'],
    ]);
    const d = 'bronzes lent by the Sanxingdui Museum, a museum in the Chinese city of Guanghan, arrived';
    expect(relations(d, [at(d, 'Sanxingdui Museum', 'sm', 'ORGANIZATION'), at(d, 'Guanghan', 'gh', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'sm', 'gh'],
    ]);
  });

  it('affiliates a person with the body an apposition makes them a member of, and a lawmaker with a committee after "de la"', () => {
    const a = 'Ana Ruiz, a member of the Defence Committee of the Congress, asked for the text.';
    expect(relations(a, [at(a, 'Ana Ruiz', 'ruiz', 'PERSON'), at(a, 'Defence Committee', 'committee', 'GOVERNMENT')])).toEqual([
      ['AFFILIATED_WITH', 'ruiz', 'committee'],
    ]);
    const b = 'El congresista Juan Soto, de la Comisión de Defensa Nacional, cuestionó la compra.';
    expect(relations(b, [at(b, 'Juan Soto', 'soto', 'PERSON'), at(b, 'Comisión de Defensa Nacional', 'comision', 'GOVERNMENT')])).toEqual([
      ['AFFILIATED_WITH', 'soto', 'comision'],
    ]);
    // A ministry after "de la" is no committee of the person's.
    const c = 'La ministra Ana Ruiz, de la Cancillería, habló.';
    expect(relations(c, [at(c, 'Ana Ruiz', 'ruiz', 'PERSON'), at(c, 'Cancillería', 'mre', 'GOVERNMENT')])).toEqual([]);
  });

  it('locates a facility near a place, and a town in the part of a region ("in the highlands of the Piura region")', () => {
    const a = 'The line ends at the Poroma substation, near Nazca.';
    expect(relations(a, [at(a, 'Poroma', 'poroma', 'INFRASTRUCTURE'), at(a, 'Nazca', 'nazca', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'poroma', 'nazca'],
    ]);
    const b = 'They met in the town of Huancabamba, in the highlands of the Piura region.';
    expect(relations(b, [at(b, 'Huancabamba', 'hb', 'PLACE'), at(b, 'Piura', 'piura', 'PLACE')])).toEqual([['LOCATED_IN', 'hb', 'piura']]);
  });

  it('locates a place in the larger one its kind names: "X district of the Y region", "X, distrito de Y", "X, región Y"', () => {
    const a = 'Communities of Chumbivilcas province, in the Cusco region, blocked it.';
    expect(relations(a, [at(a, 'Chumbivilcas', 'ch', 'PLACE'), at(a, 'Cusco', 'cusco', 'PLACE')])).toEqual([['LOCATED_IN', 'ch', 'cusco']]);
    const b = 'It lies in the Morococha district of the Junín region.';
    expect(relations(b, [at(b, 'Morococha', 'mo', 'PLACE'), at(b, 'Junín', 'junin', 'PLACE')])).toEqual([['LOCATED_IN', 'mo', 'junin']]);
    const c = 'Fue en Challhuahuacho, distrito de la provincia de Cotabambas.';
    expect(relations(c, [at(c, 'Challhuahuacho', 'chl', 'PLACE'), at(c, 'Cotabambas', 'co', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'chl', 'co'],
    ]);
    const d = 'Está en la provincia de Castilla, región Arequipa.';
    expect(relations(d, [at(d, 'Castilla', 'ca', 'PLACE'), at(d, 'Arequipa', 'aq', 'PLACE')])).toEqual([['LOCATED_IN', 'ca', 'aq']]);
    // Two places listed are not one inside the other.
    const e = 'It serves the Morococha and Junín districts.';
    expect(relations(e, [at(e, 'Morococha', 'mo', 'PLACE'), at(e, 'Junín', 'junin', 'PLACE')])).toEqual([]);
  });

  it('locates a place in the country or region whose city or port an apposition says it is', () => {
    const a = 'a sister-city agreement with Arequipa, Peru’s second city, whose mayor attended.';
    expect(relations(a, [at(a, 'Arequipa', 'arequipa', 'PLACE'), at(a, 'Peru', 'peru', 'COUNTRY')])).toEqual([
      ['LOCATED_IN', 'arequipa', 'peru'],
    ]);
    const b = 'the ships docked at Callao, Peru’s busiest port, and Chancay, Peru’s new hope.';
    const inside = [at(b, 'Callao', 'callao', 'PLACE'), at(b, 'Peru', 'peru', 'COUNTRY'), at(b, 'Chancay', 'chancay', 'INFRASTRUCTURE')];
    expect(relations(b, [...inside, at(b, 'Peru', 'peru', 'COUNTRY', { from: b.indexOf('Chancay') })])).toEqual([
      ['LOCATED_IN', 'callao', 'peru'],
    ]);
  });

  it('seats a body where it was founded or keeps offices, in a town after "of" or "from", and in a place it is the seat of', () => {
    const seat = (text: string, inside: Endpoint[]) => relations(text, inside).filter(([type]) => type === 'HEADQUARTERED_IN');
    const a = 'Geely, fundada en Hangzhou en 1986, es accionista de Volvo.';
    expect(seat(a, [at(a, 'Geely', 'geely', 'COMPANY'), at(a, 'Hangzhou', 'hangzhou', 'PLACE')])).toEqual([
      ['HEADQUARTERED_IN', 'geely', 'hangzhou'],
    ]);
    const b = 'it paid Sempra Energy, of San Diego, $3.59bn for its stake.';
    expect(seat(b, [at(b, 'Sempra Energy', 'sempra', 'COMPANY'), at(b, 'San Diego', 'sd', 'PLACE')])).toEqual([
      ['HEADQUARTERED_IN', 'sempra', 'sd'],
    ]);
    const c = 'will be operated by Sky Silk Cargo, a logistics firm from Shenzhen.';
    expect(seat(c, [at(c, 'Sky Silk Cargo', 'ssc', 'COMPANY'), at(c, 'Shenzhen', 'shenzhen', 'PLACE')])).toEqual([
      ['HEADQUARTERED_IN', 'ssc', 'shenzhen'],
    ]);
    // A town's company in an apposition, in English and Spanish word order.
    const e = 'Andes Holding, a Shanghai battery company, makes cells; Tacora, una empresa de baterías de Ica, también.';
    const towns = ['Andes Holding', 'Shanghai', 'Tacora', 'Ica'].map((n, i) => at(e, n, n.toLowerCase(), i % 2 ? 'PLACE' : 'COMPANY'));
    expect(seat(e, towns)).toEqual([
      ['HEADQUARTERED_IN', 'andes holding', 'shanghai'],
      ['HEADQUARTERED_IN', 'tacora', 'ica'],
    ]);
    const d = 'El miércoles viajará a Shenzhen, sede de Huawei, y luego a Shanghái.';
    expect(seat(d, [at(d, 'Shenzhen', 'shenzhen', 'PLACE'), at(d, 'Huawei', 'huawei', 'COMPANY')])).toEqual([
      ['HEADQUARTERED_IN', 'huawei', 'shenzhen'],
    ]);
  });

  it('seats the subject after an opening "Founded in X (in 1995),", and no body before it', () => {
    const seat = (text: string, inside: Endpoint[]) => relations(text, inside).filter(([type]) => type === 'HEADQUARTERED_IN');
    const a = 'Founded in Shenzhen in 1995, BYD overtook Tesla.';
    expect(seat(a, [at(a, 'Shenzhen', 'shenzhen', 'PLACE'), at(a, 'BYD', 'byd', 'COMPANY'), at(a, 'Tesla', 'tesla', 'COMPANY')])).toEqual([
      ['HEADQUARTERED_IN', 'byd', 'shenzhen'],
    ]);
  });

  it('makes a place host an event held in it ("the APEC summit in Lima", "the expo, held every year in Shanghai")', () => {
    const a = 'They met during the APEC summit in Lima in November.';
    expect(relations(a, [at(a, 'APEC summit', 'apec', 'EVENT'), at(a, 'Lima', 'lima', 'PLACE')])).toEqual([['HOSTED', 'lima', 'apec']]);
    const b = 'The CIIE, held every year in Shanghai, drew exporters.';
    expect(relations(b, [at(b, 'CIIE', 'ciie', 'EVENT'), at(b, 'Shanghai', 'sh', 'PLACE')])).toEqual([['HOSTED', 'sh', 'ciie']]);
  });

  it('seats a body in the place after "con sede en"/"based in", past an apposition, and before "headquarters of"', () => {
    const a = 'Las plantas pertenecen a Marinasol, la mayor productora del país, con sede en Zorritos.';
    expect(relations(a, [at(a, 'Marinasol', 'ms', 'COMPANY'), at(a, 'Zorritos', 'zo', 'PLACE')])).toEqual([
      ['HEADQUARTERED_IN', 'ms', 'zo'],
    ]);
    const b = 'Mucho visited the Changsha headquarters of China Nonferrous Metal Mining Group.';
    const ends = [at(b, 'Changsha', 'cs', 'PLACE'), at(b, 'China Nonferrous Metal Mining Group', 'cnmc', 'COMPANY')];
    expect(relations(b, ends)).toEqual([['HEADQUARTERED_IN', 'cnmc', 'cs']]);
  });

  it('locates neither a company nor an event (a place hosts an event), and nothing in a person', () => {
    const a = 'Huawei in Lima and the APEC summit in Lima';
    const inside = [at(a, 'Huawei', 'huawei', 'COMPANY'), at(a, 'Lima', 'lima', 'PLACE'), at(a, 'APEC summit', 'apec', 'EVENT')];
    expect(relations(a, [...inside, at(a, 'Lima', 'lima', 'PLACE', { from: 30 })])).toEqual([['HOSTED', 'lima', 'apec']]);
  });

  it('locates a utility where an apposition says it serves, and no company where it is based', () => {
    const a = 'Cálidda, la distribuidora de gas de Lima, creció.';
    expect(relations(a, [at(a, 'Cálidda', 'calidda', 'COMPANY'), at(a, 'Lima', 'lima', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'calidda', 'lima'],
    ]);
    const b = 'Mindray, a device maker based in Shenzhen, made it.';
    expect(relations(b, [at(b, 'Mindray', 'mindray', 'COMPANY'), at(b, 'Shenzhen', 'shenzhen', 'PLACE')])).not.toContainEqual([
      'LOCATED_IN',
      'mindray',
      'shenzhen',
    ]);
  });

  it('makes a committee part of the body after "of", and a possessor’s centre part of it', () => {
    const a = 'the Transport Committee of the Congress of the Republic will meet';
    const committee = at(a, 'Transport Committee', 'committee', 'GOVERNMENT');
    expect(relations(a, [committee, at(a, 'Congress of the Republic', 'congress', 'GOVERNMENT')])).toEqual([
      ['PART_OF', 'committee', 'congress'],
    ]);
    const b = 'according to Boston University’s Global Development Policy Center';
    const inside = [at(b, 'Boston University', 'bu', 'ORGANIZATION'), at(b, 'Global Development Policy Center', 'gdpc', 'ORGANIZATION')];
    expect(relations(b, inside)).toEqual([['PART_OF', 'gdpc', 'bu']]);
  });

  it('locates a place in the region in brackets after it, and seats a company in the town after ", de"', () => {
    const a = 'La cooperativa de San Ignacio (Cajamarca) vende café.';
    expect(relations(a, [at(a, 'San Ignacio', 'san-ignacio', 'PLACE'), at(a, 'Cajamarca', 'cajamarca', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'san-ignacio', 'cajamarca'],
    ]);
    const b = 'La marca Amazonas Chocolate, de Chachapoyas, firmó un contrato.';
    expect(relations(b, [at(b, 'Amazonas Chocolate', 'ac', 'COMPANY'), at(b, 'Chachapoyas', 'chachapoyas', 'PLACE')])).toEqual([
      ['HEADQUARTERED_IN', 'ac', 'chachapoyas'],
    ]);
  });

  it('locates a named facility past its common noun, in a compass part or an adjective’s region, and gives a person’s party', () => {
    const a = 'The Sol solar farm in Moquegua opened.';
    expect(relations(a, [at(a, 'Sol', 'sol', 'INFRASTRUCTURE'), at(a, 'Moquegua', 'moquegua', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'sol', 'moquegua'],
    ]);
    const b = 'Corío, a planned terminal in the southern Arequipa region, waits.';
    expect(relations(b, [at(b, 'Corío', 'corio', 'INFRASTRUCTURE'), at(b, 'Arequipa', 'arequipa', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'corio', 'arequipa'],
    ]);
    const c = 'La mina Quellaveco, en el sur de Perú, produce cobre.';
    expect(relations(c, [at(c, 'Quellaveco', 'q', 'INFRASTRUCTURE'), at(c, 'Perú', 'peru', 'COUNTRY')])).toEqual([
      ['LOCATED_IN', 'q', 'peru'],
    ]);
    const d = 'El congresista Jorge Pinedo, de Renovación Popular, votó.';
    expect(relations(d, [at(d, 'Jorge Pinedo', 'pinedo', 'PERSON'), at(d, 'Renovación Popular', 'rp', 'ORGANIZATION')])).toEqual([
      ['AFFILIATED_WITH', 'pinedo', 'rp'],
    ]);
  });

  it('makes the two sides of an agreement between them partners', () => {
    const text = 'under an agreement between Imarpe, the state marine institute, and Shanghai Ocean University.';
    const inside = [at(text, 'Imarpe', 'imarpe', 'GOVERNMENT'), at(text, 'Shanghai Ocean University', 'shou', 'ORGANIZATION')];
    expect(relations(text, inside)).toEqual([['PARTNERS_WITH', 'imarpe', 'shou']]);
  });
  it('locates an institution or facility from an apposition, a participle’s phrase or "de" after a comma', () => {
    const a = 'doctors from Ruijin Hospital, a public hospital in Shanghai, will train staff';
    expect(relations(a, [at(a, 'Ruijin Hospital', 'ruijin', 'ORGANIZATION'), at(a, 'Shanghai', 'shanghai', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'ruijin', 'shanghai'],
    ]);
    const b = 'la represa Chaglla, construida por Odebrecht en la provincia de Pachitea, produce';
    const inside = [
      at(b, 'Chaglla', 'chaglla', 'INFRASTRUCTURE'),
      at(b, 'Odebrecht', 'odebrecht', 'COMPANY'),
      at(b, 'Pachitea', 'pachitea', 'PLACE'),
    ];
    expect(relations(b, inside)).toEqual([['LOCATED_IN', 'chaglla', 'pachitea']]);
    const c = 'piezas del Museo Provincial de Shaanxi, de Xi’an, llegan';
    expect(relations(c, [at(c, 'Museo Provincial de Shaanxi', 'museo', 'ORGANIZATION'), at(c, 'Xi’an', 'xian', 'PLACE')])).toEqual([
      ['LOCATED_IN', 'museo', 'xian'],
    ]);
  });

  it('locates nothing in a place an apposition puts a direction from ("the port north of Lima")', () => {
    const a = 'She pointed to Chancay, the port north of Lima, as an example';
    expect(relations(a, [at(a, 'Chancay', 'chancay', 'INFRASTRUCTURE'), at(a, 'Lima', 'lima', 'PLACE')])).toEqual([]);
  });

  it('takes no verb phrase after a comma for an apposition', () => {
    const a = 'Cusco, will host three fairs in Lima';
    expect(relations(a, [at(a, 'Cusco', 'cusco', 'PLACE'), at(a, 'Lima', 'lima', 'PLACE')])).toEqual([]);
  });

  it('places a body’s headquarters: "the headquarters of X in Y"', () => {
    const a = 'she visited the headquarters of Xiaomi in Beijing';
    expect(relations(a, [at(a, 'Xiaomi', 'xiaomi', 'COMPANY'), at(a, 'Beijing', 'beijing', 'PLACE')])).toEqual([
      ['HEADQUARTERED_IN', 'xiaomi', 'beijing'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { bodyTitleRelations, relationOfBodyTitle } from '../../src/analyze/body-title-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const relations = (text: string, inside: Endpoint[]) => bodyTitleRelations({ text, inside }).map((r) => [r.type, r.sourceId, r.targetId]);

describe('analyze: bodyTitleRelations', () => {
  it('reads an office from a possessive without a comma, a body modifying the title after a name, and an appointment', () => {
    const two = (text: string, a: [string, string], b: [string, string]) =>
      relations(
        text,
        [at(text, a[0], a[0].toLowerCase(), a[1]), at(text, b[0], b[0].toLowerCase(), b[1])].sort((x, y) => x.start - y.start),
      );
    const zhang: [string, string] = ['Zhang Wei', 'PERSON'];
    const zijin: [string, string] = ['Zijin', 'COMPANY'];
    expect(two('Zijin’s chairman Zhang Wei said output would rise.', zijin, zhang)).toEqual([['LEADS', 'zhang wei', 'zijin']]);
    expect(two('Zhang Wei, the Zijin chairman, said output would rise.', zhang, zijin)).toEqual([['LEADS', 'zhang wei', 'zijin']]);
    expect(two('Zhang Wei, a Zijin spokesman, said output would rise.', zhang, zijin)).toEqual([['AFFILIATED_WITH', 'zhang wei', 'zijin']]);
    expect(two('Zijin named Zhang Wei as its new chief executive.', zijin, zhang)).toEqual([['LEADS', 'zhang wei', 'zijin']]);
    expect(two('Zijin designó a Zhang Wei como su nuevo gerente general.', zijin, zhang)).toEqual([['LEADS', 'zhang wei', 'zijin']]);
    // Not a rival: no office.
    expect(two('Zijin’s rival Zhang Wei said output would rise.', zijin, zhang)).toEqual([]);
  });

  it('makes a body and its partner, distributor or client named after a possessive partners', () => {
    const a = 'Changan studies a plant with its Peruvian distributor, Derco.';
    const ends = [at(a, 'Changan', 'changan', 'COMPANY'), at(a, 'its', 'changan', 'COMPANY'), at(a, 'Derco', 'derco', 'COMPANY')];
    expect(relations(a, ends)).toEqual([['PARTNERS_WITH', 'changan', 'derco']]);
    const b = 'Xiaomi abrirá tiendas con Changan’s socio, el grupo Deltron.';
    expect(relations(b, [at(b, 'Changan', 'changan', 'COMPANY'), at(b, 'Deltron', 'deltron', 'COMPANY')])).toEqual([
      ['PARTNERS_WITH', 'changan', 'deltron'],
    ]);
  });

  it('makes the owner or parent named after a possessive the owner of the possessor, and its operator the operator', () => {
    const a = 'Tacora Mining’s owner, Andes Holding, said the mine would grow.';
    expect(relations(a, [at(a, 'Tacora Mining', 'tacora', 'COMPANY'), at(a, 'Andes Holding', 'andes', 'COMPANY')])).toEqual([
      ['OWNS', 'andes', 'tacora'],
    ]);
    const b = 'Pluz repuso el servicio. Su matriz, CSGI, es filial de China Southern Power Grid.';
    expect(relations(b, [at(b, 'Su', 'pluz', 'COMPANY'), at(b, 'CSGI', 'csgi', 'COMPANY')])).toEqual([['OWNS', 'csgi', 'pluz']]);
    const c = 'The Tacora Port’s operator, Andes Holding, reported losses.';
    expect(relations(c, [at(c, 'Tacora Port', 'port', 'INFRASTRUCTURE'), at(c, 'Andes Holding', 'andes', 'COMPANY')])).toEqual([
      ['OPERATES', 'andes', 'port'],
    ]);
  });

  it('reads a title between a body’s name and a person, and a member "for" or "at" a body', () => {
    const a = 'Tacora chairwoman Ana Torres and Arequipa governor Luis Paz spoke; Eva Ruiz, an executive at Sur Energy, too.';
    const ends = [
      at(a, 'Tacora', 'tacora', 'COMPANY'),
      at(a, 'Ana Torres', 'ana', 'PERSON'),
      at(a, 'Arequipa', 'arequipa', 'PLACE'),
      at(a, 'Luis Paz', 'luis', 'PERSON'),
      at(a, 'Eva Ruiz', 'eva', 'PERSON'),
      at(a, 'Sur Energy', 'sur', 'COMPANY'),
    ];
    expect(relations(a, ends)).toEqual([
      ['LEADS', 'ana', 'tacora'],
      ['LEADS', 'luis', 'arequipa'],
      ['AFFILIATED_WITH', 'eva', 'sur'],
    ]);
  });

  it('reads past an adjective of time, and knows a counsellor and an attaché hold an office', () => {
    expect(relationOfBodyTitle('nuevo embajador')).toBe('HOLDS_OFFICE_IN');
    expect(relationOfBodyTitle('former chairman')).toBe('LEADS');
    expect(relationOfBodyTitle('consejera cultural')).toBe('HOLDS_OFFICE_IN');
    expect(relationOfBodyTitle('agregado')).toBe('HOLDS_OFFICE_IN');
  });

  it('reads a possessive title with a lower-case scope ("su gerente en el país, X") as the body’s', () => {
    const a = 'China Telecom llegó en 2016. Su gerente en el país, Zhao Ming, se reunió con Boluarte.';
    const ends = [at(a, 'China Telecom', 'ct', 'COMPANY'), at(a, 'Su', 'ct', 'COMPANY'), at(a, 'Zhao Ming', 'zhao', 'PERSON')];
    expect(relations(a, ends)).toEqual([['LEADS', 'zhao', 'ct']]);
  });

  it('tells a head, another office and a representative apart by the title', () => {
    expect(relationOfBodyTitle('rectora')).toBe('LEADS');
    expect(relationOfBodyTitle('presidenta ejecutiva')).toBe('LEADS');
    expect(relationOfBodyTitle('general manager')).toBe('LEADS');
    expect(relationOfBodyTitle('chief executive')).toBe('LEADS');
    expect(relationOfBodyTitle('gerenta general')).toBe('LEADS');
    expect(relationOfBodyTitle('vicerrector')).toBe('HOLDS_OFFICE_IN');
    expect(relationOfBodyTitle('embajador')).toBe('HOLDS_OFFICE_IN');
    expect(relationOfBodyTitle('representante')).toBe('AFFILIATED_WITH');
    expect(relationOfBodyTitle('weather')).toBeUndefined();
  });

  it('relates the person after a comma to the body after "of/de", across an acronym, a portfolio or a place', () => {
    const a = 'La decana de la Universidad Agraria, Rosa Díaz, firmó.';
    expect(relations(a, [at(a, 'Universidad Agraria', 'una', 'ORGANIZATION'), at(a, 'Rosa Díaz', 'rosa', 'PERSON')])).toEqual([
      ['LEADS', 'rosa', 'una'],
    ]);
    // A mayor leads the city itself.
    const town = 'El alcalde provincial de Ilo, Humberto Ticona, advirtió.';
    expect(relations(town, [at(town, 'Ilo', 'ilo', 'PLACE'), at(town, 'Humberto Ticona', 'ticona', 'PERSON')])).toEqual([
      ['LEADS', 'ticona', 'ilo'],
    ]);
    const b = 'El viceministro de Comercio Exterior del Mincetur (MCT), Juan Soto, viajó.';
    expect(relations(b, [at(b, 'Mincetur', 'mincetur', 'GOVERNMENT'), at(b, 'Juan Soto', 'soto', 'PERSON')])).toEqual([
      ['HOLDS_OFFICE_IN', 'soto', 'mincetur'],
    ]);
    const c = 'citó al representante de Sinohydro en el Perú, Chen Gang, y al ministro.';
    const inside = [at(c, 'Sinohydro', 'sinohydro', 'COMPANY'), at(c, 'Perú', 'peru', 'COUNTRY'), at(c, 'Chen Gang', 'chen', 'PERSON')];
    expect(relations(c, inside)).toEqual([['AFFILIATED_WITH', 'chen', 'sinohydro']]);
  });

  it('reads the title after the person, and a body’s possessive title either side', () => {
    const a = 'Zhou Li, vice-rector of Fudan, spoke.';
    expect(relations(a, [at(a, 'Zhou Li', 'zhou', 'PERSON'), at(a, 'Fudan', 'fudan', 'ORGANIZATION')])).toEqual([
      ['HOLDS_OFFICE_IN', 'zhou', 'fudan'],
    ]);
    const b = 'Fudan’s rector, Zhou Li, spoke.';
    expect(relations(b, [at(b, 'Fudan', 'fudan', 'ORGANIZATION'), at(b, 'Zhou Li', 'zhou', 'PERSON')])).toEqual([
      ['LEADS', 'zhou', 'fudan'],
    ]);
  });

  it('gives nothing without a title word, or between two people', () => {
    const a = 'The weather of Lima, Ana Paz, was fine.';
    expect(relations(a, [at(a, 'Lima', 'lima', 'PLACE'), at(a, 'Ana Paz', 'ana', 'PERSON')])).toEqual([]);
    const b = 'the rector of Ana Paz, Luis Ríos';
    expect(relations(b, [at(b, 'Ana Paz', 'ana', 'PERSON'), at(b, 'Luis Ríos', 'luis', 'PERSON')])).toEqual([]);
  });
  it('relates "its <title>, <person>" and "su filial <company>" to the body the possessive points back to', () => {
    const a = 'The Transport Committee of the Congress will meet, its chairman, Ana Ríos, said.';
    const inside = [
      at(a, 'Transport Committee', 'committee', 'GOVERNMENT'),
      at(a, 'Congress', 'congress', 'GOVERNMENT'),
      at(a, 'Ana Ríos', 'ana', 'PERSON'),
    ];
    expect(relations(a, inside)).toEqual([['LEADS', 'ana', 'committee']]);
    const b = 'La mina es de Shougang y la opera su filial Shougang Hierro Perú.';
    const parts = [at(b, 'Shougang', 'shougang', 'COMPANY'), at(b, 'Shougang Hierro Perú', 'shp', 'COMPANY')];
    expect(relations(b, parts)).toEqual([['PART_OF', 'shp', 'shougang']]);
  });

  it('reads "su filial eléctrica X", "its subsidiary X" past a country, and no part in "its branch in Lima"', () => {
    const a = 'Motored Andina vende los vehículos de Geely y de su filial eléctrica Zeekr en Lima.';
    const b = [at(a, 'Motored Andina', 'ma', 'COMPANY'), at(a, 'Geely', 'geely', 'COMPANY'), at(a, 'Zeekr', 'zeekr', 'COMPANY')];
    expect(relations(a, b)).toEqual([['PART_OF', 'zeekr', 'geely']]);
    const c = 'CNPC, presente en el Perú desde 1993 a través de su filial CNPC Perú, produce gas.';
    const d = [at(c, 'CNPC', 'cnpc', 'COMPANY'), at(c, 'Perú', 'peru', 'COUNTRY'), at(c, 'CNPC Perú', 'cnpc-peru', 'COMPANY')];
    expect(relations(c, d)).toEqual([['PART_OF', 'cnpc-peru', 'cnpc']]);
    const e = 'It has a loan from Bank of China, arranged through its branch in Lima.';
    expect(relations(e, [at(e, 'Bank of China', 'boc', 'COMPANY'), at(e, 'Lima', 'lima', 'PLACE')])).toEqual([]);
  });

  it('reads the office a "whose"/"cuyo" relative gives', () => {
    const a = 'Capechi, cuyo presidente es Héctor Lau, criticó la medida.';
    expect(relations(a, [at(a, 'Capechi', 'capechi', 'ORGANIZATION'), at(a, 'Héctor Lau', 'lau', 'PERSON')])).toEqual([
      ['LEADS', 'lau', 'capechi'],
    ]);
    // An apposition after the relative, and the body rather than the place it is in.
    const b = 'They are kept at the Sipán Museum in Lambayeque, whose director, Carmen Rojas, asked for guarantees.';
    const inside = [
      at(b, 'Sipán Museum', 'museum', 'ORGANIZATION'),
      at(b, 'Lambayeque', 'lambayeque', 'PLACE'),
      at(b, 'Carmen Rojas', 'rojas', 'PERSON'),
    ];
    expect(relations(b, inside)).toEqual([['LEADS', 'rojas', 'museum']]);
  });

  it("reads a commander's title, and a region between the title or the body and the person", () => {
    const a = 'welcomed by the commander of the Peruvian Navy, Admiral Alberto Alcalá, and by Song Yang.';
    expect(relations(a, [at(a, 'Peruvian Navy', 'navy', 'GOVERNMENT'), at(a, 'Alberto Alcalá', 'alcala', 'PERSON')])).toEqual([
      ['LEADS', 'alcala', 'navy'],
    ]);
    const b = 'El director de Xiaomi para la región andina, Zhang Jun, dijo que sí.';
    expect(relations(b, [at(b, 'Xiaomi', 'xiaomi', 'COMPANY'), at(b, 'Zhang Jun', 'zhang', 'PERSON')])).toEqual([
      ['LEADS', 'zhang', 'xiaomi'],
    ]);
    const c = 'El gerente para América Latina de China Gas, Chen Xiaoyun, dijo que sí.';
    const inside = [
      at(c, 'América Latina', 'latam', 'PLACE'),
      at(c, 'China Gas', 'gas', 'COMPANY'),
      at(c, 'Chen Xiaoyun', 'chen', 'PERSON'),
    ];
    expect(relations(c, inside)).toEqual([['LEADS', 'chen', 'gas']]);
  });

  it('relates "Its president for Latin America, <person>" to the body the possessive itself stands for', () => {
    const a = 'Joyvio bought it. Its president for Latin America, Wang Lei, said so.';
    // pronouns.ts gives "Its" the endpoint of Joyvio.
    const inside = [
      { ...at(a, 'Its', 'joyvio', 'COMPANY') },
      at(a, 'Latin America', 'latam', 'PLACE'),
      at(a, 'Wang Lei', 'wang', 'PERSON'),
    ];
    expect(relations(a, inside)).toEqual([['LEADS', 'wang', 'joyvio']]);
    const b = 'Su gerente general en el Perú, Zhou Bin, anunció la inversión.';
    expect(relations(b, [at(b, 'Su', 'chery', 'COMPANY'), at(b, 'Perú', 'peru', 'COUNTRY'), at(b, 'Zhou Bin', 'zhou', 'PERSON')])).toEqual([
      ['LEADS', 'zhou', 'chery'],
    ]);
  });

  it('gives a mayor\'s "its" the place before it, not the nearest body', () => {
    const a = 'The city of Trujillo has ordered buses from King Long, its mayor, Arturo Fernández, said.';
    const inside = [at(a, 'Trujillo', 'trujillo', 'PLACE'), at(a, 'King Long', 'kl', 'COMPANY'), at(a, 'Arturo Fernández', 'af', 'PERSON')];
    expect(relations(a, inside)).toEqual([['LEADS', 'af', 'trujillo']]);
  });

  it('reads a possessive title with its field ("Tencent’s head of cross-border payments, Angela Wu")', () => {
    const a = 'Tencent’s head of cross-border payments, Angela Wu, travelled to Cusco.';
    expect(relations(a, [at(a, 'Tencent', 'tencent', 'COMPANY'), at(a, 'Angela Wu', 'wu', 'PERSON')])).toEqual([
      ['LEADS', 'wu', 'tencent'],
    ]);
  });
});

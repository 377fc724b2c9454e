import { describe, expect, it } from 'vitest';
import { statementRelations } from '../../src/analyze/statement-relations.js';
import { triggerHits } from '../../src/analyze/trigger-hits.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** The statements of `text` as one sentence, the first entity speaking for every statement verb. */
function statements(text: string, inside: Endpoint[]) {
  const sentence = { start: 0, end: text.length };
  const hits = triggerHits(text, sentence, inside).filter((h) => h.trigger.type === 'STATED');
  return statementRelations({ text, sentence, inside, hits, subjectOf: () => ({ speaker: inside[0]!, shared: false }) }).map((r) => [
    r.type,
    r.sourceId,
    r.targetId,
  ]);
}

describe('analyze: statementRelations', () => {
  it('reads past a reported subject that names no entity ("the quota would"), and takes no medium after "según declaró a"', () => {
    const a = 'Torres told RPP that the quota would stand and that the Peruvian Navy would step up patrols.';
    const ends = [at(a, 'Torres', 'torres', 'PERSON'), at(a, 'RPP', 'rpp', 'MEDIA'), at(a, 'Peruvian Navy', 'navy', 'GOVERNMENT')];
    expect(statements(a, ends)).toContainEqual(['STATED', 'torres', 'navy']);
    const b = 'Según declaró a Gestión, la firma invertirá US$ 15 millones en Geely.';
    const two = [at(b, 'Gestión', 'gestion', 'MEDIA'), at(b, 'Geely', 'geely', 'COMPANY')];
    expect(
      statementRelations({ text: b, sentence: { start: 0, end: b.length }, inside: two, hits: [], subjectOf: () => undefined }),
    ).toEqual([]);
  });

  it('makes whom a speaker criticises, accuses or praises what the statement is about, never a medium', () => {
    for (const text of ['Torres criticó a Tacora por el derrame.', 'Torres acusó a Tacora de contaminar.', 'Torres elogió a Tacora.']) {
      const ends = [at(text, 'Torres', 'torres', 'PERSON'), at(text, 'Tacora', 'tacora', 'COMPANY')];
      expect(statements(text, ends), text).toEqual([['STATED', 'torres', 'tacora']]);
    }
    const b = 'Torres praised Tacora for its safety record.';
    expect(statements(b, [at(b, 'Torres', 'torres', 'PERSON'), at(b, 'Tacora', 'tacora', 'COMPANY')])).toEqual([
      ['STATED', 'torres', 'tacora'],
    ]);
  });

  it('takes the medium an English "told" names as its object, and the speaker never as what it spoke about', () => {
    const text = 'Song told the state news agency Xinhua that COSCO said it would invest.';
    const inside = [at(text, 'Song', 'song', 'PERSON'), at(text, 'Xinhua', 'xinhua', 'MEDIA'), at(text, 'COSCO', 'cosco', 'COMPANY')];
    expect(statements(text, inside)).toContainEqual(['COMMUNICATED_VIA', 'song', 'xinhua']);
    expect(statements(text, inside)).toContainEqual(['STATED', 'song', 'cosco']);
    const b = 'COSCO said that it would invest in Chancay.';
    const own = [at(b, 'COSCO', 'cosco', 'COMPANY'), at(b, 'it', 'cosco', 'COMPANY'), at(b, 'Chancay', 'chancay', 'INFRASTRUCTURE')];
    expect(statements(b, own)).toEqual([['STATED', 'cosco', 'chancay']]);
  });

  it('makes whom a request is made to what it is about, never its medium, past a day; "pidió que X …" asks nothing of X', () => {
    const a = 'La SNI pidió al Congreso endurecer las penas.';
    const ends = [at(a, 'SNI', 'sni', 'ORGANIZATION'), at(a, 'Congreso', 'congreso', 'GOVERNMENT')];
    expect(statements(a, ends)).toEqual([['STATED', 'sni', 'congreso']]);
    const b = 'Aspec asked Vásquez to publish the contract.';
    expect(statements(b, [at(b, 'Aspec', 'aspec', 'ORGANIZATION'), at(b, 'Vásquez', 'vasquez', 'PERSON')])).toEqual([
      ['STATED', 'aspec', 'vasquez'],
    ]);
    const d = 'Washington on Thursday urged Peru to weigh the risks.';
    expect(statements(d, [at(d, 'Washington', 'us', 'COUNTRY'), at(d, 'Peru', 'peru', 'COUNTRY')])).toEqual([['STATED', 'us', 'peru']]);
    const c = 'Luque pidió que la Comisión de Trabajo cite a Wang Jun.';
    const three = [
      at(c, 'Luque', 'luque', 'PERSON'),
      at(c, 'Comisión de Trabajo', 'comision', 'GOVERNMENT'),
      at(c, 'Wang Jun', 'wang', 'PERSON'),
    ];
    expect(statements(c, three)).toEqual([]);
  });

  it('takes no place in a district phrase as what a statement is about', () => {
    const text = 'Zhou anunció que invertirá US$ 25 millones en el distrito de Lurín con Chery.';
    const inside = [at(text, 'Zhou', 'zhou', 'PERSON'), at(text, 'Lurín', 'lurin', 'PLACE'), at(text, 'Chery', 'chery', 'COMPANY')];
    expect(statements(text, inside)).toEqual([['STATED', 'zhou', 'chery']]);
  });

  it('relates a speaker to what the statement is about, after a time and "that"', () => {
    const text = 'Mucho said in August that MMG would invest $2bn.';
    expect(statements(text, [at(text, 'Mucho', 'mucho', 'PERSON'), at(text, 'MMG', 'mmg', 'COMPANY')])).toEqual([
      ['STATED', 'mucho', 'mmg'],
    ]);
  });

  it('takes whom a statement is made to as a medium, and the rest as what it is about', () => {
    const text = 'Huamaní dijo a RPP que Shougang no ha cumplido.';
    const inside = [
      at(text, 'Huamaní', 'huamani', 'PERSON'),
      at(text, 'RPP', 'rpp', 'COMPANY'),
      at(text, 'Shougang', 'shougang', 'COMPANY'),
    ];
    expect(statements(text, inside)).toEqual([
      ['COMMUNICATED_VIA', 'huamani', 'rpp'],
      ['STATED', 'huamani', 'shougang'],
    ]);
  });

  it('makes the source of "according to" or "según" the speaker of the rest of the sentence', () => {
    const text = 'Según el BCRP, China compra cerca del 70% del hierro.';
    const inside = [at(text, 'BCRP', 'bcrp', 'GOVERNMENT'), at(text, 'China', 'china', 'COUNTRY')];
    expect(statements(text, inside)).toEqual([['STATED', 'bcrp', 'china']]);
  });

  it('reads a described source after "according to", and the office holder after "según el gerente de X," as the speaker', () => {
    const a = 'China buys most of the fishmeal, according to the exporters’ society SNI.';
    expect(statements(a, [at(a, 'China', 'china', 'COUNTRY'), at(a, 'SNI', 'sni', 'ORGANIZATION')])).toEqual([['STATED', 'sni', 'china']]);
    const b = 'Según el gerente de Jinzhao, Wu Jianguo, la obra la hará China Harbour.';
    const inside = [at(b, 'Jinzhao', 'jz', 'COMPANY'), at(b, 'Wu Jianguo', 'wu', 'PERSON'), at(b, 'China Harbour', 'ch', 'COMPANY')];
    expect(statements(b, inside)).toEqual([['STATED', 'wu', 'ch']]);
  });

  it('makes both companies of a deal "the two companies said" the speakers: of each other, or of what is bought or built', () => {
    const a = 'ICBC Peru has granted a loan to Camposol, the two companies said on Monday.';
    const two = [at(a, 'ICBC Peru', 'icbc', 'COMPANY'), at(a, 'Camposol', 'camposol', 'COMPANY')];
    expect(statements(a, two)).toEqual([
      ['STATED', 'icbc', 'camposol'],
      ['STATED', 'camposol', 'icbc'],
    ]);
    const b = 'SPIC acordó comprar Cerro del Águila a Kallpa por US$ 1.420 millones, informaron este lunes ambas empresas.';
    const three = [
      at(b, 'SPIC', 'spic', 'COMPANY'),
      at(b, 'Cerro del Águila', 'cda', 'INFRASTRUCTURE'),
      at(b, 'Kallpa', 'kallpa', 'COMPANY'),
    ];
    expect(statements(b, three)).toEqual([
      ['STATED', 'spic', 'cda'],
      ['STATED', 'kallpa', 'cda'],
    ]);
    // A name in a company's apposition is no party to the deal.
    const c = 'Joyvio, the arm of the group Legend Holdings, bought 45% of Agrovision, the companies said.';
    const apposed = [
      at(c, 'Joyvio', 'joyvio', 'COMPANY'),
      at(c, 'Legend Holdings', 'legend', 'COMPANY'),
      at(c, 'Agrovision', 'av', 'COMPANY'),
    ];
    expect(statements(c, apposed)).toEqual([
      ['STATED', 'joyvio', 'av'],
      ['STATED', 'av', 'joyvio'],
    ]);
    // The subject of the apposition's relative clause is a party: "a wind farm that Engie is building".
    const d = 'Goldwind will supply turbines for Marcona II, a wind farm that Engie Perú is building, the two companies said.';
    const builder = [
      at(d, 'Goldwind', 'goldwind', 'COMPANY'),
      at(d, 'Marcona II', 'marcona', 'INFRASTRUCTURE'),
      at(d, 'Engie Perú', 'engie', 'COMPANY'),
    ];
    expect(statements(d, builder)).toEqual([
      ['STATED', 'goldwind', 'marcona'],
      ['STATED', 'engie', 'marcona'],
    ]);
  });

  it('passes over the speaker’s own apposition, a possessor in it too, for what a reported statement is about', () => {
    const a = 'Tacora, Peru’s port regulator, fined Andes Bulk, the agency said on Tuesday.';
    const inside = [at(a, 'Tacora', 'tacora', 'GOVERNMENT'), at(a, 'Peru', 'peru', 'COUNTRY'), at(a, 'Andes Bulk', 'andes', 'COMPANY')];
    const sentence = { start: 0, end: a.length };
    const hits = triggerHits(a, sentence, inside).filter((h) => h.trigger.type === 'STATED');
    const speaker = { ...inside[0]!, start: a.indexOf('the agency'), end: a.indexOf('the agency') + 'the agency'.length };
    const got = statementRelations({
      text: a,
      sentence,
      inside: [...inside, speaker],
      hits,
      subjectOf: () => ({ speaker, shared: false }),
    });
    expect(got.map((r) => [r.type, r.sourceId, r.targetId])).toEqual([['STATED', 'tacora', 'andes']]);
  });

  it('states nothing about an entity far into the statement, nor from a speaker cut off from the verb', () => {
    const a = 'Boluarte said the port would create jobs and make Peru a gateway.';
    expect(statements(a, [at(a, 'Boluarte', 'dina', 'PERSON'), at(a, 'Peru', 'peru', 'COUNTRY')])).toEqual([]);
    const b = 'A contract was awarded to Huawei, the two companies said on Monday, and Entel agreed.';
    expect(statements(b, [at(b, 'Huawei', 'huawei', 'COMPANY'), at(b, 'Entel', 'entel', 'COMPANY')])).toEqual([]);
  });
  it('takes the first entity of a longer complement, but for a place something only happens in', () => {
    const text = 'Rosa Paz anunció que este año el organismo instalará en el Callao dos escáneres de la empresa Nuctech.';
    const inside = [
      at(text, 'Rosa Paz', 'paz', 'PERSON'),
      at(text, 'Callao', 'callao', 'PLACE'),
      at(text, 'Nuctech', 'nuctech', 'COMPANY'),
    ];
    expect(statements(text, inside)).toEqual([['STATED', 'paz', 'nuctech']]);
  });

  it('takes a medium the statement was given to elsewhere in the sentence ("in an interview with")', () => {
    const text = 'In an interview with Caixin, Li Wei said CRCC would bid.';
    const inside = [at(text, 'Li Wei', 'li', 'PERSON'), at(text, 'Caixin', 'caixin', 'MEDIA'), at(text, 'CRCC', 'crcc', 'COMPANY')].sort(
      (a, b) => a.start - b.start,
    );
    const sentence = { start: 0, end: text.length };
    const hits = triggerHits(text, sentence, inside).filter((h) => h.trigger.type === 'STATED');
    const out = statementRelations({ text, sentence, inside, hits, subjectOf: () => ({ speaker: inside[1]!, shared: false }) });
    expect(out.map((r) => [r.type, r.sourceId, r.targetId])).toEqual([
      ['COMMUNICATED_VIA', 'li', 'caixin'],
      ['STATED', 'li', 'crcc'],
    ]);
  });

  it("takes what a statement reported before its speaker is about past the speaker's own apposition", () => {
    const text = 'GyM Ferrovías, concesionaria de la Línea 1, comprará trenes a CRRC, informó este martes la empresa.';
    const inside = [
      at(text, 'GyM Ferrovías', 'gym', 'COMPANY'),
      at(text, 'Línea 1', 'linea-1', 'INFRASTRUCTURE'),
      at(text, 'CRRC', 'crrc', 'COMPANY'),
      at(text, 'la empresa', 'gym', 'COMPANY'),
    ];
    expect(statements(text, inside)).toEqual([['STATED', 'gym', 'crrc']]);
  });

  it('takes no city or region as what a statement is about, but the next entity', () => {
    const text = 'Galdo said direct flights between Lima and Shenzhen were under discussion with China Southern Airlines.';
    const inside = [
      at(text, 'Galdo', 'galdo', 'PERSON'),
      at(text, 'Lima', 'lima', 'PLACE'),
      at(text, 'Shenzhen', 'shenzhen', 'PLACE'),
      at(text, 'China Southern Airlines', 'csa', 'COMPANY'),
    ];
    expect(statements(text, inside)).toEqual([['STATED', 'galdo', 'csa']]);
  });
});

import { describe, expect, it } from 'vitest';
import { descriptionEndpoints } from '../../src/analyze/coreference.js';
import { measuresAsWords } from '../../src/analyze/proposal.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** The descriptions found, as [surface, id]; sentences split after each full stop. */
function described(text: string, endpoints: Endpoint[], prepared: (text: string) => string = (t) => t): [string, string][] {
  const sentences = [...text.matchAll(/[^.]+\.?/gu)].map((m) => ({
    start: m.index + (m[0].length - m[0].trimStart().length),
    end: m.index + m[0].length,
  }));
  return descriptionEndpoints({ text: prepared(text), sentences, endpoints }).map((e) => [text.slice(e.start, e.end), e.id]);
}

describe('analyze: descriptionEndpoints', () => {
  it('gives "the consortium" the consortium the text introduced, before a clause opened by a conjunction', () => {
    const a = 'Lima gave the line to the consortium Vías Andinas. PowerChina holds 70% of the consortium, while Cosapi has 30%.';
    const ends = [
      at(a, 'Lima', 'lima', 'PLACE'),
      at(a, 'Vías Andinas', 'vias', 'COMPANY'),
      at(a, 'PowerChina', 'pc', 'COMPANY'),
      at(a, 'Cosapi', 'cosapi', 'COMPANY'),
    ];
    expect(described(a, ends)).toEqual([['the consortium', 'vias']]);
  });

  it('gives "la importadora" the company introduced with that noun right before its name, not "the company" any such one', () => {
    const a = 'Geely compró la importadora Motored Andina. Cordillera había comprado la importadora en 2018.';
    const ends = [
      at(a, 'Geely', 'geely', 'COMPANY'),
      at(a, 'Motored Andina', 'motored', 'COMPANY'),
      at(a, 'Cordillera', 'cordillera', 'COMPANY'),
    ];
    expect(described(a, ends)).toEqual([['la importadora', 'motored']]);
    const b = 'Zijin bought the Chinese company Peru Copper. Zijin said the company would grow.';
    const generic = [at(b, 'Zijin', 'zijin', 'COMPANY'), at(b, 'Peru Copper', 'pc', 'COMPANY')];
    expect(described(b, generic)).not.toContainEqual(['the company', 'pc']);
  });

  it('takes no amount after a description ("la empresa invertirá otros US$ 300 millones") for a name that follows it', () => {
    const a = 'SPIC compró Cerro del Águila. Liu dijo que la empresa invertirá otros US$ 300 millones.';
    expect(described(a, [at(a, 'SPIC', 'spic', 'COMPANY'), at(a, 'Liu', 'liu', 'PERSON')])).toEqual([['la empresa', 'spic']]);
  });

  it('gives "the port" and "la empresa" the one entity of a fitting type before them', () => {
    const a = 'Cosco opened Chancay in 2024. Last year the port handled a million boxes.';
    expect(described(a, [at(a, 'Cosco', 'cosco', 'COMPANY'), at(a, 'Chancay', 'chancay', 'INFRASTRUCTURE')])).toEqual([
      ['the port', 'chancay'],
    ]);
    const c = 'Chinalco opera Toromocho. La ANA supervisa esa mina.';
    expect(described(c, [at(c, 'Chinalco', 'chinalco', 'COMPANY'), at(c, 'Toromocho', 'toro', 'INFRASTRUCTURE')])).toEqual([
      ['esa mina', 'toro'],
    ]);
    const b = 'Shougang compró Marcona. Ayer la empresa anunció una inversión.';
    expect(described(b, [at(b, 'Shougang', 'shougang', 'COMPANY'), at(b, 'Marcona', 'marcona', 'INFRASTRUCTURE')])).toEqual([
      ['la empresa', 'shougang'],
    ]);
  });

  it('reads a park, a zone, a pier or a power plant ("la central") as a facility', () => {
    const a = 'Hutong will build the Chancay Logistics Park. Its chairman said the park would cut costs.';
    expect(described(a, [at(a, 'Hutong', 'hutong', 'COMPANY'), at(a, 'Chancay Logistics Park', 'park', 'INFRASTRUCTURE')])).toEqual([
      ['the park', 'park'],
    ]);
  });

  it('reads Spanish and English trade nouns as a company ("la automotriz", "the generator")', () => {
    const a = 'BYD abrió una tienda. La automotriz, con sede en Shenzhen, venderá buses.';
    expect(described(a, [at(a, 'BYD', 'byd', 'COMPANY'), at(a, 'Shenzhen', 'shenzhen', 'PLACE')])).toEqual([['La automotriz', 'byd']]);
  });

  it('names the body of an office held by the person after the comma ("El gerente general del banco, Zhou Lin,")', () => {
    const a = 'ICBC otorgó un crédito a Minera Sur. El gerente general del banco, Zhou Lin, habló.';
    const inside = [at(a, 'ICBC', 'icbc', 'COMPANY'), at(a, 'Minera Sur', 'ms', 'COMPANY'), at(a, 'Zhou Lin', 'zhou', 'PERSON')];
    expect(described(a, inside)).toEqual([['banco', 'icbc']]);
    // Without an office before it, a name after the comma is the description's own apposition.
    const b = 'ICBC otorgó un crédito a Minera Sur. Luego el banco, ICBC Perú, habló.';
    expect(
      described(b, [at(b, 'ICBC', 'icbc', 'COMPANY'), at(b, 'Minera Sur', 'ms', 'COMPANY'), at(b, 'ICBC Perú', 'ip', 'COMPANY')]),
    ).toEqual([]);
  });

  it('prefers the entity whose name holds the head noun, however far back', () => {
    const b = 'The Andean Railway was studied. Cosco bought Chancay. Later the railway was approved.';
    const inside = [
      at(b, 'Andean Railway', 'railway', 'INFRASTRUCTURE'),
      at(b, 'Cosco', 'cosco', 'COMPANY'),
      at(b, 'Chancay', 'chancay', 'INFRASTRUCTURE'),
    ];
    expect(described(b, inside)).toEqual([['the railway', 'railway']]);
  });

  it('gives an ambiguous description the first of its kind named; nothing that names its own thing or is followed by a name', () => {
    const a = 'Cosco and Hutchison bid. Then the company won.';
    expect(described(a, [at(a, 'Cosco', 'cosco', 'COMPANY'), at(a, 'Hutchison', 'hutchison', 'COMPANY')])).toEqual([
      ['the company', 'cosco'],
    ]);
    const b = 'Peru signed the FTA. Later the protocol was approved.';
    expect(described(b, [at(b, 'Peru', 'peru', 'COUNTRY'), at(b, 'FTA', 'fta', 'AGREEMENT')])).toEqual([]);
    const c = 'Zijin opera Falchani. También opera el proyecto de cobre Río Blanco.';
    expect(described(c, [at(c, 'Zijin', 'zijin', 'COMPANY'), at(c, 'Falchani', 'falchani', 'INFRASTRUCTURE')])).toEqual([]);
    // A participle's phrase after the comma says where the entity is, and names nothing.
    const d = 'Hunan Jianlu lost. The company, based in Changsha, will appeal.';
    expect(described(d, [at(d, 'Hunan Jianlu', 'hunan', 'COMPANY'), at(d, 'Changsha', 'changsha', 'PLACE')])).toEqual([
      ['The company', 'hunan'],
    ]);
    // A preposition or a verb of saying before the capital ends the description: "opened in Peru", "said on Tuesday".
    const e = 'Tacora Bank lent $5m. The lender opened in Peru in 2014, the bank said on Tuesday.';
    expect(described(e, [at(e, 'Tacora Bank', 'tacora', 'COMPANY'), at(e, 'Peru', 'peru', 'COUNTRY')])).toEqual([
      ['The lender', 'tacora'],
      ['the bank', 'tacora'],
    ]);
  });

  it('gives "la mina", "la feria" the facility or event its noun stood beside, before a nearer one of another kind', () => {
    const a =
      'Andes hizo la Carretera Sur. Compró la mina de cobre Tacora. Abrió el Puerto Norte. El OEFA, que supervisa la mina, la multó.';
    const ends = [
      at(a, 'Andes', 'andes', 'COMPANY'),
      at(a, 'Carretera Sur', 'carretera', 'INFRASTRUCTURE'),
      at(a, 'Tacora', 'tacora', 'INFRASTRUCTURE'),
      at(a, 'Puerto Norte', 'puerto', 'INFRASTRUCTURE'),
      at(a, 'OEFA', 'oefa', 'GOVERNMENT'),
    ];
    expect(described(a, ends)).toEqual([['la mina', 'tacora']]);
    const b = 'Andes runs the Sur Road and the Tacora copper mine. Officials visited the mine on Monday.';
    const english = [
      at(b, 'Andes', 'andes', 'COMPANY'),
      at(b, 'Sur Road', 'road', 'INFRASTRUCTURE'),
      at(b, 'Tacora', 'tacora', 'INFRASTRUCTURE'),
    ];
    expect(described(b, english)).toEqual([['the mine', 'tacora']]);
    // So do an event, a programme and an agreement ("la feria Expoalimentaria", "el programa Ruta Digital").
    const c = 'Compradores cerraron negocios en la feria Expoalimentaria 2024. El ministro inauguró la feria el lunes.';
    expect(described(c, [at(c, 'Expoalimentaria 2024', 'expo', 'EVENT')])).toEqual([['la feria', 'expo']]);
  });

  it('gives "the miner" the company whose name says it mines', () => {
    const a = 'Andes Freight and Tacora Mining signed. Later the miner paid.';
    expect(described(a, [at(a, 'Andes Freight', 'andes', 'COMPANY'), at(a, 'Tacora Mining', 'tacora', 'COMPANY')])).toEqual([
      ['the miner', 'tacora'],
    ]);
  });
  it('gives a description before a possessive office its body, and a namesake far back its name', () => {
    const a = 'TPE runs Paita. Exports grew. Álvaro Gutiérrez, the operator’s general manager, said so.';
    expect(described(a, [at(a, 'TPE', 'tpe', 'COMPANY'), at(a, 'Paita', 'paita', 'INFRASTRUCTURE')])).toEqual([['the operator', 'tpe']]);
    const b = 'It was signed at the Ministry of Trade. Prices rose. Exports grew. Later the ministry approved it.';
    expect(described(b, [at(b, 'Ministry of Trade', 'mincetur', 'GOVERNMENT')])).toEqual([['the ministry', 'mincetur']]);
  });

  it('reads a description past its modifiers, a measure and a demonym, after "del", and "the country"', () => {
    const a = 'Joyvio bought Frutos. The Chinese agribusiness said the deal was done.';
    const inside = [at(a, 'Joyvio', 'joyvio', 'COMPANY'), at(a, 'Frutos', 'frutos', 'COMPANY')];
    expect(described(a, [inside[0]!])).toEqual([['The Chinese agribusiness', 'joyvio']]);
    const b = 'COSCO opera Chancay. La carga del puerto creció.';
    expect(described(b, [at(b, 'COSCO', 'cosco', 'COMPANY'), at(b, 'Chancay', 'chancay', 'INFRASTRUCTURE')])).toEqual([
      ['puerto', 'chancay'],
    ]);
    const c = 'Peru signed it. The country will gain.';
    expect(described(c, [at(c, 'Peru', 'peru', 'COUNTRY')])).toEqual([['The country', 'peru']]);
    const d = 'Kallpa runs the Luz line. The 262-kilometre line belongs to it, and the 500-kilovolt line too.';
    // As analyzeText gives it the text: a measure's digits written as letters (measuresAsWords).
    const ends = [at(d, 'Kallpa', 'kallpa', 'COMPANY'), at(d, 'Luz line', 'luz', 'INFRASTRUCTURE')];
    expect(described(d, ends, measuresAsWords)).toEqual([
      ['The 262-kilometre line', 'luz'],
      ['the 500-kilovolt line', 'luz'],
    ]);
  });

  it('gives "the region" and "the town" the nearest place introduced or known as one, and "the capital" a national capital', () => {
    const a = 'Electro Oriente serves Loreto. Panels reach Lima and the río Amazonas. It is the utility of the region.';
    const places = ['Loreto', 'Lima', 'Amazonas'].map((p) => at(a, p, p.toLowerCase(), 'PLACE'));
    expect(described(a, places)).toEqual([['the region', 'loreto']]);
    const b = 'ILAVE, March 7 — Water reached Loreto. The town’s mayor, Ana Paz, said so.';
    expect(described(b, [at(b, 'ILAVE', 'ilave', 'PLACE'), at(b, 'Loreto', 'loreto', 'PLACE')])).toEqual([['The town', 'ilave']]);
    const c = 'Works began in the Ica region. Later the district of Ocucaje saw them. The region is dry.';
    expect(described(c, [at(c, 'Ica', 'ica', 'PLACE'), at(c, 'Ocucaje', 'ocucaje', 'PLACE')])).toEqual([['The region', 'ica']]);
    const d = 'Lima and Cusco grow. The line runs from Comas, in the north of the capital; the regional capital has none.';
    const capitals = ['Lima', 'Cusco', 'Comas'].map((p) => at(d, p, p.toLowerCase(), 'PLACE'));
    expect(described(d, capitals)).toEqual([['the capital', 'lima']]);
  });

  it('gives "la empresa" a company, never a community, and "la comunidad" the community', () => {
    const a = 'Adrianzén met the comunidad de Fuerabamba and Minera Las Bambas. La empresa pagó. La comunidad aceptó.';
    const ends = [at(a, 'Fuerabamba', 'fuerabamba', 'GROUP'), at(a, 'Minera Las Bambas', 'mlb', 'COMPANY')];
    expect(described(a, ends)).toEqual([
      ['La empresa', 'mlb'],
      ['La comunidad', 'fuerabamba'],
    ]);
  });

  it('looks back past its two sentences when they name nothing of its type: the one such entity, the most named, or the first', () => {
    const a = 'Kallpa built the Sol farm. Exports grew. Demand rose. Kallpa invested $310m in the project.';
    const farm = [
      at(a, 'Kallpa', 'kallpa', 'COMPANY'),
      at(a, 'Sol farm', 'sol', 'INFRASTRUCTURE'),
      at(a, 'Kallpa', 'kallpa', 'COMPANY', { from: 30 }),
    ];
    expect(described(a, farm)).toEqual([['the project', 'sol']]);
    // Two facilities named once each, far back: the first named.
    const b = 'Kallpa built the Sol farm and the Luz line. Exports grew. Demand rose. Kallpa invested $310m in the project.';
    const two = [
      at(b, 'Kallpa', 'kallpa', 'COMPANY'),
      at(b, 'Sol farm', 'sol', 'INFRASTRUCTURE'),
      at(b, 'Luz line', 'luz', 'INFRASTRUCTURE'),
      at(b, 'Kallpa', 'kallpa', 'COMPANY', { from: 50 }),
    ];
    expect(described(b, two)).toEqual([['the project', 'sol']]);
  });

  it('gives an ambiguous description the entity the text has named most when it leads by two, else the first named', () => {
    const a = 'CCB got a licence. CCB opens in May. CCB will lend to miners. BCP and CCB compete. Analysts said the lender was ready.';
    const inside = [
      at(a, 'CCB', 'ccb', 'COMPANY'),
      at(a, 'CCB', 'ccb', 'COMPANY', { from: 20 }),
      at(a, 'CCB', 'ccb', 'COMPANY', { from: 40 }),
      at(a, 'BCP', 'bcp', 'COMPANY'),
      at(a, 'CCB', 'ccb', 'COMPANY', { from: 65 }),
    ];
    expect(described(a, inside)).toEqual([['the lender', 'ccb']]);
    const b = 'BCP and CCB compete. Analysts said the lender was ready.';
    expect(described(b, [at(b, 'BCP', 'bcp', 'COMPANY'), at(b, 'CCB', 'ccb', 'COMPANY')])).toEqual([['the lender', 'bcp']]);
  });

  it('gives "ambos mandatarios" both people of the sentence before when they meet, and nothing elsewhere', () => {
    const a = 'Lula recibió a Xi. Luego ambos mandatarios se reunieron una hora.';
    const people = [at(a, 'Lula', 'lula', 'PERSON'), at(a, 'Xi', 'xi', 'PERSON')];
    expect(described(a, people)).toEqual([
      ['ambos mandatarios', 'lula'],
      ['ambos mandatarios', 'xi'],
    ]);
    const b = 'Lula recibió a Xi. Luego ambos mandatarios firmaron un acuerdo.';
    expect(described(b, [at(b, 'Lula', 'lula', 'PERSON'), at(b, 'Xi', 'xi', 'PERSON')])).toEqual([]);
  });

  it('gives a description with a demonym an entity the text, its name or a possessive ties to that country, never another', () => {
    const a = 'LAP chose China State Construction to build the terminal. The Chinese contractor won the bid.';
    const inside = [at(a, 'LAP', 'lap', 'COMPANY'), at(a, 'China State Construction', 'cscec', 'COMPANY')];
    expect(described(a, inside)).toEqual([['The Chinese contractor', 'cscec']]);
    const b = 'El MTC firmó con la china PowerChina y el Banco Andino. La empresa china ya construyó la vía.';
    const ends = [
      at(b, 'MTC', 'mtc', 'GOVERNMENT'),
      at(b, 'PowerChina', 'powerchina', 'COMPANY'),
      at(b, 'Banco Andino', 'banco', 'COMPANY'),
    ];
    expect(described(b, ends)).toEqual([['La empresa', 'powerchina']]);
    const c = 'La peruana Volcan vendió zinc a Hunan. La empresa china pagó.';
    const sold = [at(c, 'Volcan', 'volcan', 'COMPANY'), at(c, 'Hunan', 'hunan', 'COMPANY')];
    expect(described(c, sold)).toEqual([['La empresa', 'hunan']]);
    // A place of one country in a name ties it to that country.
    const d = 'La Universidad de Shanghái y la Universidad de Piura firmaron. La universidad china envía profesores.';
    const schools = [at(d, 'Universidad de Shanghái', 'shisu', 'ORGANIZATION'), at(d, 'Universidad de Piura', 'udep', 'ORGANIZATION')];
    expect(described(d, schools)).toEqual([['La universidad', 'shisu']]);
    // So does a country's possessive before a name.
    const e = 'China’s Ministry of Public Security met Peru’s Ministry of the Interior. The Chinese ministry will train police.';
    const ministries = [
      at(e, 'China', 'china', 'COUNTRY'),
      at(e, 'Ministry of Public Security', 'mps', 'GOVERNMENT'),
      at(e, 'Peru', 'peru', 'COUNTRY'),
      at(e, 'Ministry of the Interior', 'mininter', 'GOVERNMENT'),
    ];
    expect(described(e, ministries)).toEqual([['The Chinese ministry', 'mps']]);
  });
});

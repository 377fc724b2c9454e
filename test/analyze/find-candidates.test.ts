import { describe, expect, it } from 'vitest';
import { findCandidates, slugify } from '../../src/analyze/find-candidates.js';
import type { Mention } from '../../src/analyze/types.js';
import { parse } from '../../src/analyze/nlp.js';
import { handParsed as parsed } from './hand-parsed.js';

const candidates = (
  text: string,
  options: Parameters<typeof parsed>[1] = {},
  mentions: Mention[] = [],
  typeOf: (id: string) => string | undefined = () => undefined,
) =>
  findCandidates({ text, parsed: parsed(text, options), mentions, typeOf }).candidates.map((c) => [c.id, c.text, c.type, c.start, c.end]);

describe('analyze: slugify', () => {
  it('folds a surface text and joins its words with hyphens, keeping CJK', () => {
    expect(slugify('Rómulo Mucho')).toBe('romulo-mucho');
    expect(slugify("Cosco's  Port!")).toBe('cosco-s-port');
    expect(slugify('秘鲁 政府')).toBe('秘鲁-政府');
    expect(slugify(' — ')).toBe('');
  });
});

describe('analyze: findCandidates', () => {
  it('takes a word with a capital inside it for a name even where a sentence opens ("PowerChina built …")', () => {
    expect(candidates('PowerChina built the farm.').map(([, text]) => text)).toEqual(['PowerChina']);
    expect(candidates('Kallpa built the farm.').map(([, text]) => text)).toEqual([]);
  });

  it('reads the word after a dateline’s dash as a sentence’s first word ("LIMA, June 7 — Household bills")', () => {
    expect(candidates('LIMA, June 7 — Household bills rose.', { tags: { Household: ['ProperNoun'] } }).map(([, text]) => text)).toEqual([
      'LIMA',
    ]);
  });

  it('keeps a medium’s capitalised article in its name ("La Industria")', () => {
    expect(candidates('The mayor told La Industria that the plan was ready.').map(([, text, type]) => [text, type])).toEqual([
      ['La Industria', 'MEDIA'],
    ]);
  });

  it('ends a name before "al" and a known country ("del EPL al Perú")', () => {
    expect(candidates('Es la tercera donación del EPL al Perú desde 2017.').map(([, text]) => text)).toEqual(['EPL', 'Perú']);
  });

  it('ends a name before a currency and takes no currency for a name ("Tacora Mining for US$400m", "S/ 250 millones")', () => {
    expect(candidates('Andes Holding acquired Tacora Mining for US$400m.').map(([, text]) => text)).toEqual([
      'Andes Holding',
      'Tacora Mining',
    ]);
    expect(candidates('Andes Bank prestó S/ 250 millones a Tacora Mining.').map(([, text]) => text)).toEqual([
      'Andes Bank',
      'Tacora Mining',
    ]);
  });

  it('takes a sentence’s first word for a body’s name when its seat follows it', () => {
    expect(candidates('Siderperú, con sede en Chimbote, exporta acero.').map(([id, , type]) => [id, type])).toContainEqual([
      'siderperu',
      'COMPANY',
    ]);
    expect(candidates('Northridge, based in Vancouver, will keep a stake.').map(([id, , type]) => [id, type])).toContainEqual([
      'northridge',
      'COMPANY',
    ]);
  });

  it('keeps the fields of an institution named "Commission on …" in its name', () => {
    expect(candidates('It was issued by the Commission on Dumping, Subsidies and Trade Barriers.').map(([, text]) => text)).toEqual([
      'Commission on Dumping, Subsidies and Trade Barriers',
    ]);
  });

  it('takes a world region’s adjective alone for no name, but keeps it inside one', () => {
    expect(candidates('He manages the Andean region.')).toEqual([]);
    expect(candidates('The Asian Development Bank lent.').map(([id]) => id)).toEqual(['asian-development-bank']);
  });

  it('types a name by its head word, connectors included in the name', () => {
    expect(candidates('officials of the Ministry of Energy and Mines met.')).toEqual([
      ['ministry-of-energy-and-mines', 'Ministry of Energy and Mines', 'GOVERNMENT', 17, 45],
    ]);
  });

  it('leaves out the people before a body ("Representatives of X"), and keeps a short form in its long name’s sentence apart', () => {
    expect(candidates('PIURA — Representatives of Río Blanco Copper met them.').map(([, text]) => text)).toEqual([
      'PIURA',
      'Río Blanco Copper',
    ]);
    const ids = candidates('Engie Energía Perú, the local unit of the French group Engie, grew. Engie said so.').map(
      ([id, text]) => `${text}=${id}`,
    );
    expect(ids).toEqual(['Engie Energía Perú=engie-energia-peru', 'Engie=engie', 'Engie=engie']);
    // Named again later, the long name's new sentence is the one a short form is kept apart in.
    const text = 'Statkraft Perú construye el parque. Statkraft Perú es filial de la estatal noruega Statkraft.';
    const again = candidates(text, { tags: { Statkraft: ['ProperNoun'] } }).map(([id, text]) => `${text}=${id}`);
    expect(again).toEqual(['Statkraft Perú=statkraft-peru', 'Statkraft Perú=statkraft-peru', 'Statkraft=statkraft']);
  });

  it('takes a sentence’s first word that an apposition between commas describes as a body, never an opening adverb', () => {
    const names = (text: string) => candidates(text).map(([, name, type]) => `${name}=${type}`);
    expect(names('Tacora, one of the largest Peruvian growers, said it would ship more.')).toEqual(['Tacora=COMPANY']);
    expect(names('Tacora, the grape growers’ association, said exports rose.')).toEqual(['Tacora=ORGANIZATION']);
    expect(names('Tacora said exports rose.')).toEqual([]);
    expect(names('Además, la empresa suscribió un acuerdo con Andes, la cadena de tiendas.')).not.toContain('Además=COMPANY');
  });

  it('takes a person’s surname that is also a town as the person, but for a town after "en"', () => {
    const text = 'El ministro Álvaro Mendoza Ríos llegó. Mendoza firmó el acuerdo en Mendoza.';
    const ids = candidates(text, { tags: { Mendoza: ['Place', 'ProperNoun'] } }).map(([id, text, type]) => `${text}=${id}=${type}`);
    expect(ids).toEqual(['Álvaro Mendoza Ríos=alvaro-mendoza-rios=PERSON', 'Mendoza=alvaro-mendoza-rios=PERSON', 'Mendoza=mendoza=PLACE']);
  });

  it('takes a company named by its web address ("JD.com"), and no delegations before a country', () => {
    expect(candidates('que la plataforma JD.com abra una tienda', { tags: { 'JD.com': ['Url'] } }).map(([, text]) => text)).toEqual([
      'JD.com',
    ]);
    expect(
      candidates('LIMA — Delegaciones del Tacora se reunieron.', { tags: { Tacora: ['ProperNoun'] } }).map(([, text]) => text),
    ).toEqual(['LIMA', 'Tacora']);
  });

  it('takes no office for a name: "Minister of Energy and Mines" is a portfolio, "President of X" leaves X', () => {
    expect(candidates('Peru’s Minister of Energy and Mines, Rómulo Mucho, met them.').map(([, text]) => text)).toEqual([
      'Peru',
      'Rómulo Mucho',
    ]);
    expect(candidates('The President of Hunan Jianlu Engineering spoke.').map(([, text]) => text)).toEqual(['Hunan Jianlu Engineering']);
  });

  it('takes no portfolio for a name, after a demonym or before an English "minister"', () => {
    expect(candidates('llegó el viceministro chino de Cultura y Turismo, Gao Zhenmin, ayer').map(([, text]) => text)).toEqual([
      'Gao Zhenmin',
    ]);
    expect(candidates('Peru sent Transport minister Rafael Ordóñez to Beijing.').map(([, text]) => text)).toEqual([
      'Peru',
      'Rafael Ordóñez',
      'Beijing',
    ]);
  });

  it('makes a company of a known body and Peru ("Huawei Perú", "Huawei del Perú"), and keeps the article a known name opens with', () => {
    const a = 'firmó con Huawei Perú ayer';
    const known: Mention[] = [
      { entityId: 'huawei', matched: 'Huawei', text: 'Huawei', start: a.indexOf('Huawei'), end: a.indexOf('Huawei') + 6 },
      { entityId: 'peru', matched: 'Perú', text: 'Perú', start: a.indexOf('Perú'), end: a.indexOf('Perú') + 4 },
    ];
    const typeOf = (id: string) => ({ huawei: 'COMPANY', peru: 'COUNTRY' })[id];
    expect(candidates(a, {}, known, typeOf).map(([id, , type]) => [id, type])).toEqual([['huawei-peru', 'COMPANY']]);
    const c = 'firmó con Huawei del Perú ayer';
    const inC: Mention[] = [
      { entityId: 'huawei', matched: 'Huawei', text: 'Huawei', start: c.indexOf('Huawei'), end: c.indexOf('Huawei') + 6 },
      { entityId: 'peru', matched: 'Perú', text: 'Perú', start: c.indexOf('Perú'), end: c.indexOf('Perú') + 4 },
    ];
    expect(candidates(c, {}, inC, typeOf).map(([id, , type]) => [id, type])).toEqual([['huawei-del-peru', 'COMPANY']]);
    const b = 'said Las Bambas Mining Company yesterday';
    const bambas: Mention[] = [{ entityId: 'las-bambas', matched: 'Las Bambas', text: 'Las Bambas', start: 5, end: 15 }];
    expect(candidates(b, {}, bambas, () => 'INFRASTRUCTURE').map(([, text]) => text)).toEqual(['Las Bambas Mining Company']);
  });

  it('types a name by a word before it ("the regulator X") or after it ("X copper mine")', () => {
    expect(candidates('approved by the regulator Ositrán yesterday')).toEqual([['ositran', 'Ositrán', 'GOVERNMENT', 26, 33]]);
    expect(candidates('work at the Toromocho copper mine began')).toEqual([['toromocho', 'Toromocho', 'INFRASTRUCTURE', 12, 21]]);
  });

  it('types a person by an apposition naming an office', () => {
    expect(candidates('Rómulo Mucho, Peru’s energy minister, said so')).toEqual([
      ['romulo-mucho', 'Rómulo Mucho', 'PERSON', 0, 12],
      ['peru', 'Peru', 'COUNTRY', 14, 18], // the gazetteer's (a mention when the catalog has Peru)
    ]);
  });

  it('leaves a title out of a person’s name, and types a name with no clue by its sentence', () => {
    const text = 'talks with President Xi Jinping ended';
    expect(candidates(text, { tags: { Xi: ['Person'] } })).toEqual([['xi-jinping', 'Xi Jinping', 'PERSON', 21, 31]]);
    // Without the library's tags the title before the name still says it is a person's.
    expect(candidates(text)).toEqual([['xi-jinping', 'Xi Jinping', 'PERSON', 21, 31]]);
    // A Chinese surname and a given name make a person's name; a name with no clue at all is most likely a company.
    expect(candidates('talks with Xi Jinping ended')).toEqual([['xi-jinping', 'Xi Jinping', 'PERSON', 11, 21]]);
    expect(candidates('talks with Blue Falcon ended')).toEqual([['blue-falcon', 'Blue Falcon', 'COMPANY', 11, 22]]);
  });

  it('drops a demonym at the edge, a sentence’s capitalised first word alone, and the possessive ’s', () => {
    expect(candidates('the Chinese firm Huawei said')).toEqual([['huawei', 'Huawei', 'COMPANY', 17, 23]]);
    expect(candidates('Fishermen asked for help.')).toEqual([]);
    // A Spanish verb's ending on the first word: "Visitó" is no part of the name after it.
    expect(candidates('Visitó Puerto Yangshan, en Shanghái.').map(([, text]) => text)).toContain('Puerto Yangshan');
    expect(candidates("they met Cosco's chairman", { tags: { "Cosco's": ['Organization'] } })).toEqual([
      ['cosco', 'Cosco', 'COMPANY', 9, 14],
    ]);
  });

  it('splits a library span at punctuation and uses its kind', () => {
    const text = 'tourists in Lima, Cusco';
    expect(candidates(text, { named: [{ kind: 'place', first: 2, last: 3 }] })).toEqual([
      ['lima', 'Lima', 'PLACE', 12, 16],
      ['cusco', 'Cusco', 'PLACE', 18, 23],
    ]);
    // Without the library's span the gazetteer knows both.
    expect(candidates(text)).toEqual([
      ['lima', 'Lima', 'PLACE', 12, 16],
      ['cusco', 'Cusco', 'PLACE', 18, 23],
    ]);
    expect(candidates('tourists in Lima, Xiaozhen')).toEqual([['lima', 'Lima', 'PLACE', 12, 16]]);
  });

  it('keeps the longest of overlapping candidates and none overlapping a mention', () => {
    const text = 'later Ren Zhengfei spoke';
    expect(candidates(text, { tags: { Ren: ['Person'] }, named: [{ kind: 'person', first: 1, last: 1 }] })).toEqual([
      ['ren-zhengfei', 'Ren Zhengfei', 'PERSON', 6, 18],
    ]);
    const mention: Mention = { entityId: 'ren', matched: 'Ren', start: 6, end: 9, text: 'Ren' };
    expect(candidates(text, { tags: { Ren: ['Person'] } }, [mention], () => 'PERSON')).toEqual([]);
  });

  it('lets a longer proper name win over a known name inside it, and drops that mention', () => {
    const text = 'then China Three Gorges bought a stake';
    const china: Mention = { entityId: 'china', matched: 'China', start: 5, end: 10, text: 'China' };
    const found = findCandidates({ text, parsed: parsed(text), mentions: [china] });
    expect(found.candidates.map((c) => [c.id, c.type])).toEqual([['china-three-gorges', 'COMPANY']]);
    expect(found.mentions).toEqual([]);
    // A known name with titles around it only is no longer name: "President China" is no actor.
    const alone = findCandidates({ text: 'then China bought a stake', parsed: parsed('then China bought a stake'), mentions: [china] });
    expect(alone.candidates).toEqual([]);
    expect(alone.mentions).toEqual([china]);
  });

  it('splits coordinated names unless an "of" makes them one, and gives an acronym in brackets the name’s id', () => {
    const tags = { Pluz: ['ProperNoun'] };
    expect(candidates('later Pluz and Luz del Sur agreed to sell their stake', { tags }).map((c) => c[1])).toEqual(['Pluz', 'Luz del Sur']);
    expect(candidates('then the Ministry of Energy and Mines said').map((c) => c[1])).toEqual(['Ministry of Energy and Mines']);
    expect(candidates('then China Three Gorges (CTG) agreed, and later CTG bought a stake').map((c) => [c[0], c[1], c[2]])).toEqual([
      ['china-three-gorges', 'China Three Gorges', 'COMPANY'],
      ['china-three-gorges', 'CTG', 'COMPANY'],
      ['china-three-gorges', 'CTG', 'COMPANY'],
    ]);
  });

  it('names a person again by a first surname or by a Chinese surname that comes first', () => {
    const text = 'Marco Antonio Zevallos Ruiz met Chen Dexin. Then, Zevallos said that Chen would return.';
    const tags = { Marco: ['Person'], Chen: ['Person', 'ProperNoun'], Zevallos: ['ProperNoun'] };
    const found = candidates(text, { tags });
    expect(found.filter(([, t]) => t === 'Zevallos' || t === 'Chen').map(([id, t, type]) => [id, t, type])).toEqual([
      ['marco-antonio-zevallos-ruiz', 'Zevallos', 'PERSON'],
      ['chen-dexin', 'Chen', 'PERSON'],
    ]);
  });

  it('leaves CJK names to the mentions: the library reads English only', () => {
    expect(candidates('华为 said', { named: [{ kind: 'organization', first: 0, last: 0 }] })).toEqual([]);
  });

  it('types a name by a facility noun a few words back, and an untyped name by the typed one it is listed with', () => {
    const tags = { Marcona: ['ProperNoun'], Toromocho: ['ProperNoun'] };
    expect(candidates('workers at la mina de hierro Marcona struck', { tags }).map((c) => [c[1], c[2]])).toEqual([
      ['Marcona', 'INFRASTRUCTURE'],
    ]);
    const text = 'two mines, Las Bambas and Toromocho, produce copper';
    const bambas: Mention = { entityId: 'las-bambas', matched: 'Las Bambas', start: 11, end: 21, text: 'Las Bambas' };
    const found = findCandidates({ text, parsed: parsed(text, { tags }), mentions: [bambas], typeOf: () => 'INFRASTRUCTURE' });
    expect(found.candidates.map((c) => [c.text, c.type])).toEqual([['Toromocho', 'INFRASTRUCTURE']]);
  });

  it('keeps a dateline’s place apart from the name after the dash (the library’s parse)', () => {
    const text = 'LIMA — Hutchison Ports said on Monday it would expand.';
    const lima: Mention = { entityId: 'lima', matched: 'Lima', start: 0, end: 4, text: 'LIMA' };
    const found = findCandidates({ text, parsed: parse(text), mentions: [lima] });
    expect(found.candidates.map((c) => c.text)).toEqual(['Hutchison Ports']);
    expect(found.mentions).toEqual([lima]);
  });

  it('makes a Peruvian port town after "the port of" the port, and a Chinese city the city', () => {
    const text = 'Ships will sail from the port of Tianjin to the port of Paita and los puertos de Salaverry e Ilo.';
    expect(findCandidates({ text, parsed: parse(text), mentions: [] }).candidates.map((c) => [c.text, c.type])).toEqual([
      ['Tianjin', 'PLACE'],
      ['Paita', 'INFRASTRUCTURE'],
      ['Salaverry', 'INFRASTRUCTURE'],
      ['Ilo', 'INFRASTRUCTURE'],
    ]);
  });

  it('types a name by its apposition past a hyphenated modifier, which the library splits (its parse)', () => {
    const text = 'Power will be supplied by Hidrandina, the state-owned distributor.';
    expect(findCandidates({ text, parsed: parse(text), mentions: [] }).candidates.map((c) => [c.text, c.type])).toEqual([
      ['Hidrandina', 'COMPANY'],
    ]);
  });

  it('takes a bracketed word after a name as its short name, and a school’s name after "de" as another', () => {
    expect(candidates('the Banking Association (Asbanc), which groups banks').map((c) => [c[0], c[1]])).toEqual([
      ['banking-association', 'Banking Association'],
      ['banking-association', 'Asbanc'],
    ]);
    const text = 'ayer la Universidad Nacional Mayor de San Marcos firmó. La rectora de San Marcos habló.';
    expect(candidates(text).map((c) => [c[0], c[1], c[2]])).toEqual([
      ['universidad-nacional-mayor-de-san-marcos', 'Universidad Nacional Mayor de San Marcos', 'ORGANIZATION'],
      ['universidad-nacional-mayor-de-san-marcos', 'San Marcos', 'ORGANIZATION'],
    ]);
  });

  it('gives an actor the gazetteer’s type of a body it lists under one of its surfaces', () => {
    expect(candidates('then the Geological Institute (Ingemmet) said').map((c) => [c[1], c[2]])).toEqual([
      ['Geological Institute', 'GOVERNMENT'],
      ['Ingemmet', 'GOVERNMENT'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { proposeRelationships } from '../../src/analyze/propose-relationships.js';
import type { Sentence } from '../../src/analyze/nlp.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const noCountry = (): undefined => undefined;

function propose(
  text: string,
  endpoints: Endpoint[],
  { countryOf = noCountry, sentences }: { countryOf?: (demonym: string) => string | undefined; sentences?: Sentence[] } = {},
) {
  return proposeRelationships({ text, sentences: sentences ?? [{ start: 0, end: text.length }], endpoints, countryOf });
}

/** type, source, target, trigger, trigger start, confidence. */
const brief = (rels: ReturnType<typeof propose>) =>
  rels.map((r) => [r.type, r.sourceId, r.targetId, r.trigger, r.triggerStart, r.confidence]);

describe('analyze: proposeRelationships, measures', () => {
  it('reads a measure before a noun as a modifier word, and keeps the trigger and the quote as written', () => {
    const text = 'Residents protested against Chadín 2, a 600-megawatt hydropower dam on the Marañón River.';
    const ends = [at(text, 'Chadín 2', 'chadin', 'INFRASTRUCTURE'), at(text, 'Marañón River', 'maranon', 'PLACE')];
    const [located] = propose(text, ends);
    expect([located?.type, located?.sourceId, located?.targetId, located?.trigger]).toEqual([
      'LOCATED_IN',
      'chadin',
      'maranon',
      ', a 600-megawatt hydropower dam on the ',
    ]);
    expect(located?.quote).toBe(text);
  });
});

describe('analyze: proposeRelationships, amounts', () => {
  it('makes chairing a named body heading it, and chairing a meeting presiding over it', () => {
    const a = 'Ernesto Llamoja, who chairs the Transport Committee, asked for the rate.';
    const ends = [at(a, 'Ernesto Llamoja', 'llamoja', 'PERSON'), at(a, 'Transport Committee', 'committee', 'GOVERNMENT')];
    expect(propose(a, ends).map((r) => [r.type, r.sourceId, r.targetId])).toContainEqual(['LEADS', 'llamoja', 'committee']);
    const b = 'La reunión fue presidida por Teresa Mera.';
    const meeting = [at(b, 'La reunión', 'cac', 'GOVERNMENT'), at(b, 'Teresa Mera', 'mera', 'PERSON')];
    expect(propose(b, meeting).map((r) => [r.type, r.sourceId, r.targetId])).toEqual([['PRESIDED_OVER', 'mera', 'cac']]);
  });

  it('makes a company heading a facility its operator, and drops a country or a group heading one', () => {
    const a = 'Andes Holding will manage the Tacora Port for 30 years.';
    const ends = [at(a, 'Andes Holding', 'andes', 'COMPANY'), at(a, 'Tacora Port', 'port', 'INFRASTRUCTURE')];
    expect(propose(a, ends).map((r) => [r.type, r.sourceId, r.targetId])).toEqual([['OPERATES', 'andes', 'port']]);
    const b = 'Peru will manage the Tacora Port for 30 years.';
    expect(propose(b, [at(b, 'Peru', 'peru', 'COUNTRY'), at(b, 'Tacora Port', 'port', 'INFRASTRUCTURE')])).toEqual([]);
  });

  it('gives each owner its own share and no price, and a buyer the price', () => {
    const text = 'Las Bambas, bought for $7bn, is 62.5% owned by MMG, 22.5% by Guoxin and 15% by CITIC.';
    const inside = [
      at(text, 'Las Bambas', 'lb', 'INFRASTRUCTURE'),
      at(text, 'MMG', 'mmg', 'COMPANY'),
      at(text, 'Guoxin', 'guoxin', 'COMPANY'),
      at(text, 'CITIC', 'citic', 'COMPANY'),
    ];
    const owns = propose(text, inside)
      .filter((r) => r.type === 'OWNS')
      .map((r) => [r.sourceId, r.quantities.map((q) => `${q.value}${q.unit}`).join(' ')]);
    expect(owns).toEqual([
      ['mmg', '62.5%'],
      ['guoxin', '22.5%'],
      ['citic', '15%'],
    ]);
  });

  it('gives a plan the cost of the planned work', () => {
    const text = 'CHEC offered in May to build Corío for US$ 3.2 billion.';
    const inside = [at(text, 'CHEC', 'chec', 'COMPANY'), at(text, 'Corío', 'corio', 'INFRASTRUCTURE')];
    const costs = propose(text, inside)
      .filter((r) => r.type === 'PLANS')
      .map((r) => r.quantities.map((q) => `${q.value}${q.unit}`).join(' '));
    expect(costs).toEqual(['3200000000USD']);
  });

  it('gives a builder the cost of the work', () => {
    const text = 'Acme Group is building Lima Cargo City, a US$ 280 million terminal.';
    const inside = [at(text, 'Acme Group', 'acme', 'COMPANY'), at(text, 'Lima Cargo City', 'city', 'INFRASTRUCTURE')];
    const costs = propose(text, inside)
      .filter((r) => r.type === 'BUILT')
      .map((r) => r.quantities.map((q) => `${q.value}${q.unit}`).join(' '));
    expect(costs).toEqual(['280000000USD']);
  });
});

describe('analyze: proposeRelationships, requests', () => {
  it('makes the country of the money sought, not what it is for, the one sought', () => {
    const text = 'El Perú busca financiamiento chino para la línea Yana-Coyllurqui.';
    const inside = [at(text, 'Perú', 'peru', 'COUNTRY'), at(text, 'Yana-Coyllurqui', 'yana', 'INFRASTRUCTURE')];
    const chinese = (d: string) => (d === 'chino' ? 'china' : undefined);
    const seeks = propose(text, inside, { countryOf: chinese }).filter((r) => r.type === 'SEEKS_COOPERATION_WITH');
    expect(seeks.map((r) => [r.sourceId, r.targetId])).toEqual([['peru', 'china']]);
  });
});

describe('analyze: proposeRelationships, dates and amounts', () => {
  const dated = (text: string, endpoints: Endpoint[], publishedAt = '2025-05-20') =>
    proposeRelationships({ text, sentences: [{ start: 0, end: text.length }], endpoints, countryOf: noCountry, publishedAt })
      .filter((r) => r.type !== 'AFFILIATED_WITH')
      .map((r) => [r.type, r.sourceId, r.validFrom, r.quantities.map((q) => `${q.value}${q.unit}`).join(' ')]);

  it('takes a price past a company named as another’s part, only money or a rate for a fine, only money for a partnership', () => {
    const bought = 'CSGI completed the purchase of Enel’s 83% stake in Enel Perú for $2.9bn on Thursday.';
    const ends = [at(bought, 'CSGI', 'csgi', 'COMPANY'), at(bought, 'Enel', 'enel', 'COMPANY'), at(bought, 'Enel Perú', 'ep', 'COMPANY')];
    expect(dated(bought, ends).filter(([type]) => type === 'ACQUIRED')).toEqual([['ACQUIRED', 'csgi', '2025-05-15', '83% 2900000000USD']]);
    const fine = 'El OEFA impuso una multa de 3,8 millones de soles a Minera Sur por el derrame de 40 toneladas de cobre.';
    const two = [at(fine, 'OEFA', 'oefa', 'GOVERNMENT'), at(fine, 'Minera Sur', 'ms', 'COMPANY')];
    expect(dated(fine, two)).toEqual([['REGULATES', 'oefa', null, '3800000PEN']]);
    // A supply deal's tonnes are no price of the partnership.
    const supply = 'TASA will supply 150,000 tonnes a year to Haid Group.';
    expect(dated(supply, [at(supply, 'TASA', 'tasa', 'COMPANY'), at(supply, 'Haid Group', 'haid', 'COMPANY')])).toEqual([
      ['PARTNERS_WITH', 'tasa', null, ''],
    ]);
  });

  it('reads a yearless date as to come only when its own clause is about the future', () => {
    // Published on a Tuesday: "said in August" is past though what was said is to come; "se reunirá el jueves" is to come.
    const said = 'Rómulo Mucho said in August that MMG would invest $2bn.';
    expect(dated(said, [at(said, 'Rómulo Mucho', 'mucho', 'PERSON'), at(said, 'MMG', 'mmg', 'COMPANY')])).toEqual([
      ['STATED', 'mucho', '2024-08', ''],
    ]);
    const meet = 'Rodolfo Coronado tiene previsto reunirse el jueves con ejecutivos de COSCO.';
    expect(dated(meet, [at(meet, 'Rodolfo Coronado', 'rc', 'PERSON'), at(meet, 'COSCO', 'cosco', 'COMPANY')])).toEqual([
      ['MET', 'rc', '2025-05-22', ''],
    ]);
    // A past participle right before a weekday dates a past act, whatever the clause says is to come.
    const awarded = 'Yutong will supply 300 buses to the ATU under a $165m contract awarded on Monday.';
    expect(
      dated(awarded, [at(awarded, 'Yutong', 'yutong', 'COMPANY'), at(awarded, 'ATU', 'atu', 'GOVERNMENT')]).map(([type, , date]) => [
        type,
        date,
      ]),
    ).toEqual([['PARTNERS_WITH', '2025-05-19']]);
    // A day of a month to come is next year's, not next week's.
    const visit = 'Rodolfo Coronado visitará Lima el 10 de noviembre.';
    expect(dated(visit, [at(visit, 'Rodolfo Coronado', 'rc', 'PERSON'), at(visit, 'Lima', 'lima', 'PLACE')])).toEqual([
      ['VISITED', 'rc', '2025-11-10', ''],
    ]);
    const told = 'The Bank of China will lend $450m to Piura, its governor, Luis Neyra, said on Tuesday.';
    const ends = [at(told, 'Luis Neyra', 'neyra', 'PERSON'), at(told, 'Bank of China', 'boc', 'COMPANY')];
    expect(dated(told, ends).filter(([type]) => type === 'STATED')).toEqual([['STATED', 'neyra', '2025-05-20', '']]);
  });

  it('dates a meeting by its dateline, not a deal or a fine, nor by the day the deal was reported; a fine has its amount', () => {
    const deal = 'LIMA, 12 de marzo — Jiangxi Copper adquirió Cerro Pelado por US$ 285 millones, informó este jueves el vendedor.';
    const ends = [at(deal, 'Jiangxi Copper', 'jc', 'COMPANY'), at(deal, 'Cerro Pelado', 'cp', 'INFRASTRUCTURE')];
    expect(dated(deal, ends, '2026-03-12').filter(([type]) => type === 'ACQUIRED')).toEqual([['ACQUIRED', 'jc', null, '285000000USD']]);
    const fine = 'LIMA, 2 de septiembre — El OEFA impuso una multa de 3,8 millones de soles a Minera Las Bambas, informó la entidad.';
    const bodies = [at(fine, 'OEFA', 'oefa', 'GOVERNMENT'), at(fine, 'Minera Las Bambas', 'mlb', 'COMPANY')];
    expect(dated(fine, bodies, '2025-09-02').filter(([type]) => type === 'REGULATES')).toEqual([['REGULATES', 'oefa', null, '3800000PEN']]);
    const met = 'LIMA, 12 de marzo — Boluarte se reunió con Xi en el palacio.';
    const people = [at(met, 'Boluarte', 'dina', 'PERSON'), at(met, 'Xi', 'xi', 'PERSON')];
    expect(dated(met, people, '2026-03-12')).toEqual([['MET', 'dina', '2026-03-12', '']]);
  });

  it('dates a verb past a relative clause closed by commas, and prices a contract between partners', () => {
    const bought = 'China Three Gorges bought Luz del Sur, which serves the south of Lima, from Sempra for $3.59bn in 2020.';
    const ends = [at(bought, 'China Three Gorges', 'ctg', 'COMPANY'), at(bought, 'Luz del Sur', 'lds', 'COMPANY')];
    expect(dated(bought, ends)).toEqual([['ACQUIRED', 'ctg', '2020', '3590000000USD']]);
    const deal = 'MMG firmó con COSCO Shipping un contrato de US$ 320 millones.';
    expect(dated(deal, [at(deal, 'MMG', 'mmg', 'COMPANY'), at(deal, 'COSCO Shipping', 'cosco', 'COMPANY')])).toEqual([
      ['PARTNERS_WITH', 'mmg', null, '320000000USD'],
    ]);
  });

  it('gives a buyer the price past a demonym, and an owner the share written right before it', () => {
    const buy = 'Joyvio agreed to buy 60% of the Peruvian exporter Frutos del Norte for $265m.';
    const ends = [at(buy, 'Joyvio', 'joyvio', 'COMPANY'), at(buy, 'Frutos del Norte', 'fdn', 'COMPANY')];
    expect(dated(buy, ends)).toEqual([['ACQUIRED', 'joyvio', null, '60% 265000000USD']]);
    const own = 'Hydro Andes es propiedad en un 70% de la eléctrica china Huadian y en un 30% del fondo peruano Conchucos.';
    const owners = [
      at(own, 'Hydro Andes', 'ha', 'COMPANY'),
      at(own, 'Huadian', 'huadian', 'COMPANY'),
      at(own, 'Conchucos', 'con', 'COMPANY'),
    ];
    expect(dated(own, owners)).toEqual([
      ['OWNS', 'huadian', null, '70%'],
      ['OWNS', 'con', null, '30%'],
    ]);
  });
});

describe('analyze: proposeRelationships from triggers', () => {
  it('makes no party of a "-based" premodifier’s place', () => {
    const text = 'The Lima-based Apoyo bought Enel.';
    const inside = [at(text, 'Lima', 'lima', 'PLACE'), at(text, 'Apoyo', 'apoyo', 'COMPANY'), at(text, 'Enel', 'enel', 'COMPANY')];
    expect(propose(text, inside).map((r) => [r.type, r.sourceId, r.targetId])).toEqual([
      ['HEADQUARTERED_IN', 'apoyo', 'lima'],
      ['ACQUIRED', 'apoyo', 'enel'],
    ]);
  });

  it('relates the entity before a trigger to the one after it, quoting the sentence', () => {
    const text = 'Huawei visited Lima.';
    expect(propose(text, [at(text, 'Huawei', 'huawei', 'COMPANY'), at(text, 'Lima', 'lima', 'PLACE', { kind: 'candidate' })])).toEqual([
      {
        type: 'VISITED',
        sourceId: 'huawei',
        targetId: 'lima',
        sourceIsCandidate: false,
        targetIsCandidate: true,
        sourceStart: 0,
        sourceEnd: 6,
        targetStart: 15,
        targetEnd: 19,
        trigger: 'visited',
        triggerStart: 7,
        triggerEnd: 14,
        confidence: 0.85,
        validFrom: null,
        quantities: [],
        quote: 'Huawei visited Lima.',
        sentenceStart: 0,
        sentenceEnd: 20,
      },
    ]);
  });

  it('lowers the confidence by 4 % for each word between the ends besides the trigger', () => {
    const text = 'Huawei visited the old city of Lima.';
    // 0.85 × (1 − 0.04 × 4), rounded to hundredths.
    expect(brief(propose(text, [at(text, 'Huawei', 'huawei', 'COMPANY'), at(text, 'Lima', 'lima', 'PLACE')]))).toEqual([
      ['VISITED', 'huawei', 'lima', 'visited', 7, 0.71],
    ]);
  });

  it('reads a passive from the agent after "by"', () => {
    const text = 'Chancay Port is operated by COSCO.';
    expect(brief(propose(text, [at(text, 'Chancay Port', 'port', 'INFRASTRUCTURE'), at(text, 'COSCO', 'cosco', 'COMPANY')]))).toEqual([
      ['OPERATES', 'cosco', 'port', 'operated', 16, 0.74],
    ]);
  });

  it('proposes nothing when the types do not fit, the target is in another clause, or an entity would relate to itself', () => {
    const a = 'Lima operates Chancay Port.';
    expect(propose(a, [at(a, 'Lima', 'lima', 'PLACE'), at(a, 'Chancay Port', 'port', 'INFRASTRUCTURE')])).toEqual([]);
    const b = 'COSCO owns 60 percent, and the miner Volcan holds the rest.';
    expect(propose(b, [at(b, 'COSCO', 'cosco', 'COMPANY'), at(b, 'Volcan', 'volcan', 'COMPANY', { kind: 'candidate' })])).toEqual([]);
    const c = 'Huawei visited Huawei.';
    expect(propose(c, [at(c, 'Huawei', 'huawei', 'COMPANY'), at(c, 'Huawei', 'huawei', 'COMPANY', { from: 1 })])).toEqual([]);
  });

  it('relates each of coordinated subjects to the target', () => {
    const text = 'Peru and China signed the FTA.';
    const ends = [at(text, 'Peru', 'peru', 'COUNTRY'), at(text, 'China', 'china', 'COUNTRY'), at(text, 'FTA', 'fta', 'AGREEMENT')];
    expect(brief(propose(text, ends))).toEqual([
      ['SIGNED', 'peru', 'fta', 'signed', 15, 0.75],
      ['SIGNED', 'china', 'fta', 'signed', 15, 0.82],
    ]);
  });

  it('pairs coordinated entities before a symmetric trigger', () => {
    const text = 'Xi and Boluarte discussed trade.';
    expect(brief(propose(text, [at(text, 'Xi', 'xi', 'PERSON'), at(text, 'Boluarte', 'dina', 'PERSON')]))).toEqual([
      ['DISCUSSED', 'xi', 'dina', 'discussed', 16, 0.63],
    ]);
  });

  it('gives a coordinated verb the subject of the verb before it', () => {
    const text = 'Boluarte visited Lima and met Xi.';
    const ends = [at(text, 'Boluarte', 'dina', 'PERSON'), at(text, 'Lima', 'lima', 'PLACE'), at(text, 'Xi', 'xi', 'PERSON')];
    expect(brief(propose(text, ends))).toEqual([
      ['VISITED', 'dina', 'lima', 'visited', 9, 0.85],
      ['MET', 'dina', 'xi', 'met', 26, 0.66],
    ]);
  });

  it('takes the possessor of a noun trigger as its target ("China is Peru’s largest trading partner")', () => {
    const text = "China is Peru's largest trading partner.";
    expect(brief(propose(text, [at(text, 'China', 'china', 'COUNTRY'), at(text, 'Peru', 'peru', 'COUNTRY')]))).toEqual([
      ['PARTNERS_WITH', 'china', 'peru', 'largest trading partner', 16, 0.7],
    ]);
  });

  it('makes partners of the parties to an unnamed agreement', () => {
    const text = 'Huawei signed an agreement with UNI.';
    const [rel] = propose(text, [at(text, 'Huawei', 'huawei', 'COMPANY'), at(text, 'UNI', 'uni', 'ORGANIZATION', { kind: 'candidate' })]);
    expect(rel).toMatchObject({
      type: 'PARTNERS_WITH',
      sourceId: 'huawei',
      targetId: 'uni',
      targetIsCandidate: true,
      trigger: 'signed',
      confidence: 0.6,
    });
  });

  it('reads a Chinese verb-final sentence, passive after 由', () => {
    const text = '钱凯港由中远海运运营。';
    expect(brief(propose(text, [at(text, '钱凯港', 'port', 'INFRASTRUCTURE'), at(text, '中远海运', 'cosco', 'COMPANY')]))).toEqual([
      ['OPERATES', 'cosco', 'port', '运营', 8, 0.72],
    ]);
  });
});

describe('analyze: proposeRelationships from titles', () => {
  it('makes a president the leader of the country a demonym names, when the catalog has that country', () => {
    const text = 'Peruvian President Dina Boluarte spoke.';
    const ends = [at(text, 'Dina Boluarte', 'dina', 'PERSON')];
    const rels = propose(text, ends, { countryOf: (d) => (d === 'Peruvian' ? 'peru' : undefined) });
    expect(brief(rels)).toEqual([['LEADS', 'dina', 'peru', 'Peruvian President', 0, 0.75]]);
    expect(rels[0]).toMatchObject({ targetIsCandidate: false, targetStart: 0, targetEnd: 8, triggerEnd: 18 });
    expect(propose(text, ends)).toEqual([]);
  });

  it('makes a minister an office holder in a country named before the title or in an apposition', () => {
    const a = "China's commerce minister Wang Wentao spoke.";
    expect(brief(propose(a, [at(a, 'China', 'china', 'COUNTRY'), at(a, 'Wang Wentao', 'wang', 'PERSON', { kind: 'candidate' })]))).toEqual([
      ['HOLDS_OFFICE_IN', 'wang', 'china', "China's commerce minister", 0, 0.75],
    ]);
    const b = 'Rómulo Mucho, Peru’s energy and mines minister, said so.';
    expect(brief(propose(b, [at(b, 'Rómulo Mucho', 'mucho', 'PERSON', { kind: 'candidate' }), at(b, 'Peru', 'peru', 'COUNTRY')]))).toEqual([
      ['HOLDS_OFFICE_IN', 'mucho', 'peru', 'Peru’s energy and mines minister', 14, 0.7],
    ]);
  });

  it('affiliates a company with the country of a demonym before a company noun', () => {
    const text = 'the Chinese tech giant Huawei grew.';
    const rels = propose(text, [at(text, 'Huawei', 'huawei', 'COMPANY')], { countryOf: (d) => (d === 'Chinese' ? 'china' : undefined) });
    expect(brief(rels)).toEqual([['AFFILIATED_WITH', 'huawei', 'china', 'Chinese tech giant', 4, 0.75]]);
  });
});

describe('analyze: proposeRelationships per sentence', () => {
  it('keeps the most confident of one relation proposed twice in a sentence', () => {
    const text = 'Huawei visited the old city of Lima, then Huawei visited Lima.';
    const ends = [
      at(text, 'Huawei', 'huawei', 'COMPANY'),
      at(text, 'Lima', 'lima', 'PLACE'),
      at(text, 'Huawei', 'huawei', 'COMPANY', { from: 1 }),
      at(text, 'Lima', 'lima', 'PLACE', { from: 36 }),
    ];
    expect(brief(propose(text, ends))).toEqual([['VISITED', 'huawei', 'lima', 'visited', 49, 0.85]]);
  });

  it('relates only entities of the same sentence and quotes that sentence', () => {
    const text = 'Huawei opened. It visited Lima. Huawei visited Lima.';
    const sentences = [
      { start: 0, end: 14 },
      { start: 15, end: 31 },
      { start: 32, end: 52 },
    ];
    const ends = [
      at(text, 'Huawei', 'huawei', 'COMPANY'),
      at(text, 'Lima', 'lima', 'PLACE'),
      at(text, 'Huawei', 'huawei', 'COMPANY', { from: 1 }),
      at(text, 'Lima', 'lima', 'PLACE', { from: 31 }),
    ];
    const rels = propose(text, ends, { sentences });
    expect(rels.map((r) => [r.type, r.triggerStart, r.quote, r.sentenceStart, r.sentenceEnd])).toEqual([
      ['VISITED', 39, 'Huawei visited Lima.', 32, 52],
    ]);
  });
  it('lets no one visit the country a title or a demonym ties them to', () => {
    const text = 'Ana Ruiz met her Chinese counterpart, Li Wei, on a visit to China.';
    const endpoints = [at(text, 'Ana Ruiz', 'ruiz', 'PERSON'), at(text, 'Li Wei', 'li', 'PERSON'), at(text, 'China', 'china', 'COUNTRY')];
    const visits = (countryOf: (d: string) => string | undefined) =>
      propose(text, endpoints, { countryOf })
        .filter((r) => r.type === 'VISITED')
        .map((r) => r.sourceId);
    expect(visits((d) => (d === 'Chinese' ? 'china' : undefined))).toEqual(['ruiz']);
  });

  it('reads a noun’s visit, a titled person of a body, and a subject after a Spanish relative verb', () => {
    const text =
      'La visita de Li Qiang al Perú. El rector de la UNI, Juan Paz, habló. El puerto Paita, que opera la empresa Euroandinos, crece.';
    const sentences = [...text.matchAll(/[^.]+\./gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const endpoints = [
      at(text, 'Li Qiang', 'li', 'PERSON'),
      at(text, 'Perú', 'peru', 'COUNTRY'),
      at(text, 'UNI', 'uni', 'ORGANIZATION'),
      at(text, 'Juan Paz', 'paz', 'PERSON'),
      at(text, 'Paita', 'paita', 'INFRASTRUCTURE'),
      at(text, 'Euroandinos', 'euro', 'COMPANY'),
    ];
    expect(propose(text, endpoints, { sentences }).map((r) => [r.type, r.sourceId, r.targetId])).toEqual([
      ['VISITED', 'li', 'peru'],
      ['LEADS', 'paz', 'uni'],
      ['OPERATES', 'euro', 'paita'],
    ]);
  });

  it('dates an event by no "since" of another clause, and a state only by its "since"', () => {
    const text = 'El TLC, vigente desde 2010, se ampliará durante la visita de Li Qiang al Perú.';
    const rels = proposeRelationships({
      text,
      sentences: [{ start: 0, end: text.length }],
      endpoints: [at(text, 'Li Qiang', 'li', 'PERSON'), at(text, 'Perú', 'peru', 'COUNTRY')],
      countryOf: noCountry,
      publishedAt: '2024-11-01',
    });
    expect(rels.map((r) => [r.type, r.validFrom])).toEqual([['VISITED', null]]);
  });

  it('makes whoever opens an event attend it, a body host it, and reads an agent after a possessor’s title', () => {
    const rels = (text: string, ends: Endpoint[]) =>
      proposeRelationships({ text, sentences: [{ start: 0, end: text.length }], endpoints: ends, countryOf: noCountry }).map((r) => [
        r.type,
        r.sourceId,
        r.targetId,
      ]);
    const a = 'El ministro Ana Ruiz inauguró la Feria Tacora el martes.';
    expect(rels(a, [at(a, 'Ana Ruiz', 'ruiz', 'PERSON'), at(a, 'Feria Tacora', 'feria', 'EVENT')])).toEqual([
      ['ATTENDED', 'ruiz', 'feria'],
    ]);
    const b = 'El Museo Andino inaugurará la muestra Oro Tacora el sábado.';
    expect(rels(b, [at(b, 'Museo Andino', 'museo', 'ORGANIZATION'), at(b, 'Oro Tacora', 'muestra', 'EVENT')])).toEqual([
      ['HOSTED', 'museo', 'muestra'],
    ]);
    const c = 'The Tacora Accord was signed by the Chinese bank’s governor, Pan Wei, on Monday.';
    const ends = [
      at(c, 'Tacora Accord', 'accord', 'AGREEMENT'),
      at(c, 'Chinese bank', 'bank', 'COMPANY'),
      at(c, 'Pan Wei', 'pan', 'PERSON'),
    ];
    expect(rels(c, ends).filter(([type]) => type === 'SIGNED')).toEqual([
      ['SIGNED', 'pan', 'accord'],
      ['SIGNED', 'bank', 'accord'],
    ]);
  });

  it('makes a body’s arrival in a place by a year its presence there from that year, never a visit, and its founding its seat', () => {
    const located = (text: string, body: string, place: string) =>
      proposeRelationships({
        text,
        sentences: [{ start: 0, end: text.length }],
        endpoints: [at(text, body, 'body', 'COMPANY'), at(text, place, 'place', 'COUNTRY')],
        countryOf: noCountry,
        publishedAt: '2025-06-01',
      }).map((r) => [r.type, r.sourceId, r.targetId, r.validFrom]);
    expect(located('Tacora Telecom, con sede en Pekín, llegó al Perú en 2016 y crece.', 'Tacora Telecom', 'Perú')).toEqual([
      ['LOCATED_IN', 'body', 'place', '2016'],
    ]);
    expect(located('Tacora Bank opened in Peru in 2014.', 'Tacora Bank', 'Peru')).toEqual([['LOCATED_IN', 'body', 'place', '2014']]);
    // A founding's year starts a seat, past a later "a partir de" of another clause.
    const seated = (text: string) =>
      proposeRelationships({
        text,
        sentences: [{ start: 0, end: text.length }],
        endpoints: [at(text, 'Tacora', 'body', 'COMPANY'), at(text, 'Pekín', 'place', 'PLACE')],
        countryOf: noCountry,
        publishedAt: '2025-06-01',
      }).map((r) => [r.type, r.validFrom]);
    expect(seated('Tacora, fundada en Pekín en 2010, venderá autos a partir de 2027.')).toEqual([['HEADQUARTERED_IN', '2010']]);
    // "Plan" in a name is no plan to come: "in October" is the last October.
    const approval = 'The port authority said Tacora had approved its Port Security Plan in October.';
    const adopted = proposeRelationships({
      text: approval,
      sentences: [{ start: 0, end: approval.length }],
      endpoints: [at(approval, 'Tacora', 'body', 'COMPANY'), at(approval, 'Port Security Plan', 'plan', 'PLAN')],
      countryOf: noCountry,
      publishedAt: '2025-06-01',
    }).map((r) => [r.type, r.validFrom]);
    expect(adopted).toEqual([['ADOPTED', '2024-10']]);
    expect(located('A loan from Tacora Bank, which opened a branch in Peru in 2022.', 'Tacora Bank', 'Peru')).toEqual([
      ['LOCATED_IN', 'body', 'place', '2022'],
    ]);
    expect(located('Tacora Oil has worked in Peru since 1993.', 'Tacora Oil', 'Peru')).toEqual([['LOCATED_IN', 'body', 'place', '1993']]);
    expect(located('Tacora Perú opera en Chile desde 2014.', 'Tacora Perú', 'Chile')).toEqual([['LOCATED_IN', 'body', 'place', '2014']]);
    // A delegation arriving on a day is a visit.
    expect(located('Tacora Group arrived in Peru on Monday.', 'Tacora Group', 'Peru')).toEqual([
      ['VISITED', 'body', 'place', '2025-05-26'],
    ]);
  });
  it(
    'reads ownership shares after "es propiedad de", contracts a party closed, subjects acting jointly, ' + 'and a possessor as the end',
    () => {
      const cases: [string, [string, string, string][], [string, string, string][]][] = [
        [
          'Hidro Sur es propiedad en un 60% de la eléctrica Huaneng y en un 40% del fondo Conchucos.',
          [
            ['Hidro Sur', 'hs', 'COMPANY'],
            ['Huaneng', 'huaneng', 'COMPANY'],
            ['Conchucos', 'conchucos', 'COMPANY'],
          ],
          [
            ['OWNS', 'huaneng', 'hs'],
            ['OWNS', 'conchucos', 'hs'],
          ],
        ],
        [
          'La agroexportadora Danper cerró un contrato de US$ 5 millones con la importadora Pagoda.',
          [
            ['Danper', 'danper', 'COMPANY'],
            ['Pagoda', 'pagoda', 'COMPANY'],
          ],
          [['PARTNERS_WITH', 'danper', 'pagoda']],
        ],
        [
          'Desde 2010, la UNI y la Universidad de Fudan gestionan juntas el Centro Andino.',
          [
            ['UNI', 'uni', 'ORGANIZATION'],
            ['Universidad de Fudan', 'fudan', 'ORGANIZATION'],
            ['Centro Andino', 'centro', 'ORGANIZATION'],
          ],
          [['PARTNERS_WITH', 'uni', 'fudan']],
        ],
        [
          'Caixin, a magazine owned by China’s Xinhua Group, said so.',
          [
            ['Caixin', 'caixin', 'MEDIA'],
            ['China', 'china', 'COUNTRY'],
            ['Xinhua Group', 'xinhua', 'MEDIA'],
          ],
          [['OWNS', 'xinhua', 'caixin']],
        ],
      ];
      for (const [text, ends, expected] of cases) {
        const endpoints = ends.map(([surface, id, type]) => at(text, surface, id, type));
        const got = propose(text, endpoints).map((r) => [r.type, r.sourceId, r.targetId]);
        expect(
          got.filter((r) => r[0] === 'OWNS' || r[0] === 'PARTNERS_WITH'),
          text,
        ).toEqual(expected);
      }
    },
  );
});

describe('analyze: proposeRelationships, parties', () => {
  it('makes the country a signatory holds office in by the sentence’s titles a party to what was signed', () => {
    const text = 'China’s commerce minister, Wang Wentao, and Peru’s trade minister, Ana Ruiz, signed the Lima Protocol.';
    const inside = [
      at(text, 'China', 'china', 'COUNTRY'),
      at(text, 'Wang Wentao', 'wang', 'PERSON'),
      at(text, 'Peru', 'peru', 'COUNTRY'),
      at(text, 'Ana Ruiz', 'ana', 'PERSON'),
      at(text, 'Lima Protocol', 'protocol', 'AGREEMENT'),
    ];
    const parties = propose(text, inside).filter((r) => r.type === 'PARTY_TO' || r.type === 'SIGNED');
    expect(parties.map((r) => [r.type, r.sourceId, r.targetId]).sort()).toEqual([
      ['PARTY_TO', 'china', 'protocol'],
      ['PARTY_TO', 'peru', 'protocol'],
      ['SIGNED', 'ana', 'protocol'],
      ['SIGNED', 'wang', 'protocol'],
    ]);
  });
});

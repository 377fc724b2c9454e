import { describe, expect, it } from 'vitest';
import { measuresAsWords } from '../../src/analyze/proposal.js';
import { triggerRelations } from '../../src/analyze/trigger-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** Type, source, target, trigger, trigger start and confidence of the relations of `text` as one sentence. */
const relations = (text: string, inside: Endpoint[]) =>
  triggerRelations({ text, sentence: { start: 0, end: text.length }, inside }).map((r) => [
    r.type,
    r.sourceId,
    r.targetId,
    r.trigger,
    r.triggerStart,
    r.confidence,
  ]);

describe('analyze: triggerRelations', () => {
  const pairs = (text: string, ends: [string, string][]) =>
    relations(
      text,
      ends.map(([name, type]) => at(text, name, name.toLowerCase().replace(/\s+/g, '-'), type)),
    ).map(([type, s, t]) => [type, s, t]);

  it('reads meetings held, kept or named with "between"', () => {
    const people: [string, string][] = [
      ['Elmer Schialer', 'PERSON'],
      ['Wang Yi', 'PERSON'],
    ];
    for (const text of [
      'Elmer Schialer y Wang Yi sostuvieron una reunión en Pekín.',
      'Elmer Schialer mantuvo un encuentro con Wang Yi en Pekín.',
      'The meeting between Elmer Schialer and Wang Yi lasted two hours.',
      'La reunión entre Elmer Schialer y Wang Yi duró dos horas.',
    ])
      expect(pairs(text, people), text).toContainEqual(['MET', 'elmer-schialer', 'wang-yi']);
  });

  it('reads a regulator’s audits, investigations, sanctioning procedures, licences and fines, a fine’s amount before its agent', () => {
    const ends: [string, string][] = [
      ['Osinergmin', 'GOVERNMENT'],
      ['Pluz', 'COMPANY'],
    ];
    for (const text of [
      'Osinergmin audited Pluz in May.',
      'Osinergmin investiga a Pluz por los cortes.',
      'Osinergmin abrió un procedimiento sancionador contra Pluz.',
      'Osinergmin opened a sanctioning procedure against Pluz.',
      'Osinergmin granted Pluz a licence to sell power.',
      'Osinergmin otorgó a Pluz la habilitación para operar.',
    ])
      expect(pairs(text, ends), text).toEqual([['REGULATES', 'osinergmin', 'pluz']]);
    expect(pairs('Pluz was fined $2m by Osinergmin.', [...ends].reverse())).toEqual([['REGULATES', 'osinergmin', 'pluz']]);
    expect(pairs('Osinergmin granted Pluz a loan.', ends)).toEqual([]);
  });

  it('reads contracts won or awarded, suppliers chosen, goods ordered, clients and joint ventures as partners', () => {
    const two = (a: string, b: string): [string, string][] => [
      [a, 'COMPANY'],
      [b, 'COMPANY'],
    ];
    const partners = (text: string, a: string, b: string) =>
      pairs(text, two(a, b))
        .filter(([type]) => type === 'PARTNERS_WITH')
        .map(([, s, t]) => [s, t].sort());
    const cases: [string, string, string][] = [
      ['In May, Huawei won a $200m contract from Entel to build the network.', 'Huawei', 'Entel'],
      ['In May, Engie awarded Goldwind a $200m contract for the turbines.', 'Engie', 'Goldwind'],
      ['En mayo, Engie adjudicó a Goldwind un contrato de US$ 200 millones.', 'Engie', 'Goldwind'],
      ['In May, Telefónica chose ZTE as its equipment supplier.', 'Telefónica', 'ZTE'],
      ['En mayo, Telefónica eligió a ZTE como proveedor de equipos.', 'Telefónica', 'ZTE'],
      ['In May, Trujillo ordered 120 electric buses from King Long.', 'Trujillo', 'King Long'],
      ['En mayo, Alicorp se convirtió en cliente de COFCO.', 'Alicorp', 'COFCO'],
      ['In May, Petroperú and CNPC formed a joint venture to run the refinery.', 'Petroperú', 'CNPC'],
      ['In May, Petroperú and CNPC agreed to run the refinery together.', 'Petroperú', 'CNPC'],
    ];
    for (const [text, a, b] of cases) {
      const ids = [a, b].map((n) => n.toLowerCase().replace(/\s+/g, '-')).sort();
      expect(partners(text, a, b), text).toEqual([ids]);
    }
  });

  it('reads an owner after "majority-owned by" and "accionista mayoritario del"', () => {
    const port: [string, string][] = [
      ['Chancay Port', 'INFRASTRUCTURE'],
      ['Cosco', 'COMPANY'],
    ];
    expect(pairs('The Chancay Port is majority-owned by Cosco.', port)).toEqual([['OWNS', 'cosco', 'chancay-port']]);
    const es: [string, string][] = [
      ['Cosco', 'COMPANY'],
      ['Chancay Port', 'INFRASTRUCTURE'],
    ];
    expect(pairs('Cosco es el accionista mayoritario del Chancay Port.', es)).toEqual([['OWNS', 'cosco', 'chancay-port']]);
  });

  it('reads builders of a facility completed or contracted, and operators of a concession', () => {
    const farm = (text: string, company: string): [string, string][] =>
      text.indexOf(company) < text.indexOf('Sol Farm')
        ? [
            [company, 'COMPANY'],
            ['Sol Farm', 'INFRASTRUCTURE'],
          ]
        : [
            ['Sol Farm', 'INFRASTRUCTURE'],
            [company, 'COMPANY'],
          ];
    for (const text of [
      'In May, PowerChina completed the Sol Farm in Moquegua.',
      'En mayo, PowerChina culminó las obras del Sol Farm.',
      'In May, PowerChina was the contractor for the Sol Farm.',
      'En mayo, PowerChina es la contratista del Sol Farm.',
      'En mayo, PowerChina está a cargo de la construcción del Sol Farm.',
      'En mayo, PowerChina se adjudicó la construcción del Sol Farm.',
    ])
      expect(pairs(text, farm(text, 'PowerChina')), text).toContainEqual(['BUILT', 'powerchina', 'sol-farm']);
    for (const text of [
      'In May, Kallpa won the concession to operate the Sol Farm.',
      'En mayo, Kallpa se adjudicó la concesión del Sol Farm.',
      'In May, Kallpa said it will run the Sol Farm for 30 years.',
    ])
      expect(pairs(text, farm(text, 'Kallpa')), text).toContainEqual(['OPERATES', 'kallpa', 'sol-farm']);
    // A company's purchase completed is no building.
    const bought: [string, string][] = [
      ['PowerChina', 'COMPANY'],
      ['Enel', 'COMPANY'],
    ];
    expect(pairs('In May, PowerChina completed the Enel purchase.', bought).filter(([type]) => type === 'BUILT')).toEqual([]);
  });

  it('affiliates one who works for a body with it', () => {
    const ends: [string, string][] = [
      ['Li Ming', 'PERSON'],
      ['Zijin', 'COMPANY'],
    ];
    expect(pairs('Li Ming, who works for Zijin, said output would rise.', ends)).toContainEqual(['AFFILIATED_WITH', 'li-ming', 'zijin']);
    expect(pairs('Li Ming trabaja para Zijin desde 2019.', ends)).toContainEqual(['AFFILIATED_WITH', 'li-ming', 'zijin']);
  });

  it('reads speaking at an event as attending it, and money poured, credit extended or borrowed as investment', () => {
    const summit: [string, string][] = [
      ['Boluarte', 'PERSON'],
      ['APEC summit', 'EVENT'],
    ];
    for (const text of [
      'Boluarte spoke at the APEC summit.',
      'Boluarte intervino en la APEC summit.',
      'Boluarte addressed the APEC summit.',
    ])
      expect(pairs(text, summit), text).toEqual([['ATTENDED', 'boluarte', 'apec-summit']]);
    const money: [string, string][] = [
      ['Zijin', 'COMPANY'],
      ['Andina', 'COMPANY'],
    ];
    expect(pairs('Zijin will pour $500m into Andina.', money)).toContainEqual(['INVESTED_IN', 'zijin', 'andina']);
    expect(pairs('Zijin extended a $300m credit line to Andina.', money)).toContainEqual(['INVESTED_IN', 'zijin', 'andina']);
    expect(pairs('Zijin borrowed $300m from Andina.', money)).toContainEqual(['RECEIVED_INVESTMENT', 'zijin', 'andina']);
  });

  it('reads blame, warnings and judgements as statements about whom they name, not as a medium', () => {
    const ends: [string, string][] = [
      ['Osinergmin', 'GOVERNMENT'],
      ['Luz del Sur', 'COMPANY'],
    ];
    for (const text of [
      'Osinergmin blamed Luz del Sur for the outage.',
      'Osinergmin responsabilizó a Luz del Sur por el apagón.',
      'Osinergmin advirtió a Luz del Sur que deberá pagar la multa.',
      'Osinergmin calificó de grave la falta de Luz del Sur.',
      'Osinergmin considers that Luz del Sur must pay.',
    ])
      expect(pairs(text, ends), text).toEqual([['STATED', 'osinergmin', 'luz-del-sur']]);
  });

  it('reads joining with "se sumó a", cooperation of coordinated subjects, and a dinner offered as hosting', () => {
    const bri: [string, string][] = [
      ['Perú', 'COUNTRY'],
      ['Franja y la Ruta', 'INITIATIVE'],
    ];
    expect(pairs('El Perú se sumó a la Franja y la Ruta en 2019.', bri)).toContainEqual(['PARTICIPATES_IN', 'perú', 'franja-y-la-ruta']);
    const two: [string, string][] = [
      ['Huawei', 'COMPANY'],
      ['UNI', 'ORGANIZATION'],
    ];
    expect(pairs('El lunes, Huawei y la UNI colaborarán en la formación.', two)).toContainEqual(['COOPERATES_WITH', 'huawei', 'uni']);
    const dinner: [string, string][] = [
      ['Boluarte', 'PERSON'],
      ['Xi', 'PERSON'],
    ];
    expect(pairs('Boluarte ofreció una cena a Xi en Palacio.', dinner)).toEqual([['HOSTED', 'boluarte', 'xi']]);
  });

  it('meets a person named right after a title ("met Premier Li Qiang", "se reunió con el primer ministro Li Qiang")', () => {
    const ends: [string, string][] = [
      ['Boluarte', 'PERSON'],
      ['Li Qiang', 'PERSON'],
    ];
    expect(pairs('Boluarte met Premier Li Qiang on Tuesday.', ends)).toEqual([['MET', 'boluarte', 'li-qiang']]);
    expect(pairs('Boluarte se reunió con el primer ministro Li Qiang.', ends)).toEqual([['MET', 'boluarte', 'li-qiang']]);
  });

  it('reads a place hosting an event, and a delegation led to a place as a visit, not as leading the place', () => {
    const lima: [string, string][] = [
      ['Lima', 'PLACE'],
      ['APEC summit', 'EVENT'],
    ];
    expect(pairs('Lima will host the APEC summit in November.', lima)).toEqual([['HOSTED', 'lima', 'apec-summit']]);
    const es: [string, string][] = [
      ['Lima', 'PLACE'],
      ['cumbre de APEC', 'EVENT'],
    ];
    expect(pairs('Lima fue sede de la cumbre de APEC en 2024.', es)).toEqual([['HOSTED', 'lima', 'cumbre-de-apec']]);
    const visit = (text: string, place: string) =>
      pairs(text, [
        ['Rómulo Mucho', 'PERSON'],
        [place, 'PLACE'],
      ]);
    expect(visit('Rómulo Mucho headed a trade delegation to Beijing in May.', 'Beijing')).toEqual([['VISITED', 'rómulo-mucho', 'beijing']]);
    expect(visit('Rómulo Mucho encabezó una delegación empresarial a Pekín.', 'Pekín')).toEqual([['VISITED', 'rómulo-mucho', 'pekín']]);
  });

  it('pairs a supplier with whom its goods go to, past the goods', () => {
    const text = 'Yutong will supply 300 electric buses to the ATU by March.';
    const inside = [at(text, 'Yutong', 'yutong', 'COMPANY'), at(text, 'ATU', 'atu', 'GOVERNMENT')];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toEqual([['PARTNERS_WITH', 'yutong', 'atu']]);
    const far = 'Yutong will supply 300 electric buses built in a city far from the ATU.';
    expect(relations(far, [at(far, 'Yutong', 'yutong', 'COMPANY'), at(far, 'ATU', 'atu', 'GOVERNMENT')])).toEqual([]);
  });

  it('reads an object relative whose subject has an article and modifiers, past a measure in the apposition before it', () => {
    const text = 'La mina Marcona, que la estatal Hierro Perú vendió en 1992 a Shougang, es operada por Shougang.';
    const inside = [
      at(text, 'Marcona', 'marcona', 'INFRASTRUCTURE'),
      at(text, 'Hierro Perú', 'hp', 'COMPANY'),
      at(text, 'Shougang', 'shougang', 'COMPANY'),
    ];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toContainEqual(['SOLD', 'hp', 'marcona']);
    const b = 'Goldwind will supply turbines for Marcona II, a 204-megawatt wind farm that Engie Perú is building in Ica.';
    const farm = [at(b, 'Goldwind', 'gw', 'COMPANY'), at(b, 'Marcona II', 'm2', 'INFRASTRUCTURE'), at(b, 'Engie Perú', 'engie', 'COMPANY')];
    // As proposeRelationships gives it the text: the measure's digits written as letters.
    expect(relations(measuresAsWords(b), farm).map(([type, s, t]) => [type, s, t])).toContainEqual(['BUILT', 'engie', 'm2']);
  });

  it('takes the antecedent of "que" right before the subjects for the object of their verb', () => {
    const text = 'La donación forma parte de un Acuerdo de Seguridad que Lima y Pekín firmaron en 2023.';
    const inside = [
      at(text, 'Acuerdo de Seguridad', 'acuerdo', 'AGREEMENT'),
      at(text, 'Lima', 'peru', 'COUNTRY'),
      at(text, 'Pekín', 'china', 'COUNTRY'),
    ];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toEqual([
      ['SIGNED', 'peru', 'acuerdo'],
      ['SIGNED', 'china', 'acuerdo'],
    ]);
  });

  it('meets a body through its executives after an adverb and a kind noun, its subject past a relative clause closed before "se"', () => {
    const text = 'Manero, que realiza una visita a China, se reunió además con directivos de la importadora Goodfarmer.';
    const inside = [at(text, 'Manero', 'manero', 'PERSON'), at(text, 'China', 'china', 'COUNTRY'), at(text, 'Goodfarmer', 'gf', 'COMPANY')];
    expect(
      relations(text, inside)
        .filter(([type]) => type === 'MET')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['manero', 'gf']]);
  });

  it('makes the person before an apposition the speaker, past a possessor or a place in it', () => {
    const stated = (text: string, inside: Endpoint[]) => relations(text, inside).filter(([type]) => type === 'STATED');
    const a = 'Zhou Bin, PowerChina’s manager for the Andean region, said Kallpa had hired 1,800 workers.';
    const three = [at(a, 'Zhou Bin', 'zhou', 'PERSON'), at(a, 'PowerChina', 'pc', 'COMPANY'), at(a, 'Kallpa', 'kallpa', 'COMPANY')];
    expect(stated(a, three).map(([, s, t]) => [s, t])).toEqual([['zhou', 'kallpa']]);
    const b = 'Ignacio Salcedo, gerente general de MMG en el Perú, aseguró que el contrato con COSCO reducirá costos.';
    const four = [
      at(b, 'Ignacio Salcedo', 'salcedo', 'PERSON'),
      at(b, 'MMG', 'mmg', 'COMPANY'),
      at(b, 'Perú', 'peru', 'COUNTRY'),
      at(b, 'COSCO', 'cosco', 'COMPANY'),
    ];
    expect(stated(b, four).map(([, s, t]) => [s, t])).toEqual([['salcedo', 'cosco']]);
  });

  it('proposes without the sentence: proposeRelationships adds the quote', () => {
    const text = 'Huawei visited Lima.';
    const [rel] = triggerRelations({
      text,
      sentence: { start: 0, end: text.length },
      inside: [at(text, 'Huawei', 'huawei', 'COMPANY'), at(text, 'Lima', 'lima', 'PLACE')],
    });
    expect(Object.keys(rel!).filter((k) => k.startsWith('sentence') || k === 'quote')).toEqual([]);
    expect(rel).toMatchObject({ type: 'VISITED', sourceId: 'huawei', targetId: 'lima', confidence: 0.85 });
  });

  it('reads a noun right before a name as what the name is ("from the Canadian investor Northridge Gold")', () => {
    const text = 'Zijin agreed to buy Pataz Gold from the Canadian investor Northridge Gold for $410m.';
    const inside = [
      at(text, 'Zijin', 'zijin', 'COMPANY'),
      at(text, 'Pataz Gold', 'pataz', 'COMPANY'),
      at(text, 'Northridge Gold', 'ng', 'COMPANY'),
    ];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toEqual([
      ['ACQUIRED', 'zijin', 'pataz'],
      ['SOLD', 'ng', 'pataz'],
    ]);
  });

  it('takes no subject from a relative clause that closes before the verb', () => {
    const text = 'Cohidro, which Sinohydro founded in 2017, has signed the Hidrovía Accord.';
    const inside = [
      at(text, 'Cohidro', 'cohidro', 'COMPANY'),
      at(text, 'Sinohydro', 'sinohydro', 'COMPANY'),
      at(text, 'Hidrovía Accord', 'accord', 'AGREEMENT'),
    ];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toContainEqual(['SIGNED', 'cohidro', 'accord']);
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).not.toContainEqual(['SIGNED', 'sinohydro', 'accord']);
  });

  it('reaches an object past its title and comma ("met his Chinese counterpart, Zhou")', () => {
    const text = 'Salazar met his Chinese counterpart, Zhou Mingde, in Beijing.';
    const inside = [at(text, 'Salazar', 'salazar', 'PERSON'), at(text, 'Zhou Mingde', 'zhou', 'PERSON')];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toEqual([['MET', 'salazar', 'zhou']]);
  });

  it('reaches an object past any office of a body and its comma ("met the regional governor, Werner Salcedo")', () => {
    const text = 'Angela Wu met the regional governor, Werner Salcedo, in Cusco.';
    const inside = [at(text, 'Angela Wu', 'wu', 'PERSON'), at(text, 'Werner Salcedo', 'ws', 'PERSON')];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toEqual([['MET', 'wu', 'ws']]);
  });

  it('takes no subject from the medium a statement was made to ("Según declaró a Gestión, la firma invertirá")', () => {
    const text = 'Según declaró a Gestión, la firma invertirá US$ 15 millones en Lima.';
    const inside = [at(text, 'Gestión', 'gestion', 'MEDIA'), at(text, 'Lima', 'lima', 'PLACE')];
    expect(relations(text, inside).filter(([type]) => type === 'INVESTED_IN')).toEqual([]);
  });

  it('makes both people standing at one span ("Ambos") the subjects of its verb', () => {
    const text = 'Ambos firmaron un Memorando de Cooperación Energética.';
    const inside = [
      at(text, 'Ambos', 'montero', 'PERSON'),
      at(text, 'Ambos', 'wang', 'PERSON'),
      at(text, 'Memorando de Cooperación Energética', 'mou', 'AGREEMENT'),
    ];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toEqual(
      expect.arrayContaining([
        ['SIGNED', 'montero', 'mou'],
        ['SIGNED', 'wang', 'mou'],
      ]),
    );
    expect(relations(text, inside)).toHaveLength(2);
  });

  it('meets the person a possessor’s office names, and a body through its executives ("met China’s Minister of X, Wang")', () => {
    const a = 'Mucho met China’s Minister of Natural Resources, Wang Guanghua, on Wednesday.';
    const met = [at(a, 'Mucho', 'mucho', 'PERSON'), at(a, 'China', 'china', 'COUNTRY'), at(a, 'Wang Guanghua', 'wang', 'PERSON')];
    expect(relations(a, met).map(([type, s, t]) => [type, s, t])).toEqual([['MET', 'mucho', 'wang']]);
    const b = 'Por la tarde, Mendoza se reunió con directivos de China Railway Group y de COSCO Shipping.';
    const bodies = [
      at(b, 'Mendoza', 'mendoza', 'PERSON'),
      at(b, 'China Railway Group', 'crg', 'COMPANY'),
      at(b, 'COSCO Shipping', 'cosco', 'COMPANY'),
    ];
    expect(relations(b, bodies).map(([type, s, t]) => [type, s, t])).toEqual([
      ['MET', 'mendoza', 'crg'],
      ['MET', 'mendoza', 'cosco'],
    ]);
  });

  it('reads an operator from the name its apposition describes ("X, concesionaria de Y"), not from the sentence’s subject', () => {
    const a = 'Ositrán fined GyM Ferrovías, concesionaria de la Línea 1, on Tuesday.';
    const ends = [
      at(a, 'Ositrán', 'ositran', 'GOVERNMENT'),
      at(a, 'GyM Ferrovías', 'gym', 'COMPANY'),
      at(a, 'Línea 1', 'l1', 'INFRASTRUCTURE'),
    ];
    expect(relations(a, ends).map(([type, s, t]) => [type, s, t])).toEqual([
      ['REGULATES', 'ositran', 'gym'],
      ['OPERATES', 'gym', 'l1'],
    ]);
  });

  it('takes no subject from a country’s possessive in an apposition', () => {
    const text = 'CNPC, China’s largest state oil group, bought Petrobras.';
    const inside = [
      at(text, 'CNPC', 'cnpc', 'COMPANY'),
      at(text, 'China', 'china', 'COUNTRY'),
      at(text, 'Petrobras', 'petrobras', 'COMPANY'),
    ];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toEqual([['ACQUIRED', 'cnpc', 'petrobras']]);
  });

  it('takes no subject across a semicolon', () => {
    const text = 'Huawei grew; visited Lima.';
    expect(relations(text, [at(text, 'Huawei', 'huawei', 'COMPANY'), at(text, 'Lima', 'lima', 'PLACE')])).toEqual([]);
  });

  it('pairs the entities before a symmetric trigger only when they are coordinated', () => {
    const a = 'Peru, China cooperate.';
    expect(relations(a, [at(a, 'Peru', 'peru', 'COUNTRY'), at(a, 'China', 'china', 'COUNTRY')])).toEqual([
      ['COOPERATES_WITH', 'peru', 'china', 'cooperate', 12, 0.54],
    ]);
    const b = 'Peru greeted China as they cooperate.';
    expect(relations(b, [at(b, 'Peru', 'peru', 'COUNTRY'), at(b, 'China', 'china', 'COUNTRY')])).toEqual([]);
  });

  it('pairs entities before a Chinese trigger only within its clause', () => {
    const text = '中国企业在秘鲁的投资持续增长，中铝是最大投资者';
    const inside = [at(text, '中国', 'china', 'COUNTRY'), at(text, '秘鲁', 'peru', 'COUNTRY'), at(text, '中铝', 'chinalco', 'COMPANY')];
    expect(relations(text, inside)).toEqual([['INVESTED_IN', 'china', 'peru', '投资', 8, 0.72]]);
  });

  it('relates a body to where it is based, and takes no subject after a preposition', () => {
    const text = 'COSCO, based in Shanghai and visited Lima.';
    const inside = [at(text, 'COSCO', 'cosco', 'COMPANY'), at(text, 'Shanghai', 'shanghai', 'PLACE'), at(text, 'Lima', 'lima', 'PLACE')];
    expect(relations(text, inside)).toEqual([
      ['HEADQUARTERED_IN', 'cosco', 'shanghai', 'based in', 7, 0.85],
      ['VISITED', 'cosco', 'lima', 'visited', 29, 0.71],
    ]);
  });

  it('skips an aside for the subject, and reads a relative clause’s object from its antecedent', () => {
    const a = 'Ana Ruiz, who heads the Ministry of Energy (MEM), has negotiated the FTA.';
    const ends = [at(a, 'Ana Ruiz', 'ana', 'PERSON'), at(a, 'Ministry of Energy', 'mem', 'GOVERNMENT'), at(a, 'MEM', 'mem', 'GOVERNMENT')];
    expect(relations(a, [...ends, at(a, 'FTA', 'fta', 'AGREEMENT')]).map((r) => r.slice(0, 3))).toEqual([
      ['LEADS', 'ana', 'mem'],
      ['NEGOTIATED', 'ana', 'fta'],
    ]);
    const b = 'the Marcona iron mine, which Peru sold to Shougang in 1992.';
    const inside = [
      at(b, 'Marcona', 'marcona', 'INFRASTRUCTURE'),
      at(b, 'Peru', 'peru', 'COUNTRY'),
      at(b, 'Shougang', 'shougang', 'COMPANY'),
    ];
    expect(relations(b, inside).map((r) => r.slice(0, 3))).toEqual([
      ['ACQUIRED', 'shougang', 'marcona'],
      ['SOLD', 'peru', 'marcona'],
    ]);
  });

  it('reads further owners of a passive list, and an owner whose object is the one before', () => {
    const a = 'Las Bambas is 62.5% owned by MMG, 22.5% by Guoxin and 15% by CITIC.';
    const mine = at(a, 'Las Bambas', 'bambas', 'INFRASTRUCTURE');
    const owners = ['MMG', 'Guoxin', 'CITIC'].map((n) => at(a, n, n.toLowerCase(), 'COMPANY'));
    expect(relations(a, [mine, ...owners]).map((r) => r.slice(0, 3))).toEqual([
      ['OWNS', 'mmg', 'bambas'],
      ['OWNS', 'guoxin', 'bambas'],
      ['OWNS', 'citic', 'bambas'],
    ]);
    const b = 'COSCO owns 60% of Chancay, and the miner Volcan holds the remaining 40%.';
    const ends = [at(b, 'COSCO', 'cosco', 'COMPANY'), at(b, 'Chancay', 'chancay', 'INFRASTRUCTURE'), at(b, 'Volcan', 'volcan', 'COMPANY')];
    expect(relations(b, ends).map((r) => r.slice(0, 3))).toEqual([
      ['OWNS', 'cosco', 'chancay'],
      ['OWNS', 'volcan', 'chancay'],
    ]);
  });

  it('makes a party of the one a signatory negotiated with, not its possessor', () => {
    const text = 'Mincetur negotiated the FTA with China’s Ministry of Commerce.';
    const inside = [
      at(text, 'Mincetur', 'mincetur', 'GOVERNMENT'),
      at(text, 'FTA', 'fta', 'AGREEMENT'),
      at(text, 'China', 'china', 'COUNTRY'),
      at(text, 'Ministry of Commerce', 'mofcom', 'GOVERNMENT'),
    ];
    expect(relations(text, inside).map((r) => r.slice(0, 3))).toEqual([
      ['NEGOTIATED', 'mincetur', 'fta'],
      ['NEGOTIATED', 'mofcom', 'fta'],
    ]);
  });
});

describe('analyze: triggerRelations, meetings', () => {
  it('takes the person a title names after a comma, not the country or body inside the title', () => {
    const text = 'Salas se reunió el martes en Lima con el embajador de China, Liang Hui, para revisar la operación.';
    const inside = [
      at(text, 'Salas', 'salas', 'PERSON'),
      at(text, 'Lima', 'lima', 'PLACE'),
      at(text, 'China', 'china', 'COUNTRY'),
      at(text, 'Liang Hui', 'liang', 'PERSON'),
    ];
    expect(relations(text, inside).map((r) => r.slice(0, 3))).toEqual([['MET', 'salas', 'liang']]);
  });

  it('meets no one far from "met" or "con"', () => {
    const text = 'Boluarte met executives of the company in Beijing during her visit to China.';
    const inside = [at(text, 'Boluarte', 'dina', 'PERSON'), at(text, 'Beijing', 'beijing', 'PLACE'), at(text, 'China', 'china', 'COUNTRY')];
    expect(relations(text, inside).filter((r) => r[0] === 'MET')).toEqual([]);
  });

  it('makes what is financed by a lender the receiver of the investment, and a perfect no passive', () => {
    const financed = 'The line was financed by the China Development Bank.';
    const ends = [at(financed, 'The line', 'line', 'INFRASTRUCTURE'), at(financed, 'China Development Bank', 'cdb', 'COMPANY')];
    expect(relations(financed, ends).map(([type, s, t]) => [type, s, t])).toEqual([['RECEIVED_INVESTMENT', 'line', 'cdb']]);
    const donated = 'Desde 2015, China ha donado al Perú equipos por más de US$ 60 millones.';
    const inside = [at(donated, 'China', 'china', 'COUNTRY'), at(donated, 'Perú', 'peru', 'COUNTRY')];
    expect(relations(donated, inside).map(([type, s, t]) => [type, s, t])).toEqual([['INVESTED_IN', 'china', 'peru']]);
  });

  it('makes signatories partners when no agreement is named, but not two people, who sign for their bodies', () => {
    const a = 'The MTC and CRCC signed a memorandum.';
    const bodies = [at(a, 'MTC', 'mtc', 'GOVERNMENT'), at(a, 'CRCC', 'crcc', 'COMPANY')];
    expect(relations(a, bodies).map(([type, s, t]) => [type, s, t])).toEqual([['PARTNERS_WITH', 'mtc', 'crcc']]);
    const b = 'Ruiz and Liu signed the contract in Lima.';
    const people = [at(b, 'Ruiz', 'ruiz', 'PERSON'), at(b, 'Liu', 'liu', 'PERSON'), at(b, 'Lima', 'lima', 'PLACE')];
    expect(relations(b, people).filter(([type]) => type === 'PARTNERS_WITH')).toEqual([]);
  });

  it('reads a stake someone has or tiene en a company as ownership, and no "owned subsidiary of" as its owner', () => {
    const owns = (text: string) => {
      const inside = [at(text, 'Andes', 'andes', 'COMPANY'), at(text, 'Tacora', 'tacora', 'COMPANY')];
      return relations(text, inside)
        .filter(([type]) => type === 'OWNS')
        .map(([type, s, t]) => [type, s, t]);
    };
    expect(owns('Andes has a 51% interest in Tacora.')).toEqual([['OWNS', 'andes', 'tacora']]);
    expect(owns('Andes tiene una participación del 40% en Tacora.')).toEqual([['OWNS', 'andes', 'tacora']]);
    expect(owns('Tacora is a wholly owned subsidiary of Andes.')).toEqual([]);
  });

  it('pairs no subject out of an opening phrase, and reads a lender whose borrower stands before the loan', () => {
    const a = 'During her visit to China, Boluarte met investors.';
    expect(relations(a, [at(a, 'China', 'china', 'COUNTRY'), at(a, 'Boluarte', 'dina', 'PERSON')])).toEqual([]);
    const b = 'Andes Bank granted Tacora Mining a $300m loan; Banco Sur otorgó a Tacora Mining un préstamo de US$ 50 millones.';
    const ends = [
      at(b, 'Andes Bank', 'andes', 'COMPANY'),
      at(b, 'Tacora Mining', 'tacora', 'COMPANY'),
      at(b, 'Banco Sur', 'sur', 'COMPANY'),
      at(b, 'Tacora Mining', 'tacora', 'COMPANY', { from: b.indexOf('otorgó') }),
    ];
    expect(relations(b, ends).map(([type, s, t]) => [type, s, t])).toEqual([
      ['INVESTED_IN', 'andes', 'tacora'],
      ['INVESTED_IN', 'sur', 'tacora'],
    ]);
    const c = 'Andes Bank will finance the Tacora Mine.';
    const mine = [at(c, 'Andes Bank', 'andes', 'COMPANY'), at(c, 'Tacora Mine', 'mine', 'INFRASTRUCTURE')];
    expect(relations(c, mine).map(([type, s, t]) => [type, s, t])).toEqual([['INVESTED_IN', 'andes', 'mine']]);
  });

  it('makes taking part in an event attending it ("participó en la Expo")', () => {
    const text = 'Ana Torres participó en la Expo Andina.';
    const ends = [at(text, 'Ana Torres', 'ana', 'PERSON'), at(text, 'Expo Andina', 'expo', 'EVENT')];
    expect(relations(text, ends).map(([type, s, t]) => [type, s, t])).toEqual([['ATTENDED', 'ana', 'expo']]);
  });

  it('reads Spanish and English phrasings found missing by probes: control taken, office assumed, operation in charge, sums put', () => {
    const pair = (text: string, a: [string, string], b: [string, string]) =>
      relations(text, [at(text, a[0], a[0].toLowerCase(), a[1]), at(text, b[0], b[0].toLowerCase(), b[1])]).map(([type, s, t]) => [
        type,
        s,
        t,
      ]);
    expect(pair('Andes tomó el control de Tacora en 2020.', ['Andes', 'COMPANY'], ['Tacora', 'COMPANY'])).toEqual([
      ['ACQUIRED', 'andes', 'tacora'],
    ]);
    expect(pair('Chinalco took control of Toromocho in 2007.', ['Chinalco', 'COMPANY'], ['Toromocho', 'INFRASTRUCTURE'])).toEqual([
      ['ACQUIRED', 'chinalco', 'toromocho'],
    ]);
    expect(pair('Ana Torres asumió la presidencia de Andes en marzo.', ['Ana Torres', 'PERSON'], ['Andes', 'COMPANY'])).toEqual([
      ['LEADS', 'ana torres', 'andes'],
    ]);
    expect(pair('La operación de Tacora está a cargo de Andes.', ['Tacora', 'INFRASTRUCTURE'], ['Andes', 'COMPANY'])).toEqual([
      ['OPERATES', 'andes', 'tacora'],
    ]);
    expect(pair('Andes destinará US$ 300 millones al puerto de Tacora.', ['Andes', 'COMPANY'], ['Tacora', 'INFRASTRUCTURE'])).toEqual([
      ['INVESTED_IN', 'andes', 'tacora'],
    ]);
    expect(pair('Ana Torres sostuvo un encuentro con Li Wei.', ['Ana Torres', 'PERSON'], ['Li Wei', 'PERSON'])).toContainEqual([
      'MET',
      'ana torres',
      'li wei',
    ]);
    expect(pair('La mina Tacora está en Arequipa.', ['Tacora', 'INFRASTRUCTURE'], ['Arequipa', 'PLACE'])).toEqual([
      ['LOCATED_IN', 'tacora', 'arequipa'],
    ]);
  });

  it('reads a passive whose agent comes several words after its auxiliary and participle ("was received earlier in the day by")', () => {
    const text = 'Wang Yi was received earlier in the day by President Dina Boluarte at the palace.';
    const inside = [at(text, 'Wang Yi', 'wang', 'PERSON'), at(text, 'Dina Boluarte', 'dina', 'PERSON')];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toEqual([['HOSTED', 'dina', 'wang']]);
  });

  it("takes no subject from a name that modifies an apposition's noun", () => {
    const text = 'Cosco Shipping Ports Chancay, the COSCO Shipping subsidiary that runs Chancay, said it complies.';
    const inside = [
      at(text, 'Cosco Shipping Ports Chancay', 'cspc', 'COMPANY'),
      at(text, 'COSCO Shipping', 'cosco', 'COMPANY'),
      at(text, 'Chancay', 'chancay', 'INFRASTRUCTURE', { from: text.indexOf('runs') }),
    ];
    expect(
      relations(text, inside)
        .filter(([type]) => type === 'OPERATES')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['cspc', 'chancay']]);
    const said = 'The bank will lend US$ 620 million to rebuild the railway, the Ministry of Economy said on Wednesday.';
    const ends = [at(said, 'railway', 'railway', 'INFRASTRUCTURE'), at(said, 'Ministry of Economy', 'mef', 'GOVERNMENT')];
    expect(
      relations(said, ends)
        .filter(([type]) => type === 'STATED')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['mef', 'railway']]);
  });

  it('takes no subject from the head a participle\'s aside names ("X, encabezada por su presidenta, Y, se reunió")', () => {
    const text = 'Una delegación de la Liga, encabezada por su presidenta, Carmen Olivares, se reunió este jueves con Zheng Guohua.';
    const inside = [
      at(text, 'Liga', 'liga', 'ORGANIZATION'),
      at(text, 'Carmen Olivares', 'carmen', 'PERSON'),
      at(text, 'Zheng Guohua', 'zheng', 'PERSON'),
    ];
    expect(
      relations(text, inside)
        .filter(([type]) => type === 'MET')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['liga', 'zheng']]);
  });

  it("gives a reported clause with a subject of its own none of the speaker's relations, and no country a visit", () => {
    const text = 'Vásquez said the first doses would arrive in May in Loreto.';
    const inside = [at(text, 'Vásquez', 'vasquez', 'PERSON'), at(text, 'Loreto', 'loreto', 'PLACE')];
    expect(relations(text, inside).filter(([type]) => type === 'VISITED')).toEqual([]);
    const own = 'Vásquez said he would arrive in May in Loreto.';
    const ends = [at(own, 'Vásquez', 'vasquez', 'PERSON'), at(own, 'Loreto', 'loreto', 'PLACE')];
    expect(
      relations(own, ends)
        .filter(([type]) => type === 'VISITED')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['vasquez', 'loreto']]);
    const state = 'China visited the Changsha headquarters.';
    const country = [at(state, 'China', 'china', 'COUNTRY'), at(state, 'Changsha', 'changsha', 'PLACE')];
    expect(relations(state, country).filter(([type]) => type === 'VISITED')).toEqual([]);
  });

  it('gives an apposition of ownership the name before its comma, and a participle after a comma the name it follows', () => {
    const text = 'Adrianzén said any deal must go through the Ministry of Economy (MEF), accionista único de Petroperú.';
    const inside = [
      at(text, 'Adrianzén', 'adrianzen', 'PERSON'),
      at(text, 'Ministry of Economy', 'mef', 'GOVERNMENT'),
      at(text, 'Petroperú', 'petroperu', 'COMPANY'),
    ];
    expect(
      relations(text, inside)
        .filter(([type]) => type === 'OWNS')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['mef', 'petroperu']]);
    const b = 'In March, a failure at Pluz Energía, owned by China Southern Power Grid, cut power to Comas.';
    const ends = [at(b, 'Pluz Energía', 'pluz', 'COMPANY'), at(b, 'China Southern Power Grid', 'csg', 'COMPANY')];
    expect(
      relations(b, ends)
        .filter(([type]) => type === 'OWNS')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['csg', 'pluz']]);
    // A comma between hyphenated premodifiers breaks no clause between the verb and the owner.
    const d = 'Copeinca has belonged since 2013 to the Chinese-controlled, Hong Kong-based China Fishery Group.';
    const owner = [at(d, 'Copeinca', 'copeinca', 'COMPANY'), at(d, 'China Fishery Group', 'cfg', 'COMPANY')];
    expect(
      relations(d, owner)
        .filter(([type]) => type === 'OWNS')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['cfg', 'copeinca']]);
    // The name before the comma is in an aside, and a verb coordinated with the one before has a subject of its own.
    const c = 'El vicealcalde, Liu Hongbin, recibió a los legisladores y les mostró el puerto de Yangshan, operado por el grupo SIPG.';
    const three = [
      at(c, 'Liu Hongbin', 'liu', 'PERSON'),
      at(c, 'Yangshan', 'yangshan', 'INFRASTRUCTURE'),
      at(c, 'SIPG', 'sipg', 'COMPANY'),
    ];
    expect(
      relations(c, three)
        .filter(([type]) => type === 'OPERATES')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['sipg', 'yangshan']]);
  });

  it('pairs no apposition as the coordinated subjects of a symmetric verb', () => {
    const text = 'Cosco Shipping Ports Chancay, the COSCO Shipping subsidiary, has hired 1,200 local workers.';
    const inside = [at(text, 'Cosco Shipping Ports Chancay', 'cspc', 'COMPANY'), at(text, 'COSCO Shipping', 'cosco', 'COMPANY')];
    expect(relations(text, inside).filter(([type]) => type === 'PARTNERS_WITH')).toEqual([]);
    const both = 'Cosco and Huawei hired 1,200 local workers.';
    const ends = [at(both, 'Cosco', 'cosco', 'COMPANY'), at(both, 'Huawei', 'huawei', 'COMPANY')];
    expect(
      relations(both, ends)
        .filter(([type]) => type === 'PARTNERS_WITH')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['cosco', 'huawei']]);
  });

  it("makes the person a possessor's title names the speaker, and pairs no one across a statement verb", () => {
    const text = 'The committee’s chairman, retired general Alfredo Benavides, said the terminal should be guarded.';
    const inside = [
      at(text, 'The committee', 'committee', 'GOVERNMENT'),
      at(text, 'Alfredo Benavides', 'benavides', 'PERSON'),
      at(text, 'the terminal', 'chancay', 'INFRASTRUCTURE'),
    ];
    expect(
      relations(text, inside)
        .filter(([type]) => type === 'STATED')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['benavides', 'chancay']]);
    const hired = 'Zhou Bin, PowerChina’s manager for the Andean region, said the company had hired 1,800 local workers.';
    const ends = [at(hired, 'Zhou Bin', 'zhou', 'PERSON'), at(hired, 'PowerChina', 'powerchina', 'COMPANY')];
    expect(relations(hired, ends).filter(([type]) => type === 'PARTNERS_WITH')).toEqual([]);
  });

  it('takes no subject from an agent\'s aside ("X, led by Y, already built Z")', () => {
    const text = 'El consorcio Vías Andinas, liderado por la china PowerChina, ya construyó en 2020 la Carretera Central.';
    const inside = [
      at(text, 'Vías Andinas', 'vias', 'COMPANY'),
      at(text, 'PowerChina', 'powerchina', 'COMPANY'),
      at(text, 'Carretera Central', 'carretera', 'INFRASTRUCTURE'),
    ];
    expect(
      relations(text, inside)
        .filter(([type]) => type === 'BUILT')
        .map(([, s, t]) => [s, t]),
    ).toEqual([['vias', 'carretera']]);
  });

  it('reaches a facility named after its noun and a comma ("opera su propio embarcadero, el Muelle San Nicolás")', () => {
    const text = 'La vecina Shougang Hierro Perú opera su propio embarcadero, el Muelle San Nicolás.';
    const inside = [at(text, 'Shougang Hierro Perú', 'shp', 'COMPANY'), at(text, 'Muelle San Nicolás', 'msn', 'INFRASTRUCTURE')];
    expect(relations(text, inside).map(([type, s, t]) => [type, s, t])).toEqual([['OPERATES', 'shp', 'msn']]);
  });

  it("finds a visit's place before the next verb, and no visit in a reported clause with a bare subject", () => {
    const toured = 'León toured the stands on Monday and met executives of COFCO.';
    const ends = [at(toured, 'León', 'leon', 'PERSON'), at(toured, 'COFCO', 'cofco', 'COMPANY')];
    expect(relations(toured, ends).filter(([type]) => type === 'VISITED')).toEqual([]);
    const said = 'Its director, Lucía Quispe, said patients had until now travelled to Lima for scans.';
    const people = [at(said, 'Lucía Quispe', 'quispe', 'PERSON'), at(said, 'Lima', 'lima', 'PLACE')];
    expect(relations(said, people).filter(([type]) => type === 'VISITED')).toEqual([]);
  });
});

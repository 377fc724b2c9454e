import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../../src/analyze/triggers.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/vocabulary.js';

/** The relation types whose triggers match somewhere in `sentence`, each with the words matched. */
const matches = (sentence: string): [string, string][] =>
  TRIGGERS.flatMap((t) =>
    (t.requires && !t.requires.test(sentence)) || t.excludes?.test(sentence)
      ? []
      : [...sentence.matchAll(t.pattern)]
          .filter((m) => !t.next || t.next.test(sentence.slice(m.index + m[0].length)))
          .map((m): [string, string] => [t.type, m[0]]),
  );

describe('analyze: TRIGGERS', () => {
  it('has triggers for every relation type but the one titles give', () => {
    const triggered = new Set(TRIGGERS.map((t) => t.type));
    expect(RELATION_TYPE_NAMES.filter((t) => !triggered.has(t))).toEqual(['HOLDS_OFFICE_IN']);
  });

  it('keeps strengths between 0 and 1 and every pattern global, case-insensitive and Unicode-aware', () => {
    expect(TRIGGERS.filter((t) => !(t.strength > 0 && t.strength <= 1))).toEqual([]);
    expect(TRIGGERS.filter((t) => t.pattern.flags !== 'giu').map((t) => t.type)).toEqual([]);
  });

  it('matches English, Spanish and Chinese trigger words, any case', () => {
    expect(matches('Boluarte VISITED Lima')).toEqual([['VISITED', 'VISITED']]);
    expect(matches('Perú firmó el acuerdo')).toEqual([['SIGNED', 'firmó']]);
    expect(matches('华为在秘鲁培训青年')).toEqual([['TRAINS', '培训']]);
    expect(matches('COSCO is headquartered in Shanghai')).toEqual([['HEADQUARTERED_IN', 'headquartered in']]);
  });

  it('reads the common reporting verbs, roles and share phrases of news in both languages', () => {
    expect(matches('Capechi criticó la medida')).toEqual([['STATED', 'criticó']]);
    expect(matches('Xi llegará a Lima el jueves')).toEqual([['VISITED', 'llegará a']]);
    expect(matches('CEEC concluyó la construcción de la línea')).toEqual([['BUILT', 'concluyó la construcción de']]);
    expect(matches('CRCC Perú is also widening the road')).toEqual([['BUILT', 'is also widening']]);
    expect(matches('La obra estará a cargo de Sinohydro')).toEqual([['BUILT', 'estará a cargo de']]);
    expect(matches('Villena viajó en marzo a Qingdao')).toEqual([['VISITED', 'viajó en marzo a']]);
    expect(matches('The minister flew to Beijing')).toEqual([['VISITED', 'flew to']]);
    // A possessive's visit is a noun, whose visitor the possessive names (visit-nouns.ts).
    expect(matches('during her visit to China').filter(([type]) => type === 'VISITED')).toEqual([]);
    expect(matches('Huawei provee equipos a Claro')).toEqual([['PARTNERS_WITH', 'provee']]);
    expect(matches('they spoke during the APEC summit')).toEqual([['ATTENDED', 'during']]);
    expect(matches('Las lluvias llegaron a niveles récord')).toEqual([]);
    // A request made is a statement to whom it is made (6 of 10 such proposals right on the read sets); one to come is not yet.
    expect(matches('La SNI pidió al Congreso endurecer las penas')).toEqual([['STATED', 'pidió']]);
    expect(matches('La SNI pedirá al Congreso endurecer las penas')).toEqual([]);
    expect(matches('The ministry rejected the claims')).toEqual([['STATED', 'rejected']]);
    expect(matches('Mariana Cáceres, chief executive of Frutos del Norte')).toEqual([['LEADS', 'chief executive of']]);
    expect(matches('the two ministers co-chaired the dialogue')).toEqual([['PRESIDED_OVER', 'co-chaired']]);
    expect(matches('Sinohydro, que tiene el 51%')).toEqual([['OWNS', 'tiene']]);
    expect(matches('Siderperú pertenece desde 2006 al grupo Gerdau')).toEqual([['OWNS', 'pertenece desde 2006 al']]);
    expect(matches('La SBS autorizó a DiDi Pay')).toEqual([['REGULATES', 'autorizó']]);
    expect(matches('Osinergmin sets the tariffs that Pluz may charge')).toEqual([['REGULATES', 'sets the tariffs']]);
    expect(matches('PUCP and Peking University agreed to set up a centre')).toEqual([]);
    expect(matches('Admiral Vidal, who commands the Navy')).toEqual([['LEADS', 'commands']]);
    expect(matches('They met on the sidelines of the summit')).toContainEqual(['ATTENDED', 'on the sidelines of']);
    expect(matches('Osinergmin fined Pluz')).toEqual([['REGULATES', 'fined']]);
    expect(matches('la OEFA multó a Chinalco')).toEqual([['REGULATES', 'multó']]);
    expect(matches('Goldwind is also building the farm')).toEqual([['BUILT', 'is also building']]);
    expect(matches('The terminal has been run since 2009 by TPE')).toEqual([['OPERATES', 'run']]);
    expect(matches('It has run the Marcona mine ever since')).toEqual([['OPERATES', 'run']]);
    expect(matches('TPE ran the port until 2020')).toEqual([['OPERATES', 'ran']]);
    expect(matches('the negotiations on the protocol')).toEqual([['NEGOTIATED', 'negotiations on']]);
    expect(matches('Perú y China son partes del Acuerdo')).toEqual([['PARTY_TO', 'son partes del']]);
    expect(matches('The unit reports to the ministry')).toEqual([['PART_OF', 'reports to']]);
    expect(matches('PowerChina has finished building the farm')).toEqual([['BUILT', 'finished building']]);
    expect(matches('Yutong will supply 300 buses to the ATU')).toEqual([['PARTNERS_WITH', 'will supply']]);
    expect(matches('Chery, en sociedad con Automotores del Sur')).toEqual([['PARTNERS_WITH', 'en sociedad con']]);
    expect(matches('China has donated the hospital to Ayacucho')).toEqual([['INVESTED_IN', 'donated']]);
    expect(matches('The Bank of China lent $180m to Shouxin')).toEqual([['INVESTED_IN', 'lent']]);
    expect(matches('pieces lent by the Sanxingdui Museum')).toEqual([]);
    expect(matches('otorgó un préstamo de US$ 75 millones a Inca Data')).toEqual([['INVESTED_IN', 'otorgó un préstamo']]);
    expect(matches('has obtained a $600m loan from the ICBC')).toEqual([['RECEIVED_INVESTMENT', 'loan from']]);
    expect(matches('un crédito sindicado de US$ 300 millones')).toEqual([]);
    expect(matches('una tarjeta de crédito a sus conductores en alianza con Interbank')).not.toContainEqual(
      expect.arrayContaining(['RECEIVED_INVESTMENT']),
    );
    expect(matches('The Association of Exporters, chaired by Julio Pérez')).toContainEqual(['LEADS', 'chaired by']);
    expect(matches('China Three Gorges has controlled Luz del Sur since 2020')).toEqual([['OWNS', 'controlled']]);
    expect(matches('Shougang, propiedad desde 1992 del grupo Shougang Group')).toEqual([['OWNS', 'propiedad desde 1992 del']]);
    expect(matches('Bitel es la filial peruana del grupo Viettel')).toEqual([['PART_OF', 'filial peruana del']]);
    expect(matches('El banco depende del Consejo de Estado')).toEqual([['PART_OF', 'depende del']]);
    expect(matches('Ransa, empresa del Grupo Romero')).toEqual([['PART_OF', 'empresa del']]);
    expect(matches('The governor welcomed the purchase and asked for jobs')).not.toContainEqual(['HOSTED', 'welcomed']);
    expect(matches('The governor welcomed the Chinese delegation')).toContainEqual(['HOSTED', 'welcomed']);
    expect(matches('una delegación de Inspur encabezada por su vicepresidente')).toContainEqual(['LEADS', 'encabezada por']);
    expect(matches('El ICBC, presente en el Perú desde 2014')).toEqual([['LOCATED_IN', 'presente en']]);
    expect(matches('Salazar held talks on Wednesday with Zhou')).toContainEqual(['MET', 'held talks on Wednesday with']);
  });

  it('matches Latin words whole only, CJK words anywhere', () => {
    expect(matches('the visitors revisited the signage')).toEqual([]);
    expect(matches('他们访问了')).toEqual([['VISITED', '访问']]);
  });

  it('matches a trigger with a condition only when the sentence meets it', () => {
    expect(matches('Peru received the delegation')).toEqual([['HOSTED', 'received']]);
    expect(matches('Peru received investment')).toEqual([['RECEIVED_INVESTMENT', 'received']]);
    expect(matches('Peru granted the rights')).toEqual([]);
    expect(matches('Peru granted an exclusive concession')).toEqual([['GRANTED_EXCLUSIVITY_TO', 'granted']]);
  });

  it('marks the noun triggers whose target comes before them, and the symmetric ones', () => {
    expect(TRIGGERS.filter((t) => t.noun).map((t) => t.type)).toEqual(['INVESTED_IN', 'PARTNERS_WITH']);
    expect([...new Set(TRIGGERS.filter((t) => t.symmetric).map((t) => t.type))]).toEqual([
      'PARTNERS_WITH',
      'COOPERATES_WITH',
      'DISCUSSED',
      'MET',
    ]);
    expect(matches('China is the largest trading partner')).toEqual([['PARTNERS_WITH', 'largest trading partner']]);
  });

  it('reads working with someone, in either language, as cooperating', () => {
    expect(matches('Mincetur trabajará con la Sunat')).toEqual([['COOPERATES_WITH', 'trabajará con']]);
    expect(matches('Senasa instaló una oficina en coordinación con la Sunat')).toEqual([['COOPERATES_WITH', 'en coordinación con']]);
    expect(matches('its staff will work alongside Navy doctors')).toEqual([['COOPERATES_WITH', 'work alongside']]);
  });

  it('reads an offer, a wish or a plan to build as a plan', () => {
    expect(matches('CHEC offered in May to build the port')).toEqual([['PLANS', 'offered in May to build']]);
    expect(matches('The company plans to lengthen the pier')).toEqual([['PLANS', 'plans to lengthen']]);
    expect(matches('CNMC propuso construir una fundición')).toEqual([['PLANS', 'propuso construir']]);
  });

  it('reads welcoming news as a statement, welcoming a guest as hosting', () => {
    expect(matches('Acuña welcomed the purchase')).toEqual([['STATED', 'welcomed']]);
    expect(matches('La gobernadora saludó el acuerdo')).toEqual([['STATED', 'saludó']]);
    expect(matches('Boluarte welcomed Xi')).toEqual([['HOSTED', 'welcomed']]);
  });

  it('reads a ship’s call at a port as a visit', () => {
    expect(matches('Peace Ark docked at the Callao Naval Base')).toEqual([['VISITED', 'docked at']]);
    expect(matches('el buque atracó en el Callao')).toEqual([['VISITED', 'atracó en']]);
  });
});

describe('analyze: TRIGGERS’ verb forms', () => {
  it('matches every tense of a trigger verb, English and Spanish', () => {
    expect(matches('Chile firma, Bolivia firmará y Ecuador firmaría el pacto')).toEqual([
      ['SIGNED', 'firmará'],
      ['SIGNED', 'firmaría'],
    ]);
    expect(matches('Ecuador firmaron; Chile firman')).toEqual([
      ['SIGNED', 'firmaron'],
      ['SIGNED', 'firman'],
    ]);
    expect(matches('Acme is signing; Acme inks')).toEqual([
      ['SIGNED', 'signing'],
      ['SIGNED', 'inks'],
    ]);
    expect(matches('el banco invirtió y la minera invierte')).toEqual([
      ['INVESTED_IN', 'invirtió'],
      ['INVESTED_IN', 'invierte'],
    ]);
    expect(matches('el ministro se reúne con el embajador')).toEqual([['MET', 'se reúne con']]);
    expect(matches('la empresa construyó el puente')).toEqual([['BUILT', 'construyó']]);
  });

  it('takes a participle after an auxiliary or before its agent, not as an adjective', () => {
    expect(matches('Chile ha firmado el pacto')).toEqual([['SIGNED', 'firmado']]);
    expect(matches('el pacto fue suscrito por Chile')).toEqual([['SIGNED', 'suscrito']]);
    expect(matches('el pacto firmado en marzo')).toEqual([]);
    expect(matches('the deal was taken over by Acme')).toEqual([['ACQUIRED', 'taken over']]);
  });

  it('leaves out forms that are mostly nouns or adjectives', () => {
    expect(matches('la firma china y la visita oficial')).toEqual([]);
    expect(matches('a leading company in lead and zinc')).toEqual([]);
    expect(matches('the host country filed claims and a report')).toEqual([]);
    expect(matches('un servicio regular')).toEqual([]);
  });

  it('reads a present as an office and a past as an act for presidir and encabezar', () => {
    expect(matches('la ministra preside el consejo')).toEqual([['LEADS', 'preside']]);
    expect(matches('la ministra presidió la sesión')).toEqual([['PRESIDED_OVER', 'presidió']]);
  });

  it('takes "dirige" for a lead but not "se dirigió a" for a journey', () => {
    expect(matches('la economista dirige el banco')).toEqual([['LEADS', 'dirige']]);
    expect(matches('la comitiva se dirigió a Quito')).toEqual([]);
  });

  it('takes "hold" and "held" for ownership only before a stake', () => {
    expect(matches('Acme held a 40% stake')).toEqual([['OWNS', 'held']]);
    expect(matches('Acme held a meeting')).toEqual([]);
  });

  it('takes a Spanish reception of a visitor by its "a", a donation received as money', () => {
    expect(matches('el alcalde recibirá a la delegación')).toEqual([['HOSTED', 'recibirá a']]);
    expect(matches('el museo recibirá una donación')).toEqual([['RECEIVED_INVESTMENT', 'recibirá']]);
  });

  it('takes no Spanish infinitive for a statement, nor a future for a building', () => {
    expect(matches('es decir, la empresa')).toEqual([]);
    expect(matches('la vocera ha dicho y sostiene que')).toEqual([
      ['STATED', 'dicho'],
      ['STATED', 'sostiene'],
    ]);
    expect(matches('la empresa construirá el puente')).toEqual([]);
    expect(matches('the firm will build a road and is building a port')).toEqual([
      ['BUILT', 'is building'],
      ['PLANS', 'will build'],
    ]);
  });
});

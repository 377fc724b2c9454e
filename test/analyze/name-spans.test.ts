import { describe, expect, it } from 'vitest';
import {
  beforeListedName,
  capitalisedRuns,
  cutAtTitle,
  splitAtBreaks,
  splitAtOfPlace,
  splitAtParentBody,
  trim,
} from '../../src/analyze/name-spans.js';
import { handParsed } from './hand-parsed.js';

/** The texts of term ranges of a hand-parsed text. */
const texts = (text: string, spans: { first: number; last: number }[], tags: Record<string, string[]> = {}) => {
  const { terms } = handParsed(text, { tags });
  return spans.map((s) => text.slice(terms[s.first]!.start, terms[s.last]!.end));
};
const runs = (text: string, tags: Record<string, string[]> = {}) => texts(text, capitalisedRuns(handParsed(text, { tags }).terms), tags);
/** The parts of the one capitalised run of `text` once a title is cut off. */
const cut = (text: string, tags: Record<string, string[]> = {}) => {
  const { terms } = handParsed(text, { tags });
  const [run] = capitalisedRuns(terms);
  const trimmed = trim(terms, run!.first, run!.last)!;
  return texts(text, cutAtTitle(terms, trimmed), tags);
};

describe('analyze: name spans', () => {
  it('splits a name without a head from the country or town it is "of", and ends a name before "al" and a body', () => {
    const split = (text: string) => {
      const { terms } = handParsed(text);
      const [run] = capitalisedRuns(terms);
      return texts(text, splitAtOfPlace(terms, trim(terms, run!.first, run!.last)!));
    };
    expect(split('bids from ISA of Colombia yesterday')).toEqual(['ISA', 'Colombia']);
    expect(split('the Bank of China lent')).toEqual(['Bank of China']);
    expect(split('the Municipality of Lima said')).toEqual(['Municipality of Lima']);
    expect(runs('la visita de la Asamblea Popular Nacional al Congreso de la República en abril')).toEqual([
      'Asamblea Popular Nacional',
      'Congreso de la República',
    ]);
  });

  it('leaves out a sentence’s opening plural noun before "of"/"de"', () => {
    expect(runs('Residents of Huarmala complained.', { Residents: ['Noun', 'Plural'] })).toEqual(['Huarmala']);
    expect(runs('Vecinos de Camanal bloquearon la vía.', { Vecinos: ['Noun', 'Plural'] })).toEqual(['Camanal']);
    expect(runs('Ports of Tacora grew.', { Ports: ['Noun', 'Plural', 'ProperNoun'] })).toEqual(['Ports of Tacora']);
  });

  it('cuts a title off a person’s name, keeping a body’s name before the title', () => {
    expect(cut('then Foreign Minister Wang Yi spoke')).toEqual(['Wang Yi']);
    expect(cut('then General Manager Zhang Hua spoke')).toEqual(['Zhang Hua']);
    expect(cut('then Energy Minister Jorge Montero spoke')).toEqual(['Jorge Montero']);
    expect(cut('then Bank of Tacora Chairman Ge Hai spoke')).toEqual(['Bank of Tacora', 'Ge Hai']);
    // A title qualifier ("Trade") or a head word after the title is part of a body's name.
    expect(cut('the World Trade Organization said')).toEqual(['World Trade Organization']);
    expect(cut('the Attorney General Ministry said')).toEqual(['Attorney General Ministry']);
  });

  it('keeps a plural noun’s possessive inside a name, and ends a name at any other', () => {
    expect(runs('owned by China’s Women’s Federation today')).toEqual(['China’s', 'Women’s Federation']);
    expect(runs('the Bank of Tacora and Peru’s Ministry of Energy met')).toEqual(['Bank of Tacora', 'Peru’s', 'Ministry of Energy']);
    expect(runs('the Attorney General’s Office said')).toEqual(['Attorney General’s Office']);
  });

  it('carries an institution’s name across a list of its fields, after a leading article too', () => {
    expect(runs('The Superintendency of Banking, Insurance and Pension Funds said')).toEqual([
      'The Superintendency of Banking, Insurance and Pension Funds',
    ]);
    expect(runs('El Instituto Geológico, Minero y Metalúrgico dijo')).toEqual(['El Instituto Geológico, Minero y Metalúrgico']);
    // A listed field the gazetteer knows otherwise ("AFP") still closes the list before the body's acronym.
    expect(runs('La Superintendencia de Banca, Seguros y AFP (SBS) autorizó')[0]).toBe('La Superintendencia de Banca, Seguros y AFP');
    // A list of places is no list of fields.
    expect(runs('the Ministry of Energy, Lima and Cusco met')).toEqual(['Ministry of Energy', 'Lima', 'Cusco']);
  });

  it('ends an institution’s name at "and" before a name with a body’s head of its own', () => {
    expect(runs('The Universidad Nacional Mayor de San Marcos and Peking University signed.')).toEqual([
      'The Universidad Nacional Mayor de San Marcos',
      'Peking University',
    ]);
    expect(runs('The Ministry of Energy and Mines agreed.')).toEqual(['The Ministry of Energy and Mines']);
  });

  it('keeps a name’s last field after "y el" and a company’s generic last word after "and", not a second name', () => {
    expect(runs('Informó la Comisión de Promoción del Perú para la Exportación y el Turismo (Promperú).')).toContain(
      'Comisión de Promoción del Perú para la Exportación y el Turismo',
    );
    expect(runs('The contractor China Electric Power Equipment and Technology finished.')).toContain(
      'China Electric Power Equipment and Technology',
    );
    expect(runs('El Ministerio de Cultura y el Gobierno Regional de Cusco firmaron.')).toEqual([
      'El Ministerio de Cultura',
      'Gobierno Regional de Cusco',
    ]);
    expect(runs('Hutchison and Sinohydro bid.')).toEqual(['Hutchison', 'Sinohydro']);
  });

  it('keeps the article a known place’s or medium’s name holds ("La Libertad", "El Comercio"), and drops any other', () => {
    const { terms } = handParsed('en la región La Libertad hoy');
    const [run] = capitalisedRuns(terms);
    expect(texts('en la región La Libertad hoy', [trim(terms, run!.first, run!.last)!])).toEqual(['La Libertad']);
    const other = handParsed('dijo La Empresa Andina');
    const [r2] = capitalisedRuns(other.terms);
    expect(texts('dijo La Empresa Andina', [trim(other.terms, r2!.first, r2!.last)!])).toEqual(['Empresa Andina']);
    const medium = handParsed('told the daily El Comercio that');
    const [r3] = capitalisedRuns(medium.terms);
    expect(texts('told the daily El Comercio that', [trim(medium.terms, r3!.first, r3!.last)!])).toEqual(['El Comercio']);
  });

  it('keeps a numbered unit’s number ("Block 58", "Línea 2")', () => {
    const { terms } = handParsed('the gas of Block 58, in Cusco');
    const [run] = capitalisedRuns(terms);
    expect(texts('the gas of Block 58, in Cusco', [trim(terms, run!.first, run!.last)!])).toEqual(['Block 58']);
  });

  it('keeps a Roman numeral, and a short number before a comma or a facility’s noun ("Chadín 2, a dam"), never an amount or a date', () => {
    const trimmed = (text: string, tags: Record<string, string[]> = {}) => {
      const { terms } = handParsed(text, { tags });
      const spans = capitalisedRuns(terms).flatMap((r) => trim(terms, r.first, r.last) ?? []);
      return texts(text, spans, tags);
    };
    expect(trimmed('against Chadín 2, a dam')).toEqual(['Chadín 2']);
    expect(trimmed('the Chaglla and San Gabán III plants')).toEqual(['Chaglla', 'San Gabán III']);
    expect(trimmed('the Tacora 2 dam')).toEqual(['Tacora 2']);
    expect(trimmed('paid US$ 25 millones')).toEqual(['US$']);
    expect(trimmed('since May 20, when', { May: ['Month', 'Date'] })).toEqual([]);
    expect(trimmed('Tacora 12 tonnes')).toEqual(['Tacora']);
  });

  it('keeps two fields before the English head they share ("the Energy and Mines Committee"), not after a listing comma', () => {
    expect(runs('a member of the Energy and Mines Committee said')).toEqual(['Energy and Mines Committee']);
    expect(runs('Huawei and Tacora Group said')).toEqual(['Huawei', 'Tacora Group']);
    expect(runs('the Geological, Mining and Metallurgical Committee')).toEqual(['Geological', 'Mining', 'Metallurgical Committee']);
  });

  it('keeps a Chinese surname "He" inside a sentence, and cuts a lawmaker’s constituency off the lawmaker', () => {
    const { terms } = handParsed('talks with Vice Premier He Lifeng in Lima', { tags: { He: ['Pronoun'] } });
    const [run] = capitalisedRuns(terms);
    const trimmed = trim(terms, run!.first, run!.last)!;
    expect(texts('talks with Vice Premier He Lifeng in Lima', cutAtTitle(terms, trimmed), { He: ['Pronoun'] })).toEqual(['He Lifeng']);
    expect(cut('el congresista por Junín Ana Ruiz Soto pidió')).toEqual(['Junín', 'Ana Ruiz Soto']);
  });

  it('keeps "A y B" after a firm’s singular noun as one name ("the contractor Graña y Montero"), not after a plural', () => {
    expect(runs('by the contractor Tacora y Montero after delays')).toEqual(['Tacora y Montero']);
    expect(runs('the companies Huawei and Tacora signed')).toEqual(['Huawei', 'Tacora']);
    const text = 'by the contractor Tacora y Montero after delays';
    const { terms } = handParsed(text);
    const first = terms.findIndex((t) => t.text === 'Tacora');
    expect(texts(text, splitAtBreaks(terms, first, first + 2))).toEqual(['Tacora y Montero']);
  });

  it('splits a library span at a lower-case district or province "of", keeping a Spanish article after "the"', () => {
    const text = 'built in the La Joya district of Arequipa';
    const { terms } = handParsed(text);
    const first = terms.findIndex((t) => t.text === 'La');
    const parts = splitAtBreaks(terms, first, terms.length - 1).map((p) => trim(terms, p.first, p.last)!);
    expect(texts(text, parts)).toEqual(['La Joya', 'Arequipa']);
  });

  it('keeps a demonym that ends a name after its own word ("Anglo American"), not after "Latin"', () => {
    const trimmed = (text: string) => {
      const { terms } = handParsed(text);
      const [run] = capitalisedRuns(terms);
      return texts(text, [trim(terms, run!.first, run!.last)!]);
    };
    expect(trimmed('the mine run by Anglo American since 2022')).toEqual(['Anglo American']);
    expect(trimmed('urged Latin American governments')).toEqual(['Latin']);
  });

  it('ends a span at a comma before a known name, but for one after "de"', () => {
    const text = 'El Ministerio de Energía, Tisal y Cosco firmaron';
    const { terms } = handParsed(text);
    const cosco = { start: text.indexOf('Cosco') };
    expect(texts(text, [beforeListedName(terms, { first: 0, last: 6 }, [cosco])])).toEqual(['El Ministerio de Energía']);
    expect(texts(text, [beforeListedName(terms, { first: 0, last: 6 }, [])])).toEqual(['El Ministerio de Energía, Tisal y Cosco']);
    // A known name after "de" closes an institution's last field.
    const museo = 'Museo Nacional de Arqueología, Antropología e Historia del Perú abrió';
    const parsed = handParsed(museo);
    const peru = { start: museo.indexOf('Perú') };
    expect(texts(museo, [beforeListedName(parsed.terms, { first: 0, last: 8 }, [peru])])).toEqual([
      'Museo Nacional de Arqueología, Antropología e Historia del Perú',
    ]);
  });

  it('keeps a month’s abbreviation with no number beside it as a name’s word', () => {
    const tags = { Jun: ['Abbreviation', 'Date', 'Month'] };
    const { terms } = handParsed('cite a Wang Jun today', { tags });
    expect(texts('cite a Wang Jun today', [trim(terms, 2, 3)!], tags)).toEqual(['Wang Jun']);
    const dated = handParsed('on 3 Jun today', { tags });
    expect(trim(dated.terms, 2, 2)).toBeUndefined();
  });

  it('splits a unit’s name from its parent body’s', () => {
    const text = 'El Instituto Confucio de la Universidad Mayor de Tacora colaborará';
    const { terms } = handParsed(text);
    expect(texts(text, splitAtParentBody(terms, { first: 1, last: 8 }))).toEqual(['Instituto Confucio', 'Universidad Mayor de Tacora']);
    const one = 'la Escuela de Gobierno de la Universidad de Tacora';
    expect(texts(one, splitAtParentBody(handParsed(one).terms, { first: 1, last: 3 }))).toEqual(['Escuela de Gobierno']);
  });
  it('carries an agreement’s title through its small words, but not into the place after "in"', () => {
    expect(runs('they signed the Protocol to Upgrade the Tacora Trade Agreement in Lima yesterday')).toEqual([
      'Protocol to Upgrade the Tacora Trade Agreement',
      'Lima',
    ]);
    expect(runs('firmaron el Convenio sobre la Protección de Inversiones ayer')).toEqual(['Convenio sobre la Protección de Inversiones']);
    expect(runs('the Tacora Company to Upgrade the Port')).toEqual(['Tacora Company', 'Upgrade', 'Port']);
  });

  it("ends a body's name before the region it serves, not an institution's; keeps an embassy's country", () => {
    expect(runs('el presidente de SPIC para América Latina, Liu')).toEqual(['SPIC', 'América Latina', 'Liu']);
    expect(runs('El gerente para América Latina de China Gas, Chen')).toEqual(['El', 'América Latina', 'China Gas', 'Chen']);
    expect(runs('the Urban Transport Authority for Lima and Callao said')).toEqual(['Urban Transport Authority for Lima and Callao']);
    expect(runs('la Embajada de China en el Perú señaló')).toEqual(['Embajada de China en el Perú']);
    expect(runs('according to the Peruvian Association of Graduates in China, which')).toEqual([
      'Peruvian Association of Graduates in China',
    ]);
    expect(runs('the Great Hall of the People in Beijing')).toEqual(['Great Hall of the People', 'Beijing']);
  });
});

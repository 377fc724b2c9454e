import { describe, expect, it } from 'vitest';
import { relationOfTitle, titleRelations } from '../../src/analyze/title-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const peruvian = (d: string): string | undefined => (d === 'Peruvian' ? 'peru' : undefined);

/** Type, source, target, trigger, its offsets and confidence of the title relations of `text`. */
const relations = (text: string, inside: Endpoint[]) =>
  titleRelations({ text, inside, countryOf: peruvian }).map((r) => [
    r.type,
    r.sourceId,
    r.targetId,
    r.trigger,
    r.triggerStart,
    r.triggerEnd,
    r.confidence,
  ]);

describe('analyze: relationOfTitle', () => {
  it('makes a person a leader or an office holder by a word or two-word phrase of the title', () => {
    expect(relationOfTitle('PERSON', ['President'])).toBe('LEADS');
    expect(relationOfTitle('PERSON', ['commerce', 'minister'])).toBe('HOLDS_OFFICE_IN');
    expect(relationOfTitle('PERSON', ['poet'])).toBeUndefined();
  });

  it('affiliates any other entity by a company noun within four words', () => {
    expect(relationOfTitle('COMPANY', ['tech', 'giant'])).toBe('AFFILIATED_WITH');
    expect(relationOfTitle('COMPANY', ['very', 'big', 'old', 'tech', 'giant'])).toBeUndefined();
    expect(relationOfTitle('PERSON', ['tech', 'giant'])).toBeUndefined();
  });
});

describe('analyze: titleRelations', () => {
  it('affiliates a body named after a demonym and its nouns with no article where none is needed', () => {
    const chinese = (d: string): string | undefined => (d === 'Chinese' ? 'china' : undefined);
    const affiliated = (text: string, name: string) =>
      titleRelations({ text, inside: [at(text, name, 'body', 'COMPANY')], countryOf: chinese }).map((r) => [r.type, r.targetId]);
    expect(affiliated('Ica grows. Chinese battery maker Andes Power will open a plant.', 'Andes Power')).toEqual([
      ['AFFILIATED_WITH', 'china'],
    ]);
    expect(affiliated('Andes sold the mine to Chinese carmaker Tacora Motors.', 'Tacora Motors')).toEqual([['AFFILIATED_WITH', 'china']]);
  });

  it('reads the country from a known country’s possessive or from a demonym', () => {
    const a = 'Peru’s President Dina Boluarte spoke.';
    expect(relations(a, [at(a, 'Peru', 'peru', 'COUNTRY'), at(a, 'Dina Boluarte', 'dina', 'PERSON')])).toEqual([
      ['LEADS', 'dina', 'peru', 'Peru’s President', 0, 16, 0.75],
    ]);
    const b = 'Dina Boluarte, the Peruvian president, spoke.';
    expect(relations(b, [at(b, 'Dina Boluarte', 'dina', 'PERSON')])).toEqual([
      ['LEADS', 'dina', 'peru', 'Peruvian president', 19, 37, 0.7],
    ]);
  });

  it('reads a title across the one comma before a name, in English and Spanish word order', () => {
    const a = 'Peruvian President, Dina Boluarte, spoke.';
    expect(relations(a, [at(a, 'Dina Boluarte', 'dina', 'PERSON')]).map((r) => r.slice(0, 3))).toEqual([['LEADS', 'dina', 'peru']]);
    const b = 'El presidente del Perú, Dina Boluarte, habló.';
    expect(relations(b, [at(b, 'Perú', 'peru', 'COUNTRY'), at(b, 'Dina Boluarte', 'dina', 'PERSON')]).map((r) => r.slice(0, 3))).toEqual([
      ['LEADS', 'dina', 'peru'],
    ]);
    const c = 'el ministro de Comercio del Perú, Ana Ruiz, habló.';
    expect(relations(c, [at(c, 'Perú', 'peru', 'COUNTRY'), at(c, 'Ana Ruiz', 'ana', 'PERSON')]).map((r) => r.slice(0, 3))).toEqual([
      ['HOLDS_OFFICE_IN', 'ana', 'peru'],
    ]);
    // No office from a verb after the title, nor the country's for an office of a body in it.
    const met = 'The Chinese minister also met Julio Cárdenas, the president of Congress.';
    const chinese = (d: string): string | undefined => (/^(?:Chinese|chino)$/u.test(d) ? 'china' : undefined);
    const rel = (text: string, inside: Endpoint[]) => titleRelations({ text, inside, countryOf: chinese }).map((r) => r.type);
    expect(rel(met, [at(met, 'Julio Cárdenas', 'julio', 'PERSON')])).toEqual([]);
    const bank = 'It was signed by the Chinese bank’s governor, Pan Gongsheng, in Beijing.';
    expect(rel(bank, [at(bank, 'Pan Gongsheng', 'pan', 'PERSON')])).toEqual([]);
    const aduana = 'Lo firmó el viceministro de la aduana china, Zhao Zenglian, en Pekín.';
    expect(rel(aduana, [at(aduana, 'Zhao Zenglian', 'zhao', 'PERSON')])).toEqual([]);
    // A portfolio of several words between the title and the country.
    const d = 'El ministro de Energía y Minas del Perú, Jorge Montero, recibió a la delegación.';
    const inside = [at(d, 'Perú', 'peru', 'COUNTRY'), at(d, 'Jorge Montero', 'montero', 'PERSON')];
    expect(relations(d, inside).map((r) => r.slice(0, 3))).toEqual([['HOLDS_OFFICE_IN', 'montero', 'peru']]);
  });

  it('affiliates a body a country’s possessive names', () => {
    const text = 'Peru’s Council of Ministers approved it.';
    const inside = [at(text, 'Peru', 'peru', 'COUNTRY'), at(text, 'Council of Ministers', 'council', 'GOVERNMENT')];
    expect(relations(text, inside).map((r) => r.slice(0, 3))).toEqual([['AFFILIATED_WITH', 'council', 'peru']]);
  });

  it('reads nothing across other punctuation, for a place, or from a title that names no office', () => {
    const a = 'Peruvian President; Dina Boluarte spoke.';
    expect(relations(a, [at(a, 'Dina Boluarte', 'dina', 'PERSON')])).toEqual([]);
    const b = 'the Peruvian city Lima grew.';
    expect(relations(b, [at(b, 'Lima', 'lima', 'PLACE')])).toEqual([]);
    const c = 'Peruvian poet Dina Boluarte spoke.';
    expect(relations(c, [at(c, 'Dina Boluarte', 'dina', 'PERSON')])).toEqual([]);
  });

  it('affiliates a body named after an article, a demonym and nouns, and stops a Spanish phrase at its article', () => {
    const countryOf = (d: string): string | undefined =>
      /^(?:Peruvian|peruano|chino)$/u.test(d) ? (d === 'chino' ? 'china' : 'peru') : undefined;
    const rel = (text: string, inside: Endpoint[]) =>
      titleRelations({ text, inside, countryOf }).map((r) => [r.type, r.sourceId, r.targetId, r.trigger]);
    const a = 'They sold copper to the Peruvian smelter Fundición Andina last year.';
    expect(rel(a, [at(a, 'Fundición Andina', 'fa', 'COMPANY')])).toEqual([['AFFILIATED_WITH', 'fa', 'peru', 'Peruvian smelter']]);
    const b = 'Compró un 40% de la distribuidora china Lumen Energía y un 10% del banco peruano Banco Sur.';
    expect(rel(b, [at(b, 'Lumen Energía', 'le', 'COMPANY'), at(b, 'Banco Sur', 'bs', 'COMPANY')]).map((r) => r.slice(0, 3))).toEqual([
      ['AFFILIATED_WITH', 'le', 'china'],
      ['AFFILIATED_WITH', 'bs', 'peru'],
    ]);
    // A verb is no noun of the phrase; a capitalised demonym right before a name is the name's own word.
    const c = 'The Peruvian side told Fundición Andina, and the Peruvian Mining Society agreed.';
    expect(rel(c, [at(c, 'Fundición Andina', 'fa', 'COMPANY'), at(c, 'Mining Society', 'ms', 'ORGANIZATION')])).toEqual([]);
  });

  it('gives an ambassador’s office to the country that sends, not the one that receives', () => {
    const text = 'Peru’s ambassador to Chile, Ana Ruiz, spoke.';
    const inside = [at(text, 'Peru', 'peru', 'COUNTRY'), at(text, 'Chile', 'chile', 'COUNTRY'), at(text, 'Ana Ruiz', 'ana', 'PERSON')];
    expect(relations(text, inside).map((r) => r.slice(0, 3))).toEqual([['HOLDS_OFFICE_IN', 'ana', 'peru']]);
    const b = 'the Peruvian ambassador to Chile, Ana Ruiz, y el embajador del Ecuador en Chile, Luis Paz, hablaron.';
    const inside2 = [
      at(b, 'Chile', 'chile', 'COUNTRY'),
      at(b, 'Ana Ruiz', 'ana', 'PERSON'),
      at(b, 'Ecuador', 'ecuador', 'COUNTRY'),
      at(b, 'Chile', 'chile', 'COUNTRY', { from: 40 }),
      at(b, 'Luis Paz', 'luis', 'PERSON'),
    ];
    expect(relations(b, inside2).map((r) => r.slice(0, 3))).toEqual([['HOLDS_OFFICE_IN', 'ana', 'peru']]);
  });

  it('makes a mayor or governor lead the city or region the title names', () => {
    const a = 'El alcalde de Trujillo, Mario Reyes, y Luis Vega, gobernador regional de Piura, llegaron.';
    const inside = [
      at(a, 'Trujillo', 'trujillo', 'PLACE'),
      at(a, 'Mario Reyes', 'mario', 'PERSON'),
      at(a, 'Luis Vega', 'luis', 'PERSON'),
      at(a, 'Piura', 'piura', 'PLACE'),
    ];
    expect(relations(a, inside).map((r) => r.slice(0, 3))).toEqual([
      ['LEADS', 'mario', 'trujillo'],
      ['LEADS', 'luis', 'piura'],
    ]);
    const b = 'Arequipa’s governor, Rosa Díaz, spoke.';
    expect(relations(b, [at(b, 'Arequipa', 'arequipa', 'PLACE'), at(b, 'Rosa Díaz', 'rosa', 'PERSON')]).map((r) => r.slice(0, 3))).toEqual([
      ['LEADS', 'rosa', 'arequipa'],
    ]);
  });

  it('gives a lawmaker’s office in the one congress the sentence names', () => {
    const a = 'La congresista Rosa Díaz y Juan Paz, congresista por Tacna, citaron al ministro ante el Congreso.';
    const inside = [
      at(a, 'Rosa Díaz', 'rosa', 'PERSON'),
      at(a, 'Juan Paz', 'juan', 'PERSON'),
      at(a, 'Tacna', 'tacna', 'PLACE'),
      at(a, 'Congreso', 'congress', 'GOVERNMENT'),
    ];
    expect(relations(a, inside).map((r) => r.slice(0, 3))).toEqual([
      ['HOLDS_OFFICE_IN', 'rosa', 'congress'],
      ['HOLDS_OFFICE_IN', 'juan', 'congress'],
    ]);
    const b = 'The lawmaker Juan Paz spoke.';
    expect(relations(b, [at(b, 'Juan Paz', 'juan', 'PERSON')])).toEqual([]);
  });
});

describe('analyze: titleRelations, a Spanish title before its demonym', () => {
  const countryOf = (d: string) => ({ peruano: 'peru', chino: 'china' })[d];
  const brief = (text: string, inside: Endpoint[]) =>
    titleRelations({ text, inside, countryOf }).map((r) => [r.type, r.sourceId, r.targetId, r.trigger]);

  it('gives the person the demonym’s country, past where the office is held or its portfolio', () => {
    const a = 'El embajador peruano en China, Gonzalo Ríos, declaró a Xinhua.';
    expect(brief(a, [at(a, 'China', 'china', 'COUNTRY'), at(a, 'Gonzalo Ríos', 'rios', 'PERSON')])).toContainEqual([
      'HOLDS_OFFICE_IN',
      'rios',
      'peru',
      'peruano',
    ]);
    const b = 'La muestra fue inaugurada por el viceministro chino de Cultura y Turismo, Gao Zhenmin.';
    expect(brief(b, [at(b, 'Gao Zhenmin', 'gao', 'PERSON')])).toEqual([['HOLDS_OFFICE_IN', 'gao', 'china', 'chino']]);
    const c = 'Lo firmó el gerente chino, Li Wei.';
    expect(brief(c, [at(c, 'Li Wei', 'li', 'PERSON')])).toEqual([]);
  });
});

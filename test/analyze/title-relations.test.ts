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
});

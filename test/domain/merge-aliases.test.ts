import { describe, expect, it } from 'vitest';
import { mergeAliases } from '../../src/domain/merge-aliases.js';

describe('domain: mergeAliases', () => {
  it("keeps the entity's aliases and adds each new name after them, in the order given", () => {
    expect(mergeAliases({ name: 'Peru', aliases: ['Republic of Peru'], names: ['Tawantinsuyu', 'República del Perú'] })).toEqual([
      'Republic of Peru',
      'Tawantinsuyu',
      'República del Perú',
    ]);
  });

  it("adds no name that the entity's name or an alias already holds, ignoring case, accents, width and dotted letters", () => {
    expect(mergeAliases({ name: 'Perú', aliases: ['U.S. ally'], names: ['PERU', 'ｐｅｒｕ', 'US ally', 'peru'] })).toEqual(['U.S. ally']);
  });

  it('adds a name given twice once, as first written', () => {
    expect(mergeAliases({ name: 'China', aliases: [], names: ['PRC', 'P.R.C.', 'prc', 'China'] })).toEqual(['PRC']);
  });

  it("leaves the entity's own aliases as they are, repeats included", () => {
    expect(mergeAliases({ name: 'China', aliases: ['PRC', 'prc'], names: [] })).toEqual(['PRC', 'prc']);
  });
});

import { describe, expect, it } from 'vitest';
import { DEMONYMS, demonymCountry } from '../../src/domain/demonyms.js';
import { foldForMatch } from '../../src/domain/text.js';

describe('domain: demonymCountry', () => {
  it('gives the first country key of a demonym in English or Spanish, any case', () => {
    expect(demonymCountry('Peruvian')).toBe('peru');
    expect(demonymCountry('PERUANAS')).toBe('peru');
    expect(demonymCountry('chinese')).toBe('china');
    expect(demonymCountry('American')).toBe('united states');
    expect(demonymCountry('chilena')).toBe('chile');
    expect(demonymCountry('brasileño')).toBe('brazil');
    expect(demonymCountry('brasileno')).toBe('brazil');
    expect(demonymCountry('Mexicana')).toBe('mexico');
    expect(demonymCountry('española')).toBe('spain');
    expect(demonymCountry('Japonés')).toBe('japan');
  });

  it('is undefined for a country name, a plural the list lacks, or a word containing a demonym', () => {
    for (const word of ['Peru', 'China', 'Peruvians', 'Chinese-made', 'un peruano', '']) {
      expect(demonymCountry(word), word).toBeUndefined();
    }
  });
});

describe('domain: DEMONYMS', () => {
  it('points only to matching keys (folded as foldForMatch folds)', () => {
    const keys = DEMONYMS.flatMap(([, countries]) => countries);
    expect(keys.filter((k) => foldForMatch(k) !== k)).toEqual([]);
    expect(keys).toHaveLength(35);
    // No demonym is also a country's name: "India" and "Argentina" stay names.
    for (const country of ['India', 'Argentina', 'Suiza', 'Peru', 'China']) expect(demonymCountry(country), country).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { matchKeys } from '../../src/domain/match-keys.js';
import { entitySearchKeys } from '../../src/domain/search-keys.js';

describe('domain: matchKeys', () => {
  it('folds the name and every alias, each key once, name first, empty ones left out', () => {
    expect(matchKeys({ name: 'Perú', aliases: ['PERU', 'Republic of Peru', '...', 'U.S.'] })).toEqual(['peru', 'republic of peru', 'us']);
    expect(matchKeys({ name: '!!', aliases: [] })).toEqual([]);
  });

  it('are the keys every write stores as nameKey and aliasKeys, which resolution looks up', () => {
    const entity = { name: 'Shougang Hierro Perú S.A.A.', aliases: ['Shougang', 'SHOUGANG', '—'], description: null };
    const { nameKey, aliasKeys } = entitySearchKeys(entity) as { nameKey: string; aliasKeys: string[] };
    expect(matchKeys(entity)).toEqual([...new Set([nameKey, ...aliasKeys].filter(Boolean))]);
    expect(matchKeys(entity)).toEqual(['shougang hierro peru saa', 'shougang']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  COMMON_WORDS,
  descriptionSearchText,
  entitySearchKeys,
  nameSearchText,
  roleSearchText,
  searchTerms,
  SEARCH_KEYS_VERSION,
} from '../../src/domain/search-keys.js';
import { foldForMatch } from '../../src/domain/text.js';
import { foldText } from '../../src/analyze/folded-text.js';
import { searchQuery } from '../../src/store/cypher/search-entities.js';

describe('domain: folding', () => {
  it('gives "U.S." and "US" one key, and keeps single initials and sentence ends apart', () => {
    expect(foldForMatch('U.S.')).toBe('us');
    expect(foldForMatch('US')).toBe('us');
    expect(foldForMatch('the U.S.A. and e.g. this')).toBe('the usa and eg this');
    expect(foldForMatch('Dina E. Boluarte')).toBe('dina e boluarte');
    expect(foldForMatch('in Peru.A new')).toBe('in peru a new');
    expect(foldForMatch('Shougang Hierro Perú S.A.A.')).toBe('shougang hierro peru saa');
  });

  it('folds analyzeText’s offset-keeping copy exactly as foldForMatch folds a key', () => {
    const samples = [
      'Perú',
      'ＰＥＲＵ',
      'U.S.',
      'the U.S. said',
      'People’s Republic of China',
      'Huawei Technologies Co., Ltd.',
      '中华人民共和国',
      'Dina E. Boluarte',
      'S.A.A.',
      'Adrianzén',
      'ﬁnance',
      'Straße',
      'No.1 e.g. A.B',
      '  spaced  out  ',
      'Ollanta Moisés Humala Tasso',
      '秘鲁政府, Lima.',
    ];
    for (const s of samples) expect(foldText(s).folded.trim(), s).toBe(foldForMatch(s));
  });
});

describe('domain: search keys', () => {
  it('splits folded words and cuts CJK runs into character pairs', () => {
    expect(searchTerms('Belt and Road Initiative')).toEqual(['belt', 'and', 'road', 'initiative']);
    expect(searchTerms("People's Republic of China")).toEqual(['people', 's', 'republic', 'of', 'china']);
    expect(searchTerms('秘鲁政府')).toEqual(['秘鲁', '鲁政', '政府']);
    expect(searchTerms('华')).toEqual(['华']);
    expect(searchTerms('Huawei华为')).toEqual(['huawei', '华为']);
    expect(searchTerms('ｈｕａｗｅｉ')).toEqual(['huawei']);
  });

  it('writes each term of every name once, and no key for what is absent', () => {
    expect(nameSearchText({ name: 'Peru', aliases: ['Perú', 'Republic of Peru'] })).toBe('peru republic of');
    expect(descriptionSearchText(null)).toBeNull();
    expect(roleSearchText(null)).toBeNull();
    expect(roleSearchText('Prime Minister')).toBe('prime minister');
    expect(entitySearchKeys({ name: 'United States', aliases: ['U.S.'], description: 'A country.' })).toEqual({
      searchText: 'united states us',
      descriptionText: 'a country',
      nameKey: 'united states',
      aliasKeys: ['us'],
      searchKeysVersion: SEARCH_KEYS_VERSION,
    });
  });

  it('builds queries that require every word but the common ones', () => {
    const q = searchQuery('Port of Chancay')!;
    expect(q.names).toBe('searchText:(+(port^2 port~1 port*) of +(chancay^2 chancay~1 chancay*))');
    expect(q.offices).toBe('officeText:(+(port^2 port~1 port*) of +(chancay^2 chancay~1 chancay*))');
    expect(q.descriptions).toBe('descriptionText:(+(port^2 port~1 port*) of +(chancay^2 chancay~1 chancay*))');
    expect(q.key).toBe('port of chancay');
    expect(searchQuery('of the')!.names).toBe('searchText:(+(of^2 of*) +(the^2 the*))');
    expect(searchQuery('Chinese premier')!.offices).toBe(
      'officeText:(+(chinese^2 chinese~1 chinese* (+china)) +(premier^2 premier~1 premier*))',
    );
    expect(searchQuery('中华人民')!.names).toBe('searchText:(+中华 +华人 +人民)');
    expect(searchQuery('秘')!.names).toBe('searchText:(+秘*)');
    expect(searchQuery('  ***  ')).toBeUndefined();
    expect(searchQuery('Port of Chancay', { typos: false })!.names).toBe('searchText:(+(port^2 port*) of +(chancay^2 chancay*))');
    expect(COMMON_WORDS.has('de')).toBe(true);
  });

  it('lets no Lucene syntax through', () => {
    const q = searchQuery('name:"x" OR (y AND z)~2 ^3 \\ [a TO b] {c} -d +e !f && g || h ? * /re/')!;
    const body = q.names.slice('searchText:('.length, -1);
    expect(body.replace(/[+()^~*\d ]/g, '')).toMatch(/^[a-z]+$/);
  });
});

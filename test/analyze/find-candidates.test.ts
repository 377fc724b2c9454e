import { describe, expect, it } from 'vitest';
import { findCandidates, slugify } from '../../src/analyze/find-candidates.js';
import type { Mention } from '../../src/analyze/types.js';
import { handParsed as parsed } from './hand-parsed.js';

const candidates = (text: string, options: Parameters<typeof parsed>[1] = {}, mentions: Mention[] = []) =>
  findCandidates({ text, parsed: parsed(text, options), mentions }).map((c) => [c.id, c.text, c.type, c.start, c.end]);

describe('analyze: slugify', () => {
  it('folds a surface text and joins its words with hyphens, keeping CJK', () => {
    expect(slugify('Rómulo Mucho')).toBe('romulo-mucho');
    expect(slugify("Cosco's  Port!")).toBe('cosco-s-port');
    expect(slugify('秘鲁 政府')).toBe('秘鲁-政府');
    expect(slugify(' — ')).toBe('');
  });
});

describe('analyze: findCandidates', () => {
  it('types a name by its head word, connectors included in the name', () => {
    expect(candidates('officials of the Ministry of Energy and Mines met.')).toEqual([
      ['ministry-of-energy-and-mines', 'Ministry of Energy and Mines', 'GOVERNMENT', 17, 45],
    ]);
  });

  it('types a name by a word before it ("the regulator X") or after it ("X copper mine")', () => {
    expect(candidates('approved by the regulator Ositrán yesterday')).toEqual([['ositran', 'Ositrán', 'GOVERNMENT', 26, 33]]);
    expect(candidates('work at the Toromocho copper mine began')).toEqual([['toromocho', 'Toromocho', 'INFRASTRUCTURE', 12, 21]]);
  });

  it('types a person by an apposition naming an office', () => {
    expect(candidates('Rómulo Mucho, Peru’s energy minister, said so')).toEqual([['romulo-mucho', 'Rómulo Mucho', 'PERSON', 0, 12]]);
  });

  it('leaves a title out of a person’s name, and drops a name whose type is unclear', () => {
    const text = 'talks with President Xi Jinping ended';
    expect(candidates(text, { tags: { Xi: ['Person'] } })).toEqual([['xi-jinping', 'Xi Jinping', 'PERSON', 21, 31]]);
    expect(candidates(text)).toEqual([]);
  });

  it('drops a demonym at the edge, a sentence’s capitalised first word alone, and the possessive ’s', () => {
    expect(candidates('the Chinese firm Huawei said')).toEqual([['huawei', 'Huawei', 'COMPANY', 17, 23]]);
    expect(candidates('Fishermen asked for help.')).toEqual([]);
    expect(candidates("they met Cosco's chairman", { tags: { "Cosco's": ['Organization'] } })).toEqual([
      ['cosco', 'Cosco', 'ORGANIZATION', 9, 14],
    ]);
  });

  it('splits a library span at punctuation and uses its kind', () => {
    const text = 'tourists in Lima, Cusco';
    expect(candidates(text, { named: [{ kind: 'place', first: 2, last: 3 }] })).toEqual([
      ['lima', 'Lima', 'PLACE', 12, 16],
      ['cusco', 'Cusco', 'PLACE', 18, 23],
    ]);
    // Without the library's span only "in" says what Lima is, and nothing says what Cusco is.
    expect(candidates(text)).toEqual([['lima', 'Lima', 'PLACE', 12, 16]]);
  });

  it('keeps the longest of overlapping candidates and none overlapping a mention', () => {
    const text = 'later Ren Zhengfei spoke';
    expect(candidates(text, { tags: { Ren: ['Person'] }, named: [{ kind: 'person', first: 1, last: 1 }] })).toEqual([
      ['ren-zhengfei', 'Ren Zhengfei', 'PERSON', 6, 18],
    ]);
    const mention: Mention = { entityId: 'ren', matched: 'Ren', start: 6, end: 9, text: 'Ren' };
    expect(candidates(text, { tags: { Ren: ['Person'] } }, [mention])).toEqual([]);
  });

  it('leaves CJK names to the mentions: the library reads English only', () => {
    expect(candidates('华为 said', { named: [{ kind: 'organization', first: 0, last: 0 }] })).toEqual([]);
  });
});

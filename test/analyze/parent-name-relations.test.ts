import { describe, expect, it } from 'vitest';
import { parentNameRelations } from '../../src/analyze/parent-name-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** [type, source, target] of what the sentence holding `unit` gives, the whole text's endpoints being `named`. */
function parts(text: string, named: Endpoint[]) {
  return parentNameRelations({ text, inside: named, named }).map((r) => [r.type, r.sourceId, r.targetId]);
}

describe('analyze: parentNameRelations', () => {
  it('makes a company named after another with words added a part of it, once, to the longest name it extends', () => {
    const a = 'China Southern Power Grid bought it through China Southern Power Grid International, and CSGI International grew.';
    const named = [
      at(a, 'China Southern Power Grid', 'csg', 'COMPANY'),
      at(a, 'China Southern Power Grid International', 'csgi', 'COMPANY'),
    ];
    expect(parts(a, named)).toEqual([['PART_OF', 'csgi', 'csg']]);
    const b = 'Huawei said Huawei Cloud and later Huawei Cloud again would grow.';
    const twice = [
      at(b, 'Huawei', 'huawei', 'COMPANY'),
      at(b, 'Huawei Cloud', 'cloud', 'COMPANY'),
      at(b, 'Huawei Cloud', 'cloud', 'COMPANY', { from: b.indexOf('later') }),
    ];
    expect(parts(b, twice)).toEqual([['PART_OF', 'cloud', 'huawei']]);
  });

  it('relates no name whose added words only finish its own name ("Shougang Group"), nor a place’s name', () => {
    const a = 'Shougang and the Shougang Group, and Lima and Lima Airport Partners.';
    const named = [
      at(a, 'Shougang', 'shougang', 'COMPANY'),
      at(a, 'Shougang Group', 'group', 'GROUP'),
      at(a, 'Lima', 'lima', 'PLACE'),
      at(a, 'Lima Airport Partners', 'lap', 'COMPANY', { from: a.indexOf('Lima Airport') }),
    ];
    expect(parts(a, named)).toEqual([]);
  });
});

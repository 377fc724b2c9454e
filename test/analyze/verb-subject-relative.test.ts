import { describe, expect, it } from 'vitest';
import { verbSubjectRelative } from '../../src/analyze/verb-subject-relative.js';
import { triggerHits } from '../../src/analyze/trigger-hits.js';
import type { RelationType } from '../../src/domain/vocabulary.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** The relations of the first trigger of `type` read as "<antecedent>, que <verb> <subject>". */
function inverted(text: string, type: RelationType, antecedent: Endpoint, after: Endpoint[]) {
  const hit = triggerHits(text, { start: 0, end: text.length }, [antecedent, ...after]).find((h) => h.trigger.type === type)!;
  return verbSubjectRelative({ text, hit, type, antecedent, after, strength: 0.8 }).map((r) => [r.type, r.sourceId, r.targetId]);
}

describe('analyze: verbSubjectRelative', () => {
  it('makes the entity after the verb its subject and the antecedent its object, past a date and "la empresa"', () => {
    const a = 'la mina Tía María, que opera desde 2019 la empresa Southern Perú, está parada.';
    expect(
      inverted(a, 'OPERATES', at(a, 'Tía María', 'tia-maria', 'INFRASTRUCTURE'), [at(a, 'Southern Perú', 'southern', 'COMPANY')]),
    ).toEqual([['OPERATES', 'southern', 'tia-maria']]);
  });

  it('takes coordinated subjects after the verb', () => {
    const a = 'el Convenio Andino que firmaron en 2020 el Ministerio de Cultura peruano y la Universidad de Pekín';
    const subjects = [at(a, 'Ministerio de Cultura', 'mc', 'GOVERNMENT'), at(a, 'Universidad de Pekín', 'pku', 'ORGANIZATION')];
    expect(inverted(a, 'SIGNED', at(a, 'Convenio Andino', 'convenio', 'AGREEMENT'), subjects)).toEqual([
      ['SIGNED', 'mc', 'convenio'],
      ['SIGNED', 'pku', 'convenio'],
    ]);
  });

  it('reads nothing when "que" is the subject (the types fit that way) or no "que" comes before the verb', () => {
    const a = 'Southern Perú, que opera la mina Tía María, invierte.';
    expect(
      inverted(a, 'OPERATES', at(a, 'Southern Perú', 'southern', 'COMPANY'), [at(a, 'Tía María', 'tia-maria', 'INFRASTRUCTURE')]),
    ).toEqual([]);
    const b = 'la mina Tía María opera desde 2019 la empresa Southern Perú';
    expect(
      inverted(b, 'OPERATES', at(b, 'Tía María', 'tia-maria', 'INFRASTRUCTURE'), [at(b, 'Southern Perú', 'southern', 'COMPANY')]),
    ).toEqual([]);
  });
});

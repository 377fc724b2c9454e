import { describe, expect, it } from 'vitest';
import { triggerRelations } from '../../src/analyze/trigger-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** Type, source, target, trigger, trigger start and confidence of the relations of `text` as one sentence. */
const relations = (text: string, inside: Endpoint[]) =>
  triggerRelations({ text, sentence: { start: 0, end: text.length }, inside }).map((r) => [
    r.type,
    r.sourceId,
    r.targetId,
    r.trigger,
    r.triggerStart,
    r.confidence,
  ]);

describe('analyze: triggerRelations', () => {
  it('proposes without the sentence: proposeRelationships adds the quote', () => {
    const text = 'Huawei visited Lima.';
    const [rel] = triggerRelations({
      text,
      sentence: { start: 0, end: text.length },
      inside: [at(text, 'Huawei', 'huawei', 'COMPANY'), at(text, 'Lima', 'lima', 'PLACE')],
    });
    expect(Object.keys(rel!).filter((k) => k.startsWith('sentence') || k === 'quote')).toEqual([]);
    expect(rel).toMatchObject({ type: 'VISITED', sourceId: 'huawei', targetId: 'lima', confidence: 0.85 });
  });

  it('takes no subject across a semicolon', () => {
    const text = 'Huawei grew; visited Lima.';
    expect(relations(text, [at(text, 'Huawei', 'huawei', 'COMPANY'), at(text, 'Lima', 'lima', 'PLACE')])).toEqual([]);
  });

  it('pairs the entities before a symmetric trigger only when they are coordinated', () => {
    const a = 'Peru, China cooperate.';
    expect(relations(a, [at(a, 'Peru', 'peru', 'COUNTRY'), at(a, 'China', 'china', 'COUNTRY')])).toEqual([
      ['COOPERATES_WITH', 'peru', 'china', 'cooperate', 12, 0.54],
    ]);
    const b = 'Peru praised China as they cooperate.';
    expect(relations(b, [at(b, 'Peru', 'peru', 'COUNTRY'), at(b, 'China', 'china', 'COUNTRY')])).toEqual([]);
  });

  it('pairs entities before a Chinese trigger only within its clause', () => {
    const text = '中国企业在秘鲁的投资持续增长，中铝是最大投资者';
    const inside = [at(text, '中国', 'china', 'COUNTRY'), at(text, '秘鲁', 'peru', 'COUNTRY'), at(text, '中铝', 'chinalco', 'COMPANY')];
    expect(relations(text, inside)).toEqual([['INVESTED_IN', 'china', 'peru', '投资', 8, 0.72]]);
  });

  it('relates a body to where it is based, a modifier that gives its subject to no later verb', () => {
    const text = 'COSCO, based in Shanghai and visited Lima.';
    const inside = [at(text, 'COSCO', 'cosco', 'COMPANY'), at(text, 'Shanghai', 'shanghai', 'PLACE'), at(text, 'Lima', 'lima', 'PLACE')];
    expect(relations(text, inside)).toEqual([['HEADQUARTERED_IN', 'cosco', 'shanghai', 'based in', 7, 0.85]]);
  });
});

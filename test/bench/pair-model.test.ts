import { describe, expect, it } from 'vitest';
import { pairModel, sentencePairs, withModel, type PairModelData } from '../../bench/pair-model/model.js';
import type { Proposal } from '../../src/analyze/proposal.js';
import { at } from '../analyze/endpoint-at.js';

/** A model that believes ACQUIRED between a company and an asset bought, and nothing else. */
const DATA: PairModelData = {
  version: 1,
  add: { ACQUIRED: 0.8 },
  veto: 0.05,
  features: ['bias', 'B:bought', 'T:COMPANY>INFRASTRUCTURE', 'P:OPERATES'],
  types: {
    ACQUIRED: { i: [0, 1, 2], w: [-4, 3, 3] },
    OPERATES: { i: [0, 3], w: [-5, 1] },
  },
};

describe('bench pair model: the relation model', () => {
  it('scores a type as the logistic of its features’ weights, and 0 for a type it has no weights for', () => {
    const model = pairModel(DATA);
    expect(model.probability('ACQUIRED', ['bias', 'B:bought', 'T:COMPANY>INFRASTRUCTURE'])).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
    expect(model.probability('ACQUIRED', ['bias', 'unknown feature'])).toBeCloseTo(1 / (1 + Math.exp(4)), 10);
    expect(model.probability('VISITED', ['bias'])).toBe(0);
  });

  it('pairs the distinct entities of a sentence that some relation can join, both ways', () => {
    const text = 'Cosco and Cosco bought Chancay in Lima.';
    const pairs = sentencePairs([
      at(text, 'Cosco', 'cosco', 'COMPANY'),
      at(text, 'Chancay', 'chancay', 'INFRASTRUCTURE'),
      at(text, 'Lima', 'lima', 'PLACE'),
    ]).map(([a, b]) => `${a.id}>${b.id}`);
    expect(pairs).toEqual(expect.arrayContaining(['cosco>chancay', 'chancay>cosco', 'chancay>lima', 'cosco>lima']));
    expect(pairs).not.toContain('cosco>cosco');
  });

  it('adds what it is sure of, keeps the rules’ proposals it does not veto, and drops the one it finds very unlikely', () => {
    const text = 'Cosco bought Chancay.';
    const cosco = at(text, 'Cosco', 'cosco', 'COMPANY');
    const chancay = at(text, 'Chancay', 'chancay', 'INFRASTRUCTURE');
    const rule = (type: Proposal['type']) => ({ type, sourceId: 'cosco', targetId: 'chancay', confidence: 0.6 }) as Proposal;
    const out = withModel({
      model: pairModel({ ...DATA, add: { ACQUIRED: 0.85 } }),
      text,
      sentence: { start: 0, end: text.length },
      inside: [cosco, chancay],
      proposed: [rule('OPERATES'), rule('BUILT')],
    });
    // ACQUIRED scores 0.88: added, with its probability as confidence; OPERATES scores 0.018: vetoed;
    // BUILT has no weights, so the model has no say and the rule stands.
    expect(out.map((r) => [r.type, r.sourceId, r.targetId, r.confidence, r.trigger])).toEqual([
      ['BUILT', 'cosco', 'chancay', 0.6, undefined],
      ['ACQUIRED', 'cosco', 'chancay', 0.88, 'bought'],
    ]);
  });
});

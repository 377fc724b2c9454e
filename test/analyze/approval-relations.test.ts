import { describe, expect, it } from 'vitest';
import { approvalRelations } from '../../src/analyze/approval-relations.js';
import { proposeRelationships } from '../../src/analyze/propose-relationships.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const approvals = (text: string, inside: Endpoint[], buyer: Endpoint | undefined) =>
  approvalRelations({ text, sentence: { start: 0, end: text.length }, inside, buyer }).map((r) => [
    r.type,
    r.sourceId,
    r.targetId,
    r.trigger,
  ]);

describe('analyze: approvalRelations', () => {
  const joyvio: Endpoint = { kind: 'candidate', id: 'joyvio', type: 'COMPANY', start: 0, end: 6 };

  it('makes the body that must clear "the deal" the regulator of the last buyer, after "by"/"of" or before "aprobó"', () => {
    const a = 'The deal must still be cleared by Peru’s competition authority, Indecopi, under the merger law.';
    expect(approvals(a, [at(a, 'Peru', 'peru', 'COUNTRY'), at(a, 'Indecopi', 'indecopi', 'GOVERNMENT')], joyvio)).toEqual([
      ['REGULATES', 'indecopi', 'joyvio', 'cleared by'],
    ]);
    const b = 'La operación requiere la autorización del Indecopi.';
    expect(approvals(b, [at(b, 'Indecopi', 'indecopi', 'GOVERNMENT')], joyvio)).toEqual([
      ['REGULATES', 'indecopi', 'joyvio', 'autorización del'],
    ]);
    const c = 'La SBS aprobó la compra en octubre.';
    expect(approvals(c, [at(c, 'SBS', 'sbs', 'GOVERNMENT')], joyvio)).toEqual([['REGULATES', 'sbs', 'joyvio', 'aprobó']]);
  });

  it('needs a purchase reported before, "the" deal rather than a named one, and a state body', () => {
    const a = 'The deal must be cleared by Indecopi.';
    expect(approvals(a, [at(a, 'Indecopi', 'indecopi', 'GOVERNMENT')], undefined)).toEqual([]);
    const b = 'Indecopi cleared the Enel deal in March.';
    expect(approvals(b, [at(b, 'Indecopi', 'indecopi', 'GOVERNMENT'), at(b, 'Enel', 'enel', 'COMPANY')], joyvio)).toEqual([]);
    const c = 'The deal must be cleared by Goldman Sachs.';
    expect(approvals(c, [at(c, 'Goldman Sachs', 'gs', 'COMPANY')], joyvio)).toEqual([]);
  });

  it('takes the buyer from the purchase proposeRelationships read in an earlier sentence', () => {
    const text = 'Joyvio bought Frutos del Norte. The deal needs the approval of Indecopi.';
    const endpoints = [
      at(text, 'Joyvio', 'joyvio', 'COMPANY'),
      at(text, 'Frutos del Norte', 'fdn', 'COMPANY'),
      at(text, 'Indecopi', 'indecopi', 'GOVERNMENT'),
    ];
    const sentences = [
      { start: 0, end: 31 },
      { start: 32, end: text.length },
    ];
    const rels = proposeRelationships({ text, sentences, endpoints, countryOf: () => undefined }).map((r) => [
      r.type,
      r.sourceId,
      r.targetId,
    ]);
    expect(rels).toEqual([
      ['ACQUIRED', 'joyvio', 'fdn'],
      ['REGULATES', 'indecopi', 'joyvio'],
    ]);
  });
});

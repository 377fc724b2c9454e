import { describe, expect, it } from 'vitest';
import { signingRelations } from '../../src/analyze/signing-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** [type, source, target] of the signings of `text` as one sentence. */
const signed = (text: string, inside: Endpoint[]) =>
  signingRelations({ text, sentence: { start: 0, end: text.length }, inside }).map((r) => [r.type, r.sourceId, r.targetId]);

describe('analyze: signingRelations', () => {
  it('makes each person after "by"/"por" of a passive a signatory, past their titles', () => {
    const a = 'The Swap Agreement was signed in Beijing by the Chinese bank’s governor, Pan Gongsheng, and his counterpart, Julio Velarde.';
    const ends = [
      at(a, 'Swap Agreement', 'swap', 'AGREEMENT'),
      at(a, 'Beijing', 'beijing', 'PLACE'),
      at(a, 'Pan Gongsheng', 'pan', 'PERSON'),
      at(a, 'Julio Velarde', 'velarde', 'PERSON'),
    ];
    expect(signed(a, ends)).toEqual([
      ['SIGNED', 'pan', 'swap'],
      ['SIGNED', 'velarde', 'swap'],
    ]);
    // A body that only holds a signatory's title does not sign; the list ends at an aside about the ceremony.
    const b = 'El convenio fue suscrito por el vicepresidente de Tianqi, Zhang Wenbo, en presencia del ministro Rómulo Mucho.';
    const spanish = [
      at(b, 'El convenio', 'convenio', 'AGREEMENT'),
      at(b, 'Tianqi', 'tianqi', 'COMPANY'),
      at(b, 'Zhang Wenbo', 'zhang', 'PERSON'),
      at(b, 'Rómulo Mucho', 'mucho', 'PERSON'),
    ];
    expect(signed(b, spanish)).toEqual([['SIGNED', 'zhang', 'convenio']]);
  });

  it('reads the signatories after the agreement of a sentence that opens with "Firmaron", and a co-signer after "con"', () => {
    const a = 'Firmaron el Convenio Litio el gobernador, Richard Hancco, y el vicepresidente de la compañía, Zhang Wenbo.';
    const ends = [
      at(a, 'Convenio Litio', 'litio', 'AGREEMENT'),
      at(a, 'Richard Hancco', 'hancco', 'PERSON'),
      at(a, 'Zhang Wenbo', 'zhang', 'PERSON'),
    ];
    expect(signed(a, ends)).toEqual([
      ['SIGNED', 'hancco', 'litio'],
      ['SIGNED', 'zhang', 'litio'],
    ]);
    const b = 'Mendoza firmó luego con el ministro chino, Wang Wentao, un Memorando Ferroviario.';
    const pair = [
      at(b, 'Mendoza', 'mendoza', 'PERSON'),
      at(b, 'Wang Wentao', 'wang', 'PERSON'),
      at(b, 'Memorando Ferroviario', 'mf', 'AGREEMENT'),
    ];
    expect(signed(b, pair)).toEqual([
      ['SIGNED', 'mendoza', 'mf'],
      ['SIGNED', 'wang', 'mf'],
    ]);
  });

  it('makes coordinated bodies before "signed" signatories, but no possessor, no speaker, and no lone subject', () => {
    const a = 'Peru’s National Police and China’s Ministry of Public Security signed a Memorandum on Fraud.';
    const ends = [
      at(a, 'Peru', 'peru', 'COUNTRY'),
      at(a, 'National Police', 'pnp', 'GOVERNMENT'),
      at(a, 'China', 'china', 'COUNTRY'),
      at(a, 'Ministry of Public Security', 'mps', 'GOVERNMENT'),
      at(a, 'Memorandum on Fraud', 'mou', 'AGREEMENT'),
    ];
    expect(signed(a, ends)).toEqual([
      ['SIGNED', 'pnp', 'mou'],
      ['SIGNED', 'mps', 'mou'],
    ]);
    const b = 'Boluarte said that Wang signed the Memorandum on Fraud.';
    expect(
      signed(b, [at(b, 'Boluarte', 'dina', 'PERSON'), at(b, 'Wang', 'wang', 'PERSON'), at(b, 'Memorandum on Fraud', 'mou', 'AGREEMENT')]),
    ).toEqual([]);
  });
});

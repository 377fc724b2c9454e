import { describe, expect, it } from 'vitest';
import { transferRelations } from '../../src/analyze/transfer-relations.js';
import { TRIGGERS } from '../../src/analyze/triggers.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** The relations of the first purchase or sale trigger of `text`, subject first among `ends`, as [type, source, target]. */
function transfers(text: string, ends: Endpoint[], { antecedent }: { antecedent?: Endpoint } = {}) {
  for (const trigger of TRIGGERS.filter((t) => t.type === 'ACQUIRED' || t.type === 'SOLD')) {
    const m = [...text.matchAll(trigger.pattern)][0];
    if (!m) continue;
    const hit = { trigger, start: m.index, end: m.index + m[0].length };
    const sources = ends.filter((e) => e.end <= hit.start && e !== antecedent).slice(-1);
    return transferRelations({ text, hit, sources, inside: ends, until: text.length, antecedent }).map((r) => [
      r.type,
      r.sourceId,
      r.targetId,
    ]);
  }
  throw new Error(`no transfer trigger in ${text}`);
}

describe('analyze: transferRelations', () => {
  it('reads stakes taken, "se hizo con", "pasó a manos de", "cedió su participación" and "divested"', () => {
    const two = (text: string, a: string, b: string) =>
      transfers(text, [at(text, a, a.toLowerCase(), 'COMPANY'), at(text, b, b.toLowerCase(), 'COMPANY')]);
    expect(two('Zijin took a 60% stake in Andina in May.', 'Zijin', 'Andina')).toEqual([['ACQUIRED', 'zijin', 'andina']]);
    expect(two('Zijin se hizo con el 60% de Andina en mayo.', 'Zijin', 'Andina')).toEqual([['ACQUIRED', 'zijin', 'andina']]);
    expect(two('Andina pasó a manos de Zijin en mayo.', 'Andina', 'Zijin')).toEqual([['ACQUIRED', 'zijin', 'andina']]);
    expect(two('Glencore cedió su participación en Andina en mayo.', 'Glencore', 'Andina')).toEqual([['SOLD', 'glencore', 'andina']]);
    expect(two('Glencore divested Andina in May.', 'Glencore', 'Andina')).toEqual([['SOLD', 'glencore', 'andina']]);
  });

  it('splits a purchase from a seller into ACQUIRED and SOLD', () => {
    const text = 'MMG bought Las Bambas from Glencore in 2014 for $7bn.';
    const ends = [
      at(text, 'MMG', 'mmg', 'COMPANY'),
      at(text, 'Las Bambas', 'bambas', 'INFRASTRUCTURE'),
      at(text, 'Glencore', 'glencore', 'COMPANY'),
    ];
    expect(transfers(text, ends)).toEqual([
      ['ACQUIRED', 'mmg', 'bambas'],
      ['SOLD', 'glencore', 'bambas'],
    ]);
  });

  it('reads the seller from a stake’s owner, and from Spanish "a"', () => {
    const en = 'CSGI completed the purchase of Enel’s 83.15% stake in Enel Perú for $2.9bn.';
    const enEnds = [at(en, 'CSGI', 'csgi', 'COMPANY'), at(en, 'Enel', 'enel', 'COMPANY'), at(en, 'Enel Perú', 'enel-peru', 'COMPANY')];
    expect(transfers(en, enEnds)).toEqual([
      ['ACQUIRED', 'csgi', 'enel-peru'],
      ['SOLD', 'enel', 'enel-peru'],
    ]);
    const es = 'CTG compró a Sempra Energy el 83,6% de Luz del Sur.';
    const esEnds = [at(es, 'CTG', 'ctg', 'COMPANY'), at(es, 'Sempra Energy', 'sempra', 'COMPANY'), at(es, 'Luz del Sur', 'lds', 'COMPANY')];
    expect(transfers(es, esEnds)).toEqual([
      ['ACQUIRED', 'ctg', 'lds'],
      ['SOLD', 'sempra', 'lds'],
    ]);
  });

  it('takes no English article "a" for a seller, and reads a passive sale', () => {
    const a = 'Chinalco took over Peru Copper, a Canadian company, for $792m.';
    const aEnds = [at(a, 'Chinalco', 'chinalco', 'COMPANY'), at(a, 'Peru Copper', 'peru-copper', 'COMPANY')];
    expect(transfers(a, aEnds)).toEqual([['ACQUIRED', 'chinalco', 'peru-copper']]);
    const b = 'Marcona was sold by Peru in 1992.';
    const bEnds = [at(b, 'Marcona', 'marcona', 'INFRASTRUCTURE'), at(b, 'Peru', 'peru', 'COUNTRY')];
    expect(transfers(b, bEnds)).toEqual([['SOLD', 'peru', 'marcona']]);
  });

  it('reads a passive purchase whose agent comes late, with its seller after "from"', () => {
    const text = 'Pluz was bought in 2024 by China Southern Power Grid from the Italian group Enel for $2.9bn.';
    const ends = [
      at(text, 'Pluz', 'pluz', 'COMPANY'),
      at(text, 'China Southern Power Grid', 'csg', 'COMPANY'),
      at(text, 'Enel', 'enel', 'COMPANY'),
    ];
    expect(transfers(text, ends)).toEqual([
      ['ACQUIRED', 'csg', 'pluz'],
      ['SOLD', 'enel', 'pluz'],
    ]);
    const b = 'Volcan was itself sold in 2024, when the trader Glencore let its stake go to Transition Metals Fund.';
    const bEnds = [
      at(b, 'Volcan', 'volcan', 'COMPANY'),
      at(b, 'Glencore', 'glencore', 'COMPANY'),
      at(b, 'Transition Metals Fund', 'tmf', 'COMPANY'),
    ];
    expect(transfers(b, bEnds)).toEqual([]);
  });

  it('makes partners of a seller of goods and its customer, and of a buyer of goods and its supplier, but for shares', () => {
    const a = 'Tacora Oil will sell part of the output to Andes Gas, the company said.';
    expect(transfers(a, [at(a, 'Tacora Oil', 'tacora', 'COMPANY'), at(a, 'Andes Gas', 'andes', 'COMPANY')])).toEqual([
      ['PARTNERS_WITH', 'tacora', 'andes'],
    ]);
    const b = 'Tacora Gas comprará tuberías al fabricante peruano Tubos Andes, de Arequipa.';
    expect(transfers(b, [at(b, 'Tacora Gas', 'tacora', 'COMPANY'), at(b, 'Tubos Andes', 'tubos', 'COMPANY')])).toEqual([
      ['PARTNERS_WITH', 'tacora', 'tubos'],
    ]);
    // What a relative's antecedent names changed hands "en 1992"; a stake is a share of the party's own.
    const c = 'La mina, que Hierro Andes vendió en 1992 a la siderúrgica Tacora Steel, creció.';
    const mine = at(c, 'La mina', 'mina', 'INFRASTRUCTURE');
    expect(
      transfers(c, [mine, at(c, 'Hierro Andes', 'hierro', 'COMPANY'), at(c, 'Tacora Steel', 'tacora', 'COMPANY')], { antecedent: mine }),
    ).toEqual([
      ['ACQUIRED', 'tacora', 'mina'],
      ['SOLD', 'hierro', 'mina'],
    ]);
    // What a seller sells through is a channel: "vende paltas a través de su filial X".
    const e = 'Tacora vende desde 2023 paltas a través de su filial Tacora Fresh.';
    expect(transfers(e, [at(e, 'Tacora', 'tacora', 'COMPANY'), at(e, 'Tacora Fresh', 'fresh', 'COMPANY')])).toEqual([]);
    const d = 'Andes Power sold its stake to Tacora Energy.';
    expect(transfers(d, [at(d, 'Andes Power', 'andes', 'COMPANY'), at(d, 'Tacora Energy', 'tacora', 'COMPANY')])).toEqual([]);
  });

  it('gives nothing when nothing changed hands, nor when only a source follows ("according to ADEX")', () => {
    const text = 'Peru sold well.';
    expect(transfers(text, [at(text, 'Peru', 'peru', 'COUNTRY')])).toEqual([]);
    const b = 'China bought about 9% of them, according to the exporters’ association ADEX.';
    expect(transfers(b, [at(b, 'China', 'china', 'COUNTRY'), at(b, 'ADEX', 'adex', 'ORGANIZATION')])).toEqual([]);
  });
});

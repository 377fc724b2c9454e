import { describe, expect, it } from 'vitest';
import { buildingRelations } from '../../src/analyze/building-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** [type, source, target] of the building relations of `text` as one sentence. */
const built = (text: string, ends: [string, string, string][]) => {
  const inside: Endpoint[] = ends.map(([name, id, type]) => at(text, name, id, type)).sort((a, b) => a.start - b.start);
  return buildingRelations({ text, sentence: { start: 0, end: text.length }, inside }).map((r) => [r.type, r.sourceId, r.targetId]);
};

describe('analyze: buildingRelations', () => {
  it('makes the company chosen, paid or licensed "to build" a facility its builder, past an aside’s agent', () => {
    const a = 'Lima Airport Partners has chosen Cscec Group to build Lima Cargo City, a freight terminal.';
    expect(
      built(a, [
        ['Lima Airport Partners', 'lap', 'COMPANY'],
        ['Cscec Group', 'cscec', 'COMPANY'],
        ['Lima Cargo City', 'city', 'INFRASTRUCTURE'],
      ]),
    ).toEqual([['BUILT', 'cscec', 'city']]);
    const b =
      'El MTC firmó con Vías Andinas, liderado por la china PowerChina (PowerChina), el contrato para construir la Carretera Central.';
    expect(
      built(b, [
        ['MTC', 'mtc', 'GOVERNMENT'],
        ['Vías Andinas', 'vias', 'COMPANY'],
        ['PowerChina', 'powerchina', 'COMPANY'],
        ['Carretera Central', 'road', 'INFRASTRUCTURE'],
      ]),
    ).toEqual([['BUILT', 'vias', 'road']]);
  });

  it('reads a facility’s builder from a relative clause, in either order', () => {
    const a = 'Mingyang suministrará turbinas al parque Wayra Sur, que la generadora Statkraft Perú construye en Nazca.';
    const ends: [string, string, string][] = [
      ['Mingyang', 'mingyang', 'COMPANY'],
      ['Wayra Sur', 'wayra', 'INFRASTRUCTURE'],
      ['Statkraft Perú', 'statkraft', 'COMPANY'],
    ];
    expect(built(a, ends)).toEqual([['BUILT', 'statkraft', 'wayra']]);
    const b = 'La red reemplazará a la Red Dorsal, que construyó la mexicana Azteca, desde 2026.';
    expect(
      built(b, [
        ['Red Dorsal', 'red', 'INFRASTRUCTURE'],
        ['Azteca', 'azteca', 'COMPANY'],
      ]),
    ).toEqual([['BUILT', 'azteca', 'red']]);
  });

  it('builds nothing on an offer, a plan, or an object that is no facility', () => {
    const a = 'Sinohydro Group offered to build the Chadín Dam for $2bn.';
    expect(
      built(a, [
        ['Sinohydro Group', 'sinohydro', 'COMPANY'],
        ['Chadín Dam', 'dam', 'INFRASTRUCTURE'],
      ]),
    ).toEqual([]);
    const b = 'ICBC lent Inca Data $75m to build a data centre in Río Seco.';
    expect(
      built(b, [
        ['ICBC', 'icbc', 'COMPANY'],
        ['Inca Data', 'inca', 'COMPANY'],
        ['Río Seco', 'rio', 'PLACE'],
      ]),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { legislatorRelations } from '../../src/analyze/legislator-relations.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const seats = (text: string, inside: Endpoint[], legislature: string | undefined = 'congress') =>
  legislatorRelations({ text, inside, legislature }).map((r) => [r.type, r.sourceId, r.targetId, r.trigger]);

describe('analyze: legislatorRelations', () => {
  it('seats a lawmaker named by title in the catalog’s Congress, the title standing for it', () => {
    const a = 'El congresista por Junín Wilson Rojas pidió una citación.';
    expect(seats(a, [at(a, 'Junín', 'junin', 'PLACE'), at(a, 'Wilson Rojas', 'rojas', 'PERSON')])).toEqual([
      ['HOLDS_OFFICE_IN', 'rojas', 'congress', 'congresista'],
    ]);
    const b = 'Congresswoman Ruth Luque called it unacceptable; Raúl Huamán, congresista por Ica, agreed.';
    expect(seats(b, [at(b, 'Ruth Luque', 'luque', 'PERSON'), at(b, 'Raúl Huamán', 'huaman', 'PERSON')])).toEqual([
      ['HOLDS_OFFICE_IN', 'luque', 'congress', 'Congresswoman'],
      ['HOLDS_OFFICE_IN', 'huaman', 'congress', 'congresista'],
    ]);
  });

  it('seats no foreign lawmaker, nobody without the title, and nothing when the catalog has no Congress', () => {
    const a = 'The Chinese lawmaker Li Wei met Ana Torres.';
    expect(seats(a, [at(a, 'Li Wei', 'li', 'PERSON'), at(a, 'Ana Torres', 'ana', 'PERSON')])).toEqual([]);
    const b = 'El congresista Alejandro Muñante pidió explicaciones.';
    expect(legislatorRelations({ text: b, inside: [at(b, 'Alejandro Muñante', 'munante', 'PERSON')], legislature: undefined })).toEqual([]);
  });
});

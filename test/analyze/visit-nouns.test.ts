import { describe, expect, it } from 'vitest';
import { visitNounRelations } from '../../src/analyze/visit-nouns.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

const relations = (text: string, inside: Endpoint[]) => visitNounRelations({ text, inside }).map((r) => [r.type, r.sourceId, r.targetId]);

describe('analyze: visitNounRelations', () => {
  it('reads the visitor and the place of a visit named by a noun, in English and Spanish', () => {
    const cases: [string, string, string, string, string][] = [
      ['It was Li Qiang’s second official visit to Chile.', 'Li Qiang', 'PERSON', 'Chile', 'COUNTRY'],
      ['after the visit by Wang Yi to Lima', 'Wang Yi', 'PERSON', 'Lima', 'PLACE'],
      ['durante la visita de Estado de Li Qiang al Perú', 'Li Qiang', 'PERSON', 'Perú', 'COUNTRY'],
      ['prepara la visita que el presidente Lula hará a Pekín en mayo', 'Lula', 'PERSON', 'Pekín', 'PLACE'],
      ['Boluarte welcomed her guest Xi to the Government Palace.', 'Xi', 'PERSON', 'Government Palace', 'PLACE'],
      ['El alcalde recibió a Li Qiang en Trujillo.', 'Li Qiang', 'PERSON', 'Trujillo', 'PLACE'],
    ];
    for (const [text, visitor, vType, place, pType] of cases)
      expect(relations(text, [at(text, visitor, 'v', vType), at(text, place, 'p', pType)]), text).toEqual([['VISITED', 'v', 'p']]);
  });

  it('makes the sentence’s subject, or the antecedent of "who", the visitor of a visit it is on', () => {
    const cases: [string, string][] = [
      ['Ana Ruiz held talks with Li Wei on the first day of a four-day visit to China.', 'Ana Ruiz'],
      ['Li Wei met Ana Ruiz, who is on a six-day tour of China, in Beijing.', 'Ana Ruiz'],
      ['Li Wei recibió a Ana Ruiz, que realiza una visita oficial a China hasta el viernes.', 'Ana Ruiz'],
      ['Ana Ruiz met executives of Li Wei in Beijing during her visit to China in June.', 'Ana Ruiz'],
    ];
    for (const [text, visitor] of cases) {
      const other = visitor === 'Ana Ruiz' ? 'Li Wei' : 'Ana Ruiz';
      const inside = [at(text, visitor, 'v', 'PERSON'), at(text, other, 'o', 'PERSON'), at(text, 'China', 'p', 'COUNTRY')];
      expect(
        relations(
          text,
          inside.sort((a, b) => a.start - b.start),
        ).filter(([, , t]) => t === 'p'),
        text,
      ).toEqual([['VISITED', 'v', 'p']]);
    }
  });

  it('makes whoever pays or makes a visit its visitor, and the subject after an opening visit phrase', () => {
    const a = 'Dina Boluarte realizó una visita oficial a China.';
    expect(relations(a, [at(a, 'Dina Boluarte', 'dina', 'PERSON'), at(a, 'China', 'china', 'COUNTRY')])).toEqual([
      ['VISITED', 'dina', 'china'],
    ]);
    const b = 'During her visit to China, Dina Boluarte met investors.';
    expect(relations(b, [at(b, 'China', 'china', 'COUNTRY'), at(b, 'Dina Boluarte', 'dina', 'PERSON')])).toEqual([
      ['VISITED', 'dina', 'china'],
    ]);
  });

  it('gives nothing without a visit noun, or when the types cannot visit', () => {
    const a = 'el acuerdo de Li Qiang al Perú';
    expect(relations(a, [at(a, 'Li Qiang', 'v', 'PERSON'), at(a, 'Perú', 'p', 'COUNTRY')])).toEqual([]);
    const b = 'the visit by Lima to Li Qiang';
    expect(relations(b, [at(b, 'Lima', 'p', 'PLACE'), at(b, 'Li Qiang', 'v', 'PERSON')])).toEqual([]);
  });
});

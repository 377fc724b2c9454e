import { describe, expect, it } from 'vitest';
import { titledPersonEndpoints } from '../../src/analyze/titled-people.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { at } from './endpoint-at.js';

/** The office descriptions found, as [surface, id]; sentences split after each full stop. */
function titled(text: string, endpoints: Endpoint[]): [string, string][] {
  const sentences = [...text.matchAll(/[^.]+\.?/gu)].map((m) => ({
    start: m.index + (m[0].length - m[0].trimStart().length),
    end: m.index + m[0].length,
  }));
  return titledPersonEndpoints({ text, sentences, endpoints }).map((e) => [text.slice(e.start, e.end), e.id]);
}

describe('analyze: titledPersonEndpoints', () => {
  it('gives "the minister" and "el alcalde" the person the text gave that office, across its translations', () => {
    const a = 'Energy minister Jorge Montero opened the plant. Later the minister told Andina it would grow.';
    expect(titled(a, [at(a, 'Jorge Montero', 'montero', 'PERSON')])).toEqual([['the minister', 'montero']]);
    const b = 'El alcalde de Trujillo, Arturo Villanueva, viajó a Qingdao. El alcalde dijo a la agencia Andina que busca inversión.';
    expect(titled(b, [at(b, 'Arturo Villanueva', 'villanueva', 'PERSON')])).toEqual([['El alcalde', 'villanueva']]);
    const c = 'Foreign Minister Elmer Schialer met Wang. El canciller dijo que sí.';
    expect(titled(c, [at(c, 'Elmer Schialer', 'schialer', 'PERSON'), at(c, 'Wang', 'wang', 'PERSON')])).toEqual([
      ['El canciller', 'schialer'],
    ]);
  });

  it('keeps a demonym’s country, names no one without a titled person, and leaves a title before a name alone', () => {
    const a = 'The Peruvian minister Ana Ruiz met the Chinese minister Wang Wentao. The Chinese minister said so.';
    const people = [at(a, 'Ana Ruiz', 'ruiz', 'PERSON'), at(a, 'Wang Wentao', 'wang', 'PERSON')];
    expect(titled(a, people)).toEqual([['The Chinese minister', 'wang']]);
    const b = 'Ana Ruiz spoke. The minister left.';
    expect(titled(b, [at(b, 'Ana Ruiz', 'ruiz', 'PERSON')])).toEqual([]);
    const c = 'Energy minister Jorge Montero spoke. El gobernador regional, Manuel Ubillús, asistió.';
    expect(titled(c, [at(c, 'Jorge Montero', 'montero', 'PERSON'), at(c, 'Manuel Ubillús', 'ubillus', 'PERSON')])).toEqual([]);
  });
});

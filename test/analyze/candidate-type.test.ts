import { describe, expect, it } from 'vitest';
import { candidateType } from '../../src/analyze/candidate-type.js';
import type { NamedSpan } from '../../src/analyze/nlp.js';
import { handParsed } from './hand-parsed.js';

/** The type suggested for the words `name` of `text`, parsed by hand. */
function typeOf(text: string, name: string, options: { tags?: Record<string, string[]>; named?: NamedSpan['kind'] } = {}) {
  const start = text.indexOf(name);
  const { terms } = handParsed(text, { tags: options.tags ?? {} });
  const first = terms.findIndex((t) => t.start === start);
  const last = terms.findIndex((t) => t.end === start + name.length);
  if (first < 0 || last < 0) throw new Error(`${name} is not a run of words of ${text}`);
  return candidateType({ terms, first, last, ...(options.named ? { named: options.named } : {}) });
}

describe('analyze: candidateType', () => {
  it('takes the head word before "of", else the last word with a type', () => {
    expect(typeOf('the Bank of the Port lent', 'Bank of the Port')).toBe('COMPANY');
    expect(typeOf('the Institute of the Port said', 'Institute of the Port')).toBe('ORGANIZATION');
    expect(typeOf('the National Institute of the Port said', 'National Institute of the Port')).toBe('GOVERNMENT');
    expect(typeOf('outside Government Palace today', 'Government Palace')).toBe('PLACE');
  });

  it('takes a word before the name, then one or two words after it', () => {
    expect(typeOf('approved by the regulator Ositrán yesterday', 'Ositrán')).toBe('GOVERNMENT');
    expect(typeOf('work at the Toromocho copper mine began', 'Toromocho')).toBe('INFRASTRUCTURE');
    // "said" makes a person of a name that can be one, of two words or more: a body says things too.
    expect(typeOf('then Rómulo Mucho said so', 'Rómulo Mucho')).toBe('PERSON');
    expect(typeOf('then Mucho said so', 'Mucho')).toBeUndefined();
    expect(typeOf('the ATU said Yutong’s buses run', 'Yutong’s')).toBeUndefined();
    expect(typeOf('“It works,” said Ana Ruiz today', 'Ana Ruiz')).toBe('PERSON');
  });

  it('prefers "in" to the library’s guess of an organisation for one word, not for more', () => {
    expect(typeOf('born in Lima', 'Lima')).toBe('PLACE');
    expect(typeOf('born in Lima', 'Lima', { named: 'organization' })).toBe('PLACE');
    expect(typeOf('work in Blue Falcon Logistics', 'Blue Falcon Logistics', { named: 'organization' })).toBe('COMPANY');
    expect(typeOf('work in Blue Falcon', 'Blue Falcon', { named: 'organization' })).toBe('COMPANY');
    // One word is a person's only with a title before it, whatever the library's tags.
    expect(typeOf('born in Lima', 'Lima', { tags: { Lima: ['Person'] } })).toBe('PLACE');
    expect(typeOf('she met Minister Quispe', 'Quispe')).toBe('PERSON');
  });

  it('reads the library’s tags: all countries, else nothing to go by (an acronym alone is typed by its sentence)', () => {
    expect(typeOf('trade with Peru grew', 'Peru', { tags: { Peru: ['Country', 'Place'] } })).toBe('COUNTRY');
    expect(typeOf('the MTC approved', 'MTC', { tags: { MTC: ['Acronym'] } })).toBeUndefined();
    expect(typeOf('the Toromocho grew', 'Toromocho')).toBeUndefined();
  });
});

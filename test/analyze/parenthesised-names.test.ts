import { describe, expect, it } from 'vitest';
import { withoutBracketedNames } from '../../src/analyze/parenthesised-names.js';
import { at } from './endpoint-at.js';

describe('analyze: withoutBracketedNames', () => {
  it('blanks an acronym in brackets after its entity, keeping every offset, and drops its endpoint', () => {
    const text = 'The Ministry of Energy (Minem) and Zijin (ZJ) signed it.';
    const inside = [
      at(text, 'Ministry of Energy', 'minem', 'GOVERNMENT'),
      at(text, 'Minem', 'minem', 'GOVERNMENT'),
      at(text, 'Zijin', 'zijin', 'COMPANY'),
    ];
    const out = withoutBracketedNames(text, inside);
    expect(out.text).toBe('The Ministry of Energy         and Zijin      signed it.');
    expect(out.text.length).toBe(text.length);
    expect(out.inside.map((e) => e.id)).toEqual(['minem', 'zijin']);
  });

  it('keeps brackets that hold another entity, an amount or several words', () => {
    const text = 'Cosco (with Volcan) and MMG (60%) and Chinalco (a state miner) signed.';
    const inside = [
      at(text, 'Cosco', 'cosco', 'COMPANY'),
      at(text, 'Volcan', 'volcan', 'COMPANY'),
      at(text, 'MMG', 'mmg', 'COMPANY'),
      at(text, 'Chinalco', 'chinalco', 'COMPANY'),
    ];
    const out = withoutBracketedNames(text, inside);
    expect(out.text).toBe(text);
    expect(out.inside).toHaveLength(4);
  });
});

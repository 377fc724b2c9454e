import { describe, expect, it } from 'vitest';
import { BODY_NOUNS, ENDS, LEADER_TITLES, OFFICE_TITLES, fits } from '../../src/analyze/relation-ends.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/vocabulary.js';

describe('analyze: ENDS', () => {
  it('gives the accepted ends of exactly the relation types of the vocabulary', () => {
    expect(Object.keys(ENDS).sort()).toEqual(RELATION_TYPE_NAMES);
  });
});

describe('analyze: fits', () => {
  it('accepts the entity types a relation’s meaning allows at each end', () => {
    expect(fits('VISITED', 'PERSON', 'PLACE')).toBe(true);
    expect(fits('OPERATES', 'COMPANY', 'INFRASTRUCTURE')).toBe(true);
    expect(fits('HOLDS_OFFICE_IN', 'PERSON', 'COUNTRY')).toBe(true);
  });

  it('refuses the others, in either direction', () => {
    expect(fits('OPERATES', 'PLACE', 'INFRASTRUCTURE')).toBe(false);
    expect(fits('OPERATES', 'INFRASTRUCTURE', 'COMPANY')).toBe(false);
    expect(fits('HOLDS_OFFICE_IN', 'COMPANY', 'COUNTRY')).toBe(false);
    expect(fits('SIGNED', 'COMPANY', 'ORGANIZATION')).toBe(false);
    // A person said to invest, buy, sell or build speaks for a body.
    for (const type of ['INVESTED_IN', 'ACQUIRED', 'SOLD', 'BUILT'] as const)
      expect(fits(type, 'PERSON', 'INFRASTRUCTURE'), type).toBe(false);
  });

  it('accepts anything at an open end', () => {
    expect(fits('PART_OF', 'PLACE', 'TOPIC')).toBe(true);
    expect(fits('PART_OF', 'PERSON', 'COMPANY')).toBe(false); // a person belongs to a body as AFFILIATED_WITH
    expect(fits('STATED', 'PERSON', 'TOPIC')).toBe(true);
    expect(fits('STATED', 'TOPIC', 'PERSON')).toBe(false);
    expect(fits('RECEIVED_INVESTMENT', 'PLACE', 'COMPANY')).toBe(true);
  });
});

describe('analyze: titles', () => {
  it('tells a leader’s title from another office’s, whole words only, any case', () => {
    const leaders = ['President', 'presidenta', 'head of state', 'King', 'mandataria', 'jefe de Estado'];
    expect(leaders.map((w) => LEADER_TITLES.test(w))).toEqual([true, true, true, true, true, true]);
    expect(['minister', 'Prime Minister', 'vice president', 'Canciller'].map((w) => LEADER_TITLES.test(w))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(['minister', 'Prime Minister', 'vice president', 'Canciller'].map((w) => OFFICE_TITLES.test(w))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['president', 'ministers', 'chief minister'].map((w) => OFFICE_TITLES.test(w))).toEqual([false, false, false]);
  });

  it('knows the nouns for a company after a demonym', () => {
    expect(['giant', 'Miner', 'compañía', 'state-owned'].map((w) => BODY_NOUNS.test(w))).toEqual([true, true, true, true]);
    expect(['tech', 'giants', 'port'].map((w) => BODY_NOUNS.test(w))).toEqual([false, false, false]);
  });
});

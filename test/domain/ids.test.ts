import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { evidenceId, relationshipId, type RelationshipKey } from '../../src/domain/ids.js';

const KEY: RelationshipKey = {
  type: 'SIGNED',
  source: 'peru',
  target: 'china-peru-fta',
  validFrom: '2009-04-28',
  validTo: null,
  topic: 'Free trade',
};

describe('domain: relationshipId', () => {
  // Ids are stored and shared in links and snapshots: these values must never change.
  it('is the lower-case type, then 16 hex digits of the SHA-256 of the key fields', () => {
    expect(relationshipId(KEY)).toBe('signed-57633405f7d87f65');
    const recomputed = createHash('sha256')
      .update(['peru', 'SIGNED', 'china-peru-fta', '2009-04-28', '', 'free trade'].join('\u241f'))
      .digest('hex');
    expect(relationshipId(KEY)).toBe(`signed-${recomputed.slice(0, 16)}`);
  });

  it('ignores the case of the topic and nothing else', () => {
    expect(relationshipId({ ...KEY, topic: 'FREE TRADE' })).toBe('signed-57633405f7d87f65');
    expect(relationshipId({ ...KEY, topic: 'Free  trade' })).not.toBe('signed-57633405f7d87f65');
  });

  it('changes with the direction, each endpoint, the valid time and the topic', () => {
    const variants = [
      { ...KEY, source: 'china-peru-fta', target: 'peru' },
      { ...KEY, source: 'china' },
      { ...KEY, target: 'china-peru-fta-2' },
      { ...KEY, validFrom: '2009' },
      { ...KEY, validTo: '2030' },
      { ...KEY, topic: null },
    ];
    const ids = new Set([relationshipId(KEY), ...variants.map(relationshipId)]);
    expect(ids.size).toBe(variants.length + 1);
  });

  it('prefixes the type the id belongs to, in lower case', () => {
    expect(relationshipId({ ...KEY, type: 'HOLDS_OFFICE_IN' })).toMatch(/^holds_office_in-[0-9a-f]{16}$/);
  });

  it('does not tell a missing field from an empty one', () => {
    expect(relationshipId({ ...KEY, topic: '' })).toBe(relationshipId({ ...KEY, topic: null }));
  });
});

describe('domain: evidenceId', () => {
  it('is ev- and 16 hex digits of the SHA-256 of relationship, article and quote', () => {
    expect(evidenceId('signed-x', 'art-1', 'Peru signed it.')).toBe('ev-557d5df3cfe2e6ce');
  });

  it('gives a quote the same id whatever its whitespace, quote marks and dashes', () => {
    const plain = evidenceId('signed-x', 'art-1', '"It\'s signed" - Peru said.');
    expect(evidenceId('signed-x', 'art-1', ' \u201CIt\u2019s signed\u201D \u2014\n Peru  said. ')).toBe(plain);
  });

  it('changes with the relationship, the article and the words of the quote', () => {
    const ids = new Set([
      evidenceId('signed-x', 'art-1', 'Peru signed it.'),
      evidenceId('signed-y', 'art-1', 'Peru signed it.'),
      evidenceId('signed-x', 'art-2', 'Peru signed it.'),
      evidenceId('signed-x', 'art-1', 'Peru signed.'),
      evidenceId('signed-x', 'art-1', 'peru signed it.'),
    ]);
    expect(ids.size).toBe(5);
  });
});

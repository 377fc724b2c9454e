import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { identify, keyRefusal, parseApiKeys } from '../../src/auth/api-keys.js';

const CI_SECRET = '0123456789abcdef';
const OPS_SECRET = 'fedcba9876543210-ops';
const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

describe('auth: parseApiKeys', () => {
  it('keeps the SHA-256 digest of each secret by key id, pairs split by commas or newlines', () => {
    const { keys, problems } = parseApiKeys(`ci:${CI_SECRET}, ops : ${OPS_SECRET}\nsvc.batch_1-x:${CI_SECRET}`);
    expect(problems).toEqual([]);
    expect([...keys.keys()]).toEqual(['ci', 'ops', 'svc.batch_1-x']);
    expect(keys.get('ci')).toEqual(sha256(CI_SECRET));
    expect(keys.get('ops')).toEqual(sha256(OPS_SECRET));
  });

  it('skips blank lines and # comments, and keeps a colon inside a secret', () => {
    const { keys, problems } = parseApiKeys(`# the CI key\n\n  ci:abc:${CI_SECRET}\n`);
    expect(problems).toEqual([]);
    expect(keys.get('ci')).toEqual(sha256(`abc:${CI_SECRET}`));
  });

  it('is empty for an empty spec', () => {
    expect(parseApiKeys('')).toEqual({ keys: new Map(), problems: [] });
  });

  it('lists every bad entry by its number, never echoing a secret', () => {
    const spec = [
      `:${CI_SECRET}`,
      'no-colon-here-at-all',
      `bad id:${CI_SECRET}`,
      `${'k'.repeat(65)}:${CI_SECRET}`,
      'ci:short-secret',
      `ok:${CI_SECRET}`,
      `ok:${OPS_SECRET}`,
    ].join(',');
    const { keys, problems } = parseApiKeys(spec);
    expect(problems).toEqual([
      "entry 1: needs a key id (letters, digits, '.', '_', '-') before ':'",
      "entry 2: needs a key id (letters, digits, '.', '_', '-') before ':'",
      "entry 3: needs a key id (letters, digits, '.', '_', '-') before ':'",
      "entry 4: needs a key id (letters, digits, '.', '_', '-') before ':'",
      'entry 5 (ci): the secret must be at least 16 characters',
      'entry 7: duplicate key id ok',
    ]);
    expect([...keys.keys()]).toEqual(['ok']);
    expect(problems.join('\n')).not.toMatch(/0123456789abcdef|short-secret|fedcba/);
  });

  it('accepts a key id of 64 characters and a secret of 16', () => {
    const { keys, problems } = parseApiKeys(`${'k'.repeat(64)}:${'s'.repeat(16)}`);
    expect(problems).toEqual([]);
    expect(keys.size).toBe(1);
  });
});

describe('auth: identify', () => {
  const { keys } = parseApiKeys(`ci:${CI_SECRET},ops:${OPS_SECRET}`);

  it('is anonymous without an Authorization header', () => {
    expect(identify(undefined, keys)).toEqual({ kind: 'anonymous' });
    expect(identify('', keys)).toEqual({ kind: 'anonymous' });
  });

  it('names the key a bearer secret belongs to, the scheme in any case', () => {
    expect(identify(`Bearer ${CI_SECRET}`, keys)).toEqual({ kind: 'key', keyId: 'ci' });
    expect(identify(`bearer   ${OPS_SECRET}  `, keys)).toEqual({ kind: 'key', keyId: 'ops' });
  });

  it('is invalid for an unknown secret, another scheme or a malformed header', () => {
    for (const header of [
      'Bearer wrong-secret-of-length',
      `Basic ${CI_SECRET}`,
      `Bearer ${CI_SECRET} extra`,
      'Bearer',
      CI_SECRET,
      `Bearer ${CI_SECRET.toUpperCase()}`,
    ]) {
      expect(identify(header, keys), header).toEqual({ kind: 'invalid' });
    }
    expect(identify(`Bearer ${CI_SECRET}`, new Map())).toEqual({ kind: 'invalid' });
  });

  it('names the first key when two ids share a secret', () => {
    const shared = parseApiKeys(`first:${CI_SECRET},second:${CI_SECRET}`).keys;
    expect(identify(`Bearer ${CI_SECRET}`, shared)).toEqual({ kind: 'key', keyId: 'first' });
  });
});

describe('auth: keyRefusal', () => {
  it('lets a caller with a valid key through', () => {
    expect(keyRefusal({ kind: 'key', keyId: 'ci' })).toBeUndefined();
  });

  it('refuses a caller without a key as UNAUTHENTICATED, and one with a key that is not valid as FORBIDDEN', () => {
    const refusals = [keyRefusal({ kind: 'anonymous' }), keyRefusal({ kind: 'invalid' })];
    for (const r of refusals) expect(r).toBeInstanceOf(AppError);
    expect(refusals.map((r) => ({ code: r?.code, message: r?.message, details: r?.details }))).toEqual([
      { code: 'UNAUTHENTICATED', message: 'An API key is required: send Authorization: Bearer <key>.', details: {} },
      { code: 'FORBIDDEN', message: 'The API key is not valid.', details: {} },
    ]);
  });
});

/**
 * API keys for writes (and, when configured, reads): `id:secret` pairs. Secrets are kept only as
 * SHA-256 digests and compared in constant time; logs and audit records see the key id only.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.js';

/** Key id → SHA-256 digest of its secret. */
export type ApiKeys = ReadonlyMap<string, Buffer>;

const digest = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

/**
 * Parses `id:secret` pairs separated by commas or newlines (blank lines and `#` comments skipped).
 * @returns the keys, and the problems (which never echo a secret).
 */
export function parseApiKeys(spec: string): { keys: ApiKeys; problems: string[] } {
  const keys = new Map<string, Buffer>();
  const problems: string[] = [];
  spec
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'))
    .forEach((pair, i) => {
      const at = pair.indexOf(':');
      const id = at > 0 ? pair.slice(0, at).trim() : '';
      const secret = at > 0 ? pair.slice(at + 1).trim() : '';
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) problems.push(`entry ${i + 1}: needs a key id (letters, digits, '.', '_', '-') before ':'`);
      else if (secret.length < 16) problems.push(`entry ${i + 1} (${id}): the secret must be at least 16 characters`);
      else if (keys.has(id)) problems.push(`entry ${i + 1}: duplicate key id ${id}`);
      else keys.set(id, digest(secret));
    });
  return { keys, problems };
}

/** Who sent a request: a key id, nobody, or a wrong key. */
export type Caller = { kind: 'key'; keyId: string } | { kind: 'anonymous' } | { kind: 'invalid' };

/** Reads `Authorization: Bearer <secret>` against the keys, comparing with every key in constant time. */
export function identify(authorization: string | undefined, keys: ApiKeys): Caller {
  if (!authorization) return { kind: 'anonymous' };
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!m) return { kind: 'invalid' };
  const given = digest(m[1]!);
  let found: string | undefined;
  for (const [id, expected] of keys) {
    if (timingSafeEqual(given, expected) && found === undefined) found = id;
  }
  return found ? { kind: 'key', keyId: found } : { kind: 'invalid' };
}

/**
 * The refusal of `caller` where a valid key is needed (a mutation; with REQUIRE_KEY_FOR_READS, any
 * read: GraphQL and /export alike): UNAUTHENTICATED `An API key is required: send Authorization:
 * Bearer <key>.` without a key, FORBIDDEN `The API key is not valid.` with a key that is not valid;
 * undefined for a valid key.
 */
export function keyRefusal(caller: Caller): AppError | undefined {
  switch (caller.kind) {
    case 'key':
      return undefined;
    case 'anonymous':
      return new AppError('UNAUTHENTICATED', 'An API key is required: send Authorization: Bearer <key>.');
    case 'invalid':
      return new AppError('FORBIDDEN', 'The API key is not valid.');
    default: {
      const unreachable: never = caller;
      throw new Error(`unknown caller ${JSON.stringify(unreachable)}`);
    }
  }
}

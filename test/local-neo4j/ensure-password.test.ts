import { describe, expect, inject, it } from 'vitest';
import { ensurePassword } from '../../src/local-neo4j/ensure-password.js';

// A fresh store (initial password expired, then changed), and 'retry' while Bolt is not up yet, are what
// test/global-setup.ts goes through on every Neo4j run; with nothing on the port the driver keeps retrying longer than a test waits.
describe('local-neo4j: ensurePassword', () => {
  it('logs in with the configured password', async () => {
    const { uri, user, password } = inject('neo4j');
    expect(user).toBe('neo4j');
    expect(await ensurePassword(uri, password)).toBe('ok');
  });

  it('refuses a store set up with another password, which it cannot change', async () => {
    const { uri, password } = inject('neo4j');
    await expect(ensurePassword(uri, 'another-password')).rejects.toThrow(
      'The local Neo4j rejects both the configured NEO4J_PASSWORD and the initial one: its store was set up with another password.',
    );
    // A login that succeeds clears the failed attempts, before Neo4j would lock the user for the other tests.
    expect(await ensurePassword(uri, password)).toBe('ok');
  });
});

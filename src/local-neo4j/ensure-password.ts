/** The first login of a local Neo4j: a fresh store only accepts neo4j/neo4j and wants it changed. */
import neo4j from 'neo4j-driver';

/**
 * Logs in with `password`, and on a fresh store (which only accepts neo4j/neo4j, with the
 * credentials expired) changes the initial password to `password`. 'retry' when the server does
 * not answer yet.
 * @throws Error when the server refuses both `password` and the initial one.
 */
export async function ensurePassword(uri: string, password: string): Promise<'ok' | 'retry'> {
  const tryAuth = async (pw: string): Promise<'ok' | 'unauthorized' | 'expired' | 'retry'> => {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', pw), { connectionTimeout: 3000 });
    try {
      await driver.executeQuery('RETURN 1');
      return 'ok';
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code.includes('CredentialsExpired')) return 'expired';
      if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) return 'unauthorized';
      return 'retry';
    } finally {
      await driver.close();
    }
  };
  const mine = await tryAuth(password);
  if (mine === 'ok' || mine === 'retry') return mine;
  const initial = await tryAuth('neo4j');
  if (initial === 'retry') return 'retry';
  if (initial === 'unauthorized') {
    throw new Error(
      'The local Neo4j rejects both the configured NEO4J_PASSWORD and the initial one: its store was set up with another password.',
    );
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    await driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: password }, { database: 'system' });
  } finally {
    await driver.close();
  }
  return 'ok';
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, withoutCost, type TestService } from '../helpers/service.js';

const KEY = 'reader-secret-0123456789';

describe('server: REQUIRE_KEY_FOR_READS=true', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ API_KEYS: `reader:${KEY}`, REQUIRE_KEY_FOR_READS: 'true' });
  });
  afterAll(() => t.stop());

  const query = (headers: Record<string, string>) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ entity(id: "peru") { name } }' }),
    });

  it('refuses reads without a key and with a wrong key, and answers with the right one', async () => {
    const none = await query({});
    expect(none.status).toBe(401);
    expect(((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await query({ authorization: 'Bearer wrong-key-wrong-key' });
    expect(wrong.status).toBe(403);
    const right = await query({ authorization: `Bearer ${KEY}` });
    expect(withoutCost(await right.json())).toEqual({ data: { entity: { name: 'Peru' } } });
  });

  it('protects /export the same way', async () => {
    expect((await fetch(`${t.url}/export?id=peru`)).status).toBe(401);
    expect((await fetch(`${t.url}/export?id=peru`, { headers: { authorization: 'Bearer nope-nope-nope-nope' } })).status).toBe(403);
    expect((await fetch(`${t.url}/export?id=peru`, { headers: { authorization: `Bearer ${KEY}` } })).status).toBe(200);
  });

  it('keeps health endpoints open for load balancers', async () => {
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
  });
});

describe('config: API keys', () => {
  it('refuses short secrets and malformed entries without echoing them', async () => {
    const { loadConfig } = await import('../../src/config.js');
    let message = '';
    try {
      loadConfig({ API_KEYS: 'a:short,no-colon-here' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('API_KEYS: entry 1 (a): the secret must be at least 16 characters');
    expect(message).toContain('API_KEYS: entry 2: needs a key id');
    expect(message).not.toContain('short');
  });
});

import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

describe('reliability: GraphQL-over-HTTP conformance (graphql-http server audits)', () => {
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService();
  });
  afterAll(() => t.stop());

  it('passes every MUST, and lists the SHOULDs it does not meet', async () => {
    const audits = serverAudits({ url: `${t.url}/graphql` });
    const results = await Promise.all(audits.map(async (a) => ({ name: a.name, result: await a.fn() })));
    const failed = (prefix: string) =>
      results
        .filter((r) => r.name.startsWith(prefix) && r.result.status !== 'ok')
        .map((r) => `${r.name}: ${'reason' in r.result ? r.result.reason : ''}`);
    console.log(`graphql-http audits: ${results.length} run, ${results.filter((r) => r.result.status === 'ok').length} ok`);
    const shoulds = failed('SHOULD');
    if (shoulds.length) console.log(`SHOULDs not met:\n${shoulds.join('\n')}`);
    expect(results.length).toBeGreaterThan(30);
    expect(failed('MUST')).toEqual([]);
  });
});

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  INGEST_MUTATION,
  describeLength,
  ingestArticles,
  judgeAnswer,
  parseIngest,
  percentile,
  runIngest,
  summarizeIngest,
  type IngestArticle,
  type IngestSample,
} from '../../bench/ingest.js';
import { compilerCpuMs } from '../../bench/measure.js';
import { warmWritePath } from '../../bench/warm-jvm.js';
import { parseArgs } from '../../bench/run-bench.js';

const take = (n: number, it: Iterator<IngestArticle>): IngestArticle[] => Array.from({ length: n }, () => it.next().value as IngestArticle);

describe('bench ingest: --ingest', () => {
  it('reads a number of articles, of seconds, or 0 for none', () => {
    expect(parseIngest('200')).toEqual({ articles: 200 });
    expect(parseIngest('30s')).toEqual({ seconds: 30 });
    expect(parseIngest('0')).toBeNull();
    for (const bad of ['', '-1', '2.5', '10m', 's', 'abc']) expect(() => parseIngest(bad)).toThrow(/--ingest/);
    expect(describeLength({ articles: 200 })).toBe('200 articles');
    expect(describeLength({ seconds: 30 })).toBe('30 s');
  });

  it('defaults to 200 articles and is a known flag of the bench', () => {
    expect(parseArgs([]).ingest).toEqual({ articles: 200 });
    expect(parseArgs(['--ingest=45s']).ingest).toEqual({ seconds: 45 });
    expect(parseArgs(['--ingest=0']).ingest).toBeNull();
    expect(parseArgs([]).jitWarmup).toBe(180);
    expect(parseArgs(['--jit-warmup=0']).jitWarmup).toBe(0);
    expect(parseArgs([]).out).toBe('bench/RESULTS.md');
    expect(parseArgs(['--out=bench/RESULTS-1M.md']).out).toBe('bench/RESULTS-1M.md');
    expect(() => parseArgs(['--ingest=x'])).toThrow(/--ingest/);
  });
});

describe('bench ingest: the articles', () => {
  it('gives every article a fresh id and URL, the same for the same seed', () => {
    const a = take(300, ingestArticles({ seed: 42 }));
    expect(new Set(a.map((x) => x.id)).size).toBe(300);
    expect(new Set(a.map((x) => x.url)).size).toBe(300);
    expect(take(300, ingestArticles({ seed: 42 }))).toEqual(a);
    const warm = take(20, ingestArticles({ seed: 43, first: 900_000 }));
    const ids = new Set(a.map((x) => x.id));
    const urls = new Set(a.map((x) => x.url));
    for (const w of warm) {
      expect(ids.has(w.id)).toBe(false);
      expect(urls.has(w.url)).toBe(false);
    }
  });

  it('with `rewrite`, cycles through that many article ids and URLs, every quote citing its article', () => {
    const a = take(40, ingestArticles({ seed: 43, first: 500, rewrite: 16 }));
    expect(new Set(a.map((x) => x.id)).size).toBe(16);
    expect(new Set(a.map((x) => x.url)).size).toBe(16);
    expect(a[0]!.id).toBe(a[16]!.id);
    expect(a[0]!.id).not.toBe(a[1]!.id);
    for (const x of a) {
      const input = (
        JSON.parse(x.body) as {
          variables: { input: { articles: { id: string; url: string }[]; relationships: { evidence: { article: string }[] }[] } };
        }
      ).variables.input;
      expect(input.articles[0]).toMatchObject({ id: x.id, url: x.url });
      for (const r of input.relationships) for (const ev of r.evidence) expect(ev.article).toBe(x.id);
    }
    // The same claims as without `rewrite`: only the article's id and URL differ.
    const plain = take(40, ingestArticles({ seed: 43, first: 500 }));
    expect(a.map((x) => x.relationships)).toEqual(plain.map((x) => x.relationships));
  });

  it('sends the mutation with an input whose relationships and quotes it counts', () => {
    for (const a of take(50, ingestArticles({ seed: 7 }))) {
      const body = JSON.parse(a.body) as {
        query: string;
        variables: {
          input: {
            articles: { id: string; url: string }[];
            entities: { id: string }[];
            relationships: { source: string; target: string; evidence: { article: string }[] }[];
          };
        };
      };
      expect(body.query).toBe(INGEST_MUTATION);
      const input = body.variables.input;
      expect(input.articles).toHaveLength(1);
      expect(input.articles[0]).toMatchObject({ id: a.id, url: a.url });
      expect(input.relationships).toHaveLength(a.relationships);
      expect(a.relationships).toBeGreaterThanOrEqual(3);
      expect(a.relationships).toBeLessThanOrEqual(6);
      expect(input.relationships.reduce((n, r) => n + r.evidence.length, 0)).toBe(a.evidence);
      const declared = new Set(input.entities.map((e) => e.id));
      for (const r of input.relationships) {
        expect(declared.has(r.source) && declared.has(r.target)).toBe(true);
        for (const ev of r.evidence) expect(ev.article).toBe(a.id);
      }
    }
  });
});

describe('bench ingest: answers and figures', () => {
  it('counts an answer as ingested only when it is a 200 with an audit id and no errors', () => {
    expect(judgeAnswer(200, JSON.stringify({ data: { ingestArticle: { auditId: 'audit-1', evidenceAdded: 4 } } }))).toEqual({
      ok: true,
      evidenceAdded: 4,
    });
    expect(
      judgeAnswer(200, JSON.stringify({ data: null, errors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT' } }] })),
    ).toMatchObject({ ok: false, why: expect.stringContaining('BAD_USER_INPUT refused') });
    expect(
      judgeAnswer(401, JSON.stringify({ errors: [{ message: 'An API key is required', extensions: { code: 'UNAUTHENTICATED' } }] })),
    ).toMatchObject({ ok: false, why: expect.stringContaining('401') });
    expect(judgeAnswer(200, JSON.stringify({ data: { ingestArticle: { auditId: null, evidenceAdded: 0 } } })).ok).toBe(false);
    expect(judgeAnswer(502, '<html>bad gateway</html>')).toMatchObject({ ok: false, why: expect.stringContaining('502') });
    expect(judgeAnswer(0, 'no answer: timeout').ok).toBe(false);
  });

  it('takes percentiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('rates the ingested relationships over the wall time and divides CPU by the articles ingested', () => {
    const sample: IngestSample = {
      seconds: 10,
      latencies: [40, 10, 30, 20],
      sent: 4,
      ingested: 3,
      relationships: 15,
      evidence: 15,
      unexpected: 0,
      failures: 1,
      firstFailure: 'x: answered 500',
      rssMb: 210,
      serverCpuMs: 300,
      dbCpuMs: 600,
      dbCompilerCpuMs: 150,
    };
    expect(summarizeIngest(sample)).toEqual({
      articles: 3,
      relationships: 15,
      seconds: 10,
      relationshipsPerSecond: 1.5,
      articlesPerSecond: 0.3,
      p50: 20,
      p99: 40,
      failures: 1,
      firstFailure: 'x: answered 500',
      unexpected: 0,
      serverCpuMs: 100,
      dbCpuMs: 200,
      rssMb: 210,
      compilerShare: 0.25,
    });
    const none = summarizeIngest({ ...sample, ingested: 0, relationships: 0, latencies: [] });
    expect(none.serverCpuMs).toBeNaN();
    expect(none.p99).toBeNaN();
    expect(none.relationshipsPerSecond).toBe(0);
  });
});

describe('bench ingest: the run', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  /** A stand-in API: answers after `delayMs`, refusing the article ids in `refuse`, recording what it saw. */
  async function fakeApi({ delayMs, refuse = new Set<string>() }: { delayMs: number; refuse?: Set<string> }) {
    const seen = { inFlight: 0, maxInFlight: 0, requests: 0, auth: new Set<string>(), ids: [] as string[] };
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        seen.inFlight++;
        seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
        seen.requests++;
        seen.auth.add(String(req.headers.authorization));
        const input = (
          JSON.parse(body) as { variables: { input: { articles: { id: string }[]; relationships: { evidence: unknown[] }[] } } }
        ).variables.input;
        const id = input.articles[0]!.id;
        seen.ids.push(id);
        setTimeout(() => {
          seen.inFlight--;
          res.setHeader('content-type', 'application/json');
          res.end(
            JSON.stringify(
              refuse.has(id)
                ? { data: null, errors: [{ message: 'refused', extensions: { code: 'BAD_USER_INPUT' } }] }
                : {
                    data: {
                      ingestArticle: {
                        auditId: `audit-${id}`,
                        evidenceAdded: input.relationships.reduce((n, r) => n + r.evidence.length, 0),
                      },
                    },
                  },
            ),
          );
        }, delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
  }

  it('keeps 4 requests in flight, sends exactly the articles asked for, with the key, and counts what was ingested', async () => {
    const articles = take(30, ingestArticles({ seed: 1 }));
    const refused = articles[5]!;
    const { base, seen } = await fakeApi({ delayMs: 30, refuse: new Set([refused.id]) });
    const sample = await runIngest({
      base,
      apiKey: 'secret-secret-secret',
      articles: articles[Symbol.iterator](),
      length: { articles: 24 },
      concurrency: 4,
      pid: process.pid,
    });
    expect(seen.requests).toBe(24);
    expect(seen.maxInFlight).toBe(4);
    expect([...seen.auth]).toEqual(['Bearer secret-secret-secret']);
    expect(new Set(seen.ids)).toEqual(new Set(articles.slice(0, 24).map((a) => a.id)));
    expect(sample.sent).toBe(24);
    expect(sample.ingested).toBe(23);
    expect(sample.failures).toBe(1);
    expect(sample.firstFailure).toContain(refused.id);
    expect(sample.relationships).toBe(articles.slice(0, 24).reduce((n, a) => n + a.relationships, 0) - refused.relationships);
    expect(sample.unexpected).toBe(0);
    expect(sample.latencies).toHaveLength(24);
    // At least six waves of four at 30 ms each.
    expect(sample.seconds).toBeGreaterThanOrEqual(0.17);
  });

  it('runs for a number of seconds, starting no article after them', async () => {
    const { base, seen } = await fakeApi({ delayMs: 20 });
    const sample = await runIngest({
      base,
      apiKey: 'k'.repeat(16),
      articles: ingestArticles({ seed: 2 }),
      length: { seconds: 0.5 },
      concurrency: 4,
      pid: process.pid,
    });
    expect(seen.maxInFlight).toBe(4);
    expect(sample.sent).toBe(seen.requests);
    expect(sample.ingested).toBe(sample.sent);
    expect(sample.sent).toBeGreaterThan(8);
    expect(sample.seconds).toBeGreaterThanOrEqual(0.5);
    expect(sample.seconds).toBeLessThan(10);
  });

  it('warms in windows until the time limit when the JIT cannot be read, and fails loudly when an ingest fails', async () => {
    const { base, seen } = await fakeApi({ delayMs: 10 });
    const logged: string[] = [];
    const articles = ingestArticles({ seed: 3, rewrite: 8 });
    const warm = await warmWritePath({
      base,
      apiKey: 'k'.repeat(16),
      apiPid: process.pid,
      dbPid: undefined,
      articles,
      concurrency: 4,
      maxSeconds: 1.2,
      windowSeconds: 0.2,
      log: (m) => logged.push(m),
    });
    expect(warm.settled).toBe(false);
    expect(warm.compilerShares.length).toBeGreaterThanOrEqual(2);
    for (const share of warm.compilerShares) expect(share).toBeNaN();
    expect(warm.articles).toBe(seen.requests);
    expect(new Set(seen.ids).size).toBeLessThanOrEqual(8);
    expect(logged[0]).toMatch(/write warm-up: \d+ articles in 0\.2 s, JIT compiler n\/a/);
    await close?.();
    const refusing = await fakeApi({ delayMs: 5, refuse: new Set(['bench-rewrite-2']) });
    await expect(
      warmWritePath({
        base: refusing.base,
        apiKey: 'k'.repeat(16),
        apiPid: process.pid,
        dbPid: undefined,
        articles: ingestArticles({ seed: 3, rewrite: 8 }),
        concurrency: 4,
        maxSeconds: 1,
        windowSeconds: 0.2,
        log: () => {},
      }),
    ).rejects.toThrow(/the write warm-up failed: \d+ of \d+ ingests; the first: bench-rewrite-2/);
  });
});

describe('bench: the JIT compiler threads of a process', () => {
  it('counts none in a process that has none, and nothing it cannot read', () => {
    expect(compilerCpuMs(process.pid)).toBe(0);
    expect(compilerCpuMs(undefined)).toBeNaN();
    expect(compilerCpuMs(2 ** 22 + 12345)).toBeNaN();
  });
});

/**
 * /graphql/stream against the live service: a graphql-sse client subscribed to service A receives
 * the change of an ingest made through service B, a separate process (`node --import tsx
 * src/main.ts`) on the same Neo4j: nothing but the database joins them. With REQUIRE_KEY_FOR_READS
 * the stream wants a key, as reads do, and it serves subscriptions only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createClient, type ExecutionResult } from 'graphql-sse';
import { projectRoot } from '../../src/project-root.js';
import { freePort } from '../../src/local-neo4j/ports.js';
import { SUBSCRIPTIONS_ELSEWHERE } from '../../src/graphql/subscriptions-elsewhere-plugin.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const KEY = 'stream-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };

const BUNDLE = {
  articles: [{ id: 'stream-article', source: 'Test Wire', publishedAt: '2025-06' }],
  entities: [
    { id: 'stream-dock-a', name: 'Stream Dock Company', type: 'COMPANY' },
    { id: 'stream-dock-b', name: 'Stream Dock Authority', type: 'ORGANIZATION' },
  ],
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'stream-dock-a',
      target: 'stream-dock-b',
      evidence: [{ article: 'stream-article', quote: 'Partners.' }],
    },
  ],
};

interface Change {
  auditId: string;
  action: string;
  entityIds: string[];
  relationshipIds: string[];
  dataVersion: string | null;
  entry: { keyId: string };
}

/** Starts the service as its own process on the test Neo4j and resolves with its base URL once ready. */
async function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const n = inject('neo4j');
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: n.uri,
      NEO4J_USER: n.user,
      NEO4J_PASSWORD: n.password,
      NEO4J_DATABASE: n.database,
      SEED_ON_START: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  while (Date.now() < until && child.exitCode === null) {
    if (
      await fetch(`${url}/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return { child, url, log: () => log };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`service process did not get ready:\n${log}`);
}

/** The next result of `iterator`, or a failure after `ms`. */
async function nextWithin<T>(iterator: AsyncIterator<T>, ms: number): Promise<IteratorResult<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms)));
  try {
    return await Promise.race([iterator.next(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('server: /graphql/stream', () => {
  useSeededGraph();
  let a: TestService;
  let b: Awaited<ReturnType<typeof startProcess>>;

  beforeAll(async () => {
    a = await startTestService({ API_KEYS: `reader:${KEY}`, REQUIRE_KEY_FOR_READS: 'true', CHANGE_POLL_MS: '100' });
    b = await startProcess({ API_KEYS: `curator:${KEY}` });
  }, 180_000);

  afterAll(async () => {
    if (b?.child.exitCode === null) {
      const exited = new Promise((resolve) => b.child.once('exit', resolve));
      b.child.kill('SIGTERM');
      await exited;
    }
    await a?.stop();
  }, 60_000);

  it("delivers the change of an ingest made through another service process, with that process's audit id", async () => {
    const client = createClient({ url: `${a.url}/graphql/stream`, headers: AUTH, retryAttempts: 0 });
    let connected!: () => void;
    const isConnected = new Promise<void>((resolve) => (connected = resolve));
    const events = client.iterate<{ graphChanged: Change }>(
      { query: 'subscription { graphChanged { auditId action entityIds relationshipIds dataVersion entry { keyId } } }' },
      { connected: () => connected() },
    );
    try {
      const first = nextWithin(events, 30_000);
      await isConnected;
      const res = await fetch(`${b.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...AUTH },
        body: JSON.stringify({
          query: 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { auditId createdRelationships { id } } }',
          variables: { input: BUNDLE },
        }),
      });
      const ingest = (await res.json()) as { data?: { ingestArticle: { auditId: string; createdRelationships: { id: string }[] } } };
      expect(ingest.data?.ingestArticle.auditId, b.log()).toMatch(/^audit-/);
      const version = (await a.gql<{ stats: { dataVersion: string } }>('{ stats { dataVersion } }', {}, AUTH)).data!.stats.dataVersion;

      const event = (await first) as IteratorResult<ExecutionResult<{ graphChanged: Change }>>;
      expect(event.done).toBe(false);
      expect(event.value.errors).toBeUndefined();
      expect(event.value.data?.graphChanged).toEqual({
        auditId: ingest.data!.ingestArticle.auditId,
        action: 'INGEST',
        entityIds: ['stream-dock-a', 'stream-dock-b'],
        relationshipIds: ingest.data!.ingestArticle.createdRelationships.map((r) => r.id),
        dataVersion: version,
        entry: { keyId: 'curator' },
      });
    } finally {
      await events.return?.();
      client.dispose();
    }
  }, 90_000);

  it('refuses a stream without a key when reads need one, and a query or mutation on the stream', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${a.url}/graphql/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify(body),
      });
    const anonymous = await post({ query: 'subscription { graphChanged { auditId } }' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      errors: [{ message: 'An API key is required: send Authorization: Bearer <key>.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const query = await post({ query: '{ stats { dataVersion } }' }, AUTH);
    expect(query.status).toBe(400);
    expect(await query.json()).toEqual({
      errors: [
        {
          message: '/graphql/stream serves subscriptions only; send queries and mutations to /graphql.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const mutation = await post({ query: 'mutation { mergeEntities(keep: "peru", merge: "china") { keptId } }' }, AUTH);
    expect(mutation.status).toBe(400);
    // And /graphql runs no subscription.
    const onGraphql = await a.gql('subscription { graphChanged { auditId } }', {}, AUTH);
    expect(onGraphql.errors).toHaveLength(1);
    expect(onGraphql.errors?.[0]).toMatchObject({ message: SUBSCRIPTIONS_ELSEWHERE, extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('server: /graphql/stream under TRUSTED_DOCUMENTS=require', () => {
  useSeededGraph();
  let t: TestService;
  beforeAll(async () => {
    t = await startTestService({ TRUSTED_DOCUMENTS: 'require' });
  }, 180_000);
  afterAll(async () => {
    await t?.stop();
  });

  it('runs no subscription that is not a document of the manifest', async () => {
    const res = await fetch(`${t.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { graphChanged { auditId } }' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_IN_LIST',
    );
  });
});

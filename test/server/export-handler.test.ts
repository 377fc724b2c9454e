import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import express from 'express';
import net, { type AddressInfo } from 'node:net';
import { AppError } from '../../src/errors.js';
import { parseApiKeys } from '../../src/auth/api-keys.js';
import { createExportHandler, createExportRouter, EXPORT_BODY_LIMIT } from '../../src/server/export-handler.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createStore, type Query, type Store, type StreamTx } from '../../src/store/gateway.js';
import { serve, type Served } from './serve.js';

const BASE_URL = 'http://localhost:4000';

/** Serves one export handler over `store` on a free port, calls GET /export?<query>, and stops. */
async function exportWith(
  store: Store,
  query = 'id=x',
  logger = createLogger({ level: 'silent' }),
): Promise<{ status: number; text: string }> {
  const app = express().get('/export', createExportHandler({ store, logger, baseUrl: BASE_URL }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/export?${query}`);
    return { status: res.status, text: await res.text() };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * A store whose one transaction answers every statement with no rows and streams what `stream`
 * gives for each statement; every other call fails. Enough for openExport's view=all.
 */
function streamingStore(stream: (q: Query) => AsyncIterable<Record<string, unknown>>): Store {
  const fail = async (): Promise<never> => {
    throw new Error('not used');
  };
  const tx: StreamTx = { run: async () => [], stream };
  const store: Store = {
    database: 'fake',
    read: fail,
    readTx: fail,
    writeTx: fail,
    schema: fail,
    readStream: (work) => work(tx),
    maintenance: () => store,
    ping: fail,
    close: async () => {},
  };
  return store;
}

/** A TCP port nothing listens on. */
async function deadPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('server: GET /export when Neo4j cannot be reached', () => {
  it('answers 503 SERVICE_UNAVAILABLE', async () => {
    const store = createStore({
      uri: `bolt://127.0.0.1:${await deadPort()}`,
      user: 'neo4j',
      password: 'not-used-1234',
      database: 'neo4j',
      connectionTimeoutMs: 2000,
      acquisitionTimeoutMs: 2000,
      maxRetryMs: 0,
      queryTimeoutMs: 2000,
      maintenanceTimeoutMs: 2000,
      maxPoolSize: 1,
    });
    try {
      const { status, text } = await exportWith(store.maintenance('Exporting'));
      expect(status).toBe(503);
      expect(JSON.parse(text)).toEqual({
        error: { code: 'SERVICE_UNAVAILABLE', message: 'The graph database is unavailable; try again shortly.' },
      });
    } finally {
      await store.close();
    }
  });
});

describe('server: GET /export on an unexpected failure', () => {
  it('answers 500 INTERNAL_SERVER_ERROR without the error’s message or stack', async () => {
    // A store that fails in a way no database error maps to: the handler must mask it.
    const store = streamingStore(() => {
      throw new Error('secret detail at /srv/app.ts:1');
    });
    const { status, text } = await exportWith(store, 'view=all');
    expect(status).toBe(500);
    expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    expect(text).not.toContain('secret');
  });

  it('cuts the response off, and logs why, when the export fails after its first byte', async () => {
    const entity = (i: number) => ({
      entity: {
        id: `e${String(i).padStart(6, '0')}`,
        name: 'x'.repeat(200),
        type: 'PERSON',
        aliases: [],
        description: null,
        mergedIds: [],
        identifiers: [],
      },
    });
    const store = streamingStore(async function* () {
      // Well past the first 64 KiB write, then the database connection breaks.
      for (let i = 0; i < 2000; i++) yield entity(i);
      throw new Error('connection reset mid-stream');
    });
    const logged: { err: unknown; msg: string }[] = [];
    const logger = { error: (obj: { err: unknown }, msg: string) => logged.push({ err: obj.err, msg }) } as unknown as Logger;
    const app = express().get('/export', createExportHandler({ store, logger, baseUrl: BASE_URL }));
    const served = await serve(app);
    try {
      const res = await fetch(`${served.url}/export?view=all`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-data-version')).toMatch(/^[0-9a-f]+$/);
      await expect(res.text()).rejects.toThrow();
      expect(logged.map((l) => [l.msg, (l.err as Error).message])).toEqual([
        ['GET /export failed after its first byte; the response was cut off', 'connection reset mid-stream'],
      ]);
    } finally {
      await served.close();
    }
  });
});

describe('server: createExportRouter’s error answers', () => {
  const SECRET = 'export-handler-secret-0123';
  const logged: unknown[] = [];
  const logger = { error: (obj: { err: unknown }) => logged.push(obj.err) } as unknown as Logger;
  // A store that fails with an internal AppError, which GraphQL answers with its message and /export masks.
  const internal = (): never => {
    throw new AppError('INTERNAL_SERVER_ERROR', 'relationship endpoint secret-id is missing');
  };
  const store: Store = { ...streamingStore(internal), readStream: internal };
  let open: Served;
  let keyed: Served;

  /** An app with the router at /export, and an error handler that shows what the router passed on. */
  const app = (requireKeyForReads: boolean) =>
    express()
      .use(
        '/export',
        createExportRouter({
          store,
          logger,
          baseUrl: BASE_URL,
          auth: { keys: parseApiKeys(`reader:${SECRET}`).keys, requireKeyForReads },
          corsOrigins: ['*'],
        }),
      )
      .use((err: { type?: unknown }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        res.status(599).json({ passedOn: err.type });
      });

  beforeAll(async () => {
    [open, keyed] = await Promise.all([serve(app(false)), serve(app(true))]);
  });
  afterAll(() => Promise.all([open.close(), keyed.close()]));
  beforeEach(() => {
    logged.length = 0;
  });

  const answer = async (res: Response) => [res.status, res.headers.get('content-type'), await res.text()];
  const post = (url: string, body: string, contentType = 'application/json') =>
    fetch(`${url}/export`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const MASKED = [500, 'application/json; charset=utf-8', '{"error":{"code":"INTERNAL_SERVER_ERROR","message":"Internal server error"}}'];

  it('masks an AppError coded INTERNAL_SERVER_ERROR like any unexpected error, and logs it', async () => {
    expect(await answer(await fetch(`${open.url}/export?id=x`))).toEqual(MASKED);
    expect(await answer(await post(open.url, '{"entityIds":["x"]}'))).toEqual(MASKED);
    expect(logged.map((err) => (err as Error).message)).toEqual([
      'relationship endpoint secret-id is missing',
      'relationship endpoint secret-id is missing',
    ]);
  });

  it('answers malformed JSON and an oversized body as refusals of the argument body', async () => {
    expect(await answer(await post(open.url, '{"entityIds": ["x"'))).toEqual([
      400,
      'application/json; charset=utf-8',
      '{"error":{"code":"BAD_USER_INPUT","message":"body: is not valid JSON","argument":"body"}}',
    ]);
    expect(await answer(await post(open.url, JSON.stringify({ entityIds: ['x'.repeat(600 * 1024)] })))).toEqual([
      413,
      'application/json; charset=utf-8',
      `{"error":{"code":"PAYLOAD_TOO_LARGE","message":"body: larger than ${EXPORT_BODY_LIMIT}","argument":"body"}}`,
    ]);
    expect(logged).toEqual([]);
  });

  it('passes any other refusal of the body parser on, to the server’s error answer', async () => {
    expect(await answer(await post(open.url, '{"entityIds":["x"]}', 'application/json; charset=latin9'))).toEqual([
      599,
      'application/json; charset=utf-8',
      '{"passedOn":"charset.unsupported"}',
    ]);
  });

  it('refuses a read without a valid key when reads need one, in the words of GraphQL’s refusal', async () => {
    expect(await answer(await fetch(`${keyed.url}/export?id=x`))).toEqual([
      401,
      'application/json; charset=utf-8',
      '{"error":{"code":"UNAUTHENTICATED","message":"An API key is required: send Authorization: Bearer <key>."}}',
    ]);
    expect(await answer(await post(keyed.url, '{not json'))).toEqual([
      401,
      'application/json; charset=utf-8',
      '{"error":{"code":"UNAUTHENTICATED","message":"An API key is required: send Authorization: Bearer <key>."}}',
    ]);
    const wrong = await fetch(`${keyed.url}/export?id=x`, { headers: { authorization: 'Bearer wrong-wrong-wrong-wrong' } });
    expect(await answer(wrong)).toEqual([
      403,
      'application/json; charset=utf-8',
      '{"error":{"code":"FORBIDDEN","message":"The API key is not valid."}}',
    ]);
    expect(logged).toEqual([]);
    expect(await answer(await fetch(`${keyed.url}/export?id=x`, { headers: { authorization: `Bearer ${SECRET}` } }))).toEqual(MASKED);
  });
});

describe('server: createExportRouter’s cap on downloads at once', () => {
  it('refuses a download past EXPORT_MAX_CONCURRENT with 503 and Retry-After, GET and POST alike, until a slot is free', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    // Every download streams no record until the gate opens: the first one holds its slot until then.
    const store = streamingStore(async function* () {
      started += 1;
      await gate;
      yield* [];
    });
    const app = express().use(
      '/export',
      createExportRouter({
        store,
        logger: createLogger({ level: 'silent' }),
        baseUrl: BASE_URL,
        maxConcurrent: 1,
        auth: { keys: parseApiKeys('').keys, requireKeyForReads: false },
        corsOrigins: ['*'],
      }),
    );
    const served = await serve(app);
    try {
      const first = fetch(`${served.url}/export?view=all&format=nt`);
      await expect.poll(() => started).toBeGreaterThan(0);
      const busy = await fetch(`${served.url}/export?view=all`);
      const busyPost = await fetch(`${served.url}/export`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ entityIds: ['peru'] }),
      });
      for (const res of [busy, busyPost]) {
        expect([res.status, res.headers.get('retry-after'), await res.json()]).toEqual([
          503,
          '5',
          {
            error: {
              code: 'SERVICE_UNAVAILABLE',
              message: '1 download(s) are streaming, the most EXPORT_MAX_CONCURRENT allows at once; retry in 5 s',
            },
          },
        ]);
      }
      release();
      expect((await first).status).toBe(200);
      expect((await fetch(`${served.url}/export?view=all&format=nt`)).status).toBe(200);
    } finally {
      await served.close();
    }
  });
});

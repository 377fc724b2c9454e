import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { AppError } from '../../src/errors.js';
import type { Store, StreamTx, Tx } from '../../src/store/gateway.js';
import { tracedStore } from '../../src/store/traced-store.js';

// A provider registered for this file: its AsyncLocalStorage context manager carries a request's span across awaits.
const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('test');
beforeAll(() => provider.register());
afterAll(async () => {
  await provider.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
});

/** The spans `work` sent under a parent span (as under a request), the parent left out. */
async function underRequest(work: () => Promise<unknown>): Promise<void> {
  exporter.reset();
  await tracer.startActiveSpan('request', async (span) => {
    try {
      await work();
    } finally {
      span.end();
    }
  });
}
const statementSpans = () => exporter.getFinishedSpans().filter((s) => s.name !== 'request');

const tx: Tx = { run: async () => [{ n: 1 }] };
const fake: Store = {
  database: 'graph',
  read: async () => [{ n: 1 }],
  readTx: async <T>(work: (tx: Tx) => Promise<T>) => work(tx),
  writeTx: async <T>(work: (tx: Tx) => Promise<T>) => work(tx),
  readStream: <T>(work: (tx: StreamTx) => AsyncIterable<T>) => work({ ...tx, stream: async function* () {} }),
  schema: async () => [],
  maintenance: () => fake,
  ping: async () => {},
  close: async () => {},
};
const q = (cypher: string) => ({ cypher, params: { name: 'a value the span must not hold' } });

describe('store: tracedStore', () => {
  it('opens one client span per statement with the Cypher text, the database and the mode, never the parameters', async () => {
    const store = tracedStore({ store: fake, tracer });
    await underRequest(async () => {
      expect(await store.read(q('MATCH (e {name: $name}) RETURN e'))).toEqual([{ n: 1 }]);
      await store.writeTx(async (t) => {
        await t.run(q('CREATE (e {name: $name})'));
        await t.run(q('MERGE (e {name: $name})'));
      });
      await store.readTx((t) => t.run(q('RETURN $name')));
      await store.maintenance('a task').schema(q('CREATE INDEX x IF NOT EXISTS FOR (e:E) ON (e.name)'));
    });
    const parent = exporter.getFinishedSpans().find((s) => s.name === 'request')!;
    const spans = statementSpans();
    expect(spans.every((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId)).toBe(true);
    expect(spans.map((s) => [s.name, s.attributes['neo4j.access_mode'], s.attributes['db.query.text']])).toEqual([
      ['neo4j read', 'read', 'MATCH (e {name: $name}) RETURN e'],
      ['neo4j write', 'write', 'CREATE (e {name: $name})'],
      ['neo4j write', 'write', 'MERGE (e {name: $name})'],
      ['neo4j read', 'read', 'RETURN $name'],
      ['neo4j schema', 'schema', 'CREATE INDEX x IF NOT EXISTS FOR (e:E) ON (e.name)'],
    ]);
    expect(spans.every((s) => s.kind === SpanKind.CLIENT && s.status.code === SpanStatusCode.UNSET)).toBe(true);
    expect(spans[0]!.attributes).toEqual({
      'db.system': 'neo4j',
      'db.system.name': 'neo4j',
      'db.namespace': 'graph',
      'db.query.text': 'MATCH (e {name: $name}) RETURN e',
      'neo4j.access_mode': 'read',
    });
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toContain('a value the span must not hold');
  });

  it('marks a failed statement with its error code, not its message, and passes the error on', async () => {
    const failing: Store = {
      ...fake,
      read: async () => {
        throw new AppError('SERVICE_UNAVAILABLE', 'Node(1) already exists with name = "a value"');
      },
      writeTx: async <T>(work: (tx: Tx) => Promise<T>) =>
        work({
          run: async () => {
            throw new TypeError('boom');
          },
        }),
    };
    const store = tracedStore({ store: failing, tracer });
    await underRequest(async () => {
      await expect(store.read(q('RETURN 1'))).rejects.toThrow(AppError);
      await expect(store.writeTx((t) => t.run(q('RETURN 2')))).rejects.toThrow('boom');
    });
    const spans = statementSpans();
    expect(spans.map((s) => [s.status, s.attributes['error.type']])).toEqual([
      [{ code: SpanStatusCode.ERROR, message: 'SERVICE_UNAVAILABLE' }, 'SERVICE_UNAVAILABLE'],
      [{ code: SpanStatusCode.ERROR, message: 'TypeError' }, 'TypeError'],
    ]);
    expect(spans.every((s) => s.events.length === 0)).toBe(true);
  });

  it('opens no span for a statement sent outside a request (a background poll)', async () => {
    exporter.reset();
    const store = tracedStore({ store: fake, tracer });
    expect(await store.read(q('RETURN 1'))).toEqual([{ n: 1 }]);
    await store.writeTx((t) => t.run(q('RETURN 2')));
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpanKind, SpanStatusCode, trace, type ProxyTracerProvider } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { createLogger } from '../../src/logger.js';
import { TRACING_OFF } from '../../src/ops/tracing.js';
import { startService, type Service } from '../../src/service.js';
import { testConfig } from '../helpers/service.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';
import { waitUntil } from '../helpers/wait-until.js';

/** The caller's trace: a W3C traceparent, sampled. */
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE_ID}-${CALLER_SPAN_ID}-01`;
/** A search text no Cypher text contains: it may only travel as a parameter, never in a span. */
const SECRET = 'Zqxjv-tracing-probe';
const SEARCH = 'query TracedSearch($text: String!) { search(text: $text, first: 3) { id name } }';

/** The real service on the test Neo4j, with `env` on top and, when given, `traceExporter` receiving its spans. */
async function start(env: Record<string, string>, traceExporter?: InMemorySpanExporter): Promise<Service> {
  // Cost limits off: these tests are about spans, not about what the cost plugin refuses.
  const config = testConfig({ QUERY_MAX_COST: '0', COST_BUDGET: '0', ...env });
  return startService({ config, logger: createLogger({ level: config.logLevel }), traceExporter });
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const parentId = (s: ReadableSpan): string | undefined => s.parentSpanContext?.spanId;
const idOf = (s: ReadableSpan): string => s.spanContext().spanId;

useSeededGraph();

describe('ops: tracing on a live service', () => {
  const exporter = new InMemorySpanExporter();
  let service: Service;
  beforeAll(async () => {
    service = await start({}, exporter);
  });
  afterAll(async () => {
    await service?.stop();
  });

  /** The spans of the trace `traceId` once its HTTP server span has ended (it ends when the response closes). */
  async function traceOf(traceId: string): Promise<ReadableSpan[]> {
    const spans = () => exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    await waitUntil(() => spans().some((s) => s.kind === SpanKind.SERVER && s.attributes['http.request.method'] !== undefined), 10_000);
    return spans();
  }

  it('continues the caller trace: HTTP span, GraphQL operation span under it, Neo4j statement spans under that', async () => {
    exporter.reset();
    const r = await post(service.server.url, { query: SEARCH, variables: { text: SECRET } }, { traceparent: TRACEPARENT });
    expect(r.status).toBe(200);
    expect((r.body as { data: unknown }).data).toEqual({ search: [] });

    const spans = await traceOf(TRACE_ID);
    const httpSpans = spans.filter((s) => s.attributes['http.request.method'] !== undefined);
    expect(httpSpans).toHaveLength(1);
    const httpSpan = httpSpans[0]!;
    expect(httpSpan.name).toBe('POST /graphql');
    expect(httpSpan.kind).toBe(SpanKind.SERVER);
    expect(parentId(httpSpan)).toBe(CALLER_SPAN_ID);
    expect(httpSpan.attributes).toEqual({
      'http.request.method': 'POST',
      'url.path': '/graphql',
      'http.route': '/graphql',
      'http.response.status_code': 200,
    });
    expect(httpSpan.status.code).toBe(SpanStatusCode.UNSET);

    const operations = spans.filter((s) => s.attributes['graphql.operation.type'] !== undefined);
    expect(operations).toHaveLength(1);
    const operation = operations[0]!;
    expect(operation.name).toBe('query TracedSearch');
    expect(operation.kind).toBe(SpanKind.INTERNAL);
    expect(operation.attributes).toEqual({ 'graphql.operation.type': 'query', 'graphql.operation.name': 'TracedSearch' });
    expect(parentId(operation)).toBe(idOf(httpSpan));
    expect(operation.status.code).toBe(SpanStatusCode.UNSET);

    const statements = spans.filter((s) => s.attributes['db.system'] === 'neo4j');
    expect(statements.length).toBeGreaterThanOrEqual(1);
    for (const s of statements) {
      expect(parentId(s)).toBe(idOf(operation));
      expect(s.kind).toBe(SpanKind.CLIENT);
      expect(s.name).toBe('neo4j read');
      expect(Object.keys(s.attributes).sort()).toEqual([
        'db.namespace',
        'db.query.text',
        'db.system',
        'db.system.name',
        'neo4j.access_mode',
      ]);
      expect(s.attributes['db.namespace']).toBe(service.store.database);
      expect(s.attributes['neo4j.access_mode']).toBe('read');
      expect(s.attributes['db.query.text']).toMatch(/\bMATCH\b|\bCALL\b/);
      expect(s.attributes['db.query.text']).toContain('$');
    }
    // Every span of the trace is one of the three, and no attribute of any carries the parameter.
    expect(spans).toHaveLength(1 + 1 + statements.length);
    expect(JSON.stringify(spans.map((s) => [s.name, s.attributes]))).not.toContain(SECRET);
    expect(spans.every((s) => s.resource.attributes['service.name'] === 'china-peru-kg')).toBe(true);
  });

  it('marks an operation that answers with an error, and names its code', async () => {
    exporter.reset();
    const traceId = 'a'.repeat(32);
    const r = await post(
      service.server.url,
      { query: 'query TooMany { search(text: "Peru", first: 100000) { id } }' },
      { traceparent: `00-${traceId}-${'b'.repeat(16)}-01` },
    );
    const code = (r.body as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;
    expect(code).toBe('BAD_USER_INPUT');

    const spans = await traceOf(traceId);
    const operation = spans.find((s) => s.attributes['graphql.operation.type'] !== undefined)!;
    expect(operation.name).toBe('query TooMany');
    expect(operation.status).toEqual({ code: SpanStatusCode.ERROR, message: 'BAD_USER_INPUT' });
    expect(operation.attributes).toMatchObject({ 'error.type': 'BAD_USER_INPUT', 'graphql.error.codes': ['BAD_USER_INPUT'] });
    const httpSpan = spans.find((s) => s.attributes['http.request.method'] !== undefined)!;
    expect(parentId(operation)).toBe(idOf(httpSpan));
    // A refused request is the client's error: its HTTP span keeps no error status.
    expect(httpSpan.attributes['http.response.status_code']).toBe(r.status);
    expect(httpSpan.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('gives a request Express answers its own span, named by its route, in a new trace when the caller sent none', async () => {
    exporter.reset();
    expect((await fetch(`${service.server.url}/health/live?probe=1`)).status).toBe(200);
    let spans: ReadableSpan[] = [];
    await waitUntil(() => (spans = exporter.getFinishedSpans()).length > 0, 10_000);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.name).toBe('GET /health/live');
    expect(parentId(spans[0]!)).toBeUndefined();
    expect(spans[0]!.spanContext().traceId).not.toBe(TRACE_ID);
    expect(spans[0]!.attributes).toEqual({
      'http.request.method': 'GET',
      'url.path': '/health/live',
      'http.route': '/health/live',
      'http.response.status_code': 200,
    });
  });

  it('registers its provider for the process while it runs', () => {
    expect(service.tracing.enabled).toBe(true);
    expect((trace.getTracerProvider() as ProxyTracerProvider).getDelegate()).toBeInstanceOf(NodeTracerProvider);
  });
});

describe('ops: tracing off', () => {
  let service: Service;
  beforeAll(async () => {
    service = await start({});
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('registers no provider, so the API tracer records nothing, and wraps nothing', async () => {
    expect(service.tracing).toBe(TRACING_OFF);
    const r = await post(service.server.url, { query: SEARCH, variables: { text: 'Peru' } }, { traceparent: TRACEPARENT });
    expect(r.status).toBe(200);
    expect((trace.getTracerProvider() as ProxyTracerProvider).getDelegate()).not.toBeInstanceOf(NodeTracerProvider);
    const probe = trace.getTracer('probe').startSpan('probe');
    expect(probe.isRecording()).toBe(false);
    expect(probe.spanContext().traceId).toBe('0'.repeat(32));
    probe.end();
    expect(TRACING_OFF.httpMiddleware).toBeUndefined();
    expect(TRACING_OFF.apolloPlugins()).toEqual([]);
    expect(TRACING_OFF.traceStore(service.store)).toBe(service.store);
  });
});

describe('ops: tracing exported over OTLP', () => {
  const posts: { path: string; contentType: string; body: Buffer }[] = [];
  let collector: http.Server;
  beforeAll(async () => {
    collector = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        posts.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => collector.close(resolve));
  });

  it('sends the spans of a request to OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces, at the latest when the service stops', async () => {
    const { port } = collector.address() as AddressInfo;
    const service = await start({ OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}/`, OTEL_SERVICE_NAME: 'kg-otlp-test' });
    try {
      const r = await post(service.server.url, { query: SEARCH, variables: { text: SECRET } }, { traceparent: TRACEPARENT });
      expect(r.status).toBe(200);
    } finally {
      await service.stop();
    }
    expect(posts.length).toBeGreaterThanOrEqual(1);
    expect(posts.every((p) => p.path === '/v1/traces' && p.contentType.startsWith('application/json') && p.body.length > 0)).toBe(true);
    const sent = posts.map((p) => p.body.toString('utf8')).join('\n');
    expect(sent).toContain('"kg-otlp-test"');
    expect(sent).toContain(TRACE_ID);
    expect(sent).toContain('"query TracedSearch"');
    expect(sent).toContain('"neo4j read"');
    expect(sent).not.toContain(SECRET);
  });
});

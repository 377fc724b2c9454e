import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server/create-server.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const KEY = 'metrics-secret-0123456789';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text format (enough of it for these metrics). */
function parseMetrics(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`unparsable line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[k!] = v!;
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

/** The value of the one sample with this name and (at least) these labels. */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${found.length} samples`);
  return found[0]?.value;
}

describe('ops: GET /metrics', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` } });
  const post = async (query: string, variables?: Record<string, unknown>, auth = false) => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${KEY}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  };
  const scrape = async (): Promise<{ samples: Sample[]; contentType: string | null }> => {
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    return { samples: parseMetrics(await res.text()), contentType: res.headers.get('content-type') };
  };

  it('counts and times operations under their names and outcomes, errors by code, and the Neo4j statements behind them', async () => {
    for (let i = 0; i < 3; i++) expect((await post('query PeruName { entity(id: "peru") { name } }')).errors).toBeUndefined();
    for (let i = 0; i < 2; i++)
      expect((await post('query FindHuawei($t: String!) { search(text: $t) { id } }', { t: 'Huawei' })).errors).toBeUndefined();
    expect((await post('query Unknown { neighborhood(id: "atlantis") { nodes { id } } }')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await post('{ stats { entities } }')).errors).toBeUndefined();
    expect((await post('query Broken { entity(id: ')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await post('mutation Merge { mergeEntities(keep: "peru", merge: "china") { keptId } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const { samples, contentType } = await scrape();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const ops = 'kg_graphql_operations_total';
    const dur = 'kg_graphql_operation_duration_seconds';
    expect(value(samples, ops, { operation: 'PeruName', type: 'query', outcome: 'ok' })).toBe(3);
    expect(value(samples, `${dur}_count`, { operation: 'PeruName', type: 'query', outcome: 'ok' })).toBe(3);
    expect(value(samples, `${dur}_sum`, { operation: 'PeruName', outcome: 'ok' })).toBeGreaterThan(0);
    expect(value(samples, `${dur}_bucket`, { operation: 'PeruName', outcome: 'ok', le: '+Inf' })).toBe(3);
    expect(value(samples, ops, { operation: 'FindHuawei', type: 'query', outcome: 'ok' })).toBe(2);
    expect(value(samples, `${dur}_count`, { operation: 'FindHuawei', outcome: 'ok' })).toBe(2);
    expect(value(samples, ops, { operation: 'Unknown', type: 'query', outcome: 'NOT_FOUND' })).toBe(1);
    expect(value(samples, ops, { operation: 'anonymous', type: 'query', outcome: 'ok' })).toBe(1);
    expect(value(samples, ops, { operation: '(none)', type: 'unknown', outcome: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(value(samples, ops, { operation: 'Merge', type: 'mutation', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(value(samples, 'kg_graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(value(samples, 'kg_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);

    expect(value(samples, 'kg_http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(7);
    expect(value(samples, 'kg_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '401' })).toBe(1);
    expect(value(samples, 'kg_neo4j_query_duration_seconds_count', { mode: 'read' })).toBeGreaterThanOrEqual(6);
    expect(value(samples, 'kg_neo4j_transaction_duration_seconds_count', { mode: 'read', outcome: 'ok' })).toBeGreaterThanOrEqual(6);
    expect(value(samples, 'kg_neo4j_sessions_in_flight', { mode: 'read' })).toBe(0);
    expect(value(samples, 'kg_neo4j_pool_max_size')).toBe(50);
    expect(value(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(value(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('counts ingests by outcome and what they did to relationships and evidence', async () => {
    const input = {
      articles: [{ id: 'test-metrics', source: 'Test Wire', publishedAt: '2025-01' }],
      relationships: [
        {
          type: 'VISITED',
          source: 'dina-boluarte',
          target: 'china',
          validFrom: '2025-01',
          evidence: [{ article: 'test-metrics', quote: 'Boluarte visited China again.' }],
        },
      ],
    };
    const INGEST = 'mutation Ingest($input: ArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) { auditId } }';
    expect((await post(INGEST, { input, dryRun: true }, true)).errors).toBeUndefined();
    expect((await post(INGEST, { input }, true)).errors).toBeUndefined();
    expect((await post(INGEST, { input }, true)).errors).toBeUndefined();
    expect(
      (await post(INGEST, { input: { ...input, relationships: [{ ...input.relationships[0], target: 'atlantis' }] } }, true)).errors?.[0]
        ?.extensions?.code,
    ).toBe('BAD_USER_INPUT');

    const { samples } = await scrape();
    expect(value(samples, 'kg_ingests_total', { outcome: 'dry_run' })).toBe(1);
    expect(value(samples, 'kg_ingests_total', { outcome: 'written' })).toBe(1);
    expect(value(samples, 'kg_ingests_total', { outcome: 'unchanged' })).toBe(1);
    expect(value(samples, 'kg_ingests_total', { outcome: 'refused' })).toBe(1);
    expect(value(samples, 'kg_ingest_relationships_total', { result: 'created' })).toBe(1);
    expect(value(samples, 'kg_ingest_relationships_total', { result: 'unchanged' })).toBe(1);
    expect(value(samples, 'kg_ingest_evidence_total', { change: 'added' })).toBe(1);
    expect(value(samples, 'kg_graphql_operations_total', { operation: 'Ingest', type: 'mutation', outcome: 'ok' })).toBe(3);
    expect(value(samples, 'kg_neo4j_transaction_duration_seconds_count', { mode: 'write', outcome: 'ok' })).toBe(2);
    // The dry run rolls its transaction back; the refusal is a BAD_USER_INPUT thrown inside its transaction.
    expect(value(samples, 'kg_neo4j_transaction_duration_seconds_count', { mode: 'write', outcome: 'aborted' })).toBe(1);
    expect(value(samples, 'kg_neo4j_transaction_duration_seconds_count', { mode: 'write', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(value(samples, 'kg_neo4j_query_duration_seconds_count', { mode: 'write' })).toBeGreaterThan(10);
    expect(value(samples, 'kg_neo4j_sessions_in_flight', { mode: 'write' })).toBe(0);
  });

  it('is off with METRICS_ENABLED=false', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      NEO4J_URI: 'bolt://unused:7687',
      NEO4J_PASSWORD: 'unused-password',
      METRICS_ENABLED: 'false',
    });
    const server = await createServer({
      config,
      store: t.store,
      logger: createLogger({ level: 'silent' }),
      readiness: async () => ({ ready: true }),
    });
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

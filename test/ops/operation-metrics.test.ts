import { describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { Registry } from 'prom-client';
import { operationMetrics } from '../../src/ops/operation-metrics.js';

/** The samples of the registry as `name{labels} value` lines, histogram buckets and sums left out. */
async function samples(registry: Registry): Promise<string[]> {
  return (await registry.getMetricsAsJSON()).flatMap((m) =>
    m.values
      .map((v) => ({ ...v, name: (v as { metricName?: string }).metricName ?? m.name }))
      .filter((v) => !/_(bucket|sum)$/.test(v.name))
      .map((v) => `${v.name}${JSON.stringify(v.labels)} ${v.value}`),
  );
}

describe('ops: operationMetrics', () => {
  it('counts and times operations by name, type and outcome, and errors by code', async () => {
    const registry = new Registry();
    const plugin = operationMetrics({ registers: [registry], buckets: [1] });
    const apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String, missing: String }',
      resolvers: {
        Query: {
          hello: () => 'hi',
          missing: () => Promise.reject(Object.assign(new Error('no such thing'), { extensions: { code: 'NOT_FOUND' } })),
        },
      },
      plugins: [plugin()],
    });
    await apollo.start();
    try {
      for (const query of ['query Hello { hello }', 'query Hello { hello }', '{ hello }', 'query Missing { missing }', '{ hello'])
        await apollo.executeOperation({ query });
    } finally {
      await apollo.stop();
    }
    expect(await samples(registry)).toEqual([
      'kg_graphql_operations_total{"operation":"Hello","type":"query","outcome":"ok"} 2',
      'kg_graphql_operations_total{"operation":"anonymous","type":"query","outcome":"ok"} 1',
      'kg_graphql_operations_total{"operation":"Missing","type":"query","outcome":"NOT_FOUND"} 1',
      'kg_graphql_operations_total{"operation":"(none)","type":"unknown","outcome":"GRAPHQL_PARSE_FAILED"} 1',
      'kg_graphql_operation_duration_seconds_count{"operation":"Hello","type":"query","outcome":"ok"} 2',
      'kg_graphql_operation_duration_seconds_count{"operation":"anonymous","type":"query","outcome":"ok"} 1',
      'kg_graphql_operation_duration_seconds_count{"operation":"Missing","type":"query","outcome":"NOT_FOUND"} 1',
      'kg_graphql_operation_duration_seconds_count{"operation":"(none)","type":"unknown","outcome":"GRAPHQL_PARSE_FAILED"} 1',
      'kg_graphql_errors_total{"code":"NOT_FOUND"} 1',
      'kg_graphql_errors_total{"code":"GRAPHQL_PARSE_FAILED"} 1',
    ]);
  });

  it('keeps at most 200 operation names as labels and counts the rest as __other__', async () => {
    const registry = new Registry();
    const apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => 'hi' } },
      plugins: [operationMetrics({ registers: [registry], buckets: [1] })()],
    });
    await apollo.start();
    try {
      for (let i = 0; i < 202; i++) await apollo.executeOperation({ query: `query Op${i} { hello }` });
      await apollo.executeOperation({ query: 'query Op0 { hello }' });
    } finally {
      await apollo.stop();
    }
    const counts = (await registry.getMetricsAsJSON())[0]!.values.map((v) => [v.labels.operation, v.value]);
    expect(counts).toHaveLength(201);
    expect(counts[0]).toEqual(['Op0', 2]);
    expect(counts[200]).toEqual(['__other__', 2]);
  });
});

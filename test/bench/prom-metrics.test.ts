import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/ops/metrics.js';
import { delta, parseMetrics, writeCosts } from '../../bench/prom-metrics.js';

const before = `# HELP kg_neo4j_query_duration_seconds Latency of each Cypher statement, by access mode.
# TYPE kg_neo4j_query_duration_seconds histogram
kg_neo4j_query_duration_seconds_bucket{le="0.005",mode="write"} 10
kg_neo4j_query_duration_seconds_sum{mode="write"} 0.5
kg_neo4j_query_duration_seconds_count{mode="write"} 100
kg_neo4j_query_duration_seconds_sum{mode="read"} 3
kg_neo4j_query_duration_seconds_count{mode="read"} 1000
kg_neo4j_transaction_duration_seconds_sum{mode="write",outcome="ok"} 1
kg_neo4j_transaction_duration_seconds_count{mode="write",outcome="ok"} 8
process_cpu_seconds_total 12.5
`;

const after = `kg_neo4j_query_duration_seconds_sum{mode="write"} 2.5
kg_neo4j_query_duration_seconds_count{mode="write"} 300
kg_neo4j_query_duration_seconds_sum{mode="read"} 4
kg_neo4j_query_duration_seconds_count{mode="read"} 1100
kg_neo4j_transaction_duration_seconds_sum{mode="write",outcome="ok"} 3
kg_neo4j_transaction_duration_seconds_count{mode="write",outcome="ok"} 18
kg_neo4j_transaction_duration_seconds_sum{mode="write",outcome="aborted"} 1
kg_neo4j_transaction_duration_seconds_count{mode="write",outcome="aborted"} 2
process_cpu_seconds_total 20
`;

describe('bench: the API metrics around the writes', () => {
  it('parses samples by series and skips comments', () => {
    const m = parseMetrics(before);
    expect(m.get('kg_neo4j_query_duration_seconds_count{mode="write"}')).toBe(100);
    expect(m.get('process_cpu_seconds_total')).toBe(12.5);
    expect([...m.keys()].some((k) => k.startsWith('#'))).toBe(false);
  });

  it('sums the series of a name whose labels match, after minus before', () => {
    const [b, a] = [parseMetrics(before), parseMetrics(after)];
    expect(delta(b, a, 'kg_neo4j_query_duration_seconds_count', ['mode="write"'])).toBe(200);
    expect(delta(b, a, 'kg_neo4j_query_duration_seconds_count')).toBe(300);
    expect(delta(b, a, 'kg_neo4j_transaction_duration_seconds_count', ['mode="write"'])).toBe(12);
    expect(delta(b, a, 'process_cpu_seconds_total')).toBe(7.5);
    expect(delta(b, a, 'no_such_metric')).toBe(0);
  });

  it('gives transactions, statements and their time per article', () => {
    expect(writeCosts(parseMetrics(before), parseMetrics(after), 10)).toEqual({
      transactionsPerArticle: 1.2,
      abortedTransactions: 2,
      statementsPerArticle: 20,
      msPerStatement: 10,
      msPerTransaction: 250,
    });
    expect(writeCosts(new Map(), new Map(), 0).statementsPerArticle).toBeNaN();
  });

  it("reads the names and labels the API's metrics expose", async () => {
    const metrics = createMetrics({ maxPoolSize: 10, defaultMetrics: false });
    const b = parseMetrics((await metrics.scrape()).body);
    const store = metrics.observeStore({
      writeTx: async <T>(work: (tx: { run: () => Promise<Record<string, unknown>[]> }) => Promise<T>) => work({ run: async () => [] }),
    } as never);
    await store.writeTx(async (tx) => {
      await tx.run({ cypher: 'RETURN 1', params: {} });
      await tx.run({ cypher: 'RETURN 2', params: {} });
    });
    const a = parseMetrics((await metrics.scrape()).body);
    expect(writeCosts(b, a, 1)).toMatchObject({ transactionsPerArticle: 1, abortedTransactions: 0, statementsPerArticle: 2 });
  });
});

/**
 * Reads the API's Prometheus metrics (GET /metrics, src/ops/metrics.ts) before and after the
 * writes, to tell what each ingest cost inside the server: write transactions (more than one per
 * article means ingests ran again after a conflict), Cypher statements, and the time spent in them.
 */

/** Samples by series (`name{labels}` as exposed, labels in the order given), e.g. `kg_ingests_total{outcome="written"}`. */
export type MetricSamples = Map<string, number>;

/** Parses the exposition text: one sample a line, comments and blank lines skipped. */
export function parseMetrics(text: string): MetricSamples {
  const out: MetricSamples = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{.*\})?)\s+(\S+)(?:\s+\d+)?$/.exec(line.trim());
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}

/** The sum of the samples of `name` whose labels include every one of `labels` (`key="value"`), after minus before. */
export function delta(before: MetricSamples, after: MetricSamples, name: string, labels: readonly string[] = []): number {
  const total = (samples: MetricSamples): number => {
    let n = 0;
    for (const [series, value] of samples) {
      const brace = series.indexOf('{');
      const base = brace < 0 ? series : series.slice(0, brace);
      if (base !== name) continue;
      const have = brace < 0 ? '' : series.slice(brace);
      if (labels.every((l) => have.includes(l))) n += value;
    }
    return n;
  };
  return total(after) - total(before);
}

/** What the writes cost inside the API, per article ingested. */
export interface WriteCosts {
  /** Write transactions run (an ingest that lost a race runs again). */
  transactionsPerArticle: number;
  /** Write transactions that did not commit (aborted, refused, timed out). */
  abortedTransactions: number;
  statementsPerArticle: number;
  /** Mean time of one write statement, as the API waited for it (ms). */
  msPerStatement: number;
  /** Mean time of one write transaction, from acquiring the connection to the commit (ms). */
  msPerTransaction: number;
}

/** The write costs between two scrapes, per article ingested. */
export function writeCosts(before: MetricSamples, after: MetricSamples, articles: number): WriteCosts {
  const write = ['mode="write"'];
  const tx = delta(before, after, 'kg_neo4j_transaction_duration_seconds_count', write);
  const ok = delta(before, after, 'kg_neo4j_transaction_duration_seconds_count', [...write, 'outcome="ok"']);
  const statements = delta(before, after, 'kg_neo4j_query_duration_seconds_count', write);
  const per = (n: number): number => (articles > 0 ? n / articles : NaN);
  return {
    transactionsPerArticle: per(tx),
    abortedTransactions: tx - ok,
    statementsPerArticle: per(statements),
    msPerStatement: statements > 0 ? (delta(before, after, 'kg_neo4j_query_duration_seconds_sum', write) * 1000) / statements : NaN,
    msPerTransaction: tx > 0 ? (delta(before, after, 'kg_neo4j_transaction_duration_seconds_sum', write) * 1000) / tx : NaN,
  };
}

/** GET base/metrics, parsed; empty when the API serves none (METRICS_ENABLED=false). */
export async function scrapeMetrics(base: string): Promise<MetricSamples> {
  try {
    const res = await fetch(`${base}/metrics`);
    return res.ok ? parseMetrics(await res.text()) : new Map();
  } catch {
    return new Map();
  }
}

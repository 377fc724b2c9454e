/**
 * Bulk-loads a synthetic graph through the project's own write path: each chunk is validated with
 * the article-file schema and written by `seedGraph` (batched `UNWIND … MERGE`, one transaction
 * per chunk, so a transaction stays bounded however large the graph).
 */
import type { Store } from '../src/store/gateway.js';
import { bundleSchema, type Bundle } from '../src/article-file/format.js';
import { seedGraph } from '../src/seed/seed-graph.js';
import type { SyntheticGraph } from './synthetic-graph.js';

/** What a load wrote and how long it took. */
export interface LoadReport {
  entities: number;
  articles: number;
  relationships: number;
  evidence: number;
  /** Wall time of the whole load, generation and validation included. */
  seconds: number;
  /** Relationships (with their evidence) written per second. */
  relationshipsPerSecond: number;
}

/** Deletes every node and relationship, in bounded transactions. */
export async function emptyDatabase({ store }: { store: Store }): Promise<void> {
  await store.schema({ cypher: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS', params: {} });
}

/** Counts the nodes of the database. */
export async function countNodes({ store }: { store: Store }): Promise<number> {
  const [row] = await store.read({ cypher: 'MATCH (n) RETURN count(n) AS n', params: {} });
  return (row?.n as number) ?? 0;
}

/**
 * Writes `graph`: entities, then articles, then relationships with their evidence, `chunk`
 * records per transaction. `progress` hears about every chunk.
 */
export async function loadGraph({
  store,
  graph,
  chunk = 10_000,
  progress,
}: {
  store: Store;
  graph: SyntheticGraph;
  chunk?: number;
  progress?: (done: string) => void;
}): Promise<LoadReport> {
  const started = performance.now();
  const total = { entities: 0, articles: 0, relationships: 0, evidence: 0 };
  const write = async (bundles: Generator<Bundle>, what: string): Promise<void> => {
    for (const raw of bundles) {
      const summary = await seedGraph({ store, bundle: bundleSchema.parse(raw), recordedBy: 'bench' });
      total.entities += summary.entities;
      total.articles += summary.articles;
      total.relationships += summary.relationships;
      total.evidence += summary.evidence;
      progress?.(`${what}: ${what === 'relationships' ? total.relationships : what === 'articles' ? total.articles : total.entities}`);
    }
  };
  await write(graph.entityChunks(chunk), 'entities');
  await write(graph.articleChunks(chunk), 'articles');
  const relStarted = performance.now();
  await write(graph.relationshipChunks(chunk), 'relationships');
  const ended = performance.now();
  return {
    ...total,
    seconds: (ended - started) / 1000,
    relationshipsPerSecond: total.relationships / ((ended - relStarted) / 1000),
  };
}

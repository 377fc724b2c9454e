/** Loads a validated bundle into Neo4j in one transaction, with batched `UNWIND … MERGE`. */
import type { Store } from '../store/gateway.js';
import { upsertArticles, upsertEntities, upsertEvidence, upsertRelationships } from '../store/cypher/upsert-bundle.js';
import { refreshContentHashes } from '../store/content-version.js';
import type { Bundle } from '../article-file/format.js';
import { toRows } from '../article-file/to-rows.js';

const BATCH = 1000;

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

/** What a seed wrote, by kind of record. */
export interface SeedSummary {
  articles: number;
  entities: number;
  relationships: number;
  evidence: number;
}

/**
 * Writes a bundle: all of it in one transaction, or nothing, the content version counting what it
 * changed. Running it twice leaves the same graph (everything is MERGEd on deterministic ids).
 */
export async function seedGraph({
  store,
  bundle,
  recordedBy = 'local',
}: {
  store: Store;
  bundle: Bundle;
  recordedBy?: string;
}): Promise<SeedSummary> {
  const rows = toRows(bundle, recordedBy);
  await store.writeTx(async (tx) => {
    for (const b of batches(rows.articles)) await tx.run(upsertArticles({ rows: b }));
    for (const b of batches(rows.entities)) await tx.run(upsertEntities({ rows: b }));
    for (const [type, list] of rows.relationships) {
      for (const b of batches(list)) {
        const [res] = await tx.run(upsertRelationships({ type, rows: b }));
        if (res?.written !== b.length)
          throw new Error(`Wrote ${String(res?.written)} of ${b.length} ${type} relationships: an endpoint is missing`);
      }
    }
    for (const b of batches(rows.evidence)) await tx.run(upsertEvidence({ rows: b }));
    await refreshContentHashes(tx, {
      articleIds: rows.articles.map((a) => a.id),
      entityIds: rows.entities.map((e) => e.id),
      relationships: [...rows.relationships].flatMap(([type, list]) => list.map((r) => ({ id: r.id, type }))),
    });
  });
  return {
    articles: rows.articles.length,
    entities: rows.entities.length,
    relationships: [...rows.relationships.values()].reduce((n, l) => n + l.length, 0),
    evidence: rows.evidence.length,
  };
}

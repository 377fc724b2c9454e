import { describe, expect, it } from 'vitest';
import type { Tx } from '../../src/store/gateway.js';
import { writeArticlesRemovingPriorClaims } from '../../src/ingest/write-articles-removing-prior-claims.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const ROLLBACK = 'rolled back on purpose';
const SEED_ARTICLE = 'huawei-peru-ai-training-deal';

/** The relationships the seed article's evidence supports: their ends, and whether another article supports them too. */
const SUPPORTED = {
  cypher: `MATCH (ev:Evidence)-[:FROM]->(:Article {id: $id})
MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id = ev.relationshipId
WITH DISTINCT r, s, t
RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, r.contentHash AS contentHash,
  EXISTS { MATCH (:Evidence {relationshipId: r.id})-[:FROM]->(a:Article) WHERE a.id <> $id } AS elsewhere
ORDER BY id`,
  params: { id: SEED_ARTICLE },
};

describe('ingest: writeArticlesRemovingPriorClaims (steps `articles` and `prior evidence`)', () => {
  const graph = useSeededGraph();

  /** Runs `work` in a write transaction of the seeded graph, then rolls it back; returns what it returned. */
  async function rolledBack<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let out: { value: T } | undefined;
    await graph.store
      .writeTx(async (tx) => {
        out = { value: await work(tx) };
        throw new Error(ROLLBACK);
      })
      .catch((err: unknown) => {
        if ((err as Error).message !== ROLLBACK) throw err;
      });
    return out!.value;
  }

  it('writes a new article in one statement and removes nothing', async () => {
    const { sent, prior, stored } = await rolledBack(async (tx) => {
      const sent: string[] = [];
      const recording: Tx = { run: (q) => (sent.push(q.cypher), tx.run(q)) };
      const rows = [{ id: 'test-new-article', props: { source: 'Test Wire', recordedBy: 'test' } }];
      const prior = await writeArticlesRemovingPriorClaims(recording, { articleIds: ['test-new-article'], articleRows: rows });
      const stored = await tx.run({
        cypher: "MATCH (a:Article {id: 'test-new-article'}) RETURN a.source AS source, a.recordedBy AS by",
        params: {},
      });
      return { sent, prior, stored };
    });
    expect(prior).toEqual({ evidence: new Set(), removed: [], relationships: [], removedHashes: new Map() });
    expect(sent).toHaveLength(1);
    expect(stored).toEqual([{ source: 'Test Wire', by: 'test' }]);
  });

  it("removes a re-ingested article's evidence and the relationships nothing else supports, in two statements", async () => {
    const { sent, prior, before, evidenceBefore, left } = await rolledBack(async (tx) => {
      const before = await tx.run(SUPPORTED);
      const evidenceBefore = await tx.run({
        cypher: 'MATCH (ev:Evidence)-[:FROM]->(:Article {id: $id}) RETURN ev.id AS id ORDER BY id',
        params: { id: SEED_ARTICLE },
      });
      const sent: string[] = [];
      const recording: Tx = { run: (q) => (sent.push(q.cypher), tx.run(q)) };
      const prior = await writeArticlesRemovingPriorClaims(recording, {
        articleIds: [SEED_ARTICLE],
        articleRows: [{ id: SEED_ARTICLE, props: {} }],
      });
      const left = await tx.run({
        cypher: 'MATCH ()-[r]->() WHERE r.id IN $ids RETURN r.id AS id ORDER BY id',
        params: { ids: before.map((r) => r.id) },
      });
      return { sent, prior, before, evidenceBefore, left };
    });
    const kept = before.filter((r) => r.elsewhere === true);
    const deleted = before.filter((r) => r.elsewhere === false);
    expect(deleted.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    expect(sent).toHaveLength(2);
    expect([...prior.evidence].sort()).toEqual(evidenceBefore.map((e) => e.id));
    expect([...prior.removed].sort()).toEqual(deleted.map((r) => r.id));
    expect([...prior.relationships].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      before.map(({ id, type, source, target }) => ({ id, type, source, target })),
    );
    expect(prior.removedHashes).toEqual(new Map(deleted.map((r) => [`relationship:${r.id as string}`, r.contentHash])));
    expect(left.map((r) => r.id)).toEqual(kept.map((r) => r.id));
  });
});

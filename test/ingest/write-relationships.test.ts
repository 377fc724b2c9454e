import { describe, expect, it } from 'vitest';
import type { Tx } from '../../src/store/gateway.js';
import { bundleSchema, type Bundle } from '../../src/article-file/format.js';
import { articleRow } from '../../src/article-file/to-rows.js';
import { publicationStarts } from '../../src/domain/known-from.js';
import { relationshipId } from '../../src/domain/ids.js';
import { upsertArticles } from '../../src/store/cypher/upsert-bundle.js';
import { writeRelationships } from '../../src/ingest/write-relationships.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const ROLLBACK = 'rolled back on purpose';
const ARTICLE = 'test-relationships';

const claims = (relationships: unknown[]): Bundle =>
  bundleSchema.parse({
    articles: [{ id: ARTICLE, source: 'Test Wire', publishedAt: '2025-03-03' }],
    entities: [],
    relationships,
  });

describe('ingest: writeRelationships (step `relationships`)', () => {
  const graph = useSeededGraph();

  /** Writes the bundle's article, runs the step on its claims and reads `read`, all rolled back after. */
  async function step(input: Bundle, read = 'RETURN 1 AS one') {
    let out: { sent: string[]; plan: Awaited<ReturnType<typeof writeRelationships>>; rows: Record<string, unknown>[] } | undefined;
    await graph.store
      .writeTx(async (tx) => {
        await tx.run(upsertArticles({ rows: input.articles.map((article) => articleRow({ article, recordedBy: 'test' })) }));
        const sent: string[] = [];
        const recording: Tx = { run: (q) => (sent.push(q.cypher), tx.run(q)) };
        const args = { relationships: input.relationships, published: publicationStarts(input.articles), priorEvidence: new Set<string>() };
        const plan = await writeRelationships(recording, { ...args, keyId: 'test' });
        out = { sent, plan, rows: await tx.run({ cypher: read, params: {} }) };
        throw new Error(ROLLBACK);
      })
      .catch((err: unknown) => {
        if ((err as Error).message !== ROLLBACK) throw err;
      });
    return out!;
  }

  it('creates a new claim with its evidence and knownFrom from its article, in three statements', async () => {
    const id = relationshipId({ type: 'SIGNED', source: 'huawei', target: 'china', validFrom: null, validTo: null, topic: null });
    const { sent, plan, rows } = await step(
      claims([{ type: 'SIGNED', source: 'huawei', target: 'china', evidence: [{ article: ARTICLE, quote: 'Huawei signed with China' }] }]),
      `MATCH (:Entity {id: 'huawei'})-[r:SIGNED]->(:Entity {id: 'china'})
RETURN r.id AS id, r.knownFrom AS knownFrom, r.recordedBy AS recordedBy,
  [(ev:Evidence {relationshipId: r.id})-[:FROM]->(a:Article) | [a.id, ev.quote]] AS evidence`,
    );
    expect(plan.held).toEqual([]);
    expect(plan.created).toEqual([id]);
    expect(plan.corroborated).toEqual([]);
    expect(plan.evidenceAdded).toBe(1);
    expect(sent).toHaveLength(3);
    expect(rows).toEqual([{ id, knownFrom: '2025-03-03', recordedBy: 'test', evidence: [[ARTICLE, 'Huawei signed with China']] }]);
  });

  it('sends no statement for an input without claims', async () => {
    const { sent, plan } = await step(claims([]));
    expect(sent).toEqual([]);
    expect(plan.held).toEqual([]);
    expect(plan.creates).toEqual([]);
    expect(plan.evidenceAdded).toBe(0);
  });

  it('fails rather than write fewer relationships than planned (an end the graph does not hold)', async () => {
    await expect(
      step(claims([{ type: 'SIGNED', source: 'no-such-entity', target: 'china', evidence: [{ article: ARTICLE, quote: 'signed' }] }])),
    ).rejects.toThrow('wrote 0 of 1 relationships: an endpoint is missing');
  });
});

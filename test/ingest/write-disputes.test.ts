import { describe, expect, it } from 'vitest';
import type { Tx } from '../../src/store/gateway.js';
import { writeDisputes } from '../../src/ingest/write-disputes.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const ROLLBACK = 'rolled back on purpose';

describe('ingest: writeDisputes (step `disputes`)', () => {
  const graph = useSeededGraph();

  /** Runs the step on `disputes` and reads the relationships, rolled back after. */
  async function step(disputes: Parameters<typeof writeDisputes>[1], ids: string[]) {
    let out: { sent: string[]; rows: Record<string, unknown>[] } | undefined;
    await graph.store
      .writeTx(async (tx) => {
        const sent: string[] = [];
        const recording: Tx = { run: (q) => (sent.push(q.cypher), tx.run(q)) };
        await writeDisputes(recording, disputes);
        const read = 'MATCH ()-[r]->() WHERE r.id IN $ids RETURN r.id AS id, r.status AS status, r.disputedBy AS disputedBy ORDER BY id';
        out = { sent, rows: await tx.run({ cypher: read, params: { ids } }) };
        throw new Error(ROLLBACK);
      })
      .catch((err: unknown) => {
        if ((err as Error).message !== ROLLBACK) throw err;
      });
    return out!;
  }

  it('marks each relationship DISPUTED by the ones disputing it, in one statement', async () => {
    const [held] = await graph.store.read({
      cypher:
        "MATCH (s:Entity)-[r]->(t:Entity) WHERE r.status IS NULL OR r.status <> 'DISPUTED' RETURN r.id AS id, type(r) AS type, " +
        's.id AS source, t.id AS target ORDER BY id LIMIT 1',
      params: {},
    });
    const { id, type, source, target } = held as { id: string; type: 'SIGNED'; source: string; target: string };
    const { sent, rows } = await step([{ id, type, source, target, by: ['test-variant-a', 'test-variant-b'] }], [id]);
    expect(sent).toHaveLength(1);
    expect(rows).toEqual([{ id, status: 'DISPUTED', disputedBy: ['test-variant-a', 'test-variant-b'] }]);
  });

  it('sends no statement when nothing is disputed', async () => {
    expect((await step([], [])).sent).toEqual([]);
  });
});

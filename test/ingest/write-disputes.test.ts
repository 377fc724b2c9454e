import { describe, expect, it } from 'vitest';
import type { Tx } from '../../src/store/gateway.js';
import { writeDisputes } from '../../src/ingest/write-disputes.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const ROLLBACK = 'rolled back on purpose';

describe('ingest: writeDisputes (step `disputes`)', () => {
  const graph = useSeededGraph();

  /**
   * Runs the step on `disputes` (`split`: the first row in a step of its own before the others) and
   * reads the relationships, rolled back after.
   */
  async function step(disputes: Parameters<typeof writeDisputes>[1], ids: string[], split = false) {
    let out: { sent: string[]; recorded: string[]; rows: Record<string, unknown>[] } | undefined;
    await graph.store
      .writeTx(async (tx) => {
        if (split) await writeDisputes(tx, disputes.slice(0, 1));
        const sent: string[] = [];
        const recording: Tx = { run: (q) => (sent.push(q.cypher), tx.run(q)) };
        const recorded = await writeDisputes(recording, split ? disputes.slice(1) : disputes);
        const read =
          'MATCH ()-[r]->() WHERE r.id IN $ids RETURN r.id AS id, r.status AS status, r.reportedStatus AS reportedStatus, ' +
          'r.disputedBy AS disputedBy ORDER BY id';
        out = { sent, recorded, rows: await tx.run({ cypher: read, params: { ids } }) };
        throw new Error(ROLLBACK);
      })
      .catch((err: unknown) => {
        if ((err as Error).message !== ROLLBACK) throw err;
      });
    return out!;
  }

  it(
    'marks each relationship DISPUTED by the ones disputing it, recording the own status of one disputed first, in one ' + 'statement',
    async () => {
      const [held] = await graph.store.read({
        cypher:
          "MATCH (s:Entity)-[r]->(t:Entity) WHERE r.status IS NULL OR r.status <> 'DISPUTED' RETURN r.id AS id, type(r) AS type, " +
          's.id AS source, t.id AS target, r.status AS status ORDER BY id LIMIT 1',
        params: {},
      });
      const { id, type, source, target, status } = held as { id: string; type: 'SIGNED'; source: string; target: string; status: string };
      const { sent, recorded, rows } = await step([{ id, type, source, target, by: ['test-variant-a', 'test-variant-b'] }], [id]);
      expect(sent).toHaveLength(1);
      expect(recorded).toEqual([id]);
      expect(rows).toEqual([{ id, status: 'DISPUTED', reportedStatus: status, disputedBy: ['test-variant-a', 'test-variant-b'] }]);
    },
  );

  it('records nothing for a relationship that has its own status, or is disputed already', async () => {
    const [held] = await graph.store.read({
      cypher:
        "MATCH (s:Entity)-[r]->(t:Entity) WHERE r.status IS NULL OR r.status <> 'DISPUTED' RETURN r.id AS id, type(r) AS type, " +
        's.id AS source, t.id AS target ORDER BY id LIMIT 1',
      params: {},
    });
    const { id, type, source, target } = held as { id: string; type: 'SIGNED'; source: string; target: string };
    const twice = [
      { id, type, source, target, by: ['test-variant-a'] },
      { id, type, source, target, by: ['test-variant-b'] },
    ];
    const { recorded } = await step(twice, [id], true);
    expect(recorded).toEqual([]);
  });

  it('sends no statement when nothing is disputed', async () => {
    expect((await step([], [])).sent).toEqual([]);
  });
});

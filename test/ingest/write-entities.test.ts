import { describe, expect, it } from 'vitest';
import type { Tx } from '../../src/store/gateway.js';
import { bundleSchema } from '../../src/article-file/format.js';
import { checkInput } from '../../src/ingest/check-input.js';
import { writeEntities } from '../../src/ingest/write-entities.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const ROLLBACK = 'rolled back on purpose';
const CHINA_ALIASES = ['中国', '中华人民共和国', "People's Republic of China", 'PRC'];

const bundle = (entities: unknown[]) =>
  bundleSchema.parse({ articles: [{ id: 'test-entities', source: 'Test Wire', publishedAt: '2025-03' }], entities, relationships: [] });

describe('ingest: writeEntities (step `entities`)', () => {
  const graph = useSeededGraph();

  /** Checks `input`, runs the step on it, reads what `read` returns, then rolls everything back. */
  async function step(input: ReturnType<typeof bundle>, read: string) {
    let out: { sent: string[]; written: Awaited<ReturnType<typeof writeEntities>>; rows: Record<string, unknown>[] } | undefined;
    await graph.store
      .writeTx(async (tx) => {
        const checked = await checkInput(tx, input, 'input');
        expect(checked.problems).toEqual([]);
        const sent: string[] = [];
        const recording: Tx = { run: (q) => (sent.push(q.cypher), tx.run(q)) };
        const written = await writeEntities(recording, { bundle: input, checked, keyId: 'test' });
        out = { sent, written, rows: await tx.run({ cypher: read, params: {} }) };
        throw new Error(ROLLBACK);
      })
      .catch((err: unknown) => {
        if ((err as Error).message !== ROLLBACK) throw err;
      });
    return out!;
  }

  it('creates the new entities and gives an existing one the names it lacked, in two statements', async () => {
    const input = bundle([
      { id: 'minmetals', name: 'Minmetals', type: 'COMPANY', aliases: ['五矿'] },
      { id: 'china', name: 'China', type: 'COUNTRY', aliases: ['Zhongguo', 'PRC'] },
      { id: 'peru-again', name: 'Perú', type: 'COUNTRY' },
    ]);
    const { sent, written, rows } = await step(
      input,
      "MATCH (e:Entity) WHERE e.id IN ['minmetals', 'china', 'peru'] RETURN e.id AS id, e.name AS name, e.aliases AS aliases, " +
        'e.recordedBy AS recordedBy ORDER BY id',
    );
    expect(written).toEqual({
      created: ['minmetals'],
      merged: [
        { inputId: 'china', entityId: 'china', by: 'id' },
        { inputId: 'peru-again', entityId: 'peru', by: 'name' },
      ],
      named: [{ type: 'COUNTRY', name: 'China', aliases: [...CHINA_ALIASES, 'Zhongguo'] }],
      // What it added, for its audit entry: only the alias China lacked.
      namesAdded: [{ entityId: 'china', aliases: ['Zhongguo'], description: null }],
      identifierKeys: [],
    });
    expect(sent).toHaveLength(2);
    expect(rows).toEqual([
      { id: 'china', name: 'China', aliases: [...CHINA_ALIASES, 'Zhongguo'], recordedBy: 'local' },
      { id: 'minmetals', name: 'Minmetals', aliases: ['五矿'], recordedBy: 'test' },
      { id: 'peru', name: 'Peru', aliases: ['Perú', '秘鲁', 'República del Perú', 'Republic of Peru'], recordedBy: 'local' },
    ]);
  });

  it('sends no statement for an input that only names entities the graph holds, under names they have', async () => {
    const { sent, written } = await step(bundle([{ id: 'peru-again', name: 'Perú', type: 'COUNTRY' }]), 'RETURN 1 AS one');
    expect(written).toEqual({
      created: [],
      merged: [{ inputId: 'peru-again', entityId: 'peru', by: 'name' }],
      named: [],
      namesAdded: [],
      identifierKeys: [],
    });
    expect(sent).toEqual([]);
  });

  it('records the aliases it adds and a description it gives an entity that lacked one', async () => {
    const create = "CREATE (:Entity {id: 'bare-co', name: 'Bare Co', type: 'COMPANY', aliases: ['BC']})";
    await graph.store.writeTx((tx) => tx.run({ cypher: create, params: {} }));
    try {
      const { written } = await step(
        bundle([{ id: 'bare-co', name: 'Bare Co', type: 'COMPANY', aliases: ['BC', 'Bare Company'], description: 'A company.' }]),
        'RETURN 1 AS one',
      );
      expect(written.namesAdded).toEqual([{ entityId: 'bare-co', aliases: ['Bare Company'], description: 'A company.' }]);
    } finally {
      await graph.store.writeTx((tx) => tx.run({ cypher: "MATCH (e:Entity {id: 'bare-co'}) DETACH DELETE e", params: {} }));
    }
  });
});

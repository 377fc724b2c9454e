/** The batched look-ups against the seeded graph, through the store's reads and inside a transaction. */
import { describe, expect, it } from 'vitest';
import { batchLookups, toRelationship, type RunQuery } from '../../src/store/batch-lookups.js';
import { evidenceId, relationshipId } from '../../src/domain/ids.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

/** The seed's claim that COSCO owns 60% of Chancay Port, and the one article behind it. */
const OWNS = relationshipId({
  type: 'OWNS',
  source: 'cosco-shipping',
  target: 'chancay-port',
  validFrom: null,
  validTo: null,
  topic: null,
});
const TRADEWINDS = 'tradewindsnews-chancay-cosco-hub';

class Rollback extends Error {}

describe('store: toRelationship', () => {
  it('parses the quantities a read projects as JSON, in place', () => {
    const row = { id: 'owns-1', quantities: '[{"value":60,"unit":"percent","label":"share"}]' };
    const model = toRelationship(row);
    expect(model).toBe(row);
    expect(model.quantities).toEqual([{ value: 60, unit: 'percent', label: 'share' }]);
  });

  it('gives an empty list for no quantities', () => {
    expect(toRelationship({ id: 'a', quantities: null }).quantities).toEqual([]);
    expect(toRelationship({ id: 'b', quantities: '' }).quantities).toEqual([]);
  });
});

describe('store: batchLookups against the seeded graph', () => {
  const graph = useSeededGraph();
  const look = () => batchLookups((q) => graph.store.read(q));

  it('reads entities by id, keyed by the id asked, leaving out the unknown', async () => {
    const got = await look().entitiesByIds(['chancay-port', 'atlantis']);
    expect([...got.keys()]).toEqual(['chancay-port']);
    expect(got.get('chancay-port')).toEqual({
      id: 'chancay-port',
      name: 'Chancay Port',
      type: 'INFRASTRUCTURE',
      aliases: ['Puerto de Chancay', '钱凯港', 'Chancay', 'Port of Chancay'],
      description: 'Port at Lima that forms a controversial part of the Belt and Road investment in Peru.',
      mergedIds: [],
      identifierKeys: [],
    });
    expect((await look().entitiesByIds(['peru'])).get('peru')?.identifierKeys).toEqual(['ISO3166:PE']);
  });

  it('reads relationships by id with their quantities parsed', async () => {
    const got = await look().relationshipsByIds([OWNS, 'owns-0000000000000000', 'nonsense']);
    expect([...got.keys()]).toEqual([OWNS]);
    expect(got.get(OWNS)).toEqual({
      id: OWNS,
      type: 'OWNS',
      sourceId: 'cosco-shipping',
      targetId: 'chancay-port',
      topic: null,
      role: null,
      validFrom: null,
      validTo: null,
      status: 'REPORTED',
      quantities: [{ value: 60, unit: 'percent', label: 'share of Chancay Port owned' }],
      // Its one article has no publication date: the claim is not known from any date.
      knownFrom: null,
      note: 'The report gives no date from which the stake has been held.',
    });
  });

  it('reads evidence and source counts of every relationship asked, empty and zero for the unknown', async () => {
    const ids = [OWNS, 'owns-0000000000000000'];
    const evidence = await look().evidenceByRelationshipIds(ids);
    expect([...evidence.keys()]).toEqual(ids);
    const quote = 'China Cosco Shipping owns 60% of Chancay Port, which was built as part of the Belt and Road Initiative';
    expect(evidence.get(OWNS)).toEqual([
      { id: evidenceId(OWNS, TRADEWINDS, quote), quote, articleId: TRADEWINDS, relationshipId: OWNS, publishedStart: null },
    ]);
    expect(evidence.get('owns-0000000000000000')).toEqual([]);
    expect(await look().sourceCounts(ids)).toEqual(
      new Map([
        [OWNS, 1],
        ['owns-0000000000000000', 0],
      ]),
    );
  });

  it('reads articles, degrees and the relationships each article supports', async () => {
    const articles = await look().articlesByIds([TRADEWINDS, 'no-such-article']);
    expect([...articles.keys()]).toEqual([TRADEWINDS]);
    expect(articles.get(TRADEWINDS)).toEqual({
      id: TRADEWINDS,
      title: 'Xi leads celebrations for Peru port set to create Cosco Shipping hub',
      source: 'TradeWinds',
      url: 'https://tradewindsnews.com/ports/xi-leads-celebrations-for-1-3bn-peru-port-set-to-create-cosco-shipping-hub/2-1-1739745',
      publishedAt: null,
      language: 'en',
      note:
        'The title is reconstructed from the URL and may differ from the published headline. The publication date is not ' +
        'known from the available material.',
    });
    const [{ degree }] = (await graph.store.read({
      cypher: "MATCH (e:Entity {id: 'chancay-port'})-[r]-(:Entity) RETURN count(r) AS degree",
      params: {},
    })) as [{ degree: number }];
    expect(await look().degrees(['chancay-port', 'atlantis'])).toEqual(new Map([['chancay-port', degree]]));
    const supported = (
      await graph.store.read({
        cypher: 'MATCH (ev:Evidence)-[:FROM]->(:Article {id: $id}) RETURN DISTINCT ev.relationshipId AS id ORDER BY id',
        params: { id: TRADEWINDS },
      })
    ).map((r) => r.id as string);
    expect(supported).toContain(OWNS);
    expect(await look().relationshipIdsOfArticles([TRADEWINDS, 'no-such-article'])).toEqual(
      new Map([
        [TRADEWINDS, supported],
        ['no-such-article', []],
      ]),
    );
  });

  /** Runs `work` in a write transaction that is then rolled back, and returns what it returned. */
  const rolledBack = async <T>(work: (run: RunQuery) => Promise<T>): Promise<T> => {
    let out: T | undefined;
    await expect(
      graph.store.writeTx(async (tx) => {
        out = await work((q) => tx.run(q));
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    return out!;
  };

  it('finds an entity by an id merged into it, keyed by that id', async () => {
    const got = await rolledBack(async (run) => {
      await run({ cypher: "MATCH (e:Entity {id: 'chancay-port'}) SET e.mergedIds = ['old-chancay']", params: {} });
      return batchLookups(run).entitiesByIds(['old-chancay', 'chancay-port']);
    });
    expect([...got.keys()].sort()).toEqual(['chancay-port', 'old-chancay']);
    expect(got.get('old-chancay')).toEqual({ ...got.get('chancay-port'), mergedIds: ['old-chancay'] });
    expect((await look().entitiesByIds(['old-chancay'])).size).toBe(0);
  });

  it('sees the uncommitted writes of the transaction it runs in', async () => {
    const seen = await rolledBack(async (run) => {
      await run({ cypher: "CREATE (:Entity {id: 'batch-lookups-co', name: 'Batch Lookups Co', type: 'COMPANY'})", params: {} });
      return batchLookups(run).entitiesByIds(['batch-lookups-co']);
    });
    expect(seen).toEqual(
      new Map([
        [
          'batch-lookups-co',
          {
            id: 'batch-lookups-co',
            name: 'Batch Lookups Co',
            type: 'COMPANY',
            aliases: [],
            description: null,
            mergedIds: [],
            identifierKeys: [],
          },
        ],
      ]),
    );
    expect((await look().entitiesByIds(['batch-lookups-co'])).size).toBe(0);
  });
});

/**
 * The content version against Neo4j: what each write adds to it, read back as the sum of the
 * version nodes, and counted from scratch for a database that has none.
 */
import { describe, expect, it } from 'vitest';
import type { Query, Tx } from '../../src/store/gateway.js';
import {
  contentVersionIn,
  ensureContentVersion,
  readContentVersion,
  refreshContentHashes,
  resetContentVersion,
  storedContentHashes,
} from '../../src/store/content-version.js';
import { EMPTY_SUMS, addSums, entityHash, hashWords, versionHex } from '../../src/domain/content-hash.js';
import { VERSION_SHARDS, shardId } from '../../src/store/cypher/content-version.js';
import { relationshipId } from '../../src/domain/ids.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const EMPTY = versionHex(EMPTY_SUMS);
const NEW_ENTITY = { id: 'content-version-co', name: 'Content Version Company', type: 'COMPANY' };
const NEW_HASH = entityHash({ ...NEW_ENTITY, aliases: null, description: null, mergedIds: null });
/** The seed's claim that COSCO owns 60% of Chancay Port, by id, type and ends. */
const OWNS = {
  id: relationshipId({ type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', validFrom: null, validTo: null, topic: null }),
  type: 'OWNS',
  source: 'cosco-shipping',
  target: 'chancay-port',
};
const NONE = { entityIds: [], articleIds: [], relationships: [] };

/** `tx` that counts the statements sent through it. */
const counting = (tx: Tx): Tx & { sent: Query[] } => {
  const sent: Query[] = [];
  return {
    sent,
    run: (q) => {
      sent.push(q);
      return tx.run(q);
    },
  };
};

describe('store: content version', () => {
  const graph = useSeededGraph({ seed: 'each' });
  const version = () => readContentVersion(graph.store);

  it('adds exactly a new item’s hash, and takes it out again with the hash it held before a delete', async () => {
    const seeded = await version();
    expect(seeded).not.toBe(EMPTY);
    await graph.store.writeTx(async (tx) => {
      await tx.run({ cypher: 'CREATE (:Entity {id: $id, name: $name, type: $type})', params: NEW_ENTITY });
      await refreshContentHashes(tx, { ...NONE, entityIds: [NEW_ENTITY.id] });
    });
    expect(await version()).toBe(versionHex(addSums(hashWords(seeded), hashWords(NEW_HASH))));
    await graph.store.writeTx(async (tx) => {
      const before = await storedContentHashes(tx, { ...NONE, entityIds: [NEW_ENTITY.id] });
      expect([...before]).toEqual([[`entity:${NEW_ENTITY.id}`, NEW_HASH]]);
      await tx.run({ cypher: 'MATCH (e:Entity {id: $id}) DELETE e', params: { id: NEW_ENTITY.id } });
      await refreshContentHashes(tx, { ...NONE, entityIds: [NEW_ENTITY.id], before });
    });
    expect(await version()).toBe(seeded);
  });

  it('reads inside a transaction the version its writes make, rolled back or committed', async () => {
    const seeded = await version();
    const added = versionHex(addSums(hashWords(seeded), hashWords(NEW_HASH)));
    const write = async (tx: Tx): Promise<string> => {
      expect(await contentVersionIn(tx)).toBe(seeded);
      await tx.run({ cypher: 'CREATE (:Entity {id: $id, name: $name, type: $type})', params: NEW_ENTITY });
      await refreshContentHashes(tx, { ...NONE, entityIds: [NEW_ENTITY.id] });
      return contentVersionIn(tx);
    };
    const rolledBack = await graph.store
      .writeTx(async (tx) => {
        throw new Error(await write(tx));
      })
      .catch((err: unknown) => (err as Error).message);
    expect(rolledBack).toBe(added);
    expect(await version()).toBe(seeded);
    expect(await graph.store.writeTx(write)).toBe(added);
    expect(await version()).toBe(added);
  });

  it('gives the version back when a change is undone, and sends one statement for a write that changes nothing', async () => {
    const seeded = await version();
    const setDescription = (tx: Tx, description: string | null) =>
      tx.run({ cypher: "MATCH (e:Entity {id: 'peru'}) SET e.description = $description", params: { description } });
    const [{ description }] = (await graph.store.read({
      cypher: "MATCH (e:Entity {id: 'peru'}) RETURN e.description AS description",
      params: {},
    })) as [{ description: string }];
    await graph.store.writeTx(async (tx) => {
      await setDescription(tx, 'changed');
      await refreshContentHashes(tx, { ...NONE, entityIds: ['peru'] });
    });
    const changed = await version();
    expect(changed).not.toBe(seeded);
    await graph.store.writeTx(async (tx) => {
      await setDescription(tx, description);
      await refreshContentHashes(tx, { ...NONE, entityIds: ['peru', 'peru'] });
    });
    expect(await version()).toBe(seeded);
    const sent = await graph.store.writeTx(async (tx) => {
      const counted = counting(tx);
      await refreshContentHashes(counted, {
        entityIds: ['peru', 'atlantis'],
        articleIds: ['tradewindsnews-chancay-cosco-hub'],
        relationships: [OWNS],
      });
      return counted.sent.length;
    });
    expect(sent).toBe(1);
    expect(await version()).toBe(seeded);
  });

  it('keeps the sums on version nodes of known ids, and reads the version as the sum of every node', async () => {
    const seeded = await version();
    const ids = Array.from({ length: VERSION_SHARDS }, (_, i) => shardId(i));
    const held = (await graph.store.read({ cypher: 'MATCH (v:DataVersion) RETURN v.id AS id', params: {} })).map((r) => r.id as string);
    expect(held.length).toBeGreaterThan(0);
    expect(held.filter((id) => !ids.includes(id))).toEqual([]);
    const extra = [1, 0, 0, 0, 0, 0, 0, 2 ** 32 - 1];
    await graph.store.writeTx((tx) =>
      tx.run({ cypher: "CREATE (:DataVersion {id: 'content-version-test', sums: $extra})", params: { extra } }),
    );
    expect(await version()).toBe(versionHex(addSums(hashWords(seeded), extra)));
  });

  it('resets to the empty version on one node, and counts the whole graph when no node holds a version', async () => {
    const seeded = await version();
    expect(await ensureContentVersion(graph.store)).toBe(false);
    await resetContentVersion(graph.store);
    expect(await version()).toBe(EMPTY);
    expect(await graph.store.read({ cypher: 'MATCH (v:DataVersion) RETURN v.id AS id, v.sums AS sums', params: {} })).toEqual([
      { id: 'graph', sums: EMPTY_SUMS },
    ]);
    await graph.store.writeTx((tx) => tx.run({ cypher: 'MATCH (v:DataVersion) DELETE v', params: {} }));
    expect(await version()).toBe(EMPTY);
    expect(await ensureContentVersion(graph.store)).toBe(true);
    expect(await version()).toBe(seeded);
    expect(await ensureContentVersion(graph.store)).toBe(false);
  });

  it('reads the stored hashes of relationships alike by their ends and by their typed ids, null for what the graph lacks', async () => {
    const items = {
      entityIds: ['peru', 'atlantis'],
      articleIds: ['no-such-article'],
      relationships: [OWNS, { id: 'owns-0000000000000000', type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port' }],
    };
    const [byEnds, byTypedId] = await graph.store.writeTx(async (tx) => [
      await storedContentHashes(tx, items),
      await storedContentHashes(tx, { ...items, relationships: items.relationships.map(({ id, type }) => ({ id, type })) }),
    ]);
    expect(byTypedId).toEqual(byEnds);
    expect([...byEnds.keys()]).toEqual([
      'entity:peru',
      'entity:atlantis',
      'article:no-such-article',
      `relationship:${OWNS.id}`,
      'relationship:owns-0000000000000000',
    ]);
    expect([...byEnds.values()].map((h) => (h === null ? null : /^[0-9a-f]{64}$/.test(h)))).toEqual([true, null, null, true, null]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { comparePaths, pathReads } from '../../src/store/path-reads.js';
import { NO_FILTER } from '../../src/store/cypher/fragments.js';
import type { PathModel, RelationshipModel } from '../../src/domain/models.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

/** A relationship with only what ordering paths reads: its id and status. */
const rel = (id: string, status = 'REPORTED'): RelationshipModel =>
  ({ id, type: 'SIGNED', sourceId: 'x', targetId: 'y', status }) as RelationshipModel;
const path = (...relationships: RelationshipModel[]): PathModel => ({ nodeIds: [], relationships });

describe('store: comparePaths', () => {
  it('orders paths by hops, then by claims that are not firm, then by relationship ids', () => {
    const oneHop = path(rel('z'));
    const firm = path(rel('a'), rel('z'));
    const firmLater = path(rel('c'), rel('d', 'CONFIRMED'));
    const disputed = path(rel('a'), rel('b', 'DISPUTED'));
    const planned = path(rel('a', 'PLANNED'), rel('b', 'REVERSED'));
    expect([planned, disputed, firmLater, oneHop, firm].sort(comparePaths)).toEqual([oneHop, firm, firmLater, disputed, planned]);
    expect(comparePaths(firm, path(rel('a'), rel('z')))).toBe(0);
  });
});

describe('store: pathReads against the seeded graph', () => {
  const graph = useSeededGraph();
  let reads: ReturnType<typeof pathReads>;
  beforeAll(() => {
    reads = pathReads(graph.store);
  });

  it('connects entities by the union of a shortest path between each pair, the entities asked first', async () => {
    const ids = ['huawei', 'cosco-shipping', 'china'];
    const pairs = [
      ['huawei', 'cosco-shipping'],
      ['huawei', 'china'],
      ['cosco-shipping', 'china'],
    ] as const;
    const union = new Map<string, RelationshipModel>();
    for (const [from, to] of pairs) {
      const [best] = await reads.paths({ from, to, maxHops: 4, filter: NO_FILTER, k: 1 });
      for (const r of best?.relationships ?? []) if (!union.has(r.id)) union.set(r.id, r);
    }
    const rels = [...union.values()];
    expect(rels.length).toBeGreaterThan(1);
    const got = await reads.connections({ ids, maxHops: 4, filter: NO_FILTER, cap: 100 });
    expect(got.relationships).toEqual(rels);
    expect(got.truncated).toBe(false);
    expect(got.nodeIds.slice(0, 3)).toEqual(ids);
    expect(new Set(got.nodeIds)).toEqual(new Set([...ids, ...rels.flatMap((r) => [r.sourceId, r.targetId])]));

    const cut = await reads.connections({ ids: [...ids, 'atlantis'], maxHops: 4, filter: NO_FILTER, cap: 1 });
    expect(cut.relationships).toEqual(rels.slice(0, 1));
    expect(cut.truncated).toBe(true);
    expect(cut.nodeIds).toEqual([...new Set([...ids, rels[0]!.sourceId, rels[0]!.targetId])]);
  });

  it('gives k shortest paths in the order comparePaths sets, each between the two entities', async () => {
    const got = await reads.paths({ from: 'dina-boluarte', to: 'cosco-shipping', maxHops: 3, filter: NO_FILTER, k: 10 });
    expect(got.length).toBeGreaterThan(1);
    expect(got.length).toBeLessThanOrEqual(10);
    expect(got).toEqual([...got].sort(comparePaths));
    for (const p of got) expect([p.nodeIds[0], p.nodeIds.at(-1)]).toEqual(['dina-boluarte', 'cosco-shipping']);
    const [best] = await reads.paths({ from: 'dina-boluarte', to: 'cosco-shipping', maxHops: 3, filter: NO_FILTER, k: 1 });
    expect(best!.relationships).toHaveLength(got[0]!.relationships.length);
  });

  it('answers no path, and no neighbourhood, for an entity the graph lacks', async () => {
    expect(await reads.paths({ from: 'atlantis', to: 'peru', maxHops: 3, filter: NO_FILTER, k: 1 })).toEqual([]);
    expect(await reads.paths({ from: 'atlantis', to: 'peru', maxHops: 3, filter: NO_FILTER, k: 3 })).toEqual([]);
    expect(await reads.neighborhood({ id: 'atlantis', depth: 1, filter: NO_FILTER, limit: 5 })).toBeUndefined();
  });
});

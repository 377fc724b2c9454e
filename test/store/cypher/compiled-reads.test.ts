import { beforeAll, describe, expect, it } from 'vitest';
import { createReader, type Reader } from '../../../src/store/reader.js';
import * as cr from '../../../src/store/cypher/compiled-reads.js';
import { NO_FILTER, type EdgeFilter } from '../../../src/store/cypher/fragments.js';
import type { RelationType } from '../../../src/domain/vocabulary.js';
import type { EvidenceModel } from '../../../src/domain/models.js';
import { useSeededGraph } from '../../helpers/use-seeded-graph.js';

const ALL: cr.RelationshipDetails = { endpoints: true, endpointDegrees: true, evidence: true, articles: true, sourceCount: true };
const page = (p: Partial<cr.PageSpec> = {}): cr.PageSpec => ({ direction: 'BOTH', after: null, limit: 21, withTotal: false, ...p });

describe('compiled reads: one text per shape, only what is selected', () => {
  it('leaves out of the text every detail nobody selected', () => {
    const bare = cr.entityRead({ id: 'x', degree: false, pages: [], details: cr.NO_DETAILS }).cypher;
    expect(bare).not.toMatch(/COUNT|Evidence|\bCALL \(e\)/);
    const withPage = cr.entityRead({ id: 'x', degree: false, pages: [page()], details: cr.NO_DETAILS }).cypher;
    expect(withPage.match(/CALL \(e\)/g)).toHaveLength(1);
    expect(withPage).not.toMatch(/Evidence|COUNT/);
    const counted = cr.entityRead({
      id: 'x',
      degree: true,
      pages: [page({ withTotal: true })],
      details: { ...cr.NO_DETAILS, evidence: true },
    }).cypher;
    expect(counted).toMatch(/COUNT \{ \(e\)-\[\]-\(\) \} AS total0/);
    expect(counted).toMatch(/COUNT \{ \(e\)--\(\) \} AS degree/);
    expect(counted).toMatch(/Evidence/);
    expect(counted).not.toMatch(/collect\(DISTINCT a|toLower\(a\.source\)/);
  });

  it('gives equal texts for equal shapes: values are parameters, type lists are sorted', () => {
    const a = cr.entityRead({
      id: 'a',
      degree: false,
      pages: [page({ types: ['VISITED', 'SIGNED'] as RelationType[], after: 'x', limit: 3 })],
      details: ALL,
    });
    const b = cr.entityRead({
      id: 'b',
      degree: false,
      pages: [page({ types: ['SIGNED', 'VISITED', 'SIGNED'] as RelationType[], limit: 51 })],
      details: ALL,
    });
    expect(a.cypher).toBe(b.cypher);
    expect(a.params).not.toEqual(b.params);
    const n1 = cr.neighborhoodRead({
      id: 'a',
      depth: 2,
      filter: { ...NO_FILTER, types: ['VISITED', 'SIGNED'] as RelationType[] },
      limit: 5,
      nodes: null,
      details: cr.NO_DETAILS,
    });
    const n2 = cr.neighborhoodRead({
      id: 'b',
      depth: 2,
      filter: { ...NO_FILTER, types: ['SIGNED', 'VISITED'] as RelationType[] },
      limit: 50,
      nodes: null,
      details: cr.NO_DETAILS,
    });
    expect(n1.cypher).toBe(n2.cypher);
    // A filter in use is part of the shape (its condition is in the text); its values are not.
    const reported = cr.neighborhoodRead({
      id: 'b',
      depth: 2,
      filter: { ...NO_FILTER, statuses: ['REPORTED'] },
      limit: 50,
      nodes: null,
      details: cr.NO_DETAILS,
    });
    const planned = cr.neighborhoodRead({
      id: 'b',
      depth: 2,
      filter: { ...NO_FILTER, statuses: ['PLANNED', 'DISPUTED'] },
      limit: 50,
      nodes: null,
      details: cr.NO_DETAILS,
    });
    expect(reported.cypher).toBe(planned.cypher);
    expect(reported.cypher).not.toBe(n2.cypher.replace(':SIGNED|VISITED', ''));
    expect(n2.cypher).not.toMatch(/asOf|window|statuses/);
  });

  it('writes one breadth-first level per hop and one firm-path branch per length above one', () => {
    for (const depth of [1, 2, 3]) {
      const q = cr.neighborhoodRead({
        id: 'a',
        depth,
        filter: NO_FILTER,
        limit: 50,
        nodes: { degree: false },
        details: cr.NO_DETAILS,
      }).cypher;
      expect(q.match(/UNWIND CASE WHEN truncated/g)).toHaveLength(depth);
    }
    expect(
      cr.shortestPathRead({ from: 'a', to: 'b', maxHops: 1, filter: NO_FILTER, nodes: null, details: cr.NO_DETAILS }).cypher,
    ).not.toMatch(/firmNodes/);
    const four = cr.shortestPathRead({ from: 'a', to: 'b', maxHops: 4, filter: NO_FILTER, nodes: null, details: cr.NO_DETAILS }).cypher;
    expect(four.match(/WHERE len = \d/g)).toEqual(['WHERE len = 2', 'WHERE len = 3', 'WHERE len = 4']);
    // A filter that allows no firm status leaves out the firm search.
    expect(
      cr.shortestPathRead({
        from: 'a',
        to: 'b',
        maxHops: 4,
        filter: { ...NO_FILTER, statuses: ['DISPUTED'] },
        nodes: null,
        details: cr.NO_DETAILS,
      }).cypher,
    ).not.toMatch(/firmNodes/);
  });
});

/** Evidence lists without the article each item carries (the look-up gives only its id). */
const withoutArticles = (m: ReadonlyMap<string, EvidenceModel[]>): Map<string, EvidenceModel[]> =>
  new Map(
    [...m].map(([k, list]) => [
      k,
      list.map((ev) => Object.fromEntries(Object.entries(ev).filter(([f]) => f !== 'article')) as unknown as EvidenceModel),
    ]),
  );

interface Rel {
  id: string;
  sourceId: string;
  targetId: string;
  status: string;
}

describe('compiled reads against Neo4j: the answers of the look-ups they replace', () => {
  const graph = useSeededGraph();
  let reader: Reader;
  let rels: Rel[];
  let entityIds: string[];

  beforeAll(async () => {
    reader = createReader(graph.store);
    rels = (await graph.store.read({
      cypher: 'MATCH (s:Entity)-[r]->(t:Entity) RETURN r.id AS id, s.id AS sourceId, t.id AS targetId, r.status AS status',
      params: {},
    })) as unknown as Rel[];
    entityIds = (
      (await graph.store.read({ cypher: 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id', params: {} })) as { id: string }[]
    ).map((r) => r.id);
  });

  /**
   * An independent breadth-first search in memory: level by level, of the relationships of the
   * frontier not taken yet, the lowest ids up to the room left; entities in the order reached.
   * It reads every relationship of an entity; the store reads at most `room + 1` of each frontier
   * entity, in the order it keeps them, so when one has more than that the answer depends on
   * that order: `ambiguous` then.
   */
  function bfs(
    id: string,
    depth: number,
    limit: number,
    keep: (r: Rel) => boolean,
  ): { nodeIds: string[]; relIds: string[]; truncated: boolean; ambiguous: boolean } {
    const nodes = [id];
    const taken: Rel[] = [];
    let frontier = [id];
    let truncated = false;
    let ambiguous = false;
    for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
      const room = limit - taken.length;
      const found = [
        ...new Map(
          rels
            .filter((r) => keep(r) && !taken.includes(r) && (frontier.includes(r.sourceId) || frontier.includes(r.targetId)))
            .map((r) => [r.id, r]),
        ).values(),
      ].sort((a, b) => (a.id < b.id ? -1 : 1));
      if (found.length > room) truncated = true;
      const candidates = (f: string): number => found.filter((r) => r.sourceId === f || r.targetId === f).length;
      if (frontier.some((f) => candidates(f) > room + 1)) ambiguous = true;
      const kept = found.slice(0, room);
      const next: string[] = [];
      for (const r of kept) {
        taken.push(r);
        for (const n of [r.sourceId, r.targetId]) {
          if (nodes.includes(n)) continue;
          nodes.push(n);
          next.push(n);
        }
      }
      frontier = next;
    }
    return { nodeIds: nodes, relIds: taken.map((r) => r.id), truncated, ambiguous };
  }

  it('reads neighbourhoods as an in-memory breadth-first search does, cut or not, at every depth', async () => {
    const maxDegree = Math.max(...entityIds.map((id) => rels.filter((r) => r.sourceId === id || r.targetId === id).length));
    const filters: [EdgeFilter, (r: Rel) => boolean][] = [
      [NO_FILTER, () => true],
      [{ ...NO_FILTER, statuses: ['REPORTED'] }, (r) => r.status === 'REPORTED'],
    ];
    let cut = 0;
    let compared = 0;
    for (const id of entityIds) {
      for (const depth of [1, 2, 3]) {
        for (const limit of [maxDegree - 1, maxDegree + 4, 60]) {
          for (const [filter, keep] of filters) {
            const got = await reader.neighborhood({ id, depth, filter, limit });
            const { ambiguous, ...want } = bfs(id, depth, limit, keep);
            const answer = { nodeIds: got!.nodeIds, relIds: got!.relationships.map((r) => r.id), truncated: got!.truncated };
            if (ambiguous) {
              // Which relationships fill the last level depends on storage order; the cut does not.
              expect(answer.truncated).toBe(true);
              expect(answer.relIds).toHaveLength(limit);
              continue;
            }
            expect(answer, `${id} depth ${depth} limit ${limit}`).toEqual(want);
            if (want.truncated) cut++;
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(entityIds.length * 12);
    expect(cut).toBeGreaterThan(10);
    expect(await reader.neighborhood({ id: 'atlantis', depth: 2, filter: NO_FILTER, limit: 50 })).toBeUndefined();
  });

  it('finds the same shortest path as the two-statement search, and the same details as the look-ups', async () => {
    let found = 0;
    // Every other pair, in both directions in turn.
    const pairs = entityIds
      .flatMap((a, i) => entityIds.slice(i + 1).map((b, j): [string, string] => ((i + j) % 4 === 0 ? [a, b] : [b, a])))
      .filter((_, k) => k % 2 === 0);
    for (const [from, to] of pairs) {
      for (const [maxHops, filter] of [
        [4, NO_FILTER],
        [2, NO_FILTER],
        [4, { ...NO_FILTER, statuses: ['REPORTED', 'DISPUTED', 'PLANNED'] }],
      ] as const) {
        const [want] = await reader.paths({ from, to, maxHops, filter, k: 1 });
        const got = await reader.shortestPathRead({ from, to, maxHops, filter, nodes: { degree: true }, details: ALL });
        expect(got?.path, `${from} → ${to} within ${maxHops}`).toEqual(want);
        if (!got) continue;
        found++;
        const ids = got.path.relationships.map((r) => r.id);
        expect(withoutArticles(got.view.evidence!)).toEqual(await reader.evidenceByRelationshipIds(ids));
        expect(got.view.sourceCounts).toEqual(await reader.sourceCounts(ids));
        expect(got.view.degrees).toEqual(await reader.degrees(got.path.nodeIds));
      }
    }
    expect(found).toBeGreaterThan(50);
  });

  it('reads an entity with its pages, degree and details as the look-ups do', async () => {
    for (const id of entityIds) {
      const pages = [
        page({ limit: 6, withTotal: true }),
        page({ direction: 'OUT', limit: 100 }),
        page({ direction: 'IN', types: ['VISITED', 'SIGNED'] as RelationType[], limit: 3, withTotal: true }),
      ];
      const got = await reader.entityRead({ id, degree: true, pages, details: ALL });
      expect(got?.entity).toEqual((await reader.entitiesByIds([id])).get(id));
      for (const [i, p] of pages.entries())
        expect(got?.pages[i], `${id} page ${i}`).toEqual((await reader.entityRelationships({ ids: [id], ...p })).get(id));
      const relIds = [...new Set(got!.pages.flatMap((p) => p.items.map((r) => r.id)))];
      expect(got!.view.degrees!.get(id)).toBe((await reader.degrees([id])).get(id));
      if (relIds.length === 0) continue;
      expect(withoutArticles(got!.view.evidence!)).toEqual(await reader.evidenceByRelationshipIds(relIds));
      const articleIds = [...new Set([...got!.view.evidence!.values()].flat().map((e) => e.articleId))];
      expect(new Map([...got!.view.articles!].sort())).toEqual(new Map([...(await reader.articlesByIds(articleIds))].sort()));
    }
    expect(await reader.entityRead({ id: 'atlantis', degree: true, pages: [page()], details: ALL })).toBeNull();
  });

  it('finds an entity by an id merged into it', async () => {
    await graph.store.writeTx((tx) =>
      tx.run({ cypher: "MATCH (e:Entity {id: 'chancay-port'}) SET e.mergedIds = ['puerto-chancay-old']", params: {} }),
    );
    try {
      const got = await reader.entityRead({ id: 'puerto-chancay-old', degree: false, pages: [], details: cr.NO_DETAILS });
      expect(got?.entity.id).toBe('chancay-port');
    } finally {
      await graph.store.writeTx((tx) => tx.run({ cypher: "MATCH (e:Entity {id: 'chancay-port'}) REMOVE e.mergedIds", params: {} }));
    }
  });
});

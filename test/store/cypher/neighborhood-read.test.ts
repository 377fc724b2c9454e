import { beforeAll, describe, expect, it } from 'vitest';
import { createReader, type Reader } from '../../../src/store/reader.js';
import { neighborhoodRead } from '../../../src/store/cypher/neighborhood-read.js';
import { NO_DETAILS } from '../../../src/store/cypher/relationship-details.js';
import { NO_FILTER, type EdgeFilter } from '../../../src/store/cypher/fragments.js';
import type { RelationType } from '../../../src/domain/vocabulary.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';
import { HOSTILE_FILTER } from '../../helpers/edge-filter-shape.js';
import { useSeededGraph } from '../../helpers/use-seeded-graph.js';

describe('store: neighborhoodRead, one text per shape', () => {
  it('gives equal texts for equal shapes: values are parameters, type lists are sorted', () => {
    const n1 = neighborhoodRead({
      id: 'a',
      depth: 2,
      filter: { ...NO_FILTER, types: ['VISITED', 'SIGNED'] as RelationType[] },
      limit: 5,
      nodes: null,
      details: NO_DETAILS,
    });
    const n2 = neighborhoodRead({
      id: 'b',
      depth: 2,
      filter: { ...NO_FILTER, types: ['SIGNED', 'VISITED'] as RelationType[] },
      limit: 50,
      nodes: null,
      details: NO_DETAILS,
    });
    expect(n1.cypher).toBe(n2.cypher);
    // A filter in use is part of the shape (its condition is in the text); its values are not.
    const reported = neighborhoodRead({
      id: 'b',
      depth: 2,
      filter: { ...NO_FILTER, statuses: ['REPORTED'] },
      limit: 50,
      nodes: null,
      details: NO_DETAILS,
    });
    const planned = neighborhoodRead({
      id: 'b',
      depth: 2,
      filter: { ...NO_FILTER, statuses: ['PLANNED', 'DISPUTED'] },
      limit: 50,
      nodes: null,
      details: NO_DETAILS,
    });
    expect(reported.cypher).toBe(planned.cypher);
    expect(reported.cypher).not.toBe(n2.cypher.replace(':SIGNED|VISITED', ''));
    expect(n2.cypher).not.toMatch(/asOf|window|statuses/);
  });

  it('writes one breadth-first level per hop', () => {
    for (const depth of [1, 2, 3]) {
      const q = neighborhoodRead({
        id: 'a',
        depth,
        filter: NO_FILTER,
        limit: 50,
        nodes: { degree: false },
        details: NO_DETAILS,
      }).cypher;
      expect(q.match(/UNWIND CASE WHEN truncated/g)).toHaveLength(depth);
    }
  });

  it('refuses a depth that is not 1, 2 or 3 before writing a text, and passes every value as a parameter', () => {
    const read = (depth: number) => () =>
      neighborhoodRead({ id: 'a', depth, filter: NO_FILTER, limit: 5, nodes: null, details: NO_DETAILS });
    for (const bad of [0, 4, 1.5, Number.NaN]) expect(read(bad)).toThrow(`depth out of range: ${bad}`);
    expect(read(3)).not.toThrow();
    const q = neighborhoodRead({ id: HOSTILE, depth: 2, filter: HOSTILE_FILTER, limit: 7, nodes: { degree: true }, details: NO_DETAILS });
    expectOnlyInParams(q);
    expect(q.params).toMatchObject({ id: HOSTILE, limit: 7, read: 8 });
  });

  it('returns the node ids, the relationships and the cut, and the entity rows of the nodes when they are selected', () => {
    const bare = neighborhoodRead({ id: 'a', depth: 1, filter: NO_FILTER, limit: 5, nodes: null, details: NO_DETAILS }).cypher;
    expect(bare).toMatch(/\nRETURN \[n IN nodes \| n\.id\] AS nodeIds, \[x IN rels \| \{[^\n]*\}\] AS rels, truncated$/);
    const withNodes = neighborhoodRead({ id: 'a', depth: 1, filter: NO_FILTER, limit: 5, nodes: { degree: true }, details: NO_DETAILS });
    expect(withNodes.cypher).toMatch(
      /, truncated, \[n IN nodes \| \{entity: n \{[^\n]*\}, degree: COUNT \{ \(n\)--\(\) \}\}\] AS endpoints$/,
    );
  });
});

interface Rel {
  id: string;
  sourceId: string;
  targetId: string;
  status: string;
}

describe('store: neighborhoodRead against Neo4j, the answers of a breadth-first search', () => {
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
});

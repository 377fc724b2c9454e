import { beforeAll, describe, expect, it } from 'vitest';
import { createReader, type Reader } from '../../../src/store/reader.js';
import { shortestPathRead } from '../../../src/store/cypher/shortest-path-read.js';
import { NO_DETAILS } from '../../../src/store/cypher/relationship-details.js';
import { NO_FILTER } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';
import { HOSTILE_FILTER } from '../../helpers/edge-filter-shape.js';
import { ALL_DETAILS, withoutArticles } from '../../helpers/details-fixtures.js';
import { useSeededGraph } from '../../helpers/use-seeded-graph.js';

describe('store: shortestPathRead, one text per shape', () => {
  it('writes one firm-path branch per length above one', () => {
    expect(shortestPathRead({ from: 'a', to: 'b', maxHops: 1, filter: NO_FILTER, nodes: null, details: NO_DETAILS }).cypher).not.toMatch(
      /firmNodes/,
    );
    const four = shortestPathRead({ from: 'a', to: 'b', maxHops: 4, filter: NO_FILTER, nodes: null, details: NO_DETAILS }).cypher;
    expect(four.match(/WHERE len = \d/g)).toEqual(['WHERE len = 2', 'WHERE len = 3', 'WHERE len = 4']);
    // A filter that allows no firm status leaves out the firm search.
    expect(
      shortestPathRead({
        from: 'a',
        to: 'b',
        maxHops: 4,
        filter: { ...NO_FILTER, statuses: ['DISPUTED'] },
        nodes: null,
        details: NO_DETAILS,
      }).cypher,
    ).not.toMatch(/firmNodes/);
  });

  it('refuses a hop bound out of range before writing a text, and passes every value as a parameter', () => {
    const read = (maxHops: number) => () =>
      shortestPathRead({ from: 'a', to: 'b', maxHops, filter: NO_FILTER, nodes: null, details: NO_DETAILS });
    for (const bad of [0, 11, 2.5, Number.NaN]) expect(read(bad)).toThrow(`hop bound out of range: ${bad}`);
    expect(read(10)).not.toThrow();
    const q = shortestPathRead({ from: HOSTILE, to: 'b', maxHops: 3, filter: HOSTILE_FILTER, nodes: null, details: ALL_DETAILS });
    expectOnlyInParams(q);
    expect(q.params).toMatchObject({ from: HOSTILE, to: 'b', firm: ['REPORTED', 'CONFIRMED'], firmStatuses: [] });
  });
});

describe('store: shortestPathRead against Neo4j, the answers of the two-statement search and the look-ups', () => {
  const graph = useSeededGraph();
  let reader: Reader;
  let entityIds: string[];

  beforeAll(async () => {
    reader = createReader(graph.store);
    entityIds = (
      (await graph.store.read({ cypher: 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id', params: {} })) as { id: string }[]
    ).map((r) => r.id);
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
        const got = await reader.shortestPathRead({ from, to, maxHops, filter, nodes: { degree: true }, details: ALL_DETAILS });
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
});

import { beforeAll, describe, expect, it } from 'vitest';
import { createReader, type Reader } from '../../../src/store/reader.js';
import { entityRead, pageTotal, type PageSpec } from '../../../src/store/cypher/entity-read.js';
import { NO_DETAILS } from '../../../src/store/cypher/relationship-details.js';
import { entityMap, relationshipMap } from '../../../src/store/cypher/fragments.js';
import type { RelationType } from '../../../src/domain/vocabulary.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';
import { ALL_DETAILS, withoutArticles } from '../../helpers/details-fixtures.js';
import { useSeededGraph } from '../../helpers/use-seeded-graph.js';

const page = (p: Partial<PageSpec> = {}): PageSpec => ({ direction: 'BOTH', after: null, limit: 21, withTotal: false, ...p });

describe('store: entityRead, one text per shape, only what is selected', () => {
  it('leaves out of the text every detail nobody selected', () => {
    const bare = entityRead({ id: 'x', degree: false, pages: [], details: NO_DETAILS }).cypher;
    expect(bare).not.toMatch(/COUNT|Evidence|\bCALL \(e\)/);
    const withPage = entityRead({ id: 'x', degree: false, pages: [page()], details: NO_DETAILS }).cypher;
    expect(withPage.match(/CALL \(e\)/g)).toHaveLength(1);
    expect(withPage).not.toMatch(/Evidence|COUNT/);
    const counted = entityRead({
      id: 'x',
      degree: true,
      pages: [page({ withTotal: true })],
      details: { ...NO_DETAILS, evidence: true },
    }).cypher;
    expect(counted).toMatch(/COUNT \{ \(e\)-\[\]-\(\) \} AS total0/);
    expect(counted).toMatch(/COUNT \{ \(e\)--\(\) \} AS degree/);
    expect(counted).toMatch(/Evidence/);
    expect(counted).not.toMatch(/collect\(DISTINCT a|toLower\(a\.source\)/);
  });

  it('gives equal texts for equal shapes: values are parameters, type lists are sorted', () => {
    const a = entityRead({
      id: 'a',
      degree: false,
      pages: [page({ types: ['VISITED', 'SIGNED'] as RelationType[], after: 'x', limit: 3 })],
      details: ALL_DETAILS,
    });
    const b = entityRead({
      id: 'b',
      degree: false,
      pages: [page({ types: ['SIGNED', 'VISITED', 'SIGNED'] as RelationType[], limit: 51 })],
      details: ALL_DETAILS,
    });
    expect(a.cypher).toBe(b.cypher);
    expect(a.params).not.toEqual(b.params);
  });

  it('finds the entity by id or merged id, then reads each page after its cursor and counts its total', () => {
    const q = entityRead({
      id: 'peru',
      degree: false,
      pages: [page({ direction: 'OUT', types: ['SIGNED'] as RelationType[], after: 'signed-1', limit: 6, withTotal: true })],
      details: NO_DETAILS,
    });
    expect(q.cypher).toBe(`OPTIONAL MATCH (direct:Entity {id: $id})
OPTIONAL CALL (direct) {
  UNWIND CASE WHEN direct IS NULL THEN [$id] ELSE [] END AS merged
  MATCH (kept:Entity) WHERE merged IN kept.mergedIds
  RETURN kept ORDER BY kept.id LIMIT 1
}
WITH coalesce(direct, kept) AS e WHERE e IS NOT NULL
CALL (e) { MATCH (e)-[r:SIGNED]->(:Entity) WHERE $after0 IS NULL OR r.id > $after0 WITH DISTINCT r ORDER BY r.id LIMIT $limit0 RETURN collect(r) AS page0 }
WITH *, page0 AS rels
RETURN ${entityMap('e')} AS entity, [x IN page0 | ${relationshipMap('x')}] AS page0, COUNT { (e)-[:SIGNED]->() } AS total0`);
    expect(q.params).toEqual({ id: 'peru', after0: 'signed-1', limit0: 6 });
    expectOnlyInParams(entityRead({ id: HOSTILE, degree: true, pages: [page({ after: HOSTILE })], details: ALL_DETAILS }));
  });

  it('gives each page its own cursor and size, and reads the details of every page’s relationships once', () => {
    const q = entityRead({
      id: 'peru',
      degree: false,
      pages: [page({ direction: 'IN', after: 'a' }), page({ limit: 3 })],
      details: { ...NO_DETAILS, sourceCount: true },
    });
    expect(q.cypher).toContain('CALL (e) { MATCH (e)<-[r]-(:Entity) WHERE $after0 IS NULL OR r.id > $after0');
    expect(q.cypher).toContain('CALL (e) { MATCH (e)-[r]-(:Entity) WHERE $after1 IS NULL OR r.id > $after1');
    expect(q.cypher).toContain('WITH *, page0 + page1 AS rels\nCALL (rels) {');
    expect(q.cypher.match(/CALL \(rels\)/g)).toHaveLength(1);
    expect(q.params).toEqual({ id: 'peru', after0: 'a', limit0: 21, after1: null, limit1: 3 });
  });
});

describe('store: pageTotal', () => {
  it('counts the relationships a page walks with the counts Neo4j keeps per type and direction', () => {
    expect(pageTotal('e', { direction: 'OUT', types: ['SIGNED', 'LEADS'] as RelationType[] })).toBe('COUNT { (e)-[:LEADS|SIGNED]->() }');
    expect(pageTotal('n', { direction: 'IN', types: undefined })).toBe('COUNT { (n)<-[]-() }');
    expect(pageTotal('e', { direction: 'BOTH', types: [] })).toBe('COUNT { (e)-[]-() }');
  });
});

describe('store: entityRead against Neo4j, the answers of the look-ups it replaces', () => {
  const graph = useSeededGraph();
  let reader: Reader;
  let entityIds: string[];

  beforeAll(async () => {
    reader = createReader(graph.store);
    entityIds = (
      (await graph.store.read({ cypher: 'MATCH (e:Entity) RETURN e.id AS id ORDER BY id', params: {} })) as { id: string }[]
    ).map((r) => r.id);
  });

  it('reads an entity with its pages, degree and details as the look-ups do', async () => {
    for (const id of entityIds) {
      const pages = [
        page({ limit: 6, withTotal: true }),
        page({ direction: 'OUT', limit: 100 }),
        page({ direction: 'IN', types: ['VISITED', 'SIGNED'] as RelationType[], limit: 3, withTotal: true }),
      ];
      const got = await reader.entityRead({ id, degree: true, pages, details: ALL_DETAILS });
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
    expect(await reader.entityRead({ id: 'atlantis', degree: true, pages: [page()], details: ALL_DETAILS })).toBeNull();
  });

  it('finds an entity by an id merged into it', async () => {
    await graph.store.writeTx((tx) =>
      tx.run({ cypher: "MATCH (e:Entity {id: 'chancay-port'}) SET e.mergedIds = ['puerto-chancay-old']", params: {} }),
    );
    try {
      const got = await reader.entityRead({ id: 'puerto-chancay-old', degree: false, pages: [], details: NO_DETAILS });
      expect(got?.entity.id).toBe('chancay-port');
    } finally {
      await graph.store.writeTx((tx) => tx.run({ cypher: "MATCH (e:Entity {id: 'chancay-port'}) REMOVE e.mergedIds", params: {} }));
    }
  });
});

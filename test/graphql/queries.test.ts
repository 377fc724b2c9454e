import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { entityRelationships, listRelationships } from '../../src/store/cypher/list-relationships.js';
import { NO_FILTER } from '../../src/store/cypher/fragments.js';

type Rel = { id: string; type: string; source: { id: string }; target: { id: string }; validFrom: string | null; topic: string | null };
const claim = (r: Rel): string => `${r.source.id} ${r.type} ${r.target.id}${r.topic ? ` (${r.topic})` : ''}`;
const REL = 'id type source { id } target { id } validFrom topic';

describe('graphql: queries on the seeded graph', () => {
  const t = useSeededService();

  const ok = async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const r = await t.gql<T>(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };
  const fails = async (query: string): Promise<{ code: unknown; message: string; argument: unknown }> => {
    const r = await t.gql(query);
    expect(r.errors?.length, JSON.stringify(r)).toBeGreaterThan(0);
    const e = r.errors![0]!;
    return { code: e.extensions?.code, message: e.message, argument: e.extensions?.argument };
  };

  describe('entity', () => {
    it('returns an entity with its aliases, description and degree', async () => {
      const d = await ok<{ entity: { name: string; type: string; aliases: string[]; degree: number } }>(
        '{ entity(id: "chancay-port") { name type aliases degree } }',
      );
      expect(d.entity).toMatchObject({ name: 'Chancay Port', type: 'INFRASTRUCTURE', degree: 3 });
      expect(d.entity.aliases).toEqual(expect.arrayContaining(['钱凯港', 'Puerto de Chancay']));
    });
    it('returns null for an unknown id', async () => {
      expect(await ok('{ entity(id: "atlantis") { id } }')).toEqual({ entity: null });
    });
  });

  describe('search', () => {
    it.each([
      ['peru', 'peru'],
      ['Perú', 'peru'],
      ['秘鲁', 'peru'],
      ['ｐｅｒｕ', 'peru'],
      ['钱凯港', 'chancay-port'],
      ['Puerto de Chancay', 'chancay-port'],
      ['华为', 'huawei'],
      ['中远海运', 'cosco-shipping'],
      ['la Franja y la Ruta', 'belt-and-road-initiative'],
      ['一带一路', 'belt-and-road-initiative'],
      ['Boluarte', 'dina-boluarte'],
      ['Bolaurte', 'dina-boluarte'],
      ['huawey', 'huawei'],
    ])('finds %s first as %s', async (text, id) => {
      const d = await ok<{ search: { id: string }[] }>('query($t: String!) { search(text: $t) { id } }', { t: text });
      expect(d.search[0]?.id).toBe(id);
    });
    it('ranks the exact name first ("China" before "China Daily")', async () => {
      const d = await ok<{ search: { id: string }[] }>('{ search(text: "China") { id } }');
      expect(d.search.map((e) => e.id).slice(0, 2)).toEqual(['china', 'china-daily']);
    });
    it('treats Lucene syntax as text', async () => {
      const d = await ok<Record<string, { id: string }[]>>(
        '{ a: search(text: "\\"(") { id } b: search(text: "AND") { id } c: search(text: "title:x~ OR *") { id } }',
      );
      expect(d.a).toEqual([]);
      expect(d.c).toEqual([]);
      // "AND" is the word "and", not an operator: it finds names holding the word.
      expect((d.b ?? []).map((e) => e.id)).toEqual(
        expect.arrayContaining(['belt-and-road-initiative', 'green-finance-development-center-fudan']),
      );
    });
    it('filters by entity type and validates it', async () => {
      const d = await ok<{ search: { id: string; type: string }[] }>('{ search(text: "peru", types: ["COUNTRY"]) { id type } }');
      expect(d.search[0]).toEqual({ id: 'peru', type: 'COUNTRY' });
      expect(d.search.filter((e) => e.type !== 'COUNTRY')).toEqual([]);
      expect(await fails('{ search(text: "peru", types: ["PLANET"]) { id } }')).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'types',
      });
    });
  });

  describe('entities', () => {
    it('pages through every entity once, in name order, with a right hasNextPage', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      let total = 0;
      for (;;) {
        const d: {
          entities: {
            totalCount: number;
            nodes: { id: string; name: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } = await ok(
          'query($after: String) { entities(first: 5, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }',
          { after },
        );
        pages++;
        total = d.entities.totalCount;
        seen.push(...d.entities.nodes.map((n) => n.id));
        if (!d.entities.pageInfo.hasNextPage) break;
        after = d.entities.pageInfo.endCursor;
      }
      expect(total).toBe(18);
      expect(seen.length).toBe(18);
      expect(new Set(seen).size).toBe(18);
      expect(pages).toBe(4);
    });
    it('filters by type', async () => {
      const d = await ok<{ entities: { totalCount: number; nodes: { id: string }[] } }>(
        '{ entities(type: "COUNTRY") { totalCount nodes { id } } }',
      );
      expect(d.entities.nodes.map((n) => n.id)).toEqual(['china', 'peru', 'united-states']);
      expect(d.entities.totalCount).toBe(3);
    });
    it('refuses a bad cursor and a first above the cap', async () => {
      expect(await fails('{ entities(after: "nope") { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      const e = await fails('{ entities(first: 101) { totalCount } }');
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect(e.message).toContain('100');
    });
  });

  describe('relationships', () => {
    it('counts the total only when totalCount is selected, with the same page either way', async () => {
      const d = await ok<Record<string, { totalCount?: number; nodes: { id: string }[] }>>(`{
        a: relationships(first: 3) { nodes { id } }
        b: relationships(first: 3) { totalCount nodes { id } }
      }`);
      expect(d.a!.nodes).toEqual(d.b!.nodes);
      expect(d.b!.totalCount).toBe(33);
      const e = await ok<{ entity: { a: { nodes: { id: string }[] }; b: { totalCount: number; nodes: { id: string }[] } } }>(
        '{ entity(id: "peru") { a: relationships(first: 2) { nodes { id } } b: relationships(first: 2) { totalCount nodes { id } } } }',
      );
      expect(e.entity.a.nodes).toEqual(e.entity.b.nodes);
      expect(e.entity.b.totalCount).toBeGreaterThan(2);
      expect(entityRelationships({ ids: ['x'], direction: 'BOTH', after: null, limit: 3, withTotal: false }).cypher).not.toMatch(/count/i);
      expect(
        listRelationships({ filter: { ...NO_FILTER, entityId: null, articleId: null }, after: null, limit: 3, withTotal: false }).cypher,
      ).not.toMatch(/count/i);
    });
    it('pages through every relationship once', async () => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const d: { relationships: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
          await ok(
            'query($after: String) { relationships(first: 10, after: $after) { totalCount nodes { id } pageInfo { hasNextPage ' +
              'endCursor } } }',
            { after },
          );
        expect(d.relationships.totalCount).toBe(33);
        ids.push(...d.relationships.nodes.map((n) => n.id));
        if (!d.relationships.pageInfo.hasNextPage) break;
        after = d.relationships.pageInfo.endCursor;
      }
      expect(ids.length).toBe(33);
      expect(new Set(ids).size).toBe(33);
      expect([...ids].sort()).toEqual(ids);
    });
    it('filters by type, entity, article and valid-time window', async () => {
      const d = await ok<{ a: { totalCount: number }; b: { nodes: Rel[] }; c: { totalCount: number }; d: { nodes: Rel[] } }>(`{
        a: relationships(types: ["VISITED"]) { totalCount }
        b: relationships(entityId: "cosco-shipping") { nodes { ${REL} } }
        c: relationships(articleId: "tradewindsnews-chancay-cosco-hub") { totalCount }
        d: relationships(since: "2021", until: "2021") { nodes { ${REL} } }
      }`);
      expect(d.a.totalCount).toBe(3);
      expect(d.b.nodes.map(claim).sort()).toEqual([
        'cosco-shipping OWNS chancay-port',
        'peru GRANTED_EXCLUSIVITY_TO cosco-shipping (operation of Chancay port)',
        'peru STATED cosco-shipping (exclusivity to operate Chancay port called an administrative error)',
      ]);
      expect(d.c.totalCount).toBe(2);
      expect(d.d.nodes.map(claim)).toEqual(['peru GRANTED_EXCLUSIVITY_TO cosco-shipping (operation of Chancay port)']);
    });
    it('validates types, dates and statuses', async () => {
      expect(await fails('{ relationships(types: ["LOVES"]) { totalCount } }')).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'types',
      });
      expect(await fails('{ relationships(since: "June 2024") { totalCount } }')).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'since',
      });
      expect(await fails('{ relationships(asOf: "2024-02-30") { totalCount } }')).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'asOf',
      });
      expect((await fails('{ relationships(statuses: [RUMOURED]) { totalCount } }')).code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('neighborhood', () => {
    it('returns the ego network at depth 1', async () => {
      const d = await ok<{ neighborhood: { nodes: { id: string }[]; relationships: Rel[]; truncated: boolean } }>(
        `{ neighborhood(id: "cosco-shipping") { nodes { id } relationships { ${REL} } truncated } }`,
      );
      expect(d.neighborhood.nodes.map((n) => n.id).sort()).toEqual(['chancay-port', 'cosco-shipping', 'peru']);
      expect(d.neighborhood.relationships.length).toBe(3);
      expect(d.neighborhood.truncated).toBe(false);
    });
    it('says truncated when first cuts it, and grows with depth', async () => {
      const d = await ok<{ a: { relationships: unknown[]; truncated: boolean }; b: { nodes: unknown[] }; c: { nodes: unknown[] } }>(
        '{ a: neighborhood(id: "peru", first: 3) { relationships { id } truncated } b: neighborhood(id: "cosco-shipping", depth: ' +
          '1) { nodes { id } } c: neighborhood(id: "cosco-shipping", depth: 2) { nodes { id } } }',
      );
      expect(d.a).toMatchObject({ truncated: true });
      expect(d.a.relationships.length).toBe(3);
      expect(d.c.nodes.length).toBeGreaterThan(d.b.nodes.length);
    });
    it('is empty for what the record said before anything was reported', async () => {
      const d = await ok<{ a: { relationships: Rel[] }; b: { relationships: Rel[] } }>(
        `{ a: neighborhood(id: "cosco-shipping", asOf: "2023") { relationships { ${REL} } } b: neighborhood(id: "cosco-shipping", ` +
          `asOf: "2024-03") { relationships { ${REL} } } }`,
      );
      expect(d.a.relationships).toEqual([]);
      // By March 2024 only Maritime Professional had reported the exclusivity and its reversal.
      expect(d.b.relationships.map(claim).sort()).toEqual([
        'peru GRANTED_EXCLUSIVITY_TO cosco-shipping (operation of Chancay port)',
        'peru STATED cosco-shipping (exclusivity to operate Chancay port called an administrative error)',
      ]);
    });
    it('refuses a depth above the cap, naming it', async () => {
      const e = await fails('{ neighborhood(id: "peru", depth: 4) { truncated } }');
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
      expect(e.message).toContain('between 1 and 3');
    });
    it('answers NOT_FOUND for an unknown entity', async () => {
      expect((await fails('{ neighborhood(id: "atlantis") { truncated } }')).code).toBe('NOT_FOUND');
    });
  });

  describe('paths', () => {
    it('finds the shortest path from Boluarte to COSCO with explained steps', async () => {
      const d = await ok<{
        shortestPath: {
          length: number;
          nodes: { id: string }[];
          steps: {
            from: { id: string };
            to: { id: string };
            reversed: boolean;
            relationship: { type: string; evidence: { quote: string }[] };
          }[];
        };
      }>(
        '{ shortestPath(from: "dina-boluarte", to: "cosco-shipping") { length nodes { id } steps { from { id } to { id } ' +
          'reversed relationship { type evidence { quote } } } } }',
      );
      expect(d.shortestPath.length).toBe(2);
      expect(d.shortestPath.nodes.map((n) => n.id)).toEqual(['dina-boluarte', 'peru', 'cosco-shipping']);
      expect(d.shortestPath.steps.at(-1)).toMatchObject({ from: { id: 'peru' }, to: { id: 'cosco-shipping' }, reversed: false });
      for (const s of d.shortestPath.steps) expect(s.relationship.evidence.length).toBeGreaterThan(0);
    });
    it('marks a hop walked against its direction as reversed', async () => {
      const d = await ok<{ shortestPath: { steps: { from: { id: string }; reversed: boolean; relationship: { type: string } }[] } }>(
        '{ shortestPath(from: "peru", to: "dina-boluarte", types: ["LEADS"]) { steps { from { id } reversed relationship { type } } } }',
      );
      expect(d.shortestPath.steps).toEqual([{ from: { id: 'peru' }, reversed: true, relationship: { type: 'LEADS' } }]);
    });
    it('returns null when no path exists within the filters', async () => {
      expect(await ok('{ shortestPath(from: "dina-boluarte", to: "cosco-shipping", types: ["SIGNED"]) { length } }')).toEqual({
        shortestPath: null,
      });
      expect(await ok('{ shortestPath(from: "dina-boluarte", to: "cosco-shipping", asOf: "2023") { length } }')).toEqual({
        shortestPath: null,
      });
    });
    it('returns null from an entity to itself, and keeps every hop of a path inside the filters', async () => {
      expect(await ok('{ shortestPath(from: "peru", to: "peru") { length } }')).toEqual({ shortestPath: null });
      // Peru–COSCO Shipping: a DISPUTED exclusivity claim and a REPORTED statement.
      const d = await ok<{ shortestPath: { steps: { relationship: { type: string; status: string } }[] } }>(
        '{ shortestPath(from: "dina-boluarte", to: "cosco-shipping", statuses: [REPORTED, CONFIRMED]) { steps { relationship { ' +
          'type status } } } }',
      );
      expect(d.shortestPath.steps).toHaveLength(2);
      for (const s of d.shortestPath.steps) expect(['REPORTED', 'CONFIRMED']).toContain(s.relationship.status);
      expect(
        await ok(
          '{ shortestPath(from: "dina-boluarte", to: "cosco-shipping", types: ["LEADS", "GRANTED_EXCLUSIVITY_TO"], statuses: ' +
            '[REPORTED]) { length } }',
        ),
      ).toEqual({ shortestPath: null });
    });
    it('prefers a shortest path whose claims are all firm over one with a disputed claim', async () => {
      // Boluarte–Peru–COSCO Shipping: Peru's link to COSCO is a DISPUTED exclusivity claim and a REPORTED statement.
      const d = await ok<{ shortestPath: { steps: { relationship: { type: string; status: string } }[] } }>(
        '{ shortestPath(from: "dina-boluarte", to: "cosco-shipping", types: ["LEADS", "GRANTED_EXCLUSIVITY_TO", "STATED"]) { ' +
          'steps { relationship { type status } } } }',
      );
      expect(d.shortestPath.steps).toHaveLength(2);
      for (const s of d.shortestPath.steps) expect(['REPORTED', 'CONFIRMED']).toContain(s.relationship.status);
      const only = await ok<{ shortestPath: { steps: { relationship: { type: string; status: string } }[] } }>(
        '{ shortestPath(from: "dina-boluarte", to: "cosco-shipping", types: ["LEADS", "GRANTED_EXCLUSIVITY_TO"]) { steps { ' +
          'relationship { type status } } } }',
      );
      expect(only.shortestPath.steps.map((s) => s.relationship)).toEqual([
        { type: 'LEADS', status: 'REPORTED' },
        { type: 'GRANTED_EXCLUSIVITY_TO', status: 'DISPUTED' },
      ]);
    });
    it('lists distinct simple paths, shortest first', async () => {
      const d = await ok<{ paths: { length: number; relationships: { id: string }[]; nodes: { id: string }[] }[] }>(
        '{ paths(from: "dina-boluarte", to: "cosco-shipping", maxHops: 3, first: 10) { length nodes { id } relationships { id } } }',
      );
      expect(d.paths.length).toBe(10);
      const lengths = d.paths.map((p) => p.length);
      expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
      expect(lengths[0]).toBe(2);
      expect(new Set(d.paths.map((p) => p.relationships.map((r) => r.id).join())).size).toBe(10);
      for (const p of d.paths) expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.nodes.length);
    });
    it('refuses maxHops above the cap', async () => {
      expect(await fails('{ paths(from: "peru", to: "china", maxHops: 7) { length } }')).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'maxHops',
      });
    });
  });

  describe('connections and common neighbours', () => {
    it('connects Huawei, COSCO and China through Peru', async () => {
      const d = await ok<{ connections: { nodes: { id: string }[]; relationships: Rel[]; truncated: boolean } }>(
        `{ connections(ids: ["huawei", "cosco-shipping", "china"]) { nodes { id } relationships { ${REL} } truncated } }`,
      );
      expect(d.connections.nodes.map((n) => n.id).sort()).toEqual(['china', 'cosco-shipping', 'huawei', 'peru']);
      expect(d.connections.relationships.map((r) => r.type).sort()).toEqual([
        'AFFILIATED_WITH',
        'PARTNERS_WITH',
        'SEEKS_COOPERATION_WITH',
        'STATED',
      ]);
    });
    it('needs at least two ids', async () => {
      expect(await fails('{ connections(ids: ["peru"]) { truncated } }')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    });
    it('lists the common neighbours of Huawei and Peru', async () => {
      const d = await ok<{ commonNeighbors: { id: string }[] }>('{ commonNeighbors(a: "huawei", b: "peru") { id } }');
      expect(d.commonNeighbors.map((e) => e.id)).toEqual([
        'china',
        'dina-boluarte',
        'huawei-peru-ai-training-agreement',
        'peruvian-youth-ai-trainees',
      ]);
    });
  });

  describe('timeline and bilateral', () => {
    it('orders dated claims by valid time', async () => {
      const d = await ok<{ timeline: Rel[] }>(`{ timeline(entityId: "peru") { ${REL} } }`);
      const dates = d.timeline.map((r) => r.validFrom);
      expect(dates.slice(0, 3)).toEqual(['2021', '2023', '2024']);
      expect(d.timeline.every((r) => r.validFrom !== null)).toBe(true);
    });
    it('gives the China–Peru bilateral claims in time order, leaving out claims within one side', async () => {
      const d = await ok<{ bilateral: Rel[] }>(`{ bilateral(a: "china", b: "peru") { ${REL} } }`);
      expect(d.bilateral.map(claim)).toEqual([
        'dina-boluarte DISCUSSED huawei (electric vehicles)',
        'dina-boluarte DISCUSSED huawei (AI technology)',
        "dina-boluarte SEEKS_COOPERATION_WITH china (investment and assistance for Peru's development)",
        'dina-boluarte VISITED huawei',
      ]);
    });
    it('answers the bilateral lens as of a date', async () => {
      const d = await ok<{ bilateral: Rel[] }>(`{ bilateral(a: "china", b: "peru", asOf: "2024-05") { ${REL} } }`);
      expect(d.bilateral).toEqual([]);
    });
  });

  describe('evidence, articles and provenance', () => {
    it('filters evidence by asOf and counts distinct outlets', async () => {
      const d = await ok<{
        relationships: { nodes: { sourceCount: number; all: { article: { id: string } }[]; early: { article: { id: string } }[] }[] };
      }>(
        '{ relationships(types: ["RECEIVED_INVESTMENT"]) { nodes { sourceCount all: evidence { article { id } } early: ' +
          'evidence(asOf: "2024-06-20") { article { id } } } } }',
      );
      const [r] = d.relationships.nodes;
      expect(r!.sourceCount).toBe(2);
      expect(r!.all.length).toBe(2);
      // The seed article is dated only to the month, which starts before 20 June; the Fudan figure's report came on 27 June.
      expect(r!.early.map((e) => e.article.id)).toEqual(['huawei-peru-ai-training-deal']);
    });
    it('returns an article with the entities and relationships it supports', async () => {
      const d = await ok<{
        article: {
          source: string;
          title: string | null;
          url: string | null;
          publishedAt: string;
          entities: { id: string }[];
          relationships: { id: string }[];
        };
      }>('{ article(id: "tradewindsnews-chancay-cosco-hub") { source url publishedAt entities { id } relationships { id } } }');
      expect(d.article.source).toBe('TradeWinds');
      expect(d.article.url).toMatch(/^https:\/\/tradewindsnews\.com\/ports\//);
      expect(d.article.entities.map((e) => e.id)).toEqual(['belt-and-road-initiative', 'chancay-port', 'cosco-shipping']);
      expect(d.article.relationships.length).toBe(2);
    });
    it('lists articles newest first and pages them', async () => {
      const d = await ok<{ articles: { totalCount: number; nodes: { publishedAt: string | null }[]; pageInfo: { hasNextPage: boolean } } }>(
        '{ articles(first: 3) { totalCount nodes { publishedAt } pageInfo { hasNextPage } } }',
      );
      expect(d.articles.totalCount).toBe(6);
      expect(d.articles.nodes.map((a) => a.publishedAt)).toEqual(['2024-06-27', '2024-06-17', '2024-06']);
      expect(d.articles.pageInfo.hasNextPage).toBe(true);
    });
  });

  describe('centrality, stats and vocabulary', () => {
    it('ranks by degree and by PageRank', async () => {
      const d = await ok<{ a: { entity: { id: string }; score: number }[]; b: { entity: { id: string }; score: number }[] }>(
        '{ a: centrality(metric: DEGREE, first: 2) { entity { id } score } b: centrality(metric: PAGERANK, first: 1) { entity { ' +
          'id } score } }',
      );
      expect(d.a).toEqual([
        { entity: { id: 'peru' }, score: 13 },
        { entity: { id: 'dina-boluarte' }, score: 12 },
      ]);
      expect(d.b[0]!.entity.id).toBe('peru');
      expect(d.b[0]!.score).toBeGreaterThan(0.1);
    });
    it('counts by entity type and relation type', async () => {
      const d = await ok<{
        stats: {
          entities: number;
          relationships: number;
          articles: number;
          evidence: number;
          entitiesByType: { type: string; count: number }[];
        };
      }>('{ stats { entities relationships articles evidence entitiesByType { type count } } }');
      expect(d.stats).toMatchObject({ entities: 18, relationships: 33, articles: 6, evidence: 40 });
      expect(d.stats.entitiesByType.find((t) => t.type === 'COUNTRY')).toEqual({ type: 'COUNTRY', count: 3 });
    });
    it('lists the vocabulary in use and in full', async () => {
      const d = await ok<{
        vocabulary: { statuses: string[]; allStatuses: string[]; relationTypes: string[]; allRelationTypes: { name: string }[] };
      }>('{ vocabulary { statuses allStatuses relationTypes allRelationTypes { name } } }');
      expect(d.vocabulary.statuses).toEqual(['DISPUTED', 'PLANNED', 'REPORTED']);
      expect(d.vocabulary.allStatuses).toEqual(['REPORTED', 'CONFIRMED', 'PLANNED', 'DISPUTED', 'REVERSED']);
      expect(d.vocabulary.relationTypes).toContain('GRANTED_EXCLUSIVITY_TO');
      expect(d.vocabulary.allRelationTypes.length).toBeGreaterThan(d.vocabulary.relationTypes.length);
    });
  });
});

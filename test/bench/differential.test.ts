/**
 * Differential test: the API and the bench's floor (bench/floor-server.ts) must give the same
 * answers on a synthetic graph. The floor is written from the API's documented meaning and shares
 * no code with it, so any difference is a change of meaning in one of them.
 *
 * The graph is generated and loaded as `npm run bench` does it (bench/synthetic-graph.ts and
 * bench/load-graph.ts: empty the database, apply the schema, load through the project's writer),
 * only smaller. The requests are the bench's own: chooseInputs with a fixed seed, then
 * buildWorkloads. Every sampled request of every workload goes to both servers, and
 * bench/compare-answers.ts compares the answers. Some edge cases the sampler never picks are
 * added: unknown ids, hubs whose relationships do not fit one page (checked against a direct count
 * too), an entity without relationships and one reached by a merged id, paths with no answer
 * (an entity without relationships, ends more than 4 hops apart, an entity to itself), one-hop
 * paths, and searches that find nothing or fill the whole page.
 *
 * Both servers run in this process: the API through createServer on the test store, the floor
 * through its exported handlers (floorHandlers) behind a small node:http adapter that routes as
 * the floor's own main() does.
 *
 * The database is shared by every test file (one at a time), and each file sets up the data it
 * needs. This one empties it, loads its graph, and empties it again at the end, so that no other
 * file ever meets the synthetic graph (a test service seeds an empty database at start).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareAnswers, type EqualityReport } from '../../bench/compare-answers.js';
import { floorHandlers, floorRoutes } from '../../bench/floor-server.js';
import { emptyDatabase, loadGraph } from '../../bench/load-graph.js';
import { SYNTHETIC_RELATION_TYPES, syntheticGraph, type SyntheticGraph } from '../../bench/synthetic-graph.js';
import {
  buildWorkloads,
  chooseInputs,
  type BenchRequest,
  type Workload,
  type WorkloadId,
  type WorkloadInputs,
} from '../../bench/workloads.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type Server } from '../../src/server/create-server.js';
import type { Store } from '../../src/store/gateway.js';
import { applySchema } from '../../src/store/apply-schema.js';
import { bundleSchema } from '../../src/article-file/format.js';
import { seedGraph } from '../../src/seed/seed-graph.js';
import { SCHEMA_DIR, testStore } from '../helpers/neo4j.js';
import { testConfig } from '../helpers/service.js';

/**
 * Relationships of the synthetic graph, with about 310 entities, 500 articles and 2,900 quotes (5 s to load idle, 25 s at a load of 10).
 */
const RELATIONSHIPS = 2000;
/** The bench's default seed: the same graph and the same requests on every run. */
const SEED = 42;
/**
 * Inputs chooseInputs samples per workload (with replacement). The bench takes 64; half keeps the
 * file near a minute on a busy machine (at a load of 11 on 2 cores, loading the graph alone takes
 * half a minute). Raise it for a more thorough run: 64 took 30-40 s more there.
 */
const SAMPLES = 32;
/** The entity page the workloads ask for (`relationships(first: 50)`). */
const PAGE = 50;
const UNKNOWN = 'syn-no-such-entity';
/**
 * An entity without relationships, added to the generated graph through the same writer (the
 * generator leaves one only by chance), with an id merged into it. Its name shares no word with
 * the generated names, so no sampled search finds it.
 */
const ISOLATED = {
  id: 'differential-isolated',
  name: 'Zyzzogeton Outlier',
  type: 'PLACE',
  aliases: ['Xanthippe Lonely'],
  description: 'Alone on purpose.',
  mergedIds: ['differential-merged-away'],
};
/** Generous: a machine at a load of 11 on 2 cores must pass. */
const COMPARE_TIMEOUT_MS = 120_000;
/** Requests in flight at once (each lane one pair at a time, as compareAnswers sends them). */
const LANES = 8;

/** A floor on `driver`, served over HTTP on a free port; `answers` keeps every answer it sent, by request path. */
async function startFloor(
  driver: Driver,
  database: string,
): Promise<{ base: string; answers: Map<string, unknown>; close(): Promise<void> }> {
  const h = floorHandlers({ driver, database });
  const answers = new Map<string, unknown>();
  const server = http.createServer(floorRoutes(h, (url, data) => answers.set(url, data)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    answers,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

/** The bench's requests for `inputs` (the peer's are not used). */
const workloadsFor = (inputs: Partial<WorkloadInputs>): Record<WorkloadId, Workload> => {
  const all = buildWorkloads({
    inputs: { entities: [], neighborhoods: [], pairs: [], searches: [], ...inputs },
    types: SYNTHETIC_RELATION_TYPES,
    lucene: () => undefined,
  });
  return Object.fromEntries(all.map((w) => [w.id, w])) as Record<WorkloadId, Workload>;
};

/** Sends a request and returns the parsed body and status. */
async function send(
  base: string,
  r: BenchRequest,
): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const res = await fetch(base + r.path, { method: r.method, body: r.body, headers: r.body ? { 'content-type': 'application/json' } : {} });
  return { status: res.status, body: (await res.json()) as never };
}

/** The message of a failed comparison: every request whose answers differ, with its inputs (in the path) and where the answers part. */
const describeReport = (what: string, r: EqualityReport): string =>
  `${what}: the floor's answers equal the API's on ${r.equal} of ${r.compared} requests; they differ on:\n  ${r.mismatches.join('\n  ')}`;

describe('bench: the API and the floor answer alike (differential)', () => {
  let store: Store;
  let api: Server;
  let floorDriver: Driver;
  let floor: Awaited<ReturnType<typeof startFloor>>;
  let graph: SyntheticGraph;
  let sampled: Record<WorkloadId, Workload>;
  const counts: string[] = [];

  /**
   * Compares every request of `w` on both servers, in `LANES` interleaved slices at once (reads of
   * a graph nothing writes to, so the order does not matter); every difference is kept for the message.
   */
  const compare = async (w: Workload): Promise<EqualityReport> => {
    const lane = <T>(xs: readonly T[], k: number): T[] => xs.filter((_, i) => i % LANES === k);
    const reports = await Promise.all(
      Array.from({ length: LANES }, (_, k) =>
        compareAnswers({ apiBase: api.url, floorBase: floor.base, api: lane(w.api, k), floor: lane(w.floor, k), keep: w.api.length }),
      ),
    );
    return reports.reduce((a, b) => ({
      compared: a.compared + b.compared,
      equal: a.equal + b.equal,
      mismatches: [...a.mismatches, ...b.mismatches],
    }));
  };

  /** Asserts that both servers answered every request of `w` alike, and returns the report. */
  const expectEqual = async (what: string, w: Workload): Promise<EqualityReport> => {
    const report = await compare(w);
    counts.push(`${what} ${report.equal}/${report.compared}`);
    expect(report.compared, `${what}: requests compared`).toBe(w.api.length);
    expect(report.mismatches, describeReport(what, report)).toEqual([]);
    expect(report.equal, describeReport(what, report)).toBe(report.compared);
    return report;
  };

  /** The floor's answer to `w`'s i-th request (only after it was compared, and then equal to the API's). */
  const floorAnswer = (w: Workload, i: number): unknown => floor.answers.get(w.floor[i]!.path);

  /** Entities of the generated graph by the number of relationships the generator gave them. */
  const withDegree = (test: (d: number) => boolean): string[] => graph.entities.filter((_, i) => test(graph.degree[i]!)).map((e) => e.id);

  beforeAll(async () => {
    store = testStore();
    // As the bench loads a size: empty the database, apply the schema, load through the project's writer.
    const maintenance = store.maintenance('Loading a synthetic graph for the differential test');
    await emptyDatabase({ store: maintenance });
    const missing = await applySchema(maintenance, SCHEMA_DIR);
    if (missing.length) throw new Error(`schema incomplete: ${missing.join(', ')}`);
    graph = syntheticGraph({ relationships: RELATIONSHIPS, seed: SEED });
    const load = await loadGraph({ store: maintenance, graph });
    if (load.relationships !== RELATIONSHIPS) throw new Error(`loaded ${load.relationships} of ${RELATIONSHIPS} relationships`);
    await seedGraph({ store: maintenance, bundle: bundleSchema.parse({ entities: [ISOLATED] }), recordedBy: 'bench' });
    // After the load, as in the bench: the generator counts degrees while it draws relationships.
    sampled = Object.fromEntries(
      buildWorkloads({
        inputs: chooseInputs({ graph, seed: SEED, count: SAMPLES }),
        types: SYNTHETIC_RELATION_TYPES,
        lucene: () => undefined,
      }).map((w) => [w.id, w]),
    ) as Record<WorkloadId, Workload>;

    const n = inject('neo4j');
    const config = testConfig({ RATE_LIMIT_MAX: '0' });
    api = await createServer({ config, store, logger: createLogger({ level: 'silent' }), readiness: async () => ({ ready: true }) });
    // The floor's own driver, configured as its main() configures it (plain numbers, not Integers).
    floorDriver = neo4j.driver(n.uri, neo4j.auth.basic(n.user, n.password), {
      disableLosslessIntegers: true,
      userAgent: 'china-peru-kg-floor',
    });
    floor = await startFloor(floorDriver, n.database);
  });

  afterAll(async () => {
    if (counts.length) console.log(`differential (equal/compared): ${counts.join('; ')}`);
    await floor?.close();
    await floorDriver?.close();
    await api?.stop();
    if (store) {
      await emptyDatabase({ store: store.maintenance('Emptying the database after the differential test') });
      await store.close();
    }
  });

  describe('every sampled request of the bench', () => {
    it('entity: the same entity, page of relationships, evidence and articles', { timeout: COMPARE_TIMEOUT_MS }, async () => {
      const w = sampled.entity;
      expect(w.api.length).toBe(SAMPLES);
      await expectEqual('entity', w);
      // Not vacuous: every sampled entity exists and has 5-50 relationships.
      for (let i = 0; i < w.floor.length; i++) {
        const e = (floorAnswer(w, i) as { entity: { relationships: { totalCount: number; nodes: unknown[] } } | null }).entity;
        expect(e, w.floor[i]!.path).not.toBeNull();
        expect(e!.relationships.nodes.length).toBe(e!.relationships.totalCount);
        expect(e!.relationships.totalCount).toBeGreaterThanOrEqual(5);
      }
    });

    it('neighborhood: the same 2-hop subgraph, truncation and order', { timeout: COMPARE_TIMEOUT_MS }, async () => {
      const w = sampled.neighborhood;
      expect(w.api.length).toBe(SAMPLES);
      await expectEqual('neighborhood', w);
      const subgraphs = w.floor.map(
        (_, i) => (floorAnswer(w, i) as { neighborhood: { truncated: boolean; relationships: unknown[] } }).neighborhood,
      );
      expect(subgraphs.every((s) => s.relationships.length > 0)).toBe(true);
    });

    it('shortestPath: the same path, steps, directions and evidence', { timeout: COMPARE_TIMEOUT_MS }, async () => {
      const w = sampled.shortestPath;
      expect(w.api.length, 'pairs of distinct entities').toBeGreaterThanOrEqual(SAMPLES - 4);
      await expectEqual('shortestPath', w);
      const found = w.floor.filter((_, i) => (floorAnswer(w, i) as { shortestPath: unknown }).shortestPath !== null).length;
      expect(found, 'sampled pairs joined by a path within 4 hops').toBeGreaterThan(w.floor.length / 2);
    });

    it('search: the same entities in the same rank order', { timeout: COMPARE_TIMEOUT_MS }, async () => {
      const w = sampled.search;
      expect(w.api.length).toBe(SAMPLES);
      await expectEqual('search', w);
      const found = w.floor.filter((_, i) => (floorAnswer(w, i) as { search: unknown[] }).search.length > 0).length;
      expect(found, 'sampled searches that find something').toBeGreaterThan(w.floor.length / 2);
    });
  });

  describe('edge cases the sampler does not pick', () => {
    it('an unknown id: no entity, no path, and both refuse its neighbourhood', { timeout: COMPARE_TIMEOUT_MS }, async () => {
      const [hub] = withDegree((d) => d > PAGE);
      const w = workloadsFor({
        entities: [UNKNOWN],
        pairs: [
          [UNKNOWN, hub!],
          [hub!, UNKNOWN],
          [UNKNOWN, UNKNOWN],
        ],
        searches: ['qqxzzvwj', '!!!', '  -- '],
      });
      await expectEqual('unknown entity', w.entity);
      expect(floorAnswer(w.entity, 0)).toEqual({ entity: null });
      await expectEqual('paths with an unknown end', w.shortestPath);
      for (let i = 0; i < w.shortestPath.floor.length; i++) expect(floorAnswer(w.shortestPath, i)).toEqual({ shortestPath: null });
      await expectEqual('searches that find nothing', w.search);
      for (let i = 0; i < w.search.floor.length; i++) expect(floorAnswer(w.search, i)).toEqual({ search: [] });

      // An unknown centre is an error on both sides, with the same message (compareAnswers takes any error as a difference).
      const hood = workloadsFor({ neighborhoods: [UNKNOWN] }).neighborhood;
      const [fromApi, fromFloor] = [await send(api.url, hood.api[0]!), await send(floor.base, hood.floor[0]!)];
      expect(fromApi.body.data?.neighborhood ?? null).toBeNull();
      expect(fromApi.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['NOT_FOUND', `id: no entity "${UNKNOWN}"`]]);
      expect(fromFloor.status).toBe(500);
      expect(fromFloor.body.errors?.map((e) => e.message)).toEqual([`id: no entity "${UNKNOWN}"`]);
    });

    it('hubs: the page holds the 50 lowest relationship ids and totalCount counts them all', { timeout: COMPARE_TIMEOUT_MS }, async () => {
      // The floor pages as the API does (lowest ids first, whole degree as totalCount), so hubs compare too.
      const hubs = withDegree((d) => d > PAGE);
      expect(hubs.length, 'entities with more relationships than a page').toBeGreaterThanOrEqual(5);
      const w = workloadsFor({ entities: hubs });
      await expectEqual('hub entities', w.entity);
      // And both agree with the database itself, counted directly.
      for (let i = 0; i < hubs.length; i++) {
        const [row] = await store.read({
          cypher: 'MATCH (:Entity {id: $id})-[r]-(:Entity) WITH r ORDER BY r.id RETURN count(r) AS total, collect(r.id)[..$page] AS lowest',
          params: { id: hubs[i]!, page: neo4j.int(PAGE) },
        });
        const e = (floorAnswer(w.entity, i) as { entity: { relationships: { totalCount: number; nodes: { id: string }[] } } }).entity;
        expect(row!.total, hubs[i]).toBe(graph.degree[graph.entities.findIndex((x) => x.id === hubs[i])]);
        expect({ id: hubs[i], total: e.relationships.totalCount, page: e.relationships.nodes.map((r) => r.id) }).toEqual({
          id: hubs[i],
          total: row!.total,
          page: row!.lowest,
        });
      }
    });

    it(
      'hubs and small entities as neighbourhood centres: the same cut, and the same subgraph around an entity without relationships',
      { timeout: COMPARE_TIMEOUT_MS },
      async () => {
        const hubs = withDegree((d) => d > PAGE);
        const isolated = [ISOLATED.id, ...withDegree((d) => d === 0)];
        const single = withDegree((d) => d === 1).slice(0, 3);
        const centres = [...hubs, ...isolated, ...single];
        // The entities too, the isolated one also by the id merged into it.
        const w = workloadsFor({ neighborhoods: centres, entities: [...isolated, ISOLATED.mergedIds[0]!, ...single] });
        await expectEqual('neighbourhoods of hubs, isolated and single-relationship entities', w.neighborhood);
        for (let i = 0; i < hubs.length; i++)
          expect((floorAnswer(w.neighborhood, i) as { neighborhood: { truncated: boolean } }).neighborhood.truncated, hubs[i]).toBe(true);
        const lone = floorAnswer(w.neighborhood, hubs.length) as {
          neighborhood: { truncated: boolean; nodes: { id: string }[]; relationships: unknown[] };
        };
        expect(lone.neighborhood).toEqual({ truncated: false, nodes: [expect.objectContaining({ id: isolated[0] })], relationships: [] });
        await expectEqual('entities with 0-1 relationships, one by a merged id', w.entity);
        const merged = floorAnswer(w.entity, isolated.length) as {
          entity: { id: string; relationships: { totalCount: number; nodes: unknown[] } };
        };
        expect(merged.entity).toMatchObject({ id: ISOLATED.id, relationships: { totalCount: 0, nodes: [] } });
      },
    );

    it(
      'paths with no answer: to an entity without relationships, beyond 4 hops, and from an entity to itself',
      { timeout: COMPARE_TIMEOUT_MS },
      async () => {
        const hubs = withDegree((d) => d > PAGE);
        const isolated = [ISOLATED.id, ...withDegree((d) => d === 0)];
        const middling = withDegree((d) => d >= 5 && d <= 20).slice(0, 2);
        // Pairs at 5 or more hops, found by a breadth-first search over the loaded graph (there may be none).
        const edges = await store.read({ cypher: 'MATCH (a:Entity)-[]->(b:Entity) RETURN a.id AS a, b.id AS b', params: {} });
        const adjacent = new Map<string, string[]>();
        for (const { a, b } of edges as { a: string; b: string }[]) {
          adjacent.set(a, [...(adjacent.get(a) ?? []), b]);
          adjacent.set(b, [...(adjacent.get(b) ?? []), a]);
        }
        const ids = [...adjacent.keys()].sort();
        const far: [string, string][] = [];
        for (const start of ids) {
          const hops = new Map([[start, 0]]);
          const queue = [start];
          for (let k = 0; k < queue.length; k++) {
            for (const y of adjacent.get(queue[k]!)!) {
              if (hops.has(y)) continue;
              hops.set(y, hops.get(queue[k]!)! + 1);
              queue.push(y);
            }
          }
          const target = ids.find((t) => (hops.get(t) ?? Infinity) > 4);
          if (target) far.push([start, target]);
          if (far.length >= 3) break;
        }
        const pairs: [string, string][] = [
          ...isolated.flatMap((x): [string, string][] => [
            [x, hubs[0]!],
            [middling[0]!, x],
          ]),
          ...far,
          ...[hubs[0]!, ...middling, isolated[0]!].map((x): [string, string] => [x, x]),
        ];
        const w = workloadsFor({ pairs });
        await expectEqual('paths with no answer', w.shortestPath);
        for (let i = 0; i < pairs.length; i++)
          expect([pairs[i], floorAnswer(w.shortestPath, i)]).toEqual([pairs[i], { shortestPath: null }]);
      },
    );

    it(
      'search: an entity found by name, alias prefix and typo, and words that fill the whole page with ties',
      { timeout: COMPARE_TIMEOUT_MS },
      async () => {
        const own = ['Zyzzogeton Outlier', 'zyzzogeton', 'Xanth', 'Zyzzogetno', 'ZYZZOGETON OUTLIER'];
        const common = [
          'Ministry',
          'Agreement',
          'Regional Government',
          'Port',
          'Puerto',
          'Cooperation Programme',
          'Synthetic',
          '中国',
          '公司',
          'of',
        ];
        const w = workloadsFor({ searches: [...own, ...common] });
        await expectEqual('searches for the added entity and for common words', w.search);
        for (let i = 0; i < own.length; i++)
          expect([own[i], (floorAnswer(w.search, i) as { search: { id: string }[] }).search[0]?.id]).toEqual([own[i], ISOLATED.id]);
        const full = common.filter((_, i) => (floorAnswer(w.search, own.length + i) as { search: unknown[] }).search.length === 20);
        expect(full.length, 'common words that fill a page of 20').toBeGreaterThanOrEqual(5);
      },
    );

    it('paths of one hop, between an entity and each of its neighbours', { timeout: COMPARE_TIMEOUT_MS }, async () => {
      const [hub] = withDegree((d) => d > PAGE);
      const rows = await store.read({
        cypher: 'MATCH (:Entity {id: $id})--(n:Entity) WITH DISTINCT n ORDER BY n.id LIMIT 12 RETURN n.id AS id',
        params: { id: hub! },
      });
      const pairs = rows.flatMap(({ id }): [string, string][] => [
        [hub!, id as string],
        [id as string, hub!],
      ]);
      const w = workloadsFor({ pairs });
      await expectEqual('one-hop paths', w.shortestPath);
      for (let i = 0; i < pairs.length; i++)
        expect((floorAnswer(w.shortestPath, i) as { shortestPath: { length: number } }).shortestPath.length).toBe(1);
    });
  });
});

/**
 * The floor: a minimal `node:http` handler that answers the four workloads with `neo4j-driver`
 * directly and nothing else: no GraphQL, no Express, no DataLoader, no gateway. It sends the same
 * Cypher statements as the API, in the same order and with the same parallelism, by running the
 * project's reader (src/store/reader.ts, pure builders plus row mapping) over a bare driver-backed
 * read function, so it stays in step when the queries change. Started by the bench as a child
 * process; reads NEO4J_* and PORT like the service.
 *
 *   GET /entity?id=…   GET /neighborhood?id=…   GET /shortest-path?from=…&to=…   GET /search?text=…
 */
import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { driverConfig, driverParams, type Query, type Store, type Tx } from '../src/store/gateway.js';
import { createReader } from '../src/store/reader.js';
import { NO_FILTER } from '../src/store/cypher/fragments.js';
import type { EntityModel, RelationshipModel } from '../src/graphql/models.js';

type Row = Record<string, unknown>;

/** The entity fields the workloads select for an endpoint. */
const pick = (e: EntityModel | undefined): Row | undefined => e && { id: e.id, name: e.name, type: e.type };

/** Reads over `driver`: one managed read transaction per call, as the API's gateway does. Writes are refused. */
export function driverStore({ driver, database, timeoutMs }: { driver: Driver; database: string; timeoutMs: number }): Store {
  const rows = (records: { toObject(): object }[]): Row[] => records.map((r) => r.toObject() as Row);
  const refuse = (): never => {
    throw new Error('the raw floor only reads');
  };
  return {
    database,
    read: async (q: Query) =>
      rows((await driver.executeQuery(q.cypher, driverParams(q.params), { database, routing: neo4j.routing.READ, transactionConfig: { timeout: timeoutMs } })).records),
    readTx: async <T>(work: (tx: Tx) => Promise<T>) => {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead((tx) => work({ run: async (q) => rows((await tx.run(q.cypher, driverParams(q.params))).records) }), { timeout: timeoutMs });
      } finally {
        await session.close();
      }
    },
    writeTx: refuse,
    schema: refuse,
    maintenance: refuse,
    ping: async () => undefined,
    close: () => driver.close(),
  };
}

/** Answers the workloads from `store`, with the statements and the parallelism of the API's resolvers. */
export function rawHandlers({ store }: { store: Store }) {
  const reader = createReader(store);
  /** Endpoints, evidence and its articles of `rels`, as the API's loaders fetch them: two rounds. */
  const details = async (rels: readonly RelationshipModel[], nodeIds: readonly string[]) => {
    const [nodes, evidence] = await Promise.all([reader.entitiesByIds([...new Set(nodeIds)]), reader.evidenceByRelationshipIds(rels.map((r) => r.id))]);
    const articleIds = [...new Set([...evidence.values()].flat().map((e) => e.articleId))];
    const articles = articleIds.length ? await reader.articlesByIds(articleIds) : new Map();
    const evidenceOf = (id: string) => (evidence.get(id) ?? []).map((e) => ({ id: e.id, quote: e.quote, article: articles.get(e.articleId) }));
    return { nodes, evidenceOf };
  };

  return {
    async entity(id: string): Promise<unknown> {
      const entity = (await reader.entitiesByIds([id])).get(id);
      if (!entity) return { entity: null };
      const { items, total } = await reader.entityRelationships({ id: entity.id, direction: 'BOTH', after: null, limit: 51 });
      const rels = items.slice(0, 50);
      const { nodes, evidenceOf } = await details(rels, rels.flatMap((r) => [r.sourceId, r.targetId]));
      return {
        entity: {
          ...entity,
          relationships: {
            totalCount: total,
            nodes: rels.map((r) => ({
              id: r.id,
              type: r.type,
              validFrom: r.validFrom,
              validTo: r.validTo,
              status: r.status,
              topic: r.topic,
              source: pick(nodes.get(r.sourceId)),
              target: pick(nodes.get(r.targetId)),
              evidence: evidenceOf(r.id),
            })),
          },
        },
      };
    },

    async neighborhood(id: string): Promise<unknown> {
      const sub = await reader.neighborhood({ id, depth: 2, filter: NO_FILTER, limit: 50 });
      if (!sub) return { neighborhood: null };
      const nodes = await reader.entitiesByIds(sub.nodeIds);
      return {
        neighborhood: {
          truncated: sub.truncated,
          nodes: sub.nodeIds.map((n) => pick(nodes.get(n))).filter(Boolean),
          relationships: sub.relationships.map((r) => ({ id: r.id, type: r.type, validFrom: r.validFrom, status: r.status, source: { id: r.sourceId }, target: { id: r.targetId } })),
        },
      };
    },

    async shortestPath(from: string, to: string): Promise<unknown> {
      const [best] = await reader.paths({ from, to, maxHops: 4, filter: NO_FILTER, k: 1 });
      if (!best) return { shortestPath: null };
      const { nodes, evidenceOf } = await details(best.relationships, best.nodeIds);
      return {
        shortestPath: {
          length: best.relationships.length,
          steps: best.relationships.map((r, i) => ({
            reversed: r.sourceId !== best.nodeIds[i],
            from: pick(nodes.get(best.nodeIds[i]!)),
            relationship: { id: r.id, type: r.type, validFrom: r.validFrom, status: r.status, evidence: evidenceOf(r.id) },
            to: pick(nodes.get(best.nodeIds[i + 1]!)),
          })),
        },
      };
    },

    async search(text: string): Promise<unknown> {
      const found = await reader.search({ text, types: null, first: 20 });
      return { search: found.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases })) };
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('NEO4J_URI is required');
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), { ...driverConfig(config.neo4j), disableLosslessIntegers: true });
  const h = rawHandlers({ store: driverStore({ driver, database: config.neo4j.database, timeoutMs: config.neo4j.queryTimeoutMs }) });
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = (name: string): string => url.searchParams.get(name) ?? '';
    const answer =
      url.pathname === '/entity' ? h.entity(q('id'))
      : url.pathname === '/neighborhood' ? h.neighborhood(q('id'))
      : url.pathname === '/shortest-path' ? h.shortestPath(q('from'), q('to'))
      : url.pathname === '/search' ? h.search(q('text'))
      : Promise.resolve(undefined);
    answer.then(
      (data) => {
        res.writeHead(data === undefined ? 404 : 200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      },
      (err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
      },
    );
  });
  server.listen(config.port, config.host, () => console.log(`LISTENING http://${config.host}:${config.port}`));
  process.on('SIGTERM', () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) void main();

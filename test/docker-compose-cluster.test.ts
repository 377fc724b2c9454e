/**
 * Static checks of the scale-out setup (docker-compose.cluster.yml, deploy/nginx/nginx.conf): the
 * cluster cannot run here (Enterprise image, four JVMs), so its wiring is parsed and compared with
 * what the Neo4j 5.26 clustering docs require; the API's environment goes through the service's own
 * config loader; and the store runs against a neo4j:// routing URI on the test Neo4j.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../src/config.js';
import { createStore } from '../src/store/gateway.js';

const root = new URL('../', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8');
type Dict = Record<string, unknown>;

/** Compose interpolation enough for this file: ${VAR}, ${VAR:-default}, ${VAR:?error}, $$. */
function interpolate(value: string, env: Readonly<Record<string, string>>): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-?])([^}]*))?\}/g, (match, name?: string, op?: string, arg?: string) => {
    if (match === '$$') return '$';
    const v = env[name!];
    if (op === '?' && !v) throw new Error(`required variable ${name}: ${arg}`);
    return v || (op === '-' ? (arg ?? '') : '');
  });
}

const compose = parse(read('docker-compose.cluster.yml'), { merge: true }) as { services: Record<string, Dict>; networks: Dict };
const services = compose.services;
const HOST_ENV = { NEO4J_ACCEPT_LICENSE_AGREEMENT: 'yes', NEO4J_PASSWORD: 'a-long-cluster-secret' };
const envOf = (name: string, hostEnv: Record<string, string> = HOST_ENV): Record<string, string> =>
  Object.fromEntries(Object.entries((services[name]!.environment ?? {}) as Dict).map(([k, v]) => [k, interpolate(String(v), hostEnv)]));
/** neo4j.conf setting name of an image variable: "_" -> ".", "__" -> "_". */
const setting = (variable: string): string =>
  variable
    .replace(/^NEO4J_/, '')
    .split('__')
    .map((part) => part.replace(/_/g, '.'))
    .join('_');
const conf = (name: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(envOf(name))
      .filter(([k]) => k.startsWith('NEO4J_') && !['NEO4J_AUTH', 'NEO4J_ACCEPT_LICENSE_AGREEMENT'].includes(k))
      .map(([k, v]) => [setting(k), v]),
  );

const members = Object.keys(services).filter((s) => String(services[s]!.image ?? '').startsWith('neo4j:'));
const primaries = members.filter((m) => conf(m)['initial.server.mode_constraint'] === 'PRIMARY');
const secondaries = members.filter((m) => conf(m)['initial.server.mode_constraint'] === 'SECONDARY');
const apis = Object.keys(services).filter((s) => (services[s]!.build as Dict | undefined)?.dockerfile === 'Dockerfile');
const aliasesOf = (name: string): string[] => {
  const n = services[name]!.networks;
  if (Array.isArray(n)) return [];
  return Object.values((n ?? {}) as Dict).flatMap((v) => ((v as Dict | null)?.aliases as string[] | undefined) ?? []);
};

/** The Neo4j 5.26 settings this file may set (operations manual, configuration settings). */
const KNOWN_SETTINGS = new Set([
  'server.memory.heap.initial_size',
  'server.memory.heap.max_size',
  'server.memory.pagecache.size',
  'server.default_listen_address',
  'server.default_advertised_address',
  'server.cluster.advertised_address',
  'server.cluster.raft.advertised_address',
  'server.routing.advertised_address',
  'server.bolt.advertised_address',
  'server.cluster.system_database_mode',
  'initial.server.mode_constraint',
  'initial.dbms.default_primaries_count',
  'initial.dbms.default_secondaries_count',
  'initial.dbms.automatically_enable_free_servers',
  'dbms.cluster.discovery.version',
  'dbms.cluster.discovery.resolver_type',
  'dbms.cluster.discovery.v2.endpoints',
  'dbms.cluster.minimum_initial_system_primaries_count',
]);

describe('deploy: docker-compose.cluster.yml', () => {
  it('runs three primaries and one secondary of neo4j:5.26-enterprise, each hosting the system database in its own mode', () => {
    expect(members).toHaveLength(4);
    expect(primaries).toHaveLength(3);
    expect(secondaries).toHaveLength(1);
    for (const m of members) {
      expect(services[m]!.image).toBe('neo4j:5.26-enterprise');
      expect(conf(m)['server.cluster.system_database_mode']).toBe(conf(m)['initial.server.mode_constraint']);
      expect(services[m]!.healthcheck).toBeDefined();
      expect((services[m]!.volumes as string[]).some((v) => v.endsWith(':/data'))).toBe(true);
    }
  });

  it('needs the licence accepted and a password, and sets only settings Neo4j knows', () => {
    expect(() => envOf('core1', { NEO4J_PASSWORD: 'a-long-cluster-secret' })).toThrow(/NEO4J_ACCEPT_LICENSE_AGREEMENT/);
    expect(() => envOf('core1', { NEO4J_ACCEPT_LICENSE_AGREEMENT: 'yes' })).toThrow(/NEO4J_PASSWORD/);
    for (const m of members) {
      expect(envOf(m).NEO4J_ACCEPT_LICENSE_AGREEMENT).toBe('yes');
      expect(envOf(m).NEO4J_AUTH).toBe('neo4j/a-long-cluster-secret');
      for (const s of Object.keys(conf(m))) expect(KNOWN_SETTINGS, `${m}: ${s}`).toContain(s);
    }
  });

  it('discovers over v2 with one LIST naming every member, each advertising itself at its own name', () => {
    const endpoints = members.map((m) => conf(m)['dbms.cluster.discovery.v2.endpoints']);
    expect(new Set(endpoints).size).toBe(1);
    const listed = endpoints[0]!.split(',');
    expect(listed.sort()).toEqual(members.map((m) => `${services[m]!.hostname as string}:6000`).sort());
    for (const m of members) {
      const c = conf(m);
      expect(c['dbms.cluster.discovery.version']).toBe('V2_ONLY');
      expect(c['dbms.cluster.discovery.resolver_type']).toBe('LIST');
      expect(services[m]!.hostname).toBe(m);
      expect(c['server.cluster.advertised_address']).toBe(`${m}:6000`);
      expect(c['server.cluster.raft.advertised_address']).toBe(`${m}:7000`);
      expect(c['server.bolt.advertised_address']).toBe(`${m}:7687`);
      expect(c['dbms.cluster.minimum_initial_system_primaries_count']).toBe(String(primaries.length));
      expect(c['initial.dbms.default_primaries_count']).toBe(String(primaries.length));
      expect(c['initial.dbms.default_secondaries_count']).toBe(String(secondaries.length));
    }
  });

  it('runs two API replicas on a neo4j:// routing URI that reaches every primary, and the service accepts their environment', () => {
    expect(apis).toEqual(['api1', 'api2']);
    const aliasOfAllPrimaries = aliasesOf(primaries[0]!).filter((a) => primaries.every((p) => aliasesOf(p).includes(a)));
    for (const api of apis) {
      const env = envOf(api);
      const uri = new URL(env.NEO4J_URI!);
      expect(uri.protocol).toBe('neo4j:');
      expect(aliasOfAllPrimaries).toContain(uri.hostname);
      expect(uri.port).toBe('7687');
      const config = loadConfig(env);
      expect(config.neo4j.uri).toBe('neo4j://neo4j-cluster:7687');
      expect(config.neo4j.password).toBe(HOST_ENV.NEO4J_PASSWORD);
      expect(config.host).toBe('0.0.0.0');
      expect(JSON.stringify(services[api]!.healthcheck)).toContain('/health/ready');
      expect(Object.keys(services[api]!.depends_on as Dict).every((d) => [...members, ...apis].includes(d))).toBe(true);
    }
    // One replica seeds an empty cluster; the other waits for it, so they never seed at once.
    expect(apis.map((a) => envOf(a).SEED_ON_START)).toEqual(['true', 'false']);
    expect(services.api2!.depends_on).toEqual({ api1: { condition: 'service_healthy' } });
    expect(Object.keys(services.api1!.depends_on as Dict).sort()).toEqual([...members].sort());
  });

  it('puts nginx in front, balancing over both replicas with the routes and health checks they need', () => {
    const lb = services.lb!;
    expect(String(lb.image)).toMatch(/^nginx:/);
    expect(lb.volumes).toContain('./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(Object.keys(lb.depends_on as Dict).sort()).toEqual(apis);
    expect(JSON.stringify(lb.healthcheck)).toContain('/health/ready');
    const nginx = read('deploy/nginx/nginx.conf').replace(/#.*$/gm, '');
    const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(nginx);
    expect(upstream).not.toBeNull();
    const servers = [...upstream![2]!.matchAll(/^\s*server\s+([\w.-]+:\d+)/gm)].map((m) => m[1]);
    expect(servers).toEqual(apis.map((a) => `${a}:${envOf(a).PORT}`));
    expect(nginx).toMatch(new RegExp(`proxy_pass\\s+http://${upstream![1]};`));
    expect(nginx).toMatch(/proxy_next_upstream[^;]*\bhttp_503\b/);
    expect(nginx).toMatch(/location = \/metrics \{ return 404; \}/);
    const port = (lb.ports as string[])[0]!;
    expect(interpolate(port, {})).toBe(`8080:${/listen\s+(\d+);/.exec(nginx)![1]}`);
  });
});

describe('deploy: the store on a routing URI', () => {
  it('reads and writes through a neo4j:// routing driver (the cluster mode), here against the single test server', async () => {
    const n = inject('neo4j');
    const routed = new URL(n.uri);
    routed.protocol = 'neo4j:';
    expect(loadConfig({ NEO4J_URI: routed.toString(), NEO4J_PASSWORD: n.password }).neo4j.uri).toBe(routed.toString());
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io', NEO4J_PASSWORD: 'an-aura-password' }).neo4j.uri).toBe(
      'neo4j+s://abcd1234.databases.neo4j.io',
    );
    const store = createStore({
      uri: routed.toString(),
      user: n.user,
      password: n.password,
      database: n.database,
      connectionTimeoutMs: 5000,
      acquisitionTimeoutMs: 5000,
      maxRetryMs: 5000,
      queryTimeoutMs: 10000,
      maintenanceTimeoutMs: 0,
      maxPoolSize: 5,
    });
    try {
      await store.ping();
      const chain = { current: [] as string[] };
      await store.writeTx((tx) => tx.run({ cypher: 'MERGE (x:RoutingProbe {id: 1})', params: {} }), { bookmarks: chain });
      expect(chain.current.length).toBeGreaterThan(0);
      expect(await store.read({ cypher: 'MATCH (x:RoutingProbe) RETURN count(x) AS n', params: {} }, { bookmarks: chain })).toEqual([
        { n: 1 },
      ]);
      await store.writeTx((tx) => tx.run({ cypher: 'MATCH (x:RoutingProbe) DELETE x', params: {} }));
    } finally {
      await store.close();
    }
  });
});

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { projectRoot } from '../src/project-root.js';

describe('config: loadConfig', () => {
  it('applies documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: '127.0.0.1', env: 'development', seedOnStart: true });
    expect(c.neo4j).toMatchObject({ uri: undefined, user: 'neo4j', database: 'neo4j' });
    expect(Object.isFrozen(c) && Object.isFrozen(c.neo4j)).toBe(true);
  });

  it('lists every bad variable at once', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', NEO4J_URI: 'nonsense', LOG_LEVEL: 'loud' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['LOG_LEVEL', 'NEO4J_URI', 'PORT']);
  });

  it('reads TRUST_PROXY as hops or proxy addresses, and refuses trusting every proxy', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).http.trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: .*every proxy/);
    expect(() => loadConfig({ TRUST_PROXY: 'loopback,10.0.0.300,10.0.0.0/40' })).toThrow(
      /TRUST_PROXY: .*not: 10\.0\.0\.300, 10\.0\.0\.0\/40/,
    );
  });

  it('reads CHANGE_POLL_MS, 1000 by default, and refuses an interval under 10 ms', () => {
    expect(loadConfig({}).http.changePollMs).toBe(1000);
    expect(loadConfig({ CHANGE_POLL_MS: '100' }).http.changePollMs).toBe(100);
    expect(() => loadConfig({ CHANGE_POLL_MS: '0' })).toThrow(/CHANGE_POLL_MS: /);
  });

  it('bases IRIs on PUBLIC_BASE_URL, http://localhost:4000 by default, without its trailing slash, and refuses a query or fragment', () => {
    expect(loadConfig({}).http.publicBaseUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://kg.example.org/kg/' }).http.publicBaseUrl).toBe('https://kg.example.org/kg');
    for (const bad of ['https://kg.example.org/?v=1', 'https://kg.example.org/#top', 'ftp://kg.example.org']) {
      expect(() => loadConfig({ PUBLIC_BASE_URL: bad }), bad).toThrow(/PUBLIC_BASE_URL: must/);
    }
  });

  it('runs any operation unless TRUSTED_DOCUMENTS says otherwise, with the manifest at documents/manifest.json', () => {
    const root = projectRoot();
    expect(loadConfig({}).trustedDocuments).toEqual({ mode: 'off', manifest: path.join(root, 'documents/manifest.json') });
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_MANIFEST: 'ops/m.json' }).trustedDocuments).toEqual({
      mode: 'require',
      manifest: path.join(root, 'ops/m.json'),
    });
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'on' })).toThrow('TRUSTED_DOCUMENTS: must be one of off, allow, require');
  });

  it('gives maintenance work its own transaction timeout: 10 minutes by default, 0 for no limit', () => {
    expect(loadConfig({}).neo4j).toMatchObject({ queryTimeoutMs: 15_000, maintenanceTimeoutMs: 600_000 });
    expect(loadConfig({ NEO4J_MAINTENANCE_TIMEOUT_MS: '0', NEO4J_QUERY_TIMEOUT_MS: '1' }).neo4j).toMatchObject({
      queryTimeoutMs: 1,
      maintenanceTimeoutMs: 0,
    });
    expect(loadConfig({ NEO4J_MAINTENANCE_TIMEOUT_MS: '3600000' }).neo4j.maintenanceTimeoutMs).toBe(3_600_000);
    for (const bad of ['-1', '1.5', 'ten minutes']) {
      expect(() => loadConfig({ NEO4J_MAINTENANCE_TIMEOUT_MS: bad }), bad).toThrow(
        /NEO4J_MAINTENANCE_TIMEOUT_MS: must be a (whole )?number of milliseconds \(0: no limit\)/,
      );
    }
    // The API's query timeout keeps refusing 0: a request always has a limit.
    expect(() => loadConfig({ NEO4J_QUERY_TIMEOUT_MS: '0' })).toThrow(/NEO4J_QUERY_TIMEOUT_MS/);
  });

  it('turns tracing on only with an http(s) OTEL_EXPORTER_OTLP_ENDPOINT, named china-peru-kg unless OTEL_SERVICE_NAME says so', () => {
    expect(loadConfig({}).tracing).toEqual({ endpoint: undefined, serviceName: 'china-peru-kg' });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/', OTEL_SERVICE_NAME: 'kg-api' }).tracing).toEqual({
      endpoint: 'http://collector:4318',
      serviceName: 'kg-api',
    });
    for (const bad of ['collector:4318', 'grpc://collector:4317', 'not a url']) {
      expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: bad }), bad).toThrow(
        'OTEL_EXPORTER_OTLP_ENDPOINT: must be an http:// or https:// URL such as http://collector:4318',
      );
    }
  });

  it('limits the cost of an operation to 10000 and gives each client 20000 points back at 500 a second, 0 turning either off', () => {
    expect(loadConfig({}).cost).toEqual({ maxCost: 10_000, budget: 20_000, restoreRate: 500 });
    expect(loadConfig({ QUERY_MAX_COST: '0', COST_BUDGET: '0', COST_RESTORE_RATE: '2.5' }).cost).toEqual({
      maxCost: 0,
      budget: 0,
      restoreRate: 2.5,
    });
    expect(() => loadConfig({ QUERY_MAX_COST: '5000', COST_BUDGET: '4000' })).toThrow(
      'QUERY_MAX_COST: must not be over COST_BUDGET (4000), or such a query could never run',
    );
    expect(() => loadConfig({ COST_RESTORE_RATE: '0' })).toThrow(/COST_RESTORE_RATE/);
  });

  it('accepts routing and TLS URIs and requires a password with them', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret-pass' }).neo4j.uri).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD: is required/);
  });
});

describe('config: npm start with a bad environment', () => {
  it('exits non-zero naming each bad variable', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot(),
      env: { ...process.env, PORT: 'abc', NEO4J_URI: 'nonsense' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PORT: must be a port number');
    expect(r.stderr).toContain('NEO4J_URI: must be a URI');
  });
});

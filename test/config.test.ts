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

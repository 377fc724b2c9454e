/**
 * Static checks of the container setup: docker-compose.yml, Dockerfile and .dockerignore.
 * No Docker engine is needed; the files are parsed and their wiring is compared (service
 * names, ports, credentials, health checks, stages, user), and the environment compose gives
 * the API is fed through the service's own config loader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../src/config.js';

const root = new URL('../', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8');

type Dict = Record<string, unknown>;

function isDict(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function dict(v: unknown, what: string): Dict {
  if (!isDict(v)) throw new Error(`${what} is not a mapping`);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Compose helpers

/**
 * Compose variable interpolation, enough for this file: `$$` is a literal `$`; `${VAR}`,
 * `${VAR:-default}` (default when unset or empty), `${VAR-default}` (default when unset),
 * `${VAR:?message}` / `${VAR?message}` (error), and bare `$VAR`.
 */
function interpolate(value: string, env: Readonly<Record<string, string>>): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, braced?: string, colon?: string, op?: string, arg?: string, bare?: string) => {
      if (match === '$$') return '$';
      const name = braced ?? bare ?? '';
      const set = Object.prototype.hasOwnProperty.call(env, name);
      const current = set ? env[name] : undefined;
      const missing = colon ? current === undefined || current === '' : current === undefined;
      if (op === '-') return missing ? (arg ?? '') : (current ?? '');
      if (op === '?') {
        if (missing) throw new Error(`required variable ${name}: ${arg ?? ''}`);
        return current ?? '';
      }
      return current ?? '';
    },
  );
}

const compose = dict(parse(read('docker-compose.yml')), 'docker-compose.yml');
const services = dict(compose.services, 'services');
const neo4j = dict(services.neo4j, 'services.neo4j');
const api = dict(services.api, 'services.api');

/** A service's environment (list or mapping form), interpolated against `hostEnv`. */
function envOf(service: Dict, hostEnv: Readonly<Record<string, string>> = {}): Record<string, string> {
  const raw = service.environment;
  const out: Record<string, string> = {};
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      const s = String(entry);
      const eq = s.indexOf('=');
      if (eq > 0) out[s.slice(0, eq)] = interpolate(s.slice(eq + 1), hostEnv);
    }
  } else if (isDict(raw)) {
    for (const [k, v] of Object.entries(raw)) {
      if (v !== null && v !== undefined) out[k] = interpolate(String(v), hostEnv);
    }
  }
  return out;
}

interface PortMapping {
  hostIp: string | undefined;
  published: string | undefined;
  target: string;
}

/** Short (`[ip:]host:container[/proto]` or `container`) and long port syntax. */
function portsOf(service: Dict): PortMapping[] {
  const raw = service.ports;
  if (!Array.isArray(raw)) return [];
  return raw.map((p): PortMapping => {
    if (isDict(p)) {
      return {
        hostIp: p.host_ip === undefined ? undefined : String(p.host_ip),
        published: p.published === undefined ? undefined : String(p.published),
        target: String(p.target),
      };
    }
    const parts = String(p)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    const target = parts.pop() ?? '';
    const published = parts.pop();
    const hostIp = parts.pop();
    return { hostIp, published, target };
  });
}

/** Volume mounts as { source, target } (short `source:target[:mode]` or long syntax). */
function mountsOf(service: Dict): { source: string; target: string }[] {
  const raw = service.volumes;
  if (!Array.isArray(raw)) return [];
  return raw.map((v) => {
    if (isDict(v)) return { source: String(v.source), target: String(v.target) };
    const [source = '', target = ''] = String(v).split(':');
    return { source, target };
  });
}

function healthcheckCommand(service: Dict): string {
  const hc = dict(service.healthcheck, 'healthcheck');
  expect(hc.disable).not.toBe(true);
  const test = hc.test;
  if (Array.isArray(test)) {
    expect(['CMD', 'CMD-SHELL']).toContain(test[0]);
    return test.slice(1).map(String).join(' ');
  }
  expect(typeof test).toBe('string');
  return String(test);
}

/** user and password from NEO4J_AUTH ("user/password"; the image also allows a "/true" suffix). */
function neo4jAuth(hostEnv: Readonly<Record<string, string>> = {}): { user: string; password: string } {
  const auth = envOf(neo4j, hostEnv).NEO4J_AUTH ?? '';
  // Same pattern as the image's docker-entrypoint.sh (set_initial_password).
  const m = /^([^/]+)\/([^/]+)\/?([tT][rR][uU][eE])?$/.exec(auth);
  if (!m) throw new Error(`NEO4J_AUTH has not the form user/password: ${auth}`);
  return { user: m[1] ?? '', password: m[2] ?? '' };
}

// ---------------------------------------------------------------------------------------------
// Dockerfile helpers

interface Instruction {
  keyword: string;
  args: string;
  stage: number;
}

/** Instructions with continuation lines joined and comments dropped; stage = index of its FROM. */
function parseDockerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let current = '';
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*#/.test(line)) continue;
    if (/\\\s*$/.test(line)) {
      current += line.replace(/\\\s*$/, ' ');
      continue;
    }
    current += line;
    if (current.trim()) logical.push(current.trim());
    current = '';
  }
  if (current.trim()) logical.push(current.trim());

  let stage = -1;
  return logical.map((l) => {
    const m = /^(\S+)\s*(.*)$/.exec(l);
    const keyword = (m?.[1] ?? '').toUpperCase();
    if (keyword === 'FROM') stage += 1;
    return { keyword, args: (m?.[2] ?? '').replace(/\s+/g, ' ').trim(), stage };
  });
}

const dockerfile = parseDockerfile(read('Dockerfile'));
const froms = dockerfile
  .filter((i) => i.keyword === 'FROM')
  .map((i) => {
    const m = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(i.args);
    return { image: m?.[1] ?? '', name: m?.[2], stage: i.stage };
  });
const finalStage = froms.length - 1;
const inFinal = (keyword: string): Instruction[] => dockerfile.filter((i) => i.stage === finalStage && i.keyword === keyword);
const stageNamed = (name: string | undefined): number => froms.find((f) => f.name === name)?.stage ?? -1;

/** ENV instructions of one stage as a map (`ENV A=1 B=2` and legacy `ENV A 1`). */
function envOfStage(stage: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of dockerfile.filter((x) => x.stage === stage && x.keyword === 'ENV')) {
    if (!i.args.includes('=')) {
      const [k = '', ...rest] = i.args.split(' ');
      out[k] = rest.join(' ');
      continue;
    }
    for (const m of i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)) {
      out[m[1] ?? ''] = (m[2] ?? '').replace(/^["']|["']$/g, '');
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

describe('deploy: docker-compose.yml', () => {
  it('has no obsolete top-level version key and defines the services neo4j and api', () => {
    expect(compose).not.toHaveProperty('version');
    expect(Object.keys(services).sort()).toEqual(['api', 'neo4j']);
  });

  describe('service neo4j', () => {
    it('runs the Neo4j 5.26 LTS Community image', () => {
      expect(neo4j.image).toBe('neo4j:5.26-community');
    });

    it('keeps its data in the named volume neo4j-data at /data, declared at top level', () => {
      const mounts = mountsOf(neo4j);
      expect(mounts).toContainEqual({ source: 'neo4j-data', target: '/data' });
      expect(mounts).toContainEqual({ source: 'neo4j-logs', target: '/logs' });
      const volumes = dict(compose.volumes, 'volumes');
      expect(Object.keys(volumes).sort()).toEqual(['neo4j-data', 'neo4j-logs']);
    });

    it('has a health check that queries Bolt with the configured credentials', () => {
      const cmd = healthcheckCommand(neo4j);
      expect(cmd).toContain('cypher-shell');
      expect(cmd).toContain('bolt://localhost:7687');
      expect(cmd).toContain('RETURN 1');
      // $$ escapes compose interpolation, so the container's shell expands NEO4J_AUTH.
      expect(cmd).toContain('"$${NEO4J_AUTH#*/}"');
      const hc = dict(neo4j.healthcheck, 'healthcheck');
      expect(hc.interval).toBe('10s');
      expect(hc.timeout).toBe('10s');
      expect(hc.retries).toBe(10);
      expect(hc.start_period).toBe('60s');
    });

    it('the health check password expression yields the NEO4J_AUTH password', () => {
      // What `sh` makes of ${NEO4J_AUTH#*/}: strip the shortest prefix up to the first "/".
      const auth = envOf(neo4j).NEO4J_AUTH ?? '';
      expect(auth.replace(/^[^/]*\//, '')).toBe(neo4jAuth().password);
    });

    it('sets NEO4J_AUTH to neo4j/<password> with a password Neo4j accepts', () => {
      const { user, password } = neo4jAuth();
      expect(user).toBe('neo4j');
      expect(password).toBe('china-peru-kg-local');
      expect(password.length).toBeGreaterThanOrEqual(8);
      expect(password).not.toBe('neo4j');
      expect(neo4jAuth({ NEO4J_PASSWORD: 'another-secret-42' })).toEqual({
        user: 'neo4j',
        password: 'another-secret-42',
      });
    });

    it('passes only NEO4J_AUTH and Neo4j settings as NEO4J_* variables (the image turns the rest into neo4j.conf)', () => {
      const env = envOf(neo4j);
      for (const key of Object.keys(env).filter((k) => k.startsWith('NEO4J_') && k !== 'NEO4J_AUTH')) {
        expect(key).toMatch(/^NEO4J_[a-z][a-z0-9]*(?:_{1,2}[a-z0-9]+)*$/);
      }
    });

    it('sizes heap and page cache with the NEO4J_server_memory_* settings', () => {
      const env = envOf(neo4j);
      expect(env.NEO4J_server_memory_heap_initial__size).toBe('1G');
      expect(env.NEO4J_server_memory_heap_max__size).toBe('1G');
      expect(env.NEO4J_server_memory_pagecache_size).toBe('512M');
      expect(envOf(neo4j, { NEO4J_HEAP_SIZE: '2G' }).NEO4J_server_memory_heap_max__size).toBe('2G');
    });

    it('publishes HTTP 7474 and Bolt 7687 on the loopback interface only', () => {
      expect(portsOf(neo4j)).toEqual([
        { hostIp: '127.0.0.1', published: '7474', target: '7474' },
        { hostIp: '127.0.0.1', published: '7687', target: '7687' },
      ]);
    });

    it('restarts unless stopped', () => {
      expect(neo4j.restart).toBe('unless-stopped');
    });
  });

  describe('service api', () => {
    it('is built from the Dockerfile in the project root', () => {
      const build = dict(api.build, 'api.build');
      expect(build.context).toBe('.');
      expect(build.dockerfile).toBe('Dockerfile');
      expect(existsSync(new URL('Dockerfile', root))).toBe(true);
    });

    it('starts only after neo4j is healthy', () => {
      const dependsOn = dict(api.depends_on, 'api.depends_on');
      expect(dict(dependsOn.neo4j, 'depends_on.neo4j').condition).toBe('service_healthy');
    });

    it('points NEO4J_URI at the Bolt port of the neo4j service', () => {
      const uri = new URL(envOf(api).NEO4J_URI ?? '');
      expect(uri.protocol).toBe('bolt:');
      expect(uri.hostname).toBe('neo4j');
      expect(uri.port).toBe('7687');
      expect(portsOf(neo4j).map((p) => p.target)).toContain(uri.port);
    });

    it('uses the user and password that NEO4J_AUTH gives neo4j, with and without NEO4J_PASSWORD set', () => {
      const hostEnvs: Record<string, string>[] = [{}, { NEO4J_PASSWORD: 'another-secret-42' }, { NEO4J_PASSWORD: '' }];
      for (const hostEnv of hostEnvs) {
        const env = envOf(api, hostEnv);
        const auth = neo4jAuth(hostEnv);
        expect(env.NEO4J_USER).toBe(auth.user);
        expect(env.NEO4J_PASSWORD).toBe(auth.password);
      }
      expect(envOf(api).NEO4J_DATABASE).toBe('neo4j');
    });

    it('listens on 0.0.0.0:4000 and publishes that port as 4000', () => {
      const env = envOf(api);
      expect(env.HOST).toBe('0.0.0.0');
      expect(env.PORT).toBe('4000');
      expect(portsOf(api)).toEqual([{ hostIp: undefined, published: '4000', target: env.PORT }]);
    });

    it('runs in production mode and seeds an empty database at start', () => {
      const env = envOf(api);
      expect(env.NODE_ENV).toBe('production');
      expect(env.SEED_ON_START).toBe('true');
      expect(env.LOG_LEVEL).toBe('info');
    });

    it('has an environment the service configuration accepts, with no local Neo4j', () => {
      const config = loadConfig(envOf(api));
      expect(config.env).toBe('production');
      expect(config.host).toBe('0.0.0.0');
      expect(config.port).toBe(4000);
      expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
      expect(config.neo4j.user).toBe('neo4j');
      expect(config.neo4j.password).toBe(neo4jAuth().password);
      expect(config.neo4j.database).toBe('neo4j');
      expect(config.seedOnStart).toBe(true);
    });

    it('has a health check on /health/ready at its own port, using node (no curl in the image)', () => {
      const cmd = healthcheckCommand(api);
      expect(cmd).toMatch(/^node -e /);
      expect(cmd).toContain(`fetch('http://127.0.0.1:${envOf(api).PORT}/health/ready'`);
      expect(cmd).toContain('process.exit(r.ok ? 0 : 1)');
    });

    it('restarts unless stopped and has time to shut down gracefully', () => {
      expect(api.restart).toBe('unless-stopped');
      expect(api.stop_grace_period).toBe('30s');
    });
  });
});

describe('deploy: Dockerfile', () => {
  it('is a multi-stage build on Node 24 with every stage named', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    expect(froms.map((f) => f.name)).toEqual(['build', 'runtime']);
    for (const f of froms) expect(f.image).toBe('node:24-bookworm-slim');
  });

  it('compiles in the build stage with the dev dependencies', () => {
    const build = stageNamed('build');
    const runs = dockerfile.filter((i) => i.stage === build && i.keyword === 'RUN').map((i) => i.args);
    expect(runs).toContain('npm ci --ignore-scripts');
    expect(runs).toContain('npm run build');
  });

  it('installs only production dependencies in the final stage and copies dist, schema, the trusted documents, seeds and the pages', () => {
    const runs = inFinal('RUN').map((i) => i.args);
    expect(runs.some((r) => /^npm ci --omit=dev\b/.test(r))).toBe(true);
    const copies = inFinal('COPY').map((i) => i.args);
    expect(copies).toEqual([
      'package.json package-lock.json ./',
      '--from=build /app/dist ./dist',
      'schema ./schema',
      'documents ./documents',
      'seeds ./seeds',
      'public ./public',
    ]);
    const workdir = inFinal('WORKDIR').map((i) => i.args);
    expect(workdir).toEqual(['/app']);
  });

  it('sets NODE_ENV=production, HOST=0.0.0.0 and PORT=4000 and exposes that port', () => {
    const env = envOfStage(finalStage);
    expect(env.NODE_ENV).toBe('production');
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.PORT).toBe('4000');
    expect(inFinal('EXPOSE').map((i) => i.args)).toEqual([env.PORT]);
    // Source-mapped stack traces cost on every statement (the driver formats one per statement).
    expect(env.NODE_OPTIONS ?? '').not.toContain('--enable-source-maps');
  });

  it('runs as the non-root node user', () => {
    const users = inFinal('USER').map((i) => i.args);
    expect(users.at(-1)).toBe('node');
  });

  it('has a health check on /health/ready using node fetch', () => {
    const hc = inFinal('HEALTHCHECK');
    expect(hc).toHaveLength(1);
    const args = hc[0]?.args ?? '';
    expect(args).not.toMatch(/^NONE$/i);
    expect(args).toContain('--start-period=60s');
    // Exec form must be valid JSON, or Docker silently runs it through a shell instead.
    const exec = JSON.parse(args.replace(/^.*?\bCMD\s+/, '')) as unknown;
    expect(Array.isArray(exec)).toBe(true);
    const [bin, flag, script] = exec as string[];
    expect([bin, flag]).toEqual(['node', '-e']);
    expect(script).toContain("fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/ready'");
    expect(script).toContain('process.exit(r.ok ? 0 : 1)');
  });

  it('starts node dist/src/main.js under tini', () => {
    const cmd = inFinal('CMD');
    expect(cmd).toHaveLength(1);
    expect(JSON.parse(cmd[0]?.args ?? 'null')).toEqual(['node', 'dist/src/main.js']);
    const entrypoint = inFinal('ENTRYPOINT');
    expect(entrypoint).toHaveLength(1);
    expect(JSON.parse(entrypoint[0]?.args ?? 'null')).toEqual(['/usr/bin/tini', '--']);
    expect(inFinal('RUN').some((i) => /apt-get install -y --no-install-recommends tini\b/.test(i.args))).toBe(true);
  });

  it('builds dist/src/main.js from src/ (npm run build = tsc -p tsconfig.build.json), which npm start builds and runs too', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts?: Record<string, string>; type?: string };
    expect(pkg.type).toBe('module');
    expect(pkg.scripts?.build).toBe('tsc -p tsconfig.build.json');
    // npm start serves the same compiled entry point as the image, built just before.
    expect(pkg.scripts?.prestart).toMatch(/^npm run build\b/);
    expect(pkg.scripts?.start).toBe('exec node dist/src/main.js');
    const base = JSON.parse(read('tsconfig.json')) as { compilerOptions?: { outDir?: string; rootDir?: string } };
    const build = JSON.parse(read('tsconfig.build.json')) as { include?: string[] };
    expect(base.compilerOptions?.outDir).toBe('dist');
    expect(base.compilerOptions?.rootDir).toBe('.');
    expect(build.include).toEqual(['src']);
  });
});

describe('deploy: .dockerignore', () => {
  const patterns = read('.dockerignore')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('keeps host artefacts and local state out of the build context', () => {
    for (const p of ['node_modules', 'dist', '.cache', '.neo4j', '.git', 'test-results', '.env']) {
      expect(patterns).toContain(p);
    }
  });

  it('keeps everything the image build needs', () => {
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'src', 'schema', 'seeds']) {
      expect(patterns).not.toContain(needed);
    }
    expect(patterns.filter((p) => p === '*' || p === '**' || p.startsWith('!'))).toEqual([]);
  });
});

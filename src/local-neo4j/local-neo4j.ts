/**
 * Runs Neo4j 5.26 Community from the jars in the Maven cache, without Docker or a tarball: the
 * project supplies neo4j.conf and the JVM flags that the tarball's launcher would add.
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureNeo4jJars } from './provision.js';
import { findJava } from './java.js';

/** Options for a local Neo4j; `dir` holds conf, data, logs and the pid file. */
export interface LocalNeo4jOptions {
  dir: string;
  boltPort: number;
  version: string;
  cacheDir: string;
  heap: string;
  pageCache: string;
  javaHome?: string | undefined;
  systemJavaHome?: string | undefined;
  password: string;
  /** Detached servers outlive this process (`npm run db:start`); default false. */
  detached?: boolean;
  log?: (msg: string) => void;
  /** How long to wait for Bolt to answer; default 180 s. */
  startTimeoutMs?: number;
}

/** A running local Neo4j. */
export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL after `graceMs` (default 60 s); resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

function neo4jConf(o: LocalNeo4jOptions): string {
  const d = (sub: string): string => path.join(o.dir, sub);
  return [
    '# Written by the project on every start; edit src/local-neo4j/local-neo4j.ts instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${o.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${o.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${d('data')}`,
    `server.directories.logs=${d('logs')}`,
    `server.directories.plugins=${d('plugins')}`,
    `server.directories.import=${d('import')}`,
    `server.directories.run=${d('run')}`,
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=1 days',
    '',
  ].join('\n');
}

/** The pid file of a server started in `dir`. */
export const pidFile = (dir: string): string => path.join(dir, 'run', 'local-neo4j.pid');

/** True when a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid recorded in `dir` if that process is still running. */
export function runningPid(dir: string): number | undefined {
  const file = pidFile(dir);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now (for a server started next). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/** Stops the process `pid` gracefully (SIGTERM, then SIGKILL after graceMs). */
export async function stopPid(pid: number, graceMs = 60_000): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  if (!(await waitForExit(pid, graceMs))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await waitForExit(pid, 5_000);
  }
}

async function tail(file: string, lines = 30): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Sets the configured password on first start: a fresh store only accepts neo4j/neo4j and
 * requires a password change before anything else.
 */
async function ensurePassword(uri: string, password: string): Promise<'ok' | 'retry'> {
  const tryAuth = async (pw: string): Promise<'ok' | 'unauthorized' | 'expired' | 'retry'> => {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', pw), { connectionTimeout: 3000 });
    try {
      await driver.executeQuery('RETURN 1');
      return 'ok';
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code.includes('CredentialsExpired')) return 'expired';
      if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) return 'unauthorized';
      return 'retry';
    } finally {
      await driver.close();
    }
  };
  const mine = await tryAuth(password);
  if (mine === 'ok' || mine === 'retry') return mine;
  const initial = await tryAuth('neo4j');
  if (initial === 'retry') return 'retry';
  if (initial === 'unauthorized') {
    throw new Error(
      'The local Neo4j rejects both the configured NEO4J_PASSWORD and the initial one: its store was set up with another password.',
    );
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    await driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: password }, { database: 'system' });
  } finally {
    await driver.close();
  }
  return 'ok';
}

/**
 * Starts Neo4j in `dir`, waits until Bolt answers with the configured password, and returns a
 * handle. Provisions the jars on first use.
 * @throws Error when the port is taken, Java or Maven is missing, or the server dies while starting.
 */
export async function startLocalNeo4j(o: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = o.log ?? (() => undefined);
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  if (runningPid(o.dir) !== undefined) {
    throw new Error(`A Neo4j from ${o.dir} is already running (pid ${runningPid(o.dir)}); stop it with npm run db:stop.`);
  }
  if (await portOpen(o.boltPort)) {
    throw new Error(`Port ${o.boltPort} is already in use; set LOCAL_NEO4J_BOLT_PORT to a free port.`);
  }
  const lib = await ensureNeo4jJars({ version: o.version, cacheDir: o.cacheDir, log });
  const java = await findJava({ preferred: o.javaHome, javaHome: o.systemJavaHome });
  for (const sub of ['conf', 'data', 'logs', 'plugins', 'import', 'run']) {
    await mkdir(path.join(o.dir, sub), { recursive: true });
  }
  await writeFile(path.join(o.dir, 'conf', 'neo4j.conf'), neo4jConf(o));

  const consoleLog = path.join(o.dir, 'logs', 'console.log');
  const out = openSync(consoleLog, 'a');
  const child = spawn(
    java,
    [
      ...JVM_FLAGS,
      `-Xms${o.heap}`,
      `-Xmx${o.heap}`,
      '-cp',
      `${lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${o.dir}`,
      `--config-dir=${path.join(o.dir, 'conf')}`,
    ],
    { detached: o.detached ?? false, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${java}`);
  if (o.detached) child.unref();
  await writeFile(pidFile(o.dir), `${pid}\n`);
  let exitCode: number | null | undefined;
  child.once('exit', (code) => {
    exitCode = code;
  });

  const stop = async (graceMs?: number): Promise<void> => {
    await stopPid(pid, graceMs);
    await rm(pidFile(o.dir), { force: true });
  };

  log(`Starting Neo4j ${o.version} (pid ${pid}) on ${uri}, data in ${o.dir}`);
  const deadline = Date.now() + (o.startTimeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (exitCode !== undefined || !isAlive(pid)) {
      await rm(pidFile(o.dir), { force: true });
      throw new Error(
        `Neo4j exited while starting (code ${exitCode}). Last lines of its logs:\n` +
          (await tail(path.join(o.dir, 'logs', 'neo4j.log'))) +
          '\n' +
          (await tail(consoleLog)),
      );
    }
    if ((await portOpen(o.boltPort)) && (await ensurePassword(uri, o.password)) === 'ok') {
      log(`Neo4j is ready on ${uri}`);
      return { uri, pid, stop };
    }
    await sleep(250);
  }
  await stop(10_000);
  throw new Error(`Neo4j did not answer on ${uri} within the start timeout; see ${path.join(o.dir, 'logs')}`);
}

/**
 * Runs Neo4j 5.26 Community from the jars in the Maven cache, without Docker or a tarball: the
 * project supplies neo4j.conf (neo4j-conf.ts) and the JVM flags that the tarball's launcher would
 * add (server-args.ts), then waits until Bolt answers (wait-for-bolt.ts).
 */
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ensureNeo4jJars } from './provision.js';
import { findJava } from './java.js';
import { neo4jConf } from './neo4j-conf.js';
import { portOpen } from './ports.js';
import { pidFile, runningPid, stopPid } from './process-control.js';
import { serverArgs } from './server-args.js';
import { waitForBolt } from './wait-for-bolt.js';

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

/** The last `lines` lines of a log file, or '(no log)'. */
async function tail(file: string, lines = 30): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
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
  const child = spawn(java, serverArgs({ lib, dir: o.dir, heap: o.heap }), {
    detached: o.detached ?? false,
    stdio: ['ignore', out, out],
  });
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
  const readiness = await waitForBolt({
    uri,
    port: o.boltPort,
    password: o.password,
    pid,
    exitCode: () => exitCode,
    timeoutMs: o.startTimeoutMs ?? 180_000,
  });
  switch (readiness.state) {
    case 'ready':
      log(`Neo4j is ready on ${uri}`);
      return { uri, pid, stop };
    case 'exited':
      await rm(pidFile(o.dir), { force: true });
      throw new Error(
        `Neo4j exited while starting (code ${readiness.code}). Last lines of its logs:\n` +
          (await tail(path.join(o.dir, 'logs', 'neo4j.log'))) +
          '\n' +
          (await tail(consoleLog)),
      );
    case 'timeout':
      await stop(10_000);
      throw new Error(`Neo4j did not answer on ${uri} within the start timeout; see ${path.join(o.dir, 'logs')}`);
    default:
      throw new Error(`Unknown readiness ${readiness satisfies never as string}`);
  }
}

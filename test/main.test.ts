import { execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';
import { freePort } from '../src/local-neo4j/ports.js';
import { isAlive } from '../src/local-neo4j/process-control.js';
import { withoutCost } from './helpers/service.js';

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** The pids of `pid`'s children, with their command lines. */
function childrenOf(pid: number): { pid: number; args: string }[] {
  let out = '';
  try {
    out = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  } catch {
    return []; // pgrep exits 1 when there is none
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .map((p) => ({ pid: p, args: execFileSync('ps', ['-o', 'args=', '-p', String(p)], { encoding: 'utf8' }).trim() }));
}

describe('main: npm start without NEO4J_URI', () => {
  it('builds, starts its own Neo4j, seeds it, serves the compiled JavaScript, and leaves nothing running after SIGTERM', async () => {
    const root = projectRoot();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-main-'));
    const port = await freePort();
    const bolt = await freePort();
    // A file no build emits: npm start must build dist/ afresh, never serve what an older build left.
    const stale = path.join(root, 'dist', 'src', 'left-by-an-older-build.js');
    await mkdir(path.dirname(stale), { recursive: true });
    await writeFile(stale, 'throw new Error("stale");\n');
    const startedAt = Date.now();
    // `npm start` itself (prestart builds, start runs node on dist/), signalled as a supervisor would.
    const child = spawn('npm', ['start'], {
      cwd: root,
      // The test runner's own environment, minus any NEO4J_URI: this is the built-in path.
      env: {
        ...process.env,
        NEO4J_URI: '',
        PORT: String(port),
        LOCAL_NEO4J_DIR: dir,
        LOCAL_NEO4J_BOLT_PORT: String(bolt),
        LOCAL_NEO4J_HEAP: '512m',
        LOCAL_NEO4J_PAGECACHE: '256m',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let serverPid: number | undefined;
    try {
      // Generous: the build, a JVM start and the seed on a busy machine.
      const ready = await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200, 480_000);
      expect(ready, log).toBe(true);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename stats { articles } }' }),
      });
      expect(withoutCost(await res.json())).toEqual({ data: { __typename: 'Query', stats: { articles: 6 } } });

      expect(existsSync(stale)).toBe(false);
      expect(statSync(path.join(root, 'dist', 'src', 'main.js')).mtimeMs).toBeGreaterThanOrEqual(startedAt - 1000);
      // npm's one child is node on the compiled entry point: no shell left between them (so
      // SIGTERM reaches it), no tsx loader, no source maps.
      const children = childrenOf(child.pid!);
      expect(
        children.map((c) => c.args.split(/\s+/).slice(1)),
        log,
      ).toEqual([['dist/src/main.js']]);
      serverPid = children[0]!.pid;
      const neo4jPid = Number(/"msg":"Starting Neo4j [^"]*\(pid (\d+)\)/.exec(log)?.[1]);
      expect(neo4jPid).toBeGreaterThan(0);

      child.kill('SIGTERM');
      expect(await exited, log).toBe(0);
      expect(isAlive(serverPid)).toBe(false);
      expect(isAlive(neo4jPid)).toBe(false);
      expect(log).toContain('"msg":"stopped"');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      if (serverPid !== undefined && isAlive(serverPid)) process.kill(serverPid, 'SIGKILL');
      await rm(dir, { recursive: true, force: true });
      await rm(stale, { force: true });
    }
  }, 600_000);
});

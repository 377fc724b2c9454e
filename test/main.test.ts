import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';
import { freePort, isAlive } from '../src/local-neo4j/local-neo4j.js';


async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe('main: npm start without NEO4J_URI', () => {
  it('starts its own Neo4j, seeds it, serves, and leaves nothing running after SIGTERM', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-main-'));
    const port = await freePort();
    const bolt = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot(),
      // The test runner's own environment, minus any NEO4J_URI: this is the built-in path.
      env: { ...process.env, NEO4J_URI: '', PORT: String(port), LOCAL_NEO4J_DIR: dir, LOCAL_NEO4J_BOLT_PORT: String(bolt), LOCAL_NEO4J_HEAP: '512m', LOCAL_NEO4J_PAGECACHE: '256m', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const ready = await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200, 180_000);
      expect(ready, log).toBe(true);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename stats { articles } }' }),
      });
      expect(await res.json()).toEqual({ data: { __typename: 'Query', stats: { articles: 6 } } });
      const neo4jPid = Number(/"msg":"Starting Neo4j [^"]*\(pid (\d+)\)/.exec(log)?.[1]);
      expect(neo4jPid).toBeGreaterThan(0);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(isAlive(neo4jPid)).toBe(false);
      expect(log).toContain('"msg":"stopped"');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

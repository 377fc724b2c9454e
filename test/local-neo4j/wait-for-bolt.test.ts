import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../../src/local-neo4j/ports.js';
import { waitForBolt } from '../../src/local-neo4j/wait-for-bolt.js';

const PASSWORD = 'test-password-1234';

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const proc = spawn('sh', ['-c', 'exit 0'], { stdio: 'ignore' });
  await new Promise((resolve) => proc.once('exit', resolve));
  return proc.pid!;
}

describe('local-neo4j: waitForBolt', () => {
  it('reports the exit code of a server that exited while starting', async () => {
    const port = await freePort();
    const waited = { uri: `bolt://127.0.0.1:${port}`, port, password: PASSWORD, timeoutMs: 5_000 };
    expect(await waitForBolt({ ...waited, pid: process.pid, exitCode: () => 1 })).toEqual({ state: 'exited', code: 1 });
    expect(await waitForBolt({ ...waited, pid: await deadPid(), exitCode: () => undefined })).toEqual({ state: 'exited', code: undefined });
  });

  it('gives up after the timeout while nothing answers', async () => {
    const port = await freePort();
    const started = Date.now();
    const readiness = await waitForBolt({
      uri: `bolt://127.0.0.1:${port}`,
      port,
      password: PASSWORD,
      pid: process.pid,
      exitCode: () => undefined,
      timeoutMs: 600,
    });
    expect(readiness).toEqual({ state: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
  });

  it('is ready once Bolt accepts the password', async () => {
    const { uri, password } = inject('neo4j');
    const port = Number(new URL(uri).port);
    expect(await waitForBolt({ uri, port, password, pid: process.pid, exitCode: () => undefined, timeoutMs: 30_000 })).toEqual({
      state: 'ready',
    });
  });
});

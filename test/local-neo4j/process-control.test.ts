import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive, pidFile, runningPid, stopPid } from '../../src/local-neo4j/process-control.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'process-control-test-'));
  await mkdir(path.join(dir, 'run'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A shell command as a child process, and a promise of its exit signal. */
function child(script: string): { proc: ChildProcess; exited: Promise<NodeJS.Signals | null> } {
  const proc = spawn('sh', ['-c', script], { stdio: 'ignore' });
  return { proc, exited: new Promise((resolve) => proc.once('exit', (_code, signal) => resolve(signal))) };
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const { proc, exited } = child('exit 0');
  await exited;
  return proc.pid!;
}

describe('local-neo4j: pidFile, isAlive and runningPid', () => {
  it('keeps the pid in run/local-neo4j.pid of the server’s directory', () => {
    expect(pidFile('/srv/kg')).toBe('/srv/kg/run/local-neo4j.pid');
  });

  it('tells a running process from one that has exited', async () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(await deadPid())).toBe(false);
  });

  it('gives the recorded pid only while that process runs and the file holds a pid', async () => {
    await rm(pidFile(dir), { force: true });
    expect(runningPid(dir)).toBeUndefined();
    await writeFile(pidFile(dir), `${process.pid}\n`);
    expect(runningPid(dir)).toBe(process.pid);
    await writeFile(pidFile(dir), `${await deadPid()}\n`);
    expect(runningPid(dir)).toBeUndefined();
    for (const junk of ['', 'abc', '-5', '1.5']) {
      await writeFile(pidFile(dir), junk);
      expect(runningPid(dir), junk).toBeUndefined();
    }
  });
});

describe('local-neo4j: stopPid', () => {
  it('stops a process with SIGTERM', async () => {
    const { proc, exited } = child('exec sleep 30');
    await stopPid(proc.pid!, 5_000);
    expect(await exited).toBe('SIGTERM');
    expect(isAlive(proc.pid!)).toBe(false);
  });

  it('kills a process that ignores SIGTERM once the grace time has passed', async () => {
    const { proc, exited } = child('trap "" TERM; exec sleep 30');
    // Give the shell time to ignore SIGTERM before it is sent.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await stopPid(proc.pid!, 300);
    expect(await exited).toBe('SIGKILL');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('returns at once for a process that is not there', async () => {
    await expect(stopPid(await deadPid(), 60_000)).resolves.toBeUndefined();
  });
});

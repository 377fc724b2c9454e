/** The process of a local Neo4j: its pid file, whether it runs, and stopping it. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The pid file of a server started in `dir`. */
export const pidFile = (dir: string): string => path.join(dir, 'run', 'local-neo4j.pid');

/** True when a process with this pid exists (also one this user may not signal). */
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

/** True once `pid` is gone, polled every 100 ms; false if it still runs after `ms`. */
async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/** Stops the process `pid` gracefully (SIGTERM, then SIGKILL after graceMs, default 60 s); resolves when it is gone. */
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

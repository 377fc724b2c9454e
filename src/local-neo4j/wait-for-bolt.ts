/** Waiting for a starting local Neo4j: until Bolt answers with the configured password, the process dies, or time runs out. */
import { setTimeout as sleep } from 'node:timers/promises';
import { ensurePassword } from './ensure-password.js';
import { portOpen } from './ports.js';
import { isAlive } from './process-control.js';

/** How waiting for a starting server ended; `code` is its exit code, undefined when it vanished unseen. */
export type Readiness = { state: 'ready' } | { state: 'exited'; code: number | null | undefined } | { state: 'timeout' };

/**
 * Polls every 250 ms until Bolt on 127.0.0.1:`port` accepts `password` (setting it on a fresh
 * store), the process `pid` is gone or `exitCode()` has a value, or `timeoutMs` have passed.
 */
export async function waitForBolt({
  uri,
  port,
  password,
  pid,
  exitCode,
  timeoutMs,
}: {
  uri: string;
  port: number;
  password: string;
  pid: number;
  /** The exit code once the process has exited; undefined while it runs. */
  exitCode: () => number | null | undefined;
  timeoutMs: number;
}): Promise<Readiness> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const code = exitCode();
    if (code !== undefined || !isAlive(pid)) return { state: 'exited', code };
    if ((await portOpen(port)) && (await ensurePassword(uri, password)) === 'ok') return { state: 'ready' };
    await sleep(250);
  }
  return { state: 'timeout' };
}

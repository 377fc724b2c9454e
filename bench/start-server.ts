/**
 * Starts one of the benchmarked servers as a child Node process (so that its CPU and memory are
 * its own, apart from the load generator's) and waits until it answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../src/project-root.js';

/** A running server process. */
export interface StartedServer {
  readonly name: string;
  readonly pid: number;
  /** e.g. http://127.0.0.1:40123 */
  readonly base: string;
  /** The last lines it wrote to stdout/stderr. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs` (default 20 s); resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Runs `node [nodeArgs] <script>` (compiled JavaScript, as `npm start` serves it; a `.ts` script
 * runs through tsx) from the project root with exactly `env` (nothing inherited), and resolves once
 * `GET base + probe` answers 2xx (or, with `probe` null, once the process prints `LISTENING`).
 */
export async function startServer({
  name,
  script,
  env,
  port,
  probe,
  nodeArgs = [],
  timeoutMs = 120_000,
}: {
  name: string;
  script: string;
  env: Record<string, string>;
  port: number;
  probe: string | null;
  nodeArgs?: readonly string[];
  timeoutMs?: number;
}): Promise<StartedServer> {
  const base = `http://127.0.0.1:${port}`;
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, ...loader, script], {
    cwd: projectRoot(),
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let listening = false;
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString('utf8')).slice(-8000);
    if (log.includes('LISTENING')) listening = true;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const stop = async (graceMs = 20_000): Promise<void> => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exit;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited while starting:\n${log}`);
    if (
      probe === null
        ? listening
        : await fetch(base + probe).then(
            (r) => r.ok,
            () => false,
          )
    ) {
      return { name, pid: child.pid!, base, output: () => log, stop };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop(1000);
  throw new Error(`${name} did not answer within ${timeoutMs / 1000} s:\n${log}`);
}

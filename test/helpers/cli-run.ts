/** Runs a CLI of src/cli against the test Neo4j (the one test/global-setup.ts started), for CLI tests. */
import { spawn } from 'node:child_process';
import { inject } from 'vitest';
import { projectRoot } from '../../src/project-root.js';

/** What a CLI run left: its exit status and everything it wrote. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `src/cli/<script>` with `args`, the test Neo4j's connection and `env` added to the
 * environment, without stdin; resolves when it exits (it never rejects on a non-zero status).
 */
export function runCli(script: string, args: readonly string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  const n = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}`, ...args], {
    cwd: projectRoot(),
    env: { ...process.env, NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}

/** Runs an example script of examples/node/ as an embedder would: a child process through tsx. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/project-root.js';

/** What a script printed, and its exit code. */
export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `examples/node/<script>` with `args`, and `KG_URL` set to `url` (unset when undefined).
 * Asynchronous on purpose: the service under test answers from this same process.
 */
export function runExample(script: string, args: string[], url: string | undefined): Promise<ScriptRun> {
  const root = projectRoot();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.KG_URL;
  if (url !== undefined) env.KG_URL = url;
  return new Promise((resolve) => {
    execFile(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join('examples', 'node', script), ...args],
      { cwd: root, env, timeout: 30_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

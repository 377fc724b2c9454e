/**
 * Offline backup and restore of the built-in Neo4j's store: a gzipped tar of its `data/` folder
 * (databases, transaction logs, and the system database with users and passwords), taken while the
 * server is stopped. Community Neo4j from Maven Central has no `neo4j-admin database dump/load`
 * launcher, and a copy of a running store is not consistent, so both refuse while it runs.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { runningPid } from '../local-neo4j/index.js';

function tar(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`tar ${args[0]} failed (exit ${code}): ${err.trim()}`))));
  });
}

function refuseWhileRunning(dir: string, what: string): void {
  const pid = runningPid(dir);
  if (pid !== undefined)
    throw new Error(
      `Neo4j from ${dir} is running (pid ${pid}): stop it (npm run db:stop) before a ${what}; a copy of a running store is not consistent.`,
    );
}

/**
 * Writes `<dir>/data` into the gzipped tar `file` (its folder is created).
 * @throws Error when the server runs or there is no data folder.
 */
export async function backupLocalNeo4j({ dir, file }: { dir: string; file: string }): Promise<{ file: string; bytes: number }> {
  refuseWhileRunning(dir, 'backup');
  if (!existsSync(path.join(dir, 'data'))) throw new Error(`${dir} has no data folder: nothing to back up`);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await tar(['-czf', path.resolve(file), '-C', dir, 'data']);
  return { file: path.resolve(file), bytes: (await stat(file)).size };
}

/**
 * Replaces `<dir>/data` with the one in `file`. The data folder it replaces is kept beside it as
 * `data.before-restore-<time>` (delete it once the restored server works).
 * @throws Error when the server runs, or the archive does not hold a `data/` folder only.
 */
export async function restoreLocalNeo4j({
  dir,
  file,
  now = () => new Date(),
}: {
  dir: string;
  file: string;
  now?: () => Date;
}): Promise<{ keptAs: string | undefined }> {
  refuseWhileRunning(dir, 'restore');
  const entries = (await tar(['-tzf', path.resolve(file)])).split('\n').filter(Boolean);
  if (
    entries.length === 0 ||
    entries.some((e) => !(e === 'data' || e === 'data/' || e.startsWith('data/')) || e.split('/').includes('..'))
  ) {
    throw new Error(`${file} is not a backup of a data folder (made by npm run db:backup)`);
  }
  await mkdir(dir, { recursive: true });
  const data = path.join(dir, 'data');
  let keptAs: string | undefined;
  if (existsSync(data)) {
    keptAs = path.join(dir, `data.before-restore-${now().toISOString().replace(/[:.]/g, '-')}`);
    await rename(data, keptAs);
  }
  await tar(['-xzf', path.resolve(file), '-C', dir]);
  return { keptAs };
}

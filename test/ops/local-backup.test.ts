/**
 * Offline backup and restore of the built-in Neo4j, on Neo4j servers of its own (own folders and
 * port): fill one → back it up → restore into an empty folder → the same snapshot from there.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { freePort, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../../src/local-neo4j/index.js';
import { applySchema } from '../../src/store/apply-schema.js';
import { createStore, type Store } from '../../src/store/gateway.js';
import { seedFromFiles } from '../../src/seed/seed-if-empty.js';
import { exportSnapshot } from '../../src/snapshot/index.js';
import { backupLocalNeo4j, restoreLocalNeo4j } from '../../src/ops/local-backup.js';
import { SCHEMA_DIR, SEEDS_DIR, counts } from '../helpers/neo4j.js';

async function filesOf(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

describe('ops: offline backup and restore of the built-in Neo4j', () => {
  let tmp: string;
  let options: LocalNeo4jOptions;
  let server: LocalNeo4j | undefined;

  /** Starts the server, runs `work` with a maintenance store on it (no time limit), and stops it again. */
  const withServer = async <T>(dir: string, work: (store: Store) => Promise<T>): Promise<T> => {
    server = await startLocalNeo4j({ ...options, dir });
    const store = createStore({
      uri: server.uri,
      user: 'neo4j',
      password: options.password,
      database: 'neo4j',
      connectionTimeoutMs: 5000,
      acquisitionTimeoutMs: 5000,
      maxRetryMs: 5000,
      queryTimeoutMs: 30000,
      maintenanceTimeoutMs: 0,
      maxPoolSize: 5,
    });
    try {
      return await work(store.maintenance('Seeding, exporting and restoring for the backup test'));
    } finally {
      await store.close();
      await server.stop();
      server = undefined;
    }
  };

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-backup-'));
    const config = loadConfig({});
    options = {
      ...config.localNeo4j,
      dir: tmp,
      boltPort: await freePort(),
      heap: '512m',
      pageCache: '128m',
      password: 'backup-test-password',
    };
  });
  afterAll(async () => {
    await server?.stop();
    await rm(tmp, { recursive: true, force: true });
  });

  it('restores the data folder of a backup: the restored server exports byte for byte the same snapshot', async () => {
    const original = path.join(tmp, 'original');
    const elsewhere = path.join(tmp, 'elsewhere');
    const before = path.join(tmp, 'before');
    const file = path.join(tmp, 'backups', 'kg.tar.gz');
    await withServer(original, async (store) => {
      expect(await applySchema(store, SCHEMA_DIR)).toEqual([]);
      await seedFromFiles({ store, inputs: [SEEDS_DIR] });
      expect((await counts(store)).nodes).toBeGreaterThan(50);
      await exportSnapshot({ store, dir: before });
      await expect(backupLocalNeo4j({ dir: original, file })).rejects.toThrow(/is running .* stop it \(npm run db:stop\)/);
    });

    const backup = await backupLocalNeo4j({ dir: original, file });
    expect(backup.bytes).toBeGreaterThan(10_000);

    // Onto another machine (an empty folder): nothing to keep aside.
    expect(await restoreLocalNeo4j({ dir: elsewhere, file })).toEqual({ keptAs: undefined });
    const after = path.join(tmp, 'after');
    await withServer(elsewhere, async (store) => {
      await exportSnapshot({ store, dir: after });
    });
    expect(await filesOf(after)).toEqual(await filesOf(before));

    // Over existing data: the replaced folder is kept beside the restored one.
    const restored = await restoreLocalNeo4j({ dir: original, file, now: () => new Date('2025-01-02T03:04:05.678Z') });
    expect(restored.keptAs).toBe(path.join(original, 'data.before-restore-2025-01-02T03-04-05-678Z'));
    expect((await readdir(path.join(original, 'data'))).sort()).toEqual((await readdir(restored.keptAs!)).sort());
    // A ceiling, not a speed target: two Neo4j starts and stops, which take minutes on a busy machine.
  }, 600_000);

  it('refuses an archive that is not a backup of a data folder', async () => {
    const notBackup = path.join(tmp, 'backups', 'not-a-backup.tar.gz');
    const { spawnSync } = await import('node:child_process');
    expect(spawnSync('tar', ['-czf', notBackup, '-C', tmp, 'before']).status).toBe(0);
    await expect(restoreLocalNeo4j({ dir: path.join(tmp, 'original'), file: notBackup })).rejects.toThrow(
      /is not a backup of a data folder/,
    );
  });
});

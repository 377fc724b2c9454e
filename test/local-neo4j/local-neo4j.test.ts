import net from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4jOptions } from '../../src/local-neo4j/local-neo4j.js';
import { freePort } from '../../src/local-neo4j/ports.js';
import { pidFile } from '../../src/local-neo4j/process-control.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'local-neo4j-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Options that would start a server in `dir` (the refusals below come before any jar or Java is looked for). */
const options = (boltPort: number): LocalNeo4jOptions => ({
  dir,
  boltPort,
  version: '5.26.31',
  cacheDir: path.join(dir, 'no-cache'),
  heap: '1g',
  pageCache: '512m',
  password: 'test-password-1234',
});

// Starting a real server is what test/global-setup.ts does for every Neo4j test run.
describe('local-neo4j: startLocalNeo4j', () => {
  it('refuses to start a second server from a directory whose server still runs', async () => {
    await mkdir(path.join(dir, 'run'), { recursive: true });
    await writeFile(pidFile(dir), `${process.pid}\n`);
    try {
      await expect(startLocalNeo4j(options(await freePort()))).rejects.toThrow(
        `A Neo4j from ${dir} is already running (pid ${process.pid}); stop it with npm run db:stop.`,
      );
    } finally {
      await rm(pidFile(dir), { force: true });
    }
  });

  it('refuses a Bolt port something else listens on', async () => {
    const server = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startLocalNeo4j(options(port))).rejects.toThrow(
        `Port ${port} is already in use; set LOCAL_NEO4J_BOLT_PORT to a free port.`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

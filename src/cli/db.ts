/**
 * `npm run db:provision | db:start | db:stop | db:status`: the built-in Neo4j as a background
 * server that outlives the command, for developers who keep one running between `npm start`s.
 */
import { ConfigError, loadConfig } from '../config.js';
import { ensureNeo4jJars, localNeo4jOptions, portOpen, runningPid, startLocalNeo4j, stopPid, pidFile } from '../local-neo4j/index.js';
import { rm } from 'node:fs/promises';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const options = localNeo4jOptions(config);
  const pid = runningPid(options.dir);
  switch (command) {
    case 'provision': {
      const lib = await ensureNeo4jJars({ version: options.version, cacheDir: options.cacheDir, log: (m) => console.log(m) });
      console.log(`Neo4j ${options.version} jars are in ${lib}`);
      return 0;
    }
    case 'start': {
      if (pid !== undefined) {
        console.log(`Neo4j is already running (pid ${pid}) on bolt://127.0.0.1:${options.boltPort}`);
        return 0;
      }
      const server = await startLocalNeo4j({ ...options, detached: true, log: (m) => console.log(m) });
      console.log(`Neo4j running in the background (pid ${server.pid}) on ${server.uri}; stop it with npm run db:stop`);
      return 0;
    }
    case 'stop': {
      if (pid === undefined) {
        console.log('Neo4j is not running');
        await rm(pidFile(options.dir), { force: true });
        return 0;
      }
      await stopPid(pid);
      await rm(pidFile(options.dir), { force: true });
      console.log(`Neo4j (pid ${pid}) stopped`);
      return 0;
    }
    case 'status': {
      const open = await portOpen(options.boltPort);
      if (pid === undefined) {
        console.log(`Neo4j is not running${open ? ` (but something else listens on port ${options.boltPort})` : ''}`);
        return 3;
      }
      console.log(
        `Neo4j is running (pid ${pid}), Bolt ${open ? 'answering' : 'not answering yet'} on bolt://127.0.0.1:${options.boltPort}, ` +
          `data in ${options.dir}`,
      );
      return open ? 0 : 1;
    }
    default:
      console.error('usage: db.ts provision|start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : err instanceof Error ? err.message : err);
    process.exit(1);
  },
);

/**
 * `npm run db:backup -- <file>` / `npm run db:restore -- <file>`: offline backup and restore of the
 * built-in Neo4j's data folder (LOCAL_NEO4J_DIR/data) as a .tar.gz. Stop the server first
 * (`npm run db:stop`, or stop `npm start`).
 */
import { ConfigError, loadConfig } from '../config.js';
import { backupLocalNeo4j, restoreLocalNeo4j } from '../ops/local-backup.js';

async function main([command, file]: string[]): Promise<number> {
  if ((command !== 'backup' && command !== 'restore') || !file) {
    console.error('usage: npm run db:backup -- <file.tar.gz> | npm run db:restore -- <file.tar.gz>');
    return 2;
  }
  const dir = loadConfig().localNeo4j.dir;
  if (command === 'backup') {
    const b = await backupLocalNeo4j({ dir, file });
    console.log(`Backed up ${dir}/data into ${b.file} (${(b.bytes / 1024 / 1024).toFixed(1)} MiB).`);
  } else {
    const r = await restoreLocalNeo4j({ dir, file });
    console.log(
      `Restored ${dir}/data from ${file}.${r.keptAs ? ` The data folder it replaced is kept as ${r.keptAs}.` : ''} Start Neo4j ` +
        `with npm run db:start or npm start.`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
    process.exit(1);
  },
);

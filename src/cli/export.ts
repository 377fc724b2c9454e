/**
 * `npm run export -- <dir>`: writes the whole graph into `dir` as article files (a snapshot:
 * deterministic, for git), and prints its dataVersion. `npm run restore -- <dir>` (or
 * `npm run seed -- <dir>` into an empty database) brings it back.
 * Uses NEO4J_URI, a running built-in Neo4j, or starts one for the run.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j-connection.js';
import { createStore } from '../store/gateway.js';
import { exportSnapshot } from '../snapshot/index.js';

async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error('usage: npm run export -- <dir>');
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const neo4j = await connectNeo4j({ config, logger });
  const store = createStore({ ...config.neo4j, uri: neo4j.uri });
  try {
    const started = Date.now();
    const s = await exportSnapshot({ store, dir: path.resolve(args[0]!) });
    console.log(
      `Exported ${s.articles} articles, ${s.entities} entities, ${s.relationships} relationships and ${s.evidence} evidence items into ${s.files} file(s) in ${s.dir} in ${Date.now() - started} ms` +
        (s.removed.length ? `; removed ${s.removed.length} file(s) of articles the graph no longer has` : '') +
        '.',
    );
    if (s.orphanEvidence) console.warn(`Left out ${s.orphanEvidence} evidence item(s) of relationships that no longer exist.`);
    console.log(`dataVersion ${s.dataVersion}`);
    return 0;
  } finally {
    await store.close();
    await neo4j.owned?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof AppError) console.error(err.message);
    else console.error(err);
    process.exit(1);
  },
);

/**
 * `npm run restore -- <dir>`: replaces the graph's content with a snapshot folder written by
 * `npm run export`, in one transaction (audit entries stay). Uses NEO4J_URI, a running built-in
 * Neo4j, or starts one for the run.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j-connection.js';
import { projectRoot } from '../project-root.js';
import { applySchema } from '../store/apply-schema.js';
import { createStore } from '../store/gateway.js';
import { dataVersion, restoreSnapshot } from '../snapshot/index.js';

async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error('usage: npm run restore -- <dir>');
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const neo4j = await connectNeo4j({ config, logger });
  const store = createStore({ ...config.neo4j, uri: neo4j.uri });
  try {
    const missing = await applySchema(store, path.join(projectRoot(), 'schema'));
    if (missing.length) console.warn(`Schema incomplete: ${missing.join(', ')}`);
    const started = Date.now();
    const s = await restoreSnapshot({ store, dir: path.resolve(args[0]!) });
    console.log(`Restored ${s.articles} articles, ${s.entities} entities, ${s.relationships} relationships and ${s.evidence} evidence items in ${Date.now() - started} ms.`);
    console.log(`dataVersion ${await dataVersion({ store })}`);
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

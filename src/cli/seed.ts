/**
 * `npm run seed [-- files or folders]`: validates article files and loads them in one transaction
 * (default: the seeds folder). Uses NEO4J_URI, a running built-in Neo4j, or starts one for the run.
 */
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j-connection.js';
import { projectRoot } from '../project-root.js';
import { applySchema } from '../store/apply-schema.js';
import { createStore } from '../store/gateway.js';
import { seedFromFiles } from '../seed/seed-if-empty.js';

async function main(args: string[]): Promise<number> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const inputs = args.length ? args.map((a) => path.resolve(a)) : [config.seedsDir];
  const neo4j = await connectNeo4j({ config, logger });
  const store = createStore({ ...config.neo4j, uri: neo4j.uri });
  try {
    const missing = await applySchema(store, path.join(projectRoot(), 'schema'));
    if (missing.length) console.warn(`Schema incomplete: ${missing.join(', ')}`);
    const started = Date.now();
    const s = await seedFromFiles({ store, inputs });
    console.log(
      `Seeded ${s.files.length} file(s) in ${Date.now() - started} ms: ${s.articles} articles, ${s.entities} entities, ${s.relationships} relationships, ${s.evidence} evidence items.`,
    );
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

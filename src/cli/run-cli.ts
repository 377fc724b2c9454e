/** What every command-line tool shares: one way to reach the store, one way to end. */
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { AppError } from '../errors.js';
import { createLogger, type Logger } from '../logger.js';
import { connectNeo4j } from '../neo4j-connection.js';
import { projectRoot } from '../project-root.js';
import { applySchema } from '../store/apply-schema.js';
import { createStore, type Store } from '../store/gateway.js';

/**
 * Opens the store on the configured Neo4j (NEO4J_URI, a running built-in one, or a built-in one
 * started for this run), applies the schema, runs `work`, and closes everything, whatever happens.
 * A tool's work is maintenance: `work` gets the store's maintenance flavour for `task` (the words
 * a timeout names it by, e.g. 'Exporting the graph (npm run export)'), under
 * NEO4J_MAINTENANCE_TIMEOUT_MS. A schema the database lacks parts of is a warning, or an error with
 * `requireSchema` (default false).
 */
export async function withStore<T>(
  work: (ctx: { store: Store; config: Config; logger: Logger }) => Promise<T>,
  { task, requireSchema = false }: { task: string; requireSchema?: boolean },
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const neo4j = await connectNeo4j({ config, logger });
  const store = createStore({ ...config.neo4j, uri: neo4j.uri });
  try {
    const missing = await applySchema(store.maintenance('Applying the schema'), path.join(projectRoot(), 'schema'), {
      onChanges: (changes) => logger.info(changes, 'brought the schema and search keys of an older version up to date'),
    });
    if (missing.length && requireSchema) throw new Error(`The database lacks parts of the schema: ${missing.join(', ')}`);
    if (missing.length) console.warn(`Schema incomplete: ${missing.join(', ')}`);
    return await work({ store: store.maintenance(task), config, logger });
  } finally {
    await store.close();
    await neo4j.owned?.stop();
  }
}

/** Runs a tool's `main` with the command-line arguments and exits with its code; errors print plainly. */
export function runCli(main: (args: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof ConfigError || err instanceof AppError ? err.message : err);
      process.exit(1);
    },
  );
}

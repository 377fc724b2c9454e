/**
 * `npm run seed [-- files or folders]`: validates article files and loads them in one transaction
 * (default: the seeds folder). Uses NEO4J_URI, a running built-in Neo4j, or starts one for the run.
 */
import path from 'node:path';
import { seedFromFiles } from '../seed/seed-if-empty.js';
import { runCli, withStore } from './run-cli.js';

async function main(args: string[]): Promise<number> {
  return withStore(
    async ({ store, config }) => {
      const inputs = args.length ? args.map((a) => path.resolve(a)) : [config.seedsDir];
      const started = Date.now();
      const s = await seedFromFiles({ store, inputs });
      console.log(
        `Seeded ${s.files.length} file(s) in ${Date.now() - started} ms: ${s.articles} articles, ${s.entities} entities, ` +
          `${s.relationships} relationships, ${s.evidence} evidence items.`,
      );
      return 0;
    },
    { task: 'Seeding (npm run seed)' },
  );
}

runCli(main);

/**
 * `npm run restore -- <dir>`: replaces the graph's content with a snapshot folder written by
 * `npm run export`, in one transaction (audit entries stay). Uses NEO4J_URI, a running built-in
 * Neo4j, or starts one for the run.
 */
import path from 'node:path';
import { dataVersion, restoreSnapshot } from '../snapshot/index.js';
import { runCli, withStore } from './run-cli.js';

async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error('usage: npm run restore -- <dir>');
    return 2;
  }
  return withStore(
    async ({ store }) => {
      const started = Date.now();
      const s = await restoreSnapshot({ store, dir: path.resolve(args[0]!) });
      console.log(
        `Restored ${s.articles} articles, ${s.entities} entities, ${s.relationships} relationships and ${s.evidence} evidence ` +
          `items in ${Date.now() - started} ms.`,
      );
      console.log(
        `dataVersion ${await dataVersion({
          store: store.maintenance('Computing the dataVersion of the restored graph (npm run ' + 'restore)'),
        })}`,
      );
      return 0;
    },
    { task: 'Restoring the snapshot (npm run restore)' },
  );
}

runCli(main);

/**
 * `npm run export -- <dir>`: writes the whole graph into `dir` as article files (a snapshot:
 * deterministic, for git), and prints its dataVersion. `npm run restore -- <dir>` (or
 * `npm run seed -- <dir>` into an empty database) brings it back.
 * Uses NEO4J_URI, a running built-in Neo4j, or starts one for the run.
 */
import path from 'node:path';
import { exportSnapshot } from '../snapshot/index.js';
import { runCli, withStore } from './run-cli.js';

async function main(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error('usage: npm run export -- <dir>');
    return 2;
  }
  return withStore(
    async ({ store }) => {
      const started = Date.now();
      const s = await exportSnapshot({ store, dir: path.resolve(args[0]!) });
      console.log(
        `Exported ${s.articles} articles, ${s.entities} entities, ${s.relationships} relationships and ${s.evidence} evidence ` +
          `items into ${s.files} file(s) in ${s.dir} in ${Date.now() - started} ms` +
          (s.removed.length ? `; removed ${s.removed.length} file(s) of articles the graph no longer has` : '') +
          '.',
      );
      if (s.orphanEvidence) console.warn(`Left out ${s.orphanEvidence} evidence item(s) of relationships that no longer exist.`);
      console.log(`dataVersion ${s.dataVersion}`);
      return 0;
    },
    { task: 'Exporting the graph (npm run export)' },
  );
}

runCli(main);

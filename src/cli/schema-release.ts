/**
 * `npm run schema:release [-- <file>]`: records the schema as released in the package's version,
 * in schema/released.graphql (or `file`): run it when a release is cut, after dating its section
 * of CHANGELOG.md. Needs no database.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RELEASED_SDL_FILE, schemaSdl } from '../contract/type-defs.js';
import { releasedSdlText } from '../contract/released-sdl.js';
import { projectRoot } from '../project-root.js';
import { runCli } from './run-cli.js';

async function main(args: string[]): Promise<number> {
  if (args.length > 1) {
    console.error('usage: npm run schema:release [-- <file>]');
    return 2;
  }
  const file = path.resolve(args[0] ?? path.join(projectRoot(), 'schema', RELEASED_SDL_FILE));
  const { version } = JSON.parse(await readFile(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
  await writeFile(file, releasedSdlText(schemaSdl(), version));
  console.log(`Wrote the SDL of release ${version} to ${path.relative(projectRoot(), file)}.`);
  return 0;
}

runCli(main);

/**
 * `npm run documents`: writes the trusted documents, TRUSTED_DOCUMENTS_MANIFEST (default
 * `documents/manifest.json`; Apollo's persisted-query manifest), from every operation the Explorer, the curation page and the typed
 * client send (src/contract/trusted-document-sources.ts). Each operation must be valid against the
 * schema; every problem is listed and nothing is written. Needs no database.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildASTSchema, parse, validate } from 'graphql';
import { buildPersistedQueryManifest, manifestText } from '../contract/persisted-query-manifest.js';
import { trustedDocumentSources } from '../contract/trusted-document-sources.js';
import { typeDefs } from '../contract/type-defs.js';
import { loadConfig } from '../config.js';
import { formatProblems, type Problem } from '../errors.js';
import { projectRoot } from '../project-root.js';
import { runCli } from './run-cli.js';

async function main(args: string[]): Promise<number> {
  if (args.length !== 0) {
    console.error('usage: npm run documents');
    return 2;
  }
  const file = loadConfig().trustedDocuments.manifest;
  const shown = path.relative(projectRoot(), file);
  const { manifest, problems } = buildPersistedQueryManifest(await trustedDocumentSources());
  const schema = buildASTSchema(typeDefs());
  const invalid = manifest.operations.flatMap((o): Problem[] =>
    validate(schema, parse(o.body)).map((e) => ({ file: shown, path: o.name, message: e.message })),
  );
  if (problems.length > 0 || invalid.length > 0) {
    console.error(`No manifest written:\n${formatProblems([...problems, ...invalid])}`);
    return 1;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, manifestText(manifest));
  const count = (type: string) => manifest.operations.filter((o) => o.type === type).length;
  console.log(`Wrote ${manifest.operations.length} operations (${count('query')} queries, ${count('mutation')} mutations) to ${shown}.`);
  return 0;
}

runCli(main);

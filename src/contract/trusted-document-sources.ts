/**
 * Where the trusted documents come from: the modules that hold every document the Explorer and
 * the curation page send (each exported string is one document, sent as is), and the typed
 * client's operations, `examples/**\/*.graphql`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { projectRoot } from '../project-root.js';
import type { DocumentSource } from './persisted-query-manifest.js';

/** The pages' document modules, relative to the project root: every GraphQL text the pages send is an export of one of them. */
export const PAGE_DOCUMENT_MODULES = ['public/explore/js/queries.js', 'public/curate/js/queries.js'] as const;

/** The typed client's operations (and their fragments), relative to the project root. */
export const CLIENT_DOCUMENT_GLOB = 'examples/**/*.graphql';

/**
 * Reads every document source under `root` (default: the project root): each string export of
 * the pages' document modules, in export-name order, then each `.graphql` file, in path order.
 */
export async function trustedDocumentSources({ root = projectRoot() }: { root?: string } = {}): Promise<DocumentSource[]> {
  const pages = await Promise.all(
    PAGE_DOCUMENT_MODULES.map(async (file) => {
      const exports = (await import(pathToFileURL(path.join(root, file)).href)) as Record<string, unknown>;
      return Object.keys(exports)
        .sort()
        .flatMap((name): DocumentSource[] => {
          const text = exports[name];
          return typeof text === 'string' ? [{ file: `${file}#${name}`, kind: 'exact', text }] : [];
        });
    }),
  );
  const files = (await glob([CLIENT_DOCUMENT_GLOB], { cwd: root, ignore: ['**/node_modules/**'] })).sort();
  const client = await Promise.all(
    files.map(async (file): Promise<DocumentSource> => ({ file, kind: 'graphql', text: await readFile(path.join(root, file), 'utf8') })),
  );
  return [...pages.flat(), ...client];
}

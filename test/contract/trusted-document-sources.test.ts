/**
 * The committed manifest (documents/manifest.json) is what `npm run documents` writes now, each of
 * its operations is valid against the schema and within the default query limits, and it holds
 * every document the pages and the typed client send, by the id of the exact text they send.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  buildPersistedQueryManifest,
  manifestText,
  operationId,
  parsePersistedQueryManifest,
} from '../../src/contract/persisted-query-manifest.js';
import { PAGE_DOCUMENT_MODULES, trustedDocumentSources } from '../../src/contract/trusted-document-sources.js';
import { typeDefs } from '../../src/contract/type-defs.js';
import { queryLimitsRule } from '../../src/graphql/limits.js';
import { projectRoot } from '../../src/project-root.js';
import * as typed from '../../examples/typed/graphql.js';

const root = projectRoot();
const committed = readFileSync(path.join(root, 'documents/manifest.json'), 'utf8');
const { manifest } = parsePersistedQueryManifest(committed);
const ids = new Set(manifest?.operations.map((o) => o.id));

describe('contract: the trusted documents (documents/manifest.json)', () => {
  it('is what npm run documents writes from the sources now (rerun it after changing a document)', async () => {
    const built = buildPersistedQueryManifest(await trustedDocumentSources());
    expect(built.problems).toEqual([]);
    expect(committed).toBe(manifestText(built.manifest));
  });

  it('holds only operations valid against the schema and within the default query limits', () => {
    const schema = buildASTSchema(typeDefs());
    const rules = [...specifiedRules, queryLimitsRule(loadConfig({}).limits)];
    expect(manifest?.operations.length).toBeGreaterThanOrEqual(14);
    const invalid = manifest!.operations.flatMap((o) => validate(schema, parse(o.body), rules).map((e) => `${o.name}: ${e.message}`));
    expect(invalid).toEqual([]);
  });

  it("holds every document of the pages' modules, by the id of the text the pages send", async () => {
    for (const file of PAGE_DOCUMENT_MODULES) {
      const documents = Object.values((await import(path.join(root, file))) as Record<string, unknown>).filter(
        (v) => typeof v === 'string',
      );
      expect(documents.length).toBeGreaterThan(4);
      expect(documents.filter((text) => !ids.has(operationId(text)))).toEqual([]);
    }
  });

  it('is where the pages take every document they send from: each api.gql call sends an import of their queries.js', async () => {
    const files = await glob(['public/**/*.js'], { cwd: root });
    const calls = files.flatMap((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      const imported = new Set(
        [...text.matchAll(/import \{([^}]*)\} from '\.\/queries\.js'/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim())),
      );
      return [...text.matchAll(/\.gql\(\s*([^,)]+)/g)].map((m) => ({ file, sent: m[1]!.trim(), imported: imported.has(m[1]!.trim()) }));
    });
    expect(calls.length).toBeGreaterThanOrEqual(12);
    expect(calls.filter((c) => !c.imported)).toEqual([]);
  });

  it("holds every operation of the typed client, by the id of the text it sends (graphql-js's print of its document)", () => {
    const documents = Object.entries(typed).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];
    expect(documents.length).toBeGreaterThanOrEqual(4);
    expect(documents.filter(([, document]) => !ids.has(operationId(print(document)))).map(([name]) => name)).toEqual([]);
  });
});

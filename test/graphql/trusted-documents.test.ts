import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrustedDocuments, trustedDocumentDecision, trustedDocumentsPlugin } from '../../src/graphql/trusted-documents.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const TRUSTED = 'query T { vocabulary { relationTypes } }';
const OTHER = '{ entity(id: "peru") { name } }';
const bodies = new Map([[sha256(TRUSTED), TRUSTED]]);
const decide = (mode: 'off' | 'allow' | 'require', query: string | undefined, id: string | undefined) =>
  trustedDocumentDecision({ mode, bodies, query, id });

const NOT_IN_LIST = {
  kind: 'refuse',
  code: 'PERSISTED_QUERY_NOT_IN_LIST',
  message:
    'Only trusted documents run here (TRUSTED_DOCUMENTS=require), and this document is not one: ' +
    "send the id of an operation of the service's persisted-query manifest as extensions.persistedQuery.sha256Hash.",
};
const REGISTRATION_REFUSED = {
  kind: 'refuse',
  code: 'PERSISTED_QUERY_NOT_IN_LIST',
  message:
    'Automatic persisted-query registration is refused here (TRUSTED_DOCUMENTS=require): ' +
    "only the operations of the service's persisted-query manifest run.",
};

describe('graphql: trustedDocumentDecision', () => {
  it('off: leaves every request as sent, a manifest id too', () => {
    expect(decide('off', undefined, sha256(TRUSTED))).toEqual({ kind: 'as-sent' });
    expect(decide('off', OTHER, undefined)).toEqual({ kind: 'as-sent' });
  });

  it("allow: runs a manifest id's body, and leaves everything else as sent (texts, registrations, unknown ids)", () => {
    expect(decide('allow', undefined, sha256(TRUSTED))).toEqual({ kind: 'manifest', body: TRUSTED });
    expect(decide('allow', OTHER, undefined)).toEqual({ kind: 'as-sent' });
    expect(decide('allow', OTHER, sha256(OTHER))).toEqual({ kind: 'as-sent' });
    expect(decide('allow', undefined, sha256(OTHER))).toEqual({ kind: 'as-sent' });
  });

  it("require: runs a manifest id's body, and a text only when it is a manifest body byte for byte", () => {
    expect(decide('require', undefined, sha256(TRUSTED))).toEqual({ kind: 'manifest', body: TRUSTED });
    expect(decide('require', TRUSTED, undefined)).toEqual({ kind: 'as-sent' });
    expect(decide('require', TRUSTED, sha256(TRUSTED))).toEqual({ kind: 'as-sent' });
    expect(decide('require', TRUSTED + ' ', undefined)).toEqual(NOT_IN_LIST);
    expect(decide('require', OTHER, undefined)).toEqual(NOT_IN_LIST);
  });

  it('require: refuses the registration of any other text, and leaves an unknown id to Apollo (which knows only manifest bodies)', () => {
    expect(decide('require', OTHER, sha256(OTHER))).toEqual(REGISTRATION_REFUSED);
    expect(decide('require', OTHER, sha256(TRUSTED))).toEqual(REGISTRATION_REFUSED);
    expect(decide('require', undefined, sha256(OTHER))).toEqual({ kind: 'as-sent' });
    expect(decide('require', undefined, undefined)).toEqual({ kind: 'as-sent' });
  });
});

describe('graphql: trustedDocumentsPlugin and its manifest', () => {
  it('off: a plugin with no hooks (nothing is read)', () => {
    expect(trustedDocumentsPlugin({ mode: 'off', manifest: 'no/such/file.json' })).toEqual({});
  });

  it('stops the start on a missing or bad manifest, naming the file and every problem', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-trusted-'));
    try {
      const missing = path.join(dir, 'missing.json');
      await expect(loadTrustedDocuments(missing)).rejects.toThrow(
        `TRUSTED_DOCUMENTS_MANIFEST: cannot read ${missing} (ENOENT); npm run documents writes it`,
      );
      const bad = path.join(dir, 'bad.json');
      await writeFile(bad, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 2, operations: [{ id: 'x', name: 'X' }] }));
      await expect(loadTrustedDocuments(bad)).rejects.toThrow(
        `TRUSTED_DOCUMENTS_MANIFEST: ${bad} is not a persisted-query manifest:\n` +
          'version: must be 1\noperations[0].body: must be a non-empty string\n' +
          'operations[0].type: must be one of query, mutation, subscription',
      );
      const good = path.join(dir, 'good.json');
      const op = { id: sha256(TRUSTED), name: 'T', type: 'query', body: TRUSTED };
      await writeFile(good, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [op] }));
      expect(await loadTrustedDocuments(good)).toEqual(bodies);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildPersistedQueryManifest,
  manifestText,
  operationId,
  parsePersistedQueryManifest,
  type DocumentSource,
} from '../../src/contract/persisted-query-manifest.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const exact = (file: string, text: string): DocumentSource => ({ file, kind: 'exact', text });
const graphql = (file: string, text: string): DocumentSource => ({ file, kind: 'graphql', text });

describe('contract: buildPersistedQueryManifest', () => {
  it("keeps a page's document byte for byte, under the SHA-256 of its text, with its name and type", () => {
    const text = 'query Search($text: String!) {\n  search(text: $text,   first: 8) { id }\n}';
    const { manifest, problems } = buildPersistedQueryManifest([exact('page.js#SEARCH', text)]);
    expect(problems).toEqual([]);
    expect(manifest).toEqual({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [{ id: sha256(text), name: 'Search', type: 'query', body: text }],
    });
    expect(operationId(text)).toBe(sha256(text));
  });

  it('prints a .graphql operation with the fragments it uses, transitively, from any file, sorted by name, and no others', () => {
    const ops = graphql(
      'ops.graphql',
      '# a comment\nmutation   Undo($id: ID!) { undoRetraction(auditId: $id) { auditId } }\nquery Two { entity(id: "x") { ...B ...A } }',
    );
    const frags = graphql(
      'frags.graphql',
      'fragment B on Entity { id ...C }\nfragment A on Entity { name }\nfragment C on Entity { type }\nfragment Unused on Entity { id }',
    );
    const { manifest, problems } = buildPersistedQueryManifest([ops, frags]);
    expect(problems).toEqual([]);
    const two = [
      'query Two {\n  entity(id: "x") {\n    ...B\n    ...A\n  }\n}',
      'fragment A on Entity {\n  name\n}',
      'fragment B on Entity {\n  id\n  ...C\n}',
      'fragment C on Entity {\n  type\n}',
    ].join('\n\n');
    const undo = 'mutation Undo($id: ID!) {\n  undoRetraction(auditId: $id) {\n    auditId\n  }\n}';
    expect(manifest.operations).toEqual([
      { id: sha256(two), name: 'Two', type: 'query', body: two },
      { id: sha256(undo), name: 'Undo', type: 'mutation', body: undo },
    ]);
  });

  it('lists the same document from two sources once, and writes the same bytes whatever the order of the sources', () => {
    // A page's text that is graphql-js's print of the operation of a .graphql file: the same document.
    const a = exact('a.js#A', 'query A {\n  vocabulary {\n    relationTypes\n  }\n}');
    const b = graphql('b.graphql', 'query B { vocabulary { relationTypes } }\nquery A { vocabulary { relationTypes } }');
    const one = buildPersistedQueryManifest([a, b]);
    const other = buildPersistedQueryManifest([b, a]);
    expect(one.problems).toEqual([]);
    expect(one.manifest.operations.map((o) => o.name)).toEqual(['A', 'B']);
    expect(manifestText(other.manifest)).toBe(manifestText(one.manifest));
  });

  it('lists every problem of the sources, with where it is', () => {
    const { problems } = buildPersistedQueryManifest([
      exact('p.js#BROKEN', 'query Broken {'),
      exact('p.js#TWO', 'query X { a } query Y { b }'),
      graphql('a.graphql', '{ anonymous }\nquery Uses { entity(id: "x") { ...Missing } }\nfragment F on Entity { id }'),
      graphql('b.graphql', 'fragment F on Entity { name }\nquery Same { a }'),
      exact('p.js#SAME', 'query Same { b }'),
    ]);
    expect(problems).toEqual([
      { file: 'p.js#BROKEN', path: '', message: expect.stringMatching(/^does not parse: Syntax Error: Expected Name, found <EOF>/) },
      { file: 'b.graphql', path: 'F', message: 'fragment defined more than once' },
      { file: 'p.js#TWO', path: '', message: "holds 2 operations; a page's document holds one" },
      { file: 'a.graphql', path: '', message: 'an operation has no name' },
      { file: 'a.graphql', path: 'Uses', message: 'uses fragment Missing, defined nowhere' },
      { file: 'p.js#SAME', path: 'Same', message: 'another document has this operation name (b.graphql)' },
    ]);
  });
});

describe('contract: parsePersistedQueryManifest', () => {
  const body = 'query A { vocabulary { relationTypes } }';
  const op = { id: sha256(body), name: 'A', type: 'query', body };

  it('reads back what manifestText writes', () => {
    const { manifest } = buildPersistedQueryManifest([exact('a.js#A', body)]);
    expect(parsePersistedQueryManifest(manifestText(manifest))).toEqual({ manifest, problems: [] });
  });

  it('refuses a text that is not JSON, or not the format', () => {
    expect(parsePersistedQueryManifest('{').problems).toEqual([{ path: '', message: expect.stringMatching(/^is not JSON: /) }]);
    expect(parsePersistedQueryManifest('{"format":"other","version":2}').problems).toEqual([
      { path: 'format', message: 'must be "apollo-persisted-query-manifest"' },
      { path: 'version', message: 'must be 1' },
      { path: 'operations', message: 'must be a list' },
    ]);
  });

  it('lists every bad operation: missing fields, an unknown type, an id that is not its body’s SHA-256, an id twice', () => {
    const text = JSON.stringify({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: [op, { name: '', type: 'fetch', body }, { ...op, body: body + ' ' }, op],
    });
    expect(parsePersistedQueryManifest(text)).toEqual({
      problems: [
        { path: 'operations[1].id', message: 'must be a non-empty string' },
        { path: 'operations[1].name', message: 'must be a non-empty string' },
        { path: 'operations[1].type', message: 'must be one of query, mutation, subscription' },
        { path: 'operations[2].id', message: "is not the SHA-256 of the operation's body" },
        { path: 'operations[3].id', message: 'is listed twice' },
      ],
    });
  });
});

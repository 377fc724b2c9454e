/**
 * The GraphQL documents the Explorer sends (public/explore/js/queries.js), validated against the
 * SDL in schema/ loaded as the server loads it, with graphql-js's rules and the server's default
 * query limits: a document naming a field, argument or type the schema lacks fails here, not in a
 * browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildASTSchema, Kind, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../../../src/contract/type-defs.js';
import { queryLimitsRule } from '../../../../src/graphql/limits.js';
import { projectRoot } from '../../../../src/project-root.js';

const JS_DIR = path.join(projectRoot(), 'public', 'explore', 'js');
const QUERIES_FILE = path.join(JS_DIR, 'queries.js');

// A computed URL: the browser module is imported as it is served, without type declarations.
const documents = (await import(pathToFileURL(QUERIES_FILE).href)) as Record<string, unknown>;
const schema: GraphQLSchema = buildASTSchema(typeDefs());

/** The messages of validating `source` against the schema, with the server's limits (none when valid). */
function problems(source: string): string[] {
  return validate(schema, parse(source), [...specifiedRules, queryLimitsRule()]).map((e) => e.message);
}

/** The page's modules other than queries.js, by file name, with their text. */
const otherModules = readdirSync(JS_DIR)
  .filter((f) => f.endsWith('.js') && f !== 'queries.js')
  .sort()
  .map((f) => ({ file: f, text: readFileSync(path.join(JS_DIR, f), 'utf8') }));

describe('public: explore/js/queries.js against the SDL', () => {
  it('exports only GraphQL documents, one named operation each', () => {
    expect(Object.keys(documents).sort()).toEqual(['ARTICLE_AUDIT', 'INIT', 'NEIGHBORHOOD', 'PATHS', 'SEARCH']);
    for (const [name, source] of Object.entries(documents)) {
      expect(typeof source, name).toBe('string');
      const ops = parse(source as string).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(
        ops.map((d) => [d.operation, d.name?.value.startsWith('Explorer')]),
        name,
      ).toEqual([['query', true]]);
    }
  });

  it.each(['INIT', 'SEARCH', 'NEIGHBORHOOD', 'PATHS', 'ARTICLE_AUDIT'])(
    '%s is valid against the schema and within the query limits',
    (name) => {
      expect(problems(documents[name] as string)).toEqual([]);
    },
  );

  it('fails a document that names a field, argument or variable type the schema lacks', () => {
    const neighborhood = documents.NEIGHBORHOOD as string;
    expect(problems(neighborhood.replace('truncated', 'truncated cutOff'))).toEqual(['Cannot query field "cutOff" on type "Subgraph".']);
    expect(problems(neighborhood.replace('first: $first', 'first: $first, radius: 2'))).toEqual([
      'Unknown argument "radius" on field "Query.neighborhood".',
    ]);
    expect(problems(neighborhood.replace('$first: Int', '$first: String'))).toEqual([
      'Variable "$first" of type "String" used in position expecting type "Int".',
    ]);
  });

  it('is where every document the page sends comes from', () => {
    const sent = otherModules.flatMap(({ text }) => [...text.matchAll(/\.gql\(\s*([^,)\s]+)/g)].map((m) => m[1]!));
    expect([...new Set(sent)].sort()).toEqual(Object.keys(documents).sort());
    // No operation written anywhere else: a template literal opening with `{` or an operation keyword.
    const inline = otherModules.filter(({ text }) => /`\s*(\{|(query|mutation|subscription)\s*[A-Za-z_({])/.test(text)).map((m) => m.file);
    expect(inline).toEqual([]);
  });
});

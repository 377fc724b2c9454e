/**
 * The GraphQL documents the curation page sends (public/curate/js/queries.js), validated against
 * the SDL in schema/ loaded as the server loads it, with graphql-js's rules and the server's default
 * query limits: a document naming a field, argument or type the schema lacks fails here, not in a
 * curator's browser.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildASTSchema, Kind, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../../../src/contract/type-defs.js';
import { queryLimitsRule } from '../../../../src/graphql/limits.js';
import { projectRoot } from '../../../../src/project-root.js';

// A computed URL: the browser module is imported as it is served, without type declarations.
const QUERIES = pathToFileURL(path.join(projectRoot(), 'public', 'curate', 'js', 'queries.js')).href;
const documents = (await import(QUERIES)) as Record<string, unknown>;
const schema = buildASTSchema(typeDefs());

describe('public: curate/js/queries.js against the SDL', () => {
  it('exports only GraphQL documents, one operation each, named for the page', () => {
    expect(Object.keys(documents).length).toBeGreaterThan(0);
    for (const [name, source] of Object.entries(documents)) {
      expect(typeof source, name).toBe('string');
      const ops = parse(source as string).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(ops.length, name).toBe(1);
      expect(ops[0]!.name?.value.startsWith('Curate'), name).toBe(true);
    }
  });

  it.each(Object.keys(documents))('%s is valid against the schema and within the query limits', (name) => {
    const errors = validate(schema, parse(documents[name] as string), [...specifiedRules, queryLimitsRule()]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('fails a document that names a field the schema lacks (the check can fail)', () => {
    const broken = (documents.RETRACT as string).replace('removedRelationshipIds', 'removedRelationshipIds deletedIds');
    expect(validate(schema, parse(broken)).map((e) => e.message)).toEqual(['Cannot query field "deletedIds" on type "RetractResult".']);
  });
});

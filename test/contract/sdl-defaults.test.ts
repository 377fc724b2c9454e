import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { argumentDefaults, sdlDefault } from '../../src/contract/sdl-defaults.js';
import { typeDefs } from '../../src/contract/type-defs.js';

describe('contract: argumentDefaults', () => {
  it('gives every argument default of the published SDL by Type.field.argument', () => {
    expect(Object.fromEntries(argumentDefaults(typeDefs()))).toEqual({
      'Mutation.ingestArticle.dryRun': false,
      'Mutation.retractArticle.removeOrphans': false,
      'Mutation.retractArticle.dryRun': false,
      'Query.search.first': 20,
      'Query.entities.first': 20,
      'Query.relationships.first': 20,
      'Query.neighborhood.depth': 1,
      'Query.neighborhood.first': 50,
      'Query.shortestPath.maxHops': 4,
      'Query.paths.maxHops': 4,
      'Query.paths.first': 10,
      'Query.connections.maxHops': 4,
      'Query.commonNeighbors.first': 20,
      'Query.timeline.first': 50,
      'Query.centrality.first': 20,
      'Query.changes.first': 20,
      'Query.articles.first': 20,
      'Query.bilateral.first': 50,
      'Query.auditLog.first': 20,
      'Entity.relationships.direction': 'BOTH',
      'Entity.relationships.first': 20,
    });
  });

  it(
    'reads extensions and interfaces, gives values as resolvers receive them, and leaves out input fields and arguments without ' +
      'a default',
    () => {
      const sdl = parse(`
      type Query { a(x: Int = 3, y: Int, e: E = B, l: [Int!] = [1, 2], s: String = "z"): Int }
      extend type Query { b(on: Boolean = true): Int }
      interface Node { n(k: Int = 2): Int }
      enum E { A B }
      input In { f: Int = 1 }
      type Mutation { m(i: In = { f: 5 }): Int }
    `);
      expect(Object.fromEntries(argumentDefaults(sdl))).toEqual({
        'Query.a.x': 3,
        'Query.a.e': 'B',
        'Query.a.l': [1, 2],
        'Query.a.s': 'z',
        'Query.b.on': true,
        'Node.n.k': 2,
        'Mutation.m.i': { f: 5 },
      });
    },
  );
});

describe('contract: sdlDefault', () => {
  it('gives the published default of an argument, checked to be of the kind asked for', () => {
    expect(sdlDefault('Query.timeline.first', 'number')).toBe(50);
    expect(sdlDefault('Mutation.ingestArticle.dryRun', 'boolean')).toBe(false);
    expect(sdlDefault('Entity.relationships.direction', 'string')).toBe('BOTH');
    expect(sdlDefault('Entity.relationships.direction', ['OUT', 'IN', 'BOTH'])).toBe('BOTH');
  });

  it('throws, naming the argument, when the SDL gives it no default or one of another kind', () => {
    expect(() => sdlDefault('Query.entities.after', 'string')).toThrow(
      'schema/*.graphql gives Query.entities.after no default of string (found undefined)',
    );
    expect(() => sdlDefault('Query.nothing.first', 'number')).toThrow(
      'schema/*.graphql gives Query.nothing.first no default of number (found undefined)',
    );
    expect(() => sdlDefault('Query.entities.first', 'string')).toThrow(
      'schema/*.graphql gives Query.entities.first no default of string (found 20)',
    );
    expect(() => sdlDefault('Entity.relationships.direction', ['OUT', 'IN'])).toThrow(
      'schema/*.graphql gives Entity.relationships.direction no default of OUT | IN (found "BOTH")',
    );
  });
});

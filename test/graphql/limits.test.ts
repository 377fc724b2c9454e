import { describe, expect, it } from 'vitest';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { DEFAULT_LIMITS, queryLimitsRule, type QueryLimits } from '../../src/graphql/limits.js';

const schema = buildSchema('type Query { n: Int, a: A } type A { n: Int, a: A }');

/** The messages of validating `query` with graphql-js's rules and the limits. */
function errors(query: string, limits?: QueryLimits): string[] {
  return validate(schema, parse(query), [...specifiedRules, queryLimitsRule(limits)]).map((e) => e.message);
}

const SMALL: QueryLimits = { maxDepth: 3, maxFields: 5, maxAliases: 2 };
/** A query whose selection sets nest `depth` deep. */
const nested = (depth: number): string => `{ ${'a { '.repeat(depth - 1)}n${' }'.repeat(depth - 1)} }`;

describe('graphql: queryLimitsRule', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 12, maxFields: 1000, maxAliases: 50 });
  });

  it('counts depth in selection sets and refuses one past the limit', () => {
    expect(nested(3)).toBe('{ a { a { n } } }');
    expect(errors(nested(3), SMALL)).toEqual([]);
    expect(errors(nested(4), SMALL)).toEqual(['Query too large: it nests deeper than 3 levels.']);
    expect(errors(nested(12))).toEqual([]);
    expect(errors(nested(13))).toEqual(['Query too large: it nests deeper than 12 levels.']);
  });

  it('adds no depth for a fragment spread or an inline fragment', () => {
    expect(errors('{ a { ...F } } fragment F on A { a { n } }', SMALL)).toEqual([]);
    expect(errors('{ ... on Query { a { ... on A { a { n } } } } }', SMALL)).toEqual([]);
    expect(errors('{ a { ...F } } fragment F on A { a { a { n } } }', SMALL)).toEqual(['Query too large: it nests deeper than 3 levels.']);
  });

  it('counts fields after fragment expansion, each spread anew', () => {
    expect(errors('{ n a { n a { n } } }', SMALL)).toEqual([]);
    expect(errors('{ n a { n a { n a { n } } } }', { ...SMALL, maxDepth: 10 })).toEqual([
      'Query too large: it selects more than 5 fields.',
    ]);
    expect(errors('{ ...F } fragment F on Query { n a { n } }', SMALL)).toEqual([]);
    expect(errors('{ ...F ...F } fragment F on Query { n a { n } }', SMALL)).toEqual(['Query too large: it selects more than 5 fields.']);
  });

  it('stops a fragment bomb by its expanded field count', () => {
    const bomb = [
      'query { ...F4 }',
      ...[1, 2, 3, 4].map((k) => `fragment F${k} on Query { ${`...F${k - 1} `.repeat(10)}}`),
      'fragment F0 on Query { n }',
    ].join('\n');
    expect(errors(bomb)).toEqual(['Query too large: it selects more than 1000 fields.']);
  });

  it('counts aliases and names how many there were', () => {
    expect(errors('{ x: n y: n }', SMALL)).toEqual([]);
    expect(errors('{ x: n y: n z: n }', SMALL)).toEqual(['Query too large: it uses 3 aliases, more than 2.']);
  });

  it('reports one limit per operation, depth before fields before aliases', () => {
    expect(errors('{ x: n y: n z: n a { a { a { n } } } }', SMALL)).toEqual(['Query too large: it nests deeper than 3 levels.']);
    expect(errors('{ x: n y: n z: n a { n a { n } } }', SMALL)).toEqual(['Query too large: it selects more than 5 fields.']);
  });

  it('checks each operation of a document on its own', () => {
    expect(errors(`query Deep ${nested(4)} query Shallow { n }`, SMALL)).toEqual(['Query too large: it nests deeper than 3 levels.']);
  });

  it('refuses with code GRAPHQL_VALIDATION_FAILED at the operation', () => {
    const [error] = validate(schema, parse('query Q { x: n y: n z: n }'), [queryLimitsRule(SMALL)]);
    expect(error?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(error?.locations).toEqual([{ line: 1, column: 1 }]);
  });

  it('leaves fragment cycles and unknown fragments to graphql-js’s own rules', () => {
    expect(errors('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A n }')).toEqual([
      'Cannot spread fragment "A" within itself via "B".',
    ]);
    expect(errors('{ ...Missing n }')).toEqual(['Unknown fragment "Missing".']);
  });
});

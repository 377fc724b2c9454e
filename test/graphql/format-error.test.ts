import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../../src/errors.js';
import { formatError } from '../../src/graphql/format-error.js';

// Apollo is loaded by Node, with graphql's CommonJS build; the test runner would give this file the
// ES build, whose GraphQLError Apollo's `instanceof` does not recognise.
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** A resolver's error as Apollo hands it over: located at `path`, wrapping what the resolver threw. */
const located = (thrown: Error) => new GraphQLError(thrown.message, { path: ['entity'], originalError: thrown });
const at = { locations: [{ line: 1, column: 3 }], path: ['entity'] };

describe('graphql: formatError', () => {
  it("answers a project error with its code and details, without Apollo's stack trace", () => {
    const logged: unknown[] = [];
    const format = formatError({ production: false, onInternal: (e) => logged.push(e) });
    const err = new AppError('NOT_FOUND', 'id: no entity "x"', { argument: 'id' });
    const formatted: GraphQLFormattedError = {
      message: err.message,
      ...at,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
    };
    expect(format(formatted, located(err))).toEqual({
      message: 'id: no entity "x"',
      ...at,
      extensions: { code: 'NOT_FOUND', argument: 'id' },
    });
    expect(logged).toEqual([]);
  });

  it("keeps Apollo's coded errors as Apollo formatted them, dropping the stack trace in production", () => {
    const formatted: GraphQLFormattedError = {
      message: 'Syntax Error',
      locations: at.locations,
      extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at y'] },
    };
    const error = new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(formatError({ production: false, onInternal: () => {} })(formatted, error)).toEqual(formatted);
    expect(formatError({ production: true, onInternal: () => {} })(formatted, error)).toEqual({
      message: 'Syntax Error',
      locations: at.locations,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('keeps the order of extensions Apollo gave', () => {
    const formatted: GraphQLFormattedError = { message: 'm', extensions: { hint: 'h', code: 'BAD_USER_INPUT' } };
    expect(JSON.stringify(formatError({ production: true, onInternal: () => {} })(formatted, new GraphQLError('m')))).toBe(
      '{"message":"m","extensions":{"hint":"h","code":"BAD_USER_INPUT"}}',
    );
  });

  it('masks anything else, logs it, and gives its message as detail only outside production', () => {
    const logged: unknown[] = [];
    const boom = new Error('connection refused at 10.0.0.5');
    const formatted: GraphQLFormattedError = { message: boom.message, ...at, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(formatError({ production: true, onInternal: (e) => logged.push(e) })(formatted, located(boom))).toEqual({
      message: 'Internal server error',
      path: ['entity'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatError({ production: false, onInternal: (e) => logged.push(e) })(formatted, located(boom))).toEqual({
      message: 'Internal server error',
      path: ['entity'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', detail: 'connection refused at 10.0.0.5' },
    });
    expect(logged).toEqual([boom, boom]);
  });
});

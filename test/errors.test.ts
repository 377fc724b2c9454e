import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  AppError,
  ERROR_CODES,
  ERROR_STATUS,
  GRAPHQL_VALIDATION_FAILED,
  HTTP_ERROR_CODES,
  HttpRefusal,
  graphqlErrorBody,
  normalizeError,
  plainErrorBody,
} from '../src/errors.js';

describe('errors: the codes', () => {
  it('defines every code sent once, with its status', () => {
    expect(ERROR_STATUS).toEqual({
      BAD_REQUEST: 400,
      BAD_USER_INPUT: 400,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      NOT_ACCEPTABLE: 406,
      CONFLICT: 409,
      PAYLOAD_TOO_LARGE: 413,
      RATE_LIMITED: 429,
      INTERNAL_SERVER_ERROR: 500,
      SERVICE_UNAVAILABLE: 503,
    });
    expect([...ERROR_CODES, ...HTTP_ERROR_CODES].sort()).toEqual(Object.keys(ERROR_STATUS).sort());
  });

  it('gives each AppError code its status and body, GraphQL-shaped and plain', () => {
    const statuses = ERROR_CODES.map((code) => {
      const n = normalizeError(new AppError(code, `m ${code}`));
      expect(graphqlErrorBody(n)).toEqual({ errors: [{ message: `m ${code}`, extensions: { code } }] });
      expect(plainErrorBody(n)).toEqual({ error: { code, message: `m ${code}` } });
      return [code, n.status, n.unexpected];
    });
    expect(statuses).toEqual([
      ['BAD_USER_INPUT', 400, false],
      ['NOT_FOUND', 404, false],
      ['SERVICE_UNAVAILABLE', 503, false],
      ['UNAUTHENTICATED', 401, false],
      ['FORBIDDEN', 403, false],
      ['INTERNAL_SERVER_ERROR', 500, false],
      ['CONFLICT', 409, false],
    ]);
  });

  it('names the code of a refused query as Apollo does', () => {
    expect(GRAPHQL_VALIDATION_FAILED).toBe(ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED);
  });

  it('gives each refusal of the edge its status and body', () => {
    for (const code of HTTP_ERROR_CODES) {
      const n = normalizeError(new HttpRefusal(code, 'no'));
      expect([n.status, JSON.stringify(graphqlErrorBody(n))]).toEqual([
        ERROR_STATUS[code],
        `{"errors":[{"message":"no","extensions":{"code":"${code}"}}]}`,
      ]);
    }
  });
});

describe('errors: normalizeError', () => {
  it("keeps an AppError's argument and problems as details, in that order", () => {
    const problems = [{ path: 'a', message: 'b' }];
    const n = normalizeError(new AppError('BAD_USER_INPUT', 'bad', { problems, argument: 'text' }));
    expect(n).toEqual({ status: 400, code: 'BAD_USER_INPUT', message: 'bad', details: { argument: 'text', problems }, unexpected: false });
    expect(JSON.stringify(plainErrorBody(n))).toBe(
      '{"error":{"code":"BAD_USER_INPUT","message":"bad","argument":"text","problems":[{"path":"a","message":"b"}]}}',
    );
  });

  it("answers body-parser's refusals: an oversized body 413 naming the limit, anything else 4xx as a bad request", () => {
    expect(normalizeError({ type: 'entity.too.large', status: 413, message: 'request entity too large' }, { bodyLimit: '100kb' })).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Request body larger than 100kb',
      details: {},
      unexpected: false,
    });
    expect(normalizeError({ type: 'entity.parse.failed', status: 400, message: 'Unexpected end of JSON input' })).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Bad request: Unexpected end of JSON input',
      details: {},
      unexpected: false,
    });
    expect(normalizeError({ type: 'charset.unsupported', status: 415, message: 'unsupported charset "X"' })).toMatchObject({
      status: 415,
      code: 'BAD_REQUEST',
      message: 'Bad request: unsupported charset "X"',
    });
    expect(normalizeError({ status: 400 }).message).toBe('Bad request: unreadable body');
  });

  it('keeps a coded error: its code, message, status and other extensions, never `http`', () => {
    const e = new GraphQLError('Bad request: header', { extensions: { code: 'BAD_REQUEST', http: { status: 400 }, hint: 'x' } });
    expect(normalizeError(e)).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Bad request: header',
      details: { hint: 'x' },
      unexpected: false,
    });
    expect(normalizeError(new GraphQLError('nope', { extensions: { code: 'FORBIDDEN' } })).status).toBe(403);
    expect(normalizeError({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })).toMatchObject({
      status: 400,
      code: 'PERSISTED_QUERY_NOT_FOUND',
      details: {},
    });
  });

  it('masks anything else as 500 INTERNAL_SERVER_ERROR with no detail, and says it was unexpected', () => {
    const masked = { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', details: {}, unexpected: true };
    for (const thrown of [
      new Error('secret path /etc'),
      'a string',
      undefined,
      null,
      { status: 502, message: 'bad gateway' },
      new GraphQLError('x', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      new GraphQLError('y'),
    ]) {
      expect(normalizeError(thrown)).toEqual(masked);
    }
    expect(graphqlErrorBody(normalizeError(new Error('boom')))).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });
});

describe('errors: normalizeError for plain answers (its options)', () => {
  const tooLarge = { type: 'entity.too.large', status: 413, message: 'request entity too large' };
  const malformed = { type: 'entity.parse.failed', status: 400, message: 'Unexpected end of JSON input' };

  it('with bodyArgument, names the body as the argument of a refusal of malformed JSON or an oversized body', () => {
    const options = { bodyLimit: '512kb', bodyArgument: 'body' };
    expect(normalizeError(malformed, options)).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: 'body: is not valid JSON',
      details: { argument: 'body' },
      unexpected: false,
    });
    expect(JSON.stringify(plainErrorBody(normalizeError(tooLarge, options)))).toBe(
      '{"error":{"code":"PAYLOAD_TOO_LARGE","message":"body: larger than 512kb","argument":"body"}}',
    );
    expect(normalizeError(tooLarge, options).status).toBe(413);
  });

  it("with bodyArgument, words body-parser's other refusals as without it", () => {
    const charset = { type: 'charset.unsupported', status: 415, message: 'unsupported charset "X"' };
    expect(normalizeError(charset, { bodyArgument: 'body' })).toEqual(normalizeError(charset));
    expect(normalizeError(charset, { bodyArgument: 'body' })).toEqual({
      status: 415,
      code: 'BAD_REQUEST',
      message: 'Bad request: unsupported charset "X"',
      details: {},
      unexpected: false,
    });
  });

  it('with maskInternal, masks an AppError coded INTERNAL_SERVER_ERROR and no other; without it, sends its message', () => {
    const internal = new AppError('INTERNAL_SERVER_ERROR', 'evidence e1 cites a missing article');
    expect(normalizeError(internal, { maskInternal: true })).toEqual({
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Internal server error',
      details: {},
      unexpected: true,
    });
    expect(normalizeError(internal)).toEqual({
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: 'evidence e1 cites a missing article',
      details: {},
      unexpected: false,
    });
    const codes = ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR');
    for (const code of codes)
      expect(normalizeError(new AppError(code, 'm'), { maskInternal: true })).toEqual(normalizeError(new AppError(code, 'm')));
    expect(codes).toHaveLength(ERROR_CODES.length - 1);
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import {
  isWriteConflict,
  mapNeo4jError,
  refusedIdentifierKey,
  terminatedByTimeout,
  timeoutError,
} from '../../src/store/map-neo4j-error.js';
import { maintenanceMessage, READ_MESSAGE, WRITE_MESSAGE } from '../helpers/timeout-messages.js';

const UNAVAILABLE = 'The graph database is unavailable; try again shortly.';

describe('store: timeoutError', () => {
  it('words a timeout for the work it stopped', () => {
    expect(timeoutError({ kind: 'read' })).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: READ_MESSAGE });
    expect(timeoutError({ kind: 'write' })).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: WRITE_MESSAGE });
    expect(timeoutError({ kind: 'maintenance', task: 'Restoring the snapshot (npm run restore)', timeoutMs: 600_000 })).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: maintenanceMessage('Restoring the snapshot (npm run restore)', 600_000),
    });
  });

  it('maps both of Neo4j’s timeout codes, and an API read by default', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    ]) {
      expect(mapNeo4jError({ code, message: 'timed out' })).toMatchObject({ message: READ_MESSAGE });
      expect(mapNeo4jError({ code, message: 'timed out' }, { kind: 'write' })).toMatchObject({ message: WRITE_MESSAGE });
      expect(mapNeo4jError({ code, message: 'timed out' }, { kind: 'maintenance', task: 'Seeding', timeoutMs: 5 })).toMatchObject({
        message: maintenanceMessage('Seeding', 5),
      });
    }
  });
});

describe('store: terminatedByTimeout', () => {
  it('takes a lock wait stopped after at least the timeout for the timeout, and nothing else', () => {
    const stopped = { code: 'Neo.ClientError.Transaction.LockClientStopped' };
    expect(terminatedByTimeout(stopped, 500, 500)).toBe(true);
    expect(terminatedByTimeout({ code: 'Neo.TransientError.Transaction.Terminated' }, 900, 500)).toBe(true);
    expect(terminatedByTimeout(stopped, 499, 500)).toBe(false);
    expect(terminatedByTimeout(stopped, 60_000, 0)).toBe(false);
    expect(terminatedByTimeout({ code: 'Neo.ClientError.Statement.SyntaxError' }, 900, 500)).toBe(false);
    expect(terminatedByTimeout(new Error('no code'), 900, 500)).toBe(false);
  });
});

describe('store: mapNeo4jError', () => {
  it('maps every sign of an unavailable database, by code or by the driver’s message', () => {
    for (const code of [
      'ServiceUnavailable',
      'SessionExpired',
      'Neo.TransientError.General.DatabaseUnavailable',
      'Neo.ClientError.Database.DatabaseNotFound',
      'Neo.ClientError.Security.Unauthorized',
      'Neo.TransientError.Transaction.LockClientStopped',
    ])
      expect(mapNeo4jError({ code, message: 'failed' }), code).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE });
    for (const message of [
      'connect ECONNREFUSED 127.0.0.1:7687',
      'Connection acquisition timed out in 5000 ms.',
      'Connection was closed by server',
      'Pool is closed, it is no more able to serve requests.',
    ])
      expect(mapNeo4jError(new Error(message)), message).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE });
  });

  it('takes a bad bookmark for the caller’s input and an unmet one for a member catching up', () => {
    expect(mapNeo4jError({ code: 'Neo.ClientError.Transaction.InvalidBookmark', message: 'bad' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The bookmarks sent are not valid for this database: send back those of an earlier response, or none.',
    });
    expect(mapNeo4jError({ code: 'Neo.TransientError.Transaction.BookmarkTimeout', message: 'late' })).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database has not caught up with your last write yet; try again shortly.',
    });
  });

  it('leaves the project’s own errors and every other error as they are', () => {
    const own = new AppError('NOT_FOUND', 'No such entity.');
    expect(mapNeo4jError(own)).toBe(own);
    const syntax = { code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input' };
    expect(mapNeo4jError(syntax)).toBe(syntax);
    const plain = new Error('boom');
    expect(mapNeo4jError(plain)).toBe(plain);
  });
});

describe('store: isWriteConflict', () => {
  it('takes a refused uniqueness or a transient transaction error for a lost race, and nothing else', () => {
    expect(isWriteConflict({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' })).toBe(true);
    expect(isWriteConflict({ code: 'Neo.TransientError.Transaction.DeadlockDetected' })).toBe(true);
    expect(isWriteConflict({ code: 'Neo.TransientError.Transaction.LockClientStopped' })).toBe(true);
    expect(isWriteConflict({ code: 'Neo.ClientError.Statement.SyntaxError' })).toBe(false);
    expect(isWriteConflict({ code: 'Neo.TransientError.General.DatabaseUnavailable' })).toBe(false);
    expect(isWriteConflict(new AppError('SERVICE_UNAVAILABLE', 'down'))).toBe(false);
    expect(isWriteConflict(new Error('no code'))).toBe(false);
    expect(isWriteConflict(null)).toBe(false);
  });
});

describe('store: refusedIdentifierKey', () => {
  const refusal = (message: string) => ({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed', message });

  it('names the identifier key the IdentifierKey unique constraint refused', () => {
    expect(refusedIdentifierKey(refusal("Node(42) already exists with label `IdentifierKey` and property `key` = 'ISO3166:PE'"))).toBe(
      'ISO3166:PE',
    );
    expect(
      refusedIdentifierKey(refusal("Node(7) already exists with label `IdentifierKey` and property `key` = 'OPENSANCTIONS:o\\'hara'")),
    ).toBe("OPENSANCTIONS:o'hara");
  });

  it('is null for any other refusal or error', () => {
    expect(refusedIdentifierKey(refusal("Node(1) already exists with label `Entity` and property `id` = 'peru'"))).toBeNull();
    expect(refusedIdentifierKey({ code: 'Neo.TransientError.Transaction.DeadlockDetected', message: 'IdentifierKey' })).toBeNull();
    expect(refusedIdentifierKey(new Error('boom'))).toBeNull();
    expect(refusedIdentifierKey(null)).toBeNull();
  });
});

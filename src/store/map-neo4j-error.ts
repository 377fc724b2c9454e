/**
 * The one mapping of Neo4j's errors to the project's: an unavailable database, a bad or unmet
 * bookmark, and a transaction timeout worded for the work it stopped. The gateway runs every
 * failure of its calls through it.
 */
import { AppError } from '../errors.js';

/**
 * The work a transaction belonged to, for the message of its timeout: an API read, an API write,
 * or maintenance work named by its task, with the budget it had (0: none).
 */
export type TimedWork =
  | { readonly kind: 'read' }
  | { readonly kind: 'write' }
  | { readonly kind: 'maintenance'; readonly task: string; readonly timeoutMs: number };

/** The error a transaction timeout becomes, worded for the work that was stopped. */
export function timeoutError(work: TimedWork): AppError {
  switch (work.kind) {
    case 'read':
      return new AppError('SERVICE_UNAVAILABLE', 'The query took too long and was stopped; narrow it (fewer hops, smaller first).');
    case 'write':
      return new AppError('SERVICE_UNAVAILABLE', 'The write took too long and was stopped; nothing of it was saved. Try again shortly.');
    case 'maintenance':
      return new AppError(
        'SERVICE_UNAVAILABLE',
        `${work.task} was stopped after NEO4J_MAINTENANCE_TIMEOUT_MS (${work.timeoutMs} ms); its open transaction was rolled back. ` +
          'Raise NEO4J_MAINTENANCE_TIMEOUT_MS (0 = no limit) and run it again.',
      );
    default: {
      const unreachable: never = work;
      throw new Error(`unknown work ${JSON.stringify(unreachable)}`);
    }
  }
}

const UNAVAILABLE = [
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.TransientError.Transaction.LockClientStopped',
];

/**
 * Maps a driver error to the project's errors; leaves other errors as they are. A transaction
 * timeout is worded for `work` (default: an API read).
 */
export function mapNeo4jError(err: unknown, work: TimedWork = { kind: 'read' }): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  if (
    UNAVAILABLE.some((c) => code.includes(c)) ||
    /ECONNREFUSED|connection acquisition timed out|Connection was closed|Pool is closed/i.test(e.message ?? '')
  ) {
    return new AppError('SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again shortly.');
  }
  // Bookmarks come from clients (X-Neo4j-Bookmarks): a bad one is their input; a member still catching up is transient.
  if (code.includes('InvalidBookmark')) {
    return new AppError(
      'BAD_USER_INPUT',
      'The bookmarks sent are not valid for this database: send back those of an earlier response, or none.',
    );
  }
  if (code.includes('BookmarkTimeout')) {
    return new AppError('SERVICE_UNAVAILABLE', 'The database has not caught up with your last write yet; try again shortly.');
  }
  if (code.includes('TransactionTimedOut')) return timeoutError(work);
  return err;
}

/**
 * Whether `err` is a transaction stopped by its timeout while it waited on a lock: Neo4j reports
 * that as the lock client stopped (or the transaction terminated), without a reason, so a
 * termination after at least `timeoutMs` (when there is one) counts as the timeout.
 */
export function terminatedByTimeout(err: unknown, elapsedMs: number, timeoutMs: number): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return timeoutMs > 0 && elapsedMs >= timeoutMs && /\.Transaction\.(?:LockClientStopped|Terminated)$/.test(code);
}

/**
 * The identifier key (`SCHEME:value`) a write was refused for because another entity holds it (the
 * unique constraint of IdentifierKey, src/store/cypher/identifier-keys.ts), or null for any other error.
 */
export function refusedIdentifierKey(err: unknown): string | null {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (e?.code !== 'Neo.ClientError.Schema.ConstraintValidationFailed' || typeof e.message !== 'string') return null;
  const m = /label `IdentifierKey` and property `key` = '((?:[^'\\]|\\.)*)'/.exec(e.message);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : null;
}

/**
 * Whether `err` is a write that lost a race with a concurrent one and may succeed when run again
 * from the start: a uniqueness constraint refusing a node or relationship that another transaction
 * created after this one read the graph, or a transient error (deadlock, lock conflict) outlasting
 * the driver's own retries.
 */
export function isWriteConflict(err: unknown): boolean {
  if (err instanceof AppError) return false;
  const code = (err as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    (code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || code.startsWith('Neo.TransientError.Transaction.'))
  );
}

/**
 * The one gateway to Neo4j. It owns the driver; reads go through `executeRead` (routed to
 * secondaries in a cluster) and writes through `executeWrite`; sessions close in `finally`; Neo4j
 * errors map to the project's codes in one place. Nothing outside src/store imports neo4j-driver.
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { AppError } from '../errors.js';

/** A Cypher statement and its parameters, as built by the pure functions in src/store/cypher. */
export interface Query {
  readonly cypher: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Runs queries inside one transaction. */
export interface Tx {
  run(q: Query): Promise<Record<string, unknown>[]>;
}

/**
 * Bookmarks threaded through transactions for read-your-writes across sessions and API replicas:
 * a session of a call given a chain starts after `current` (in a cluster, the member it reads from
 * waits until it has caught up), and a committed write replaces `current` with its own bookmarks.
 */
export interface BookmarkChain {
  current: string[];
}

/** Per-call options of the store. */
export interface CallOptions {
  /** Causal chaining; default none (a session sees whatever its cluster member holds). */
  bookmarks?: BookmarkChain;
}

/** Connection settings for the gateway. */
export interface StoreOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  connectionTimeoutMs: number;
  acquisitionTimeoutMs: number;
  maxRetryMs: number;
  queryTimeoutMs: number;
  maxPoolSize: number;
}

/** The store: every database access of the service goes through it. */
export interface Store {
  /** Runs one read query and returns its rows as plain objects. */
  read(q: Query, opts?: CallOptions): Promise<Record<string, unknown>[]>;
  /** Runs `work` in one read transaction. */
  readTx<T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions): Promise<T>;
  /** Runs `work` in one write transaction: all of it commits, or none. */
  writeTx<T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions): Promise<T>;
  /** Runs a schema statement in its own auto-commit transaction. */
  schema(q: Query): Promise<Record<string, unknown>[]>;
  /** Resolves when Neo4j answers a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly database: string;
}

const UNAVAILABLE = [
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.TransientError.Transaction.LockClientStopped',
];

/** Maps a driver error to the project's errors; leaves other errors as they are. */
export function mapNeo4jError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; message?: string };
  const code = e.code ?? '';
  if (UNAVAILABLE.some((c) => code.includes(c)) || /ECONNREFUSED|connection acquisition timed out|Connection was closed|Pool is closed/i.test(e.message ?? '')) {
    return new AppError('SERVICE_UNAVAILABLE', 'The graph database is unavailable; try again shortly.');
  }
  // Bookmarks come from clients (X-Neo4j-Bookmarks): a bad one is their input; a member still catching up is transient.
  if (code.includes('InvalidBookmark')) {
    return new AppError('BAD_USER_INPUT', 'The bookmarks sent are not valid for this database: send back those of an earlier response, or none.');
  }
  if (code.includes('BookmarkTimeout')) {
    return new AppError('SERVICE_UNAVAILABLE', 'The database has not caught up with your last write yet; try again shortly.');
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.includes('TransactionTimedOut')) {
    return new AppError('SERVICE_UNAVAILABLE', 'The query took too long and was stopped; narrow it (fewer hops, smaller first).');
  }
  return err;
}

/**
 * Top-level integer parameters (LIMIT, SKIP, counts) go to Neo4j as integers; a JS number would
 * arrive as a float, which LIMIT refuses. Nested values are left as they are.
 */
export function driverParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v]));
}

function toPlain(record: Neo4jRecord): Record<string, unknown> {
  return record.toObject() as Record<string, unknown>;
}

/** The driver's timeouts, retry window and pool size from the options (shared with the bench's floor and peer). */
export function driverConfig(o: Pick<StoreOptions, 'connectionTimeoutMs' | 'acquisitionTimeoutMs' | 'maxRetryMs' | 'maxPoolSize'>) {
  return {
    connectionTimeout: o.connectionTimeoutMs,
    connectionAcquisitionTimeout: o.acquisitionTimeoutMs,
    maxTransactionRetryTime: o.maxRetryMs,
    maxConnectionPoolSize: o.maxPoolSize,
  };
}

/** Creates the store and its driver. The driver connects lazily; call ping() to check. */
export function createStore(o: StoreOptions): Store {
  const driver: Driver = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password), {
    ...driverConfig(o),
    disableLosslessIntegers: true,
    userAgent: 'china-peru-kg',
  });
  const txConfig = { timeout: o.queryTimeoutMs };
  const open = (mode: 'READ' | 'WRITE', opts?: CallOptions): Session =>
    driver.session({
      database: o.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(opts?.bookmarks ? { bookmarks: opts.bookmarks.current } : {}),
    });
  const wrap = (tx: ManagedTransaction): Tx => ({
    run: async (q) => (await tx.run(q.cypher, driverParams(q.params))).records.map(toPlain),
  });
  const guarded = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw mapNeo4jError(err);
    }
  };

  return {
    database: o.database,
    // One statement: the driver's executeQuery (a retried read transaction without a session
    // object to open and close). Bookmarks only when the request brought some.
    read: (q, opts) =>
      guarded(async () => {
        const bookmarks = opts?.bookmarks?.current ?? [];
        const { records } = await driver.executeQuery(q.cypher, driverParams(q.params), {
          database: o.database,
          routing: neo4j.routing.READ,
          bookmarkManager: bookmarks.length > 0 ? neo4j.bookmarkManager({ initialBookmarks: bookmarks }) : null,
          transactionConfig: txConfig,
        });
        return records.map(toPlain);
      }),
    readTx: (work, opts) =>
      guarded(async () => {
        const session = open('READ', opts);
        try {
          return await session.executeRead((tx) => work(wrap(tx)), txConfig);
        } finally {
          await session.close();
        }
      }),
    writeTx: (work, opts) =>
      guarded(async () => {
        const session = open('WRITE', opts);
        try {
          const result = await session.executeWrite((tx) => work(wrap(tx)), txConfig);
          if (opts?.bookmarks) opts.bookmarks.current = session.lastBookmarks();
          return result;
        } finally {
          await session.close();
        }
      }),
    schema: (q) =>
      guarded(async () => {
        const session = open('WRITE');
        try {
          return (await session.run(q.cypher, driverParams(q.params))).records.map(toPlain);
        } finally {
          await session.close();
        }
      }),
    ping: () =>
      guarded(async () => {
        const session = open('READ');
        try {
          await session.executeRead((tx) => tx.run('RETURN 1 AS ok'), { timeout: 3000 });
        } finally {
          await session.close();
        }
      }),
    close: () => driver.close(),
  };
}

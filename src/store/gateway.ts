/**
 * The one gateway to Neo4j. It owns the driver; a read of one statement runs in an auto-commit
 * transaction of a read session (one RUN and PULL instead of BEGIN, RUN, PULL and COMMIT: measured
 * on the bench's entity read, about 0.2 ms less Neo4j CPU and 0.25 ms less driver CPU per request),
 * retried as the driver retries managed transactions (`retryingRead`, retrying-read.ts); reads of
 * several statements go through `executeRead` and writes through `executeWrite` (all routed in a
 * cluster); sessions close in `finally`; Neo4j errors map to the project's codes in one place
 * (`mapNeo4jError`, map-neo4j-error.ts). Nothing outside src/store imports neo4j-driver.
 *
 * Two transaction budgets share the one driver: API requests run under `queryTimeoutMs`
 * (NEO4J_QUERY_TIMEOUT_MS); maintenance work (schema, seed, restore, export, CLI ingest) runs on
 * `store.maintenance(task)` under `maintenanceTimeoutMs` (NEO4J_MAINTENANCE_TIMEOUT_MS, 0 = none).
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session, type Transaction } from 'neo4j-driver';
import { mapNeo4jError, terminatedByTimeout, timeoutError, type TimedWork } from './map-neo4j-error.js';
import { retryingRead } from './retrying-read.js';

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
 * The one transaction of a streamed read (`Store.readStream`): `run` reads a statement's rows at
 * once; `stream` yields them as they are consumed, pulled from Neo4j in batches of the driver's
 * fetch size (1,000 rows) and paused while the consumer lags, so a large result never sits whole in
 * memory. Run one statement at a time: finish (or stop) one stream before the next statement.
 */
export interface StreamTx extends Tx {
  stream(q: Query): AsyncIterable<Record<string, unknown>>;
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
  /** Transaction timeout of API work (NEO4J_QUERY_TIMEOUT_MS). */
  queryTimeoutMs: number;
  /** Transaction timeout of maintenance work and of schema statements (NEO4J_MAINTENANCE_TIMEOUT_MS); 0: no limit. */
  maintenanceTimeoutMs: number;
  maxPoolSize: number;
}

/** The store: every database access of the service goes through it. */
export interface Store {
  /** Runs one read query and returns its rows as plain objects. */
  read(q: Query, opts?: CallOptions): Promise<Record<string, unknown>[]>;
  /** Runs `work` in one read transaction. */
  readTx<T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions): Promise<T>;
  /**
   * Runs `work` in one explicit read transaction and yields what it yields, as the consumer asks
   * for it: the transaction (and its session) stays open until `work` ends, fails, or the consumer
   * stops early (`return()` of the iterator, a `break` out of `for await`), and is then rolled back,
   * a read having nothing to commit. Never retried: a stream half consumed cannot be replayed.
   * Errors are mapped as every call's (a timeout worded for the store's budget).
   */
  readStream<T>(work: (tx: StreamTx) => AsyncIterable<T>, opts?: CallOptions): AsyncIterable<T>;
  /** Runs `work` in one write transaction: all of it commits, or none. */
  writeTx<T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions): Promise<T>;
  /**
   * Runs a schema statement (or a batched `CALL … IN TRANSACTIONS`) in its own auto-commit
   * transaction, under the maintenance timeout in every flavour: schema work is never an API request.
   * Retried on transient errors (see retryingRead): every schema statement must be safe to repeat.
   */
  schema(q: Query): Promise<Record<string, unknown>[]>;
  /**
   * The same store (same driver, same pool) for maintenance work: every transaction runs under
   * `maintenanceTimeoutMs` instead of `queryTimeoutMs`, and a timeout is reported as `task`
   * (e.g. 'Seeding the empty database') stopped after NEO4J_MAINTENANCE_TIMEOUT_MS.
   * Closing it closes the shared driver.
   */
  maintenance(task: string): Store;
  /** Resolves when Neo4j answers a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly database: string;
}

/**
 * Top-level integer parameters (LIMIT, SKIP, counts) go to Neo4j as integers; a JS number would
 * arrive as a float, which LIMIT refuses. Nested values are left as they are.
 */
export function driverParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v]),
  );
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
  return storeOn(driver, o, undefined);
}

/**
 * The store's operations on `driver`: API work (`task` undefined) under `queryTimeoutMs`, or the
 * maintenance work `task` under `maintenanceTimeoutMs`. A timeout of 0 is sent as 0, which Neo4j
 * and the driver take as "no timeout" (leaving it unset would fall back to the server's
 * db.transaction.timeout instead).
 */
function storeOn(driver: Driver, o: StoreOptions, task: string | undefined): Store {
  /** What a call is, for its timeout's message, and the timeout it runs under. */
  interface Budget {
    readonly work: TimedWork;
    readonly timeoutMs: number;
  }
  const maintenance: Budget = {
    work: { kind: 'maintenance', task: task ?? 'A schema statement', timeoutMs: o.maintenanceTimeoutMs },
    timeoutMs: o.maintenanceTimeoutMs,
  };
  const reads: Budget = task === undefined ? { work: { kind: 'read' }, timeoutMs: o.queryTimeoutMs } : maintenance;
  const writes: Budget = task === undefined ? { work: { kind: 'write' }, timeoutMs: o.queryTimeoutMs } : maintenance;
  const open = (mode: 'READ' | 'WRITE', opts?: CallOptions): Session =>
    driver.session({
      database: o.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(opts?.bookmarks ? { bookmarks: opts.bookmarks.current } : {}),
    });
  const wrap = (tx: ManagedTransaction): Tx => ({
    run: async (q) => (await tx.run(q.cypher, driverParams(q.params))).records.map(toPlain),
  });
  const mapped = (budget: Budget, err: unknown, started: number): unknown =>
    terminatedByTimeout(err, Date.now() - started, budget.timeoutMs) ? timeoutError(budget.work) : mapNeo4jError(err, budget.work);
  const guarded = async <T>(budget: Budget, fn: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await fn();
    } catch (err) {
      throw mapped(budget, err, started);
    }
  };
  const streamTx = (tx: Transaction): StreamTx => ({
    run: async (q) => (await tx.run(q.cypher, driverParams(q.params))).records.map(toPlain),
    // The driver's Result is async-iterable: it pulls a batch, pauses above a high watermark, and on
    // return() discards the rest of the statement's rows on the server.
    stream: async function* (q) {
      for await (const record of tx.run(q.cypher, driverParams(q.params))) yield toPlain(record);
    },
  });
  async function* readStream<T>(work: (tx: StreamTx) => AsyncIterable<T>, opts?: CallOptions): AsyncGenerator<T> {
    const started = Date.now();
    const session = open('READ', opts);
    let tx: Transaction | undefined;
    try {
      tx = await session.beginTransaction({ timeout: reads.timeoutMs });
      yield* work(streamTx(tx));
    } catch (err) {
      throw mapped(reads, err, started);
    } finally {
      // Runs on the end, on a failure, and on the consumer's return(): the transaction never outlives the stream.
      try {
        if (tx?.isOpen()) await tx.rollback();
      } catch {
        // A transaction the server already ended (a timeout, a failure) has nothing left to roll back.
      } finally {
        await session.close();
      }
    }
  }

  return {
    database: o.database,
    // One statement: an auto-commit transaction of a read session (after the request's bookmarks,
    // when it brought some), retried as the driver would retry a managed one.
    read: (q, opts) =>
      guarded(reads, () =>
        retryingRead(async () => {
          const session = open('READ', opts);
          try {
            return (await session.run(q.cypher, driverParams(q.params), { timeout: reads.timeoutMs })).records.map(toPlain);
          } finally {
            await session.close();
          }
        }, o.maxRetryMs),
      ),
    readTx: (work, opts) =>
      guarded(reads, async () => {
        const session = open('READ', opts);
        try {
          return await session.executeRead((tx) => work(wrap(tx)), { timeout: reads.timeoutMs });
        } finally {
          await session.close();
        }
      }),
    readStream,
    writeTx: (work, opts) =>
      guarded(writes, async () => {
        const session = open('WRITE', opts);
        try {
          const result = await session.executeWrite((tx) => work(wrap(tx)), { timeout: writes.timeoutMs });
          if (opts?.bookmarks) opts.bookmarks.current = session.lastBookmarks();
          return result;
        } finally {
          await session.close();
        }
      }),
    // Schema statements are safe to repeat (`IF NOT EXISTS`, deleting what is left): retried on a
    // transient error, such as the deadlock of two replicas creating the same constraints at start.
    schema: (q) =>
      guarded(maintenance, () =>
        retryingRead(async () => {
          const session = open('WRITE');
          try {
            return (await session.run(q.cypher, driverParams(q.params), { timeout: maintenance.timeoutMs })).records.map(toPlain);
          } finally {
            await session.close();
          }
        }, o.maxRetryMs),
      ),
    maintenance: (name) => storeOn(driver, o, name),
    ping: () =>
      guarded(reads, async () => {
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

/**
 * A store that times every statement and session of another and counts the sessions open, into
 * timers the caller owns (src/ops/metrics.ts passes Prometheus histograms and a gauge).
 */
import { performance } from 'node:perf_hooks';
import { AppError } from '../errors.js';
import type { CallOptions, Query, Store, Tx } from './gateway.js';

/** The access mode of a session. */
export type AccessMode = 'read' | 'write' | 'schema';

/** Where a timed store reports; every time is in seconds. */
export interface StoreTimers {
  /** Each Cypher statement, by access mode. */
  readonly statements: { observe(labels: { mode: AccessMode }, seconds: number): void };
  /** Each session (one transaction, connection acquisition included), by mode and outcome: `ok`, an AppError's code, or `aborted`. */
  readonly sessions: { observe(labels: { mode: AccessMode; outcome: string }, seconds: number): void };
  /** The sessions open, by mode. */
  readonly inFlight: { inc(labels: { mode: AccessMode }): void; dec(labels: { mode: AccessMode }): void };
}

/** `store` with its `read`, `readTx`, `writeTx` and `schema` timed into `timers`; the rest as is. */
export function timedStore({ store, timers }: { store: Store; timers: StoreTimers }): Store {
  const { statements, sessions, inFlight } = timers;
  // Label objects made once: prom-client keeps a reference to the first one it sees, never changes it.
  const modeLabels: Record<AccessMode, { mode: AccessMode }> = {
    read: { mode: 'read' },
    write: { mode: 'write' },
    schema: { mode: 'schema' },
  };
  const okLabels: Record<AccessMode, { mode: AccessMode; outcome: string }> = {
    read: { mode: 'read', outcome: 'ok' },
    write: { mode: 'write', outcome: 'ok' },
    schema: { mode: 'schema', outcome: 'ok' },
  };
  /** Times one session of `mode` (and, when `statement`, the one statement it runs) in a single wrapper. */
  const timed = async <T>(mode: AccessMode, fn: () => Promise<T>, statement = false): Promise<T> => {
    const start = performance.now();
    const labels = modeLabels[mode];
    inFlight.inc(labels);
    let outcome: string | undefined;
    try {
      return await fn();
    } catch (err) {
      // A project error names its code; anything else (a dry run's rollback, a driver error) did not commit.
      outcome = err instanceof AppError ? err.code : 'aborted';
      throw err;
    } finally {
      const seconds = (performance.now() - start) / 1000;
      inFlight.dec(labels);
      if (statement) statements.observe(labels, seconds);
      sessions.observe(outcome === undefined ? okLabels[mode] : { mode, outcome }, seconds);
    }
  };
  const timedTx = (mode: AccessMode, tx: Tx): Tx => ({
    run: async (q: Query) => {
      const start = performance.now();
      try {
        return await tx.run(q);
      } finally {
        statements.observe(modeLabels[mode], (performance.now() - start) / 1000);
      }
    },
  });
  return {
    ...store,
    read: (q: Query, opts?: CallOptions) => timed('read', () => store.read(q, opts), true),
    readTx: <T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions) =>
      timed('read', () => store.readTx((tx) => work(timedTx('read', tx)), opts)),
    writeTx: <T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions) =>
      timed('write', () => store.writeTx((tx) => work(timedTx('write', tx)), opts)),
    schema: (q: Query) => timed('schema', () => store.schema(q), true),
  };
}

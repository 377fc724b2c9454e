/**
 * A store that opens an OpenTelemetry span for every Cypher statement of another, as a child of the
 * span active where the statement is sent (the GraphQL operation's, src/ops/operation-tracing.ts).
 * Only src/ops/tracing.ts wraps a store, and only when tracing is on.
 *
 * A span carries the statement's text (`db.query.text`) and never its parameters: every value
 * travels as a `$param` (src/store/cypher), so the text holds no user data and the parameters hold
 * all of it. For the same reason a failed statement's span keeps the error's code, not its message
 * (Neo4j's messages can quote a value, a constraint violation's for one).
 */
import { SpanKind, SpanStatusCode, trace, type Attributes, type Tracer } from '@opentelemetry/api';
import { AppError } from '../errors.js';
import type { CallOptions, Query, Store, Tx } from './gateway.js';
import type { AccessMode } from './timed-store.js';

/** The `error.type` of a failed statement: an AppError's code, else the error's class name. */
function errorType(err: unknown): string {
  if (err instanceof AppError) return err.code;
  return err instanceof Error ? err.name : 'Error';
}

/**
 * `store` with a span (kind client, named `neo4j <mode>`) around each statement of `read`, `schema`
 * and of the transactions of `readTx` and `writeTx` sent while a span is active (a request's; work
 * outside requests gets none); `maintenance(task)` gives a store traced the same way; the rest as
 * is. Attributes: `db.system` and `db.system.name` `neo4j`, `db.namespace` (the database),
 * `db.query.text` (the Cypher) and `neo4j.access_mode` (`read`, `write` or `schema`).
 */
export function tracedStore({ store, tracer }: { store: Store; tracer: Tracer }): Store {
  const base = { 'db.system': 'neo4j', 'db.system.name': 'neo4j', 'db.namespace': store.database };
  /** Runs `fn`, the statement `q` of `mode`, inside its span. */
  const traced = async <T>(mode: AccessMode, q: Query, fn: () => Promise<T>): Promise<T> => {
    // Outside a traced request (the change feed's poll, say) a statement would be a trace of its
    // own, one per poll: those are left out.
    if (!trace.getActiveSpan()) return fn();
    const attributes: Attributes = { ...base, 'db.query.text': q.cypher, 'neo4j.access_mode': mode };
    // Not made active: nothing this process does runs under a statement.
    const span = tracer.startSpan(`neo4j ${mode}`, { kind: SpanKind.CLIENT, attributes });
    try {
      return await fn();
    } catch (err) {
      const type = errorType(err);
      span.setAttribute('error.type', type);
      span.setStatus({ code: SpanStatusCode.ERROR, message: type });
      throw err;
    } finally {
      span.end();
    }
  };
  const tracedTx = (mode: AccessMode, tx: Tx): Tx => ({ run: (q: Query) => traced(mode, q, () => tx.run(q)) });
  return {
    ...store,
    read: (q: Query, opts?: CallOptions) => traced('read', q, () => store.read(q, opts)),
    readTx: <T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions) => store.readTx((tx) => work(tracedTx('read', tx)), opts),
    writeTx: <T>(work: (tx: Tx) => Promise<T>, opts?: CallOptions) => store.writeTx((tx) => work(tracedTx('write', tx)), opts),
    schema: (q: Query) => traced('schema', q, () => store.schema(q)),
    maintenance: (task: string) => tracedStore({ store: store.maintenance(task), tracer }),
  };
}

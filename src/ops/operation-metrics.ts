/**
 * The GraphQL side of the metrics: an Apollo plugin counting and timing operations by name, type
 * and outcome, and counting the errors sent by code.
 */
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getOperationAST, type OperationDefinitionNode } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { SentErrorCode } from '../errors.js';

/** Distinct operation names kept as labels; names beyond this count as `__other__`. */
const MAX_OPERATION_NAMES = 200;
/** The code counted for an error sent without one. */
const UNCODED: SentErrorCode = 'INTERNAL_SERVER_ERROR';

/** The operation a request ran (or meant to run), when its document parsed. */
export function operationOf(ctx: {
  operation?: OperationDefinitionNode;
  document?: Parameters<typeof getOperationAST>[0];
  request: { operationName?: string };
}): OperationDefinitionNode | undefined {
  if (ctx.operation) return ctx.operation;
  if (!ctx.document) return undefined;
  return getOperationAST(ctx.document, ctx.request.operationName) ?? undefined;
}

/**
 * Registers `kg_graphql_operations_total`, `kg_graphql_operation_duration_seconds` (with `buckets`,
 * in seconds) and `kg_graphql_errors_total` in `registers`, and returns the factory of the plugin
 * that feeds them. An operation is labelled by its name (`anonymous` without one, `(none)` when the
 * document did not parse, `__other__` past MAX_OPERATION_NAMES names), its type, and its outcome:
 * `ok` or the first error's code.
 */
export function operationMetrics({
  registers,
  buckets,
}: {
  registers: Registry[];
  buckets: number[];
}): <TContext extends BaseContext>() => ApolloServerPlugin<TContext> {
  const operations = new Counter({
    name: 'kg_graphql_operations_total',
    help: 'GraphQL operations by operation name, type and outcome (ok or the first error code).',
    labelNames: ['operation', 'type', 'outcome'],
    registers,
  });
  const operationDuration = new Histogram({
    name: 'kg_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency by operation name, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'],
    buckets,
    registers,
  });
  const errors = new Counter({
    name: 'kg_graphql_errors_total',
    help: 'GraphQL errors sent to clients, by extensions.code.',
    labelNames: ['code'],
    registers,
  });
  const names = new Set<string>();
  const operationLabel = (op: OperationDefinitionNode | undefined): string => {
    if (!op) return '(none)';
    const name = op.name?.value;
    if (!name) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return '__other__';
    names.add(name);
    return name;
  };
  return () => ({
    async requestDidStart() {
      const start = performance.now();
      return {
        async willSendResponse(ctx) {
          const op = operationOf(ctx);
          const body = ctx.response.body;
          const sent = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = sent.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : UNCODED));
          for (const code of codes) errors.inc({ code });
          const labels = { operation: operationLabel(op), type: op?.operation ?? 'unknown', outcome: codes[0] ?? 'ok' };
          operations.inc(labels);
          operationDuration.observe(labels, (performance.now() - start) / 1000);
        },
      };
    },
  });
}

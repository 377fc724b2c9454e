/**
 * The GraphQL side of the traces. graphql-jit runs the operations (src/graphql/jit-executor.ts), so
 * the OpenTelemetry instrumentation that patches graphql-js would see none of them: an Apollo plugin
 * opens a span per operation instead, as a child of the HTTP request's span, and the gateway that
 * executes them is wrapped to run each one with its operation's span active, so the Neo4j
 * statements it sends (src/store/traced-store.ts) are children of that span.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { SpanKind, SpanStatusCode, context, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { operationOf } from './operation-metrics.js';

/** The code of an error sent without one. */
const UNCODED = 'INTERNAL_SERVER_ERROR';

/** The plugin and the gateway wrapper of the operation spans: they share the span of each operation. */
export interface OperationTracing {
  /**
   * The Apollo plugin: a span (kind internal, named `<type> <name>`, `<type>` for an anonymous one,
   * `GraphQL Operation` when the document did not parse) per operation, with
   * `graphql.operation.type` and `graphql.operation.name` (never the document: it can hold literal
   * values), ended when its answer is sent; with the error status, `error.type` the first error's
   * code and `graphql.error.codes` all of them, when the answer has errors.
   */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext>;
  /** `gateway`, whose executor runs each operation with its span active. */
  wrapGateway(gateway: GatewayInterface): GatewayInterface;
}

/** The operation spans of `tracer`. */
export function operationTracing({ tracer }: { tracer: Tracer }): OperationTracing {
  // Apollo gives each operation its own copy of the request's context object, the same one to the
  // plugin's hooks and (as `context`) to the gateway's executor: it keys the operation's span.
  const active = new WeakMap<object, Context>();
  const end = (span: Span, contextValue: object): void => {
    active.delete(contextValue);
    span.end();
  };
  return {
    plugin: () => ({
      async requestDidStart({ contextValue }) {
        const span = tracer.startSpan('GraphQL Operation', { kind: SpanKind.INTERNAL });
        active.set(contextValue, trace.setSpan(context.active(), span));
        return {
          async willSendResponse(ctx) {
            const op = operationOf(ctx);
            if (op) {
              const name = op.name?.value;
              span.updateName(name ? `${op.operation} ${name}` : op.operation);
              span.setAttribute('graphql.operation.type', op.operation);
              if (name) span.setAttribute('graphql.operation.name', name);
            }
            const body = ctx.response.body;
            const sent = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
            if (sent.length) {
              const codes = sent.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : UNCODED));
              span.setAttributes({ 'error.type': codes[0], 'graphql.error.codes': codes });
              span.setStatus({ code: SpanStatusCode.ERROR, message: codes[0] });
            }
            end(span, contextValue);
          },
        };
      },
      async unexpectedErrorProcessingRequest({ requestContext }) {
        // Apollo failed before it could answer: willSendResponse will not run.
        const ctx = active.get(requestContext.contextValue);
        const span = ctx && trace.getSpan(ctx);
        if (!span) return;
        span.setAttribute('error.type', UNCODED);
        span.setStatus({ code: SpanStatusCode.ERROR, message: UNCODED });
        end(span, requestContext.contextValue);
      },
    }),
    wrapGateway(gateway) {
      return {
        onSchemaLoadOrUpdate: (listener) => gateway.onSchemaLoadOrUpdate(listener),
        stop: () => gateway.stop(),
        async load(options) {
          const { executor } = await gateway.load(options);
          if (!executor) return { executor };
          const traced: GatewayExecutor = (rc) => {
            const ctx = active.get(rc.context);
            return ctx ? context.with(ctx, executor, undefined, rc) : executor(rc);
          };
          return { executor: traced };
        },
      };
    },
  };
}

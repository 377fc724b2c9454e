/**
 * OpenTelemetry traces of one service: a span for each HTTP request (continuing the caller's W3C
 * `traceparent`), a child span for each GraphQL operation, and under it a span for each Neo4j
 * statement, exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set. The hooks live beside
 * what they observe: http-tracing.ts, operation-tracing.ts and src/store/traced-store.ts.
 *
 * Off (no endpoint, no exporter given) it is free: `TRACING_OFF` mounts no middleware, adds no
 * plugin, wraps neither the gateway nor the store, and the SDK is never loaded (it is imported
 * only when tracing is on). With no tracer provider registered the OpenTelemetry API is a no-op, so
 * nothing records a span either. Statement parameters and GraphQL documents, which hold the users'
 * data, are never put in a span.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { context, propagation, trace, type ProxyTracerProvider } from '@opentelemetry/api';
import type { SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Store } from '../store/gateway.js';
import { tracedStore } from '../store/traced-store.js';
import { httpTracing, type HttpTracingMiddleware } from './http-tracing.js';
import { operationTracing } from './operation-tracing.js';

/** The instrumentation scope of every span of the service. */
const SCOPE = 'china-peru-kg';

/** The traces of one server and the hooks that feed them. */
export interface Tracing {
  /** Whether spans are recorded and exported. */
  readonly enabled: boolean;
  /** Connect-style middleware opening each request's span: mounted first, on /graphql and on Express; undefined when off. */
  readonly httpMiddleware: HttpTracingMiddleware | undefined;
  /** The Apollo plugins opening each operation's span; none when off. */
  apolloPlugins<TContext extends BaseContext>(): ApolloServerPlugin<TContext>[];
  /** `gateway` executing each operation with its span active; `gateway` itself when off. */
  traceGateway(gateway: GatewayInterface): GatewayInterface;
  /** A store opening a span per statement of `store`; `store` itself when off. */
  traceStore(store: Store): Store;
  /** Exports the spans not sent yet, stops the exporters and unregisters the provider; call it after the server and the driver stop. */
  shutdown(): Promise<void>;
}

/** Tracing off: every hook is the identity, and nothing runs per request. */
export const TRACING_OFF: Tracing = Object.freeze({
  enabled: false,
  httpMiddleware: undefined,
  apolloPlugins: () => [],
  traceGateway: (gateway: GatewayInterface) => gateway,
  traceStore: (store: Store) => store,
  shutdown: async () => {},
});

/**
 * The tracing of a service: `TRACING_OFF` when neither `endpoint` nor `exporter` is given; else a
 * tracer provider (resource `service.name` = `serviceName`) registered as the global one with
 * Node's AsyncLocalStorage context manager and the W3C propagators, whose spans go in batches to
 * `${endpoint}/v1/traces` (OTLP over HTTP, JSON) and, one by one as they end, to `exporter`
 * (the tests' in-memory exporter). Only one provider can be registered in a process: a second
 * tracing on at once still records its spans (through its own tracer), but the first one's context
 * manager and propagator serve both.
 */
export async function createTracing({
  endpoint,
  serviceName,
  exporter,
}: {
  endpoint: string | undefined;
  serviceName: string;
  exporter?: SpanExporter;
}): Promise<Tracing> {
  if (endpoint === undefined && exporter === undefined) return TRACING_OFF;
  const [{ NodeTracerProvider, BatchSpanProcessor, SimpleSpanProcessor }, { defaultResource, resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/resources'),
  ]);
  const spanProcessors: SpanProcessor[] = [];
  if (endpoint !== undefined) {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint}/v1/traces` })));
  }
  if (exporter) spanProcessors.push(new SimpleSpanProcessor(exporter));
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ 'service.name': serviceName })),
    spanProcessors,
  });
  provider.register();
  const registered = (trace.getTracerProvider() as ProxyTracerProvider).getDelegate() === provider;
  const tracer = provider.getTracer(SCOPE);
  const operations = operationTracing({ tracer });
  return {
    enabled: true,
    httpMiddleware: httpTracing({ tracer }),
    apolloPlugins: () => [operations.plugin()],
    traceGateway: (gateway) => operations.wrapGateway(gateway),
    traceStore: (store) => tracedStore({ store, tracer }),
    async shutdown() {
      await provider.shutdown();
      if (!registered) return;
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

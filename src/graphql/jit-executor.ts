/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter. Apollo Server still
 * parses, validates (with the query limits), runs the plugins and formats errors; only execution
 * changes. graphql-jit compiles each operation once into a JavaScript function specialised to its
 * selection set (kept in a bounded cache keyed by Apollo's query hash) and runs that function
 * per request, which costs a fraction of walking the document field by field: measured on an
 * entity with 50 relationships, their endpoints and evidence (about 1,100 fields an answer).
 *
 * Apollo Server 5 accepts another executor only through its gateway interface, so the schema is
 * handed over that way; no gateway plans or forwards anything behind it (the schema is a federation
 * subgraph, but its `_entities` and `_service` are fields like the others here).
 */
import type { GraphQLError, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';

/**
 * graphql-jit leaves `extensions` undefined on an error whose cause has none, where graphql-js
 * always gives an object and Apollo Server reads `extensions.code` from it. The error's own
 * properties cannot be redefined, so an object that inherits everything from it adds one.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  return error.extensions ? error : (Object.create(error, { extensions: { value: {}, enumerable: true } }) as GraphQLError);
}

/**
 * A gateway that serves `schema` (whose SDL is `sdl`) and executes with compiled queries, at most
 * `cacheSize` kept. The schema is only passed on, never given to a graphql function from here: the
 * test runner can load a second copy of graphql for project code, and graphql refuses to mix them.
 */
export function jitGateway(schema: GraphQLSchema, { sdl, cacheSize = 1000 }: { sdl: string; cacheSize?: number }): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();

  const executor: GatewayExecutor = async (rc) => {
    const key = `${rc.queryHash}:${rc.operationName ?? ''}`;
    let query = compiled.get(key);
    if (query) {
      // Least recently used last: re-insert on every hit.
      compiled.delete(key);
    } else {
      const result = compileQuery(schema, rc.document, rc.operationName ?? undefined);
      if (!isCompiledQuery(result)) return result;
      query = result;
      if (compiled.size >= cacheSize) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(key, query);
    const result = await query.query(undefined, rc.context, rc.request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
  };

  return {
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: sdl });
      return { executor };
    },
    async stop() {
      listeners.clear();
      compiled.clear();
    },
  };
}

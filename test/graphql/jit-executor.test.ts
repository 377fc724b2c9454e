import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import type { GraphQLFieldResolver } from 'graphql';
import { jitGateway } from '../../src/graphql/jit-executor.js';

// graphql-jit is CommonJS and requires graphql's CommonJS build; the test runner would give this
// file the ES build, and graphql refuses objects made by another copy.
const { GraphQLError, buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const SDL = 'type Query { hello(name: String): String, who: String, fail: String, refuse: String }';

function makeSchema() {
  const schema = buildSchema(SDL);
  const resolvers: Record<string, GraphQLFieldResolver<unknown, { user: string }, { name?: string }>> = {
    hello: (_root, args) => `hello ${args.name ?? 'world'}`,
    who: (_root, _args, context) => context.user,
    fail: () => {
      throw new Error('it broke');
    },
    refuse: () => {
      throw new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } });
    },
  };
  for (const [name, resolve] of Object.entries(resolvers))
    schema.getQueryType()!.getFields()[name]!.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
  return schema;
}

/** What Apollo Server hands a gateway's executor, reduced to what the executor reads. */
function request({
  query,
  hash = query,
  operationName = null,
  variables = {},
  user = 'ana',
}: {
  query: string;
  hash?: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  user?: string;
}) {
  return {
    queryHash: hash,
    document: parse(query),
    operationName,
    context: { user },
    request: { variables },
  } as unknown as GatewayGraphQLRequestContext;
}

/** What Apollo Server passes to load; the gateway reads none of it. */
const LOAD = { apollo: {} } as unknown as Parameters<GatewayInterface['load']>[0];

/** Loads a gateway and returns its executor (which a gateway may leave null; this one never does). */
async function load(gateway: GatewayInterface): Promise<GatewayExecutor> {
  const { executor } = await gateway.load(LOAD);
  if (!executor) throw new Error('the gateway gave no executor');
  return executor;
}

async function executorOf(options: { cacheSize?: number } = {}): Promise<{ executor: GatewayExecutor }> {
  return { executor: await load(jitGateway(makeSchema(), { sdl: SDL, ...options })) };
}

describe('graphql: jitGateway', () => {
  it('executes an operation with its variables and the request context', async () => {
    const { executor } = await executorOf();
    expect(await executor(request({ query: 'query Q($n: String) { hello(name: $n) who }', variables: { n: 'Lima' } }))).toEqual({
      data: { hello: 'hello Lima', who: 'ana' },
    });
  });

  it('runs the operation the request names', async () => {
    const { executor } = await executorOf();
    const query = 'query A { hello } query B { who }';
    expect(await executor(request({ query, operationName: 'B' }))).toEqual({ data: { who: 'ana' } });
    expect(await executor(request({ query, operationName: 'A' }))).toEqual({ data: { hello: 'hello world' } });
  });

  it('returns the compile errors of an operation it cannot compile', async () => {
    const { executor } = await executorOf();
    const result = await executor(request({ query: '{ hello }', operationName: 'Nope' }));
    expect(result.errors?.map((e) => e.message)).toEqual(['Unknown operation named "Nope".']);
    expect(result.data).toBeUndefined();
  });

  it('gives every error an extensions object, keeping the one an error has', async () => {
    const { executor } = await executorOf();
    const result = await executor(request({ query: '{ fail refuse }' }));
    expect(result.data).toEqual({ fail: null, refuse: null });
    expect(result.errors?.map((e) => [e.message, e.extensions, e.path])).toEqual([
      ['it broke', {}, ['fail']],
      ['no', { code: 'FORBIDDEN' }, ['refuse']],
    ]);
  });

  it('compiles a query hash once and reuses it while it stays in the cache', async () => {
    const { executor } = await executorOf();
    await executor(request({ query: '{ hello }', hash: 'h1' }));
    // Same hash, another document: the compiled first one answers, which shows the cache is keyed by hash.
    expect(await executor(request({ query: '{ who }', hash: 'h1' }))).toEqual({ data: { hello: 'hello world' } });
    expect(await executor(request({ query: '{ who }', hash: 'h1', user: 'bo' }))).toEqual({ data: { hello: 'hello world' } });
    expect(await executor(request({ query: '{ who }', hash: 'h2', user: 'bo' }))).toEqual({ data: { who: 'bo' } });
  });

  it('keeps at most cacheSize compiled queries, dropping the least recently used', async () => {
    const { executor } = await executorOf({ cacheSize: 2 });
    await executor(request({ query: '{ hello }', hash: 'h1' }));
    await executor(request({ query: '{ hello }', hash: 'h2' }));
    await executor(request({ query: '{ hello }', hash: 'h1' }));
    await executor(request({ query: '{ hello }', hash: 'h3' }));
    expect(await executor(request({ query: '{ who }', hash: 'h1' }))).toEqual({ data: { hello: 'hello world' } });
    expect(await executor(request({ query: '{ who }', hash: 'h2' }))).toEqual({ data: { who: 'ana' } });
  });

  it('announces the schema and its SDL to listeners on load, and to none after stop, which also empties the cache', async () => {
    const schema = makeSchema();
    const gateway = jitGateway(schema, { sdl: SDL });
    const heard: unknown[] = [];
    const unsubscribe = gateway.onSchemaLoadOrUpdate((update) => heard.push(update));
    gateway.onSchemaLoadOrUpdate(() => heard.push('second'));
    const executor = await load(gateway);
    expect(heard).toEqual([{ apiSchema: schema, coreSupergraphSdl: SDL }, 'second']);
    unsubscribe();
    await load(gateway);
    expect(heard.slice(2)).toEqual(['second']);

    await executor(request({ query: '{ hello }', hash: 'h1' }));
    await gateway.stop();
    await load(gateway);
    expect(heard).toHaveLength(3);
    expect(await executor(request({ query: '{ who }', hash: 'h1' }))).toEqual({ data: { who: 'ana' } });
  });
});

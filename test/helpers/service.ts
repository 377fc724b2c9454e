/** Starts the real service (HTTP + Apollo + store) against the test Neo4j, on a free port. */
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startService, type Service } from '../../src/service.js';

/** A running service and a GraphQL client for it. */
export interface TestService {
  service: Service;
  url: string;
  /**
   * POSTs an operation to /graphql with `headers` (an API key's `authorization`, say) and returns the
   * parsed body, without the `extensions.cost` every answer carries (test/server/cost-limits.test.ts checks it).
   */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(): Promise<void>;
}

/**
 * The service's configuration against the test Neo4j on a free port, silent, with `env` on top.
 * Not production: an internal error carries its detail into a failing test's message.
 */
export function testConfig(env: Record<string, string> = {}) {
  const n = inject('neo4j');
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    NEO4J_URI: n.uri,
    NEO4J_USER: n.user,
    NEO4J_PASSWORD: n.password,
    NEO4J_DATABASE: n.database,
    ...env,
  });
}

/** An answer without `extensions.cost` (and without `extensions` when that was all it held). */
export function withoutCost(body: unknown): unknown {
  if (!body || typeof body !== 'object' || !('extensions' in body)) return body;
  const { extensions, ...rest } = body as { extensions?: Record<string, unknown> };
  const { cost: _cost, ...others } = extensions ?? {};
  return Object.keys(others).length > 0 ? { ...rest, extensions: others } : rest;
}

export async function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  const config = testConfig(env);
  const service = await startService({ config, logger: createLogger({ level: config.logLevel }) });
  const url = service.server.url;
  return {
    service,
    url,
    gql: async (query, variables, headers = {}) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return withoutCost(await res.json()) as never;
    },
    stop: () => service.stop(),
  };
}

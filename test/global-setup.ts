/**
 * Chooses the real Neo4j the integration tests use, once per run: NEO4J_URI when set; else a
 * testcontainers Neo4j when a container runtime answers; else the project's own local Neo4j on a
 * free port with a throwaway data folder. Tests receive it through `inject('neo4j')`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/local-neo4j/index.js';

/** How tests reach Neo4j. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  kind: 'external' | 'testcontainers' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const PASSWORD = 'test-password-1234';

async function tryContainer(): Promise<{ neo4j: TestNeo4j; stop: () => Promise<void> } | undefined> {
  try {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(PASSWORD).start();
    return {
      neo4j: { uri: container.getBoltUri(), user: 'neo4j', password: PASSWORD, database: 'neo4j', kind: 'testcontainers' },
      stop: async () => {
        await container.stop();
      },
    };
  } catch (err) {
    if (/container runtime strategy/i.test((err as Error).message)) return undefined;
    throw err;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (config.neo4j.uri) {
    project.provide('neo4j', { ...config.neo4j, uri: config.neo4j.uri, kind: 'external' });
    return async () => undefined;
  }
  const container = await tryContainer();
  if (container) {
    project.provide('neo4j', container.neo4j);
    return container.stop;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-test-neo4j-'));
  let server: LocalNeo4j | undefined;
  try {
    server = await startLocalNeo4j({
      ...config.localNeo4j,
      dir,
      boltPort: await freePort(),
      heap: '1g',
      pageCache: '512m',
      password: PASSWORD,
      log: (m) => console.log(`[neo4j] ${m}`),
    });
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  project.provide('neo4j', { uri: server.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', kind: 'local' });
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

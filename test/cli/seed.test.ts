import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli-run.js';
import { holdLocks } from '../helpers/locks.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

/** Runs `npm run seed` (src/cli/seed.ts) against the test Neo4j with `env` added. */
const seedCli = (env: Record<string, string>) => runCli('seed.ts', [], env);

describe('cli: npm run seed', () => {
  const graph = useSeededGraph();

  it('runs under NEO4J_MAINTENANCE_TIMEOUT_MS, not the query timeout, and says so when it is stopped', async () => {
    // An open transaction holds the entity `peru`: the seed's write of it waits until stopped.
    const held = await holdLocks(graph.store, { cypher: 'MATCH (e:Entity {id: $id}) SET e.heldByTest = true', params: { id: 'peru' } });
    let r;
    try {
      r = await seedCli({ NEO4J_QUERY_TIMEOUT_MS: '600000', NEO4J_MAINTENANCE_TIMEOUT_MS: '5000' });
    } finally {
      await held.release();
    }
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stderr.trim()).toBe(
      'Seeding (npm run seed) was stopped after NEO4J_MAINTENANCE_TIMEOUT_MS (5000 ms); its open transaction was rolled back. ' +
        'Raise NEO4J_MAINTENANCE_TIMEOUT_MS (0 = no limit) and run it again.',
    );
  }, 300_000);
});

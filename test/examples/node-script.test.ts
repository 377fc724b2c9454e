/**
 * examples/node/neighbourhood.ts, run as a child process against the live service on the seeded
 * graph: it prints every relationship of the neighbourhood with each quote and its article, and
 * fails with a clear message and exit code when the id is unknown or the service is down.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { runExample } from './run-example.js';

interface Hood {
  entity: { name: string; type: string };
  neighborhood: {
    nodes: { id: string }[];
    relationships: {
      type: string;
      validFrom: string | null;
      status: string;
      source: { name: string };
      target: { name: string };
      evidence: { quote: string; article: { title: string | null; source: string; url: string | null; publishedAt: string | null } }[];
    }[];
  };
}

const HOOD = `query ($id: ID!, $depth: Int) {
  entity(id: $id) { name type }
  neighborhood(id: $id, depth: $depth) {
    nodes { id }
    relationships {
      type validFrom status source { name } target { name }
      evidence { quote article { title source url publishedAt } }
    }
  }
}`;

/** The printed relationships: each block's claim line and its evidence lines, trimmed. */
function printedRelationships(stdout: string): { claim: string; evidence: string[] }[] {
  return stdout
    .trimEnd()
    .split('\n\n')
    .slice(1)
    .map((block) => {
      const [claim, ...evidence] = block.split('\n').map((l) => l.trim());
      return { claim: claim!, evidence };
    });
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('examples: the Node script (examples/node/neighbourhood.ts)', () => {
  const t = useSeededService();

  it.each([
    ['chancay-port', 1],
    ['huawei', 1],
    ['lima', 2],
  ])('prints the neighbourhood of %s (depth %i) with every relationship, its quotes and their articles', async (id, depth) => {
    const live = await t.gql<Hood>(HOOD, { id, depth });
    const { entity, neighborhood } = live.data!;
    expect(neighborhood.relationships.length).toBeGreaterThan(0);
    const run = await runExample('neighbourhood.ts', [id, String(depth)], `${t.url}/graphql`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      `${entity.name} (${entity.type}): ${neighborhood.nodes.length} entities, ${neighborhood.relationships.length} relationships`,
    );
    const expected = neighborhood.relationships.map((r) => ({
      claim: `${r.source.name} —${r.type}→ ${r.target.name} (${r.validFrom ? `from ${r.validFrom}, ` : ''}${r.status})`,
      evidence: r.evidence.flatMap(({ quote, article: a }) => [
        `“${quote}”`,
        `— ${[a.title ? `“${a.title}”` : null, a.source, a.publishedAt].filter(Boolean).join(', ')}${a.url ? ` <${a.url}>` : ''}`,
      ]),
    }));
    expect(printedRelationships(run.stdout)).toEqual(expected);
  });

  it('exits 1 naming the id when the entity is unknown', async () => {
    const run = await runExample('neighbourhood.ts', ['no-such-entity'], `${t.url}/graphql`);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'neighbourhood: id: no entity "no-such-entity" (NOT_FOUND)\n' });
  });

  it('exits 1 saying the service did not answer when nothing listens at KG_URL', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/graphql`;
    const run = await runExample('neighbourhood.ts', ['peru'], url);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `neighbourhood: the service at ${url} did not answer (ECONNREFUSED) (NETWORK)\n` });
  });

  it('exits 2 with its usage when no id is given', async () => {
    const run = await runExample('neighbourhood.ts', [], `${t.url}/graphql`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^usage: neighbourhood\.ts <entity-id> \[depth\]/);
  });
});

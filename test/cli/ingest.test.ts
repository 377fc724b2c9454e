import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stringify } from 'yaml';
import { prng, syntheticArticle } from '../../bench/generate-articles.js';
import { projectRoot } from '../../src/project-root.js';
import { counts } from '../helpers/neo4j.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const n = inject('neo4j');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
    cwd: projectRoot(),
    env: { ...process.env, NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: npm run ingest', () => {
  const graph = useSeededGraph();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-cli-'));
    const rand = prng(7);
    for (let i = 0; i < 25; i++) await writeFile(path.join(dir, `a-${i}.yaml`), stringify(syntheticArticle(i, rand, 30)));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('validates every file first and writes nothing when one is bad', async () => {
    const bad = path.join(dir, 'zz-bad.yaml');
    await writeFile(
      bad,
      stringify({
        articles: [{ id: 'bad-one', source: 'X', publishedAt: 'yesterday' }],
        relationships: [{ type: 'HUGGED', source: 'peru', target: 'nobody', evidence: [{ article: 'bad-one', quote: 'q' }] }],
      }),
    );
    const before = await counts(graph.store);
    const r = runCli([dir]);
    await rm(bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}: articles[0].publishedAt: must be a real date`);
    expect(r.stderr).toContain(`${bad}: relationships[0].type`);
    // The invalid file's valid parts are checked too: one run lists every problem.
    expect(r.stderr).toContain(`${bad}: relationships[0].target: unknown entity "nobody"`);
    expect(r.stderr).toContain('nothing was written');
    expect(await counts(graph.store)).toEqual(before);
  });

  it("checks every quote against the article's text file, naming the file and the quote's path, and writes nothing", async () => {
    const own = await mkdtemp(path.join(os.tmpdir(), 'kg-cli-text-'));
    try {
      const file = path.join(own, 'with-text.yaml');
      await writeFile(path.join(own, 'with-text.txt'), 'Lima, 2025. Peru signed a memorandum with China on copper.');
      await writeFile(
        file,
        stringify({
          articles: [{ id: 'cli-with-text', source: 'Test Wire', publishedAt: '2025', textFile: 'with-text.txt' }],
          relationships: [
            {
              type: 'SIGNED',
              source: 'peru',
              target: 'china',
              topic: 'copper',
              evidence: [{ article: 'cli-with-text', quote: 'Peru signed a memorandum with China on copper.' }],
            },
            {
              type: 'SIGNED',
              source: 'peru',
              target: 'china',
              topic: 'lithium',
              evidence: [{ article: 'cli-with-text', quote: 'Peru signed a memorandum with China on lithium.' }],
            },
          ],
        }),
      );
      const before = await counts(graph.store);
      const r = runCli([file]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(
        `${file}: relationships[1].evidence[0].quote: the quote "Peru signed a memorandum with China on lithium." does not occur ` +
          `in the text of cli-with-text`,
      );
      expect(r.stderr).not.toContain('relationships[0]');
      expect(await counts(graph.store)).toEqual(before);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('dry-runs without writing', async () => {
    const before = await counts(graph.store);
    const r = runCli([path.join(dir, '*.yaml'), '--dry-run']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Dry run: would ingest 25\/25 file\(s\)/);
    expect(await counts(graph.store)).toEqual(before);
  });

  it('ingests a folder, then changes nothing on a second run', async () => {
    const r = runCli([dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Ingested 25\/25 file\(s\)/);
    const after = await counts(graph.store);
    const again = runCli([dir]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/0 new relationships, 0 corroborated, 0 disputed, \d+ unchanged/);
    const audits = 25;
    expect(await counts(graph.store)).toEqual({ ...after, nodes: after.nodes + audits });
    const [row] = await graph.store.read({
      cypher: "MATCH (a:Audit {action: 'INGEST'}) RETURN count(a) AS n, collect(DISTINCT a.keyId) AS keys",
      params: {},
    });
    expect(row).toEqual({ n: 50, keys: ['local'] });
  });

  it(
    'ingests files at once (two create the same entity), retrying the one that lost the race, with the same graph as one at a ' + 'time',
    async () => {
      const own = await mkdtemp(path.join(os.tmpdir(), 'kg-cli-race-'));
      try {
        for (const n of [1, 2]) {
          await writeFile(
            path.join(own, `race-${n}.yaml`),
            stringify({
              articles: [{ id: `cli-race-${n}`, source: `Race Wire ${n}`, publishedAt: '2025-02' }],
              entities: [{ id: 'cli-race-operator', name: 'Race Operator', type: 'COMPANY', aliases: [`Race Alias ${n}`] }],
              relationships: [
                {
                  type: 'OPERATES',
                  source: 'cli-race-operator',
                  target: 'chancay-port',
                  validFrom: '2025',
                  evidence: [{ article: `cli-race-${n}`, quote: `quote ${n}` }],
                },
              ],
            }),
          );
        }
        const r = runCli([own, '--concurrency=2']);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toMatch(
          new RegExp(
            String.raw`^Ingested 2/2 file\(s\) in [\d.]+ s \([\d.]+ files/s, 2 at a time\): 2 articles, 1 new entities, ` +
              '1 matched to existing ones, 1 new relationships, 1 corroborated, 0 disputed, 0 unchanged, ' +
              String.raw`2 evidence items added\.$`,
            'm',
          ),
        );
        const rows = await graph.store.read({
          cypher:
            "MATCH (e:Entity {name: 'Race Operator'})-[r:OPERATES]->() RETURN e.id AS id, e.aliases AS aliases, count(r) AS relationships",
          params: {},
        });
        expect(rows).toHaveLength(1);
        expect(rows[0]!.relationships).toBe(1);
        expect([...(rows[0]!.aliases as string[])].sort()).toEqual(['Race Alias 1', 'Race Alias 2']);
      } finally {
        await rm(own, { recursive: true, force: true });
      }
    },
  );

  it('refuses a concurrency that is not a whole number from 1 to 64', () => {
    const r = runCli([dir, '--concurrency=0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--concurrency: give a whole number from 1 to 64, not "0"');
  });
});

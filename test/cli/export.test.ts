import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentVersion } from '../../src/store/content-version.js';
import { runCli } from '../helpers/cli-run.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

/** Runs `npm run export -- <args>` (src/cli/export.ts) against the test Neo4j. */
const exportCli = (args: string[]) => runCli('export.ts', args);

const FORMATS = 'json|graphml|nodes.csv|edges.csv|ftm|jsonld|ttl|nt|gexf';
const USAGE = `usage: npm run export -- <dir>\n       npm run export -- --format <${FORMATS}> <file or ->`;

describe('cli: npm run export -- --format <f> <file>', () => {
  const graph = useSeededGraph();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-export-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the whole graph into the file and prints one line with the counts, the time and the dataVersion', async () => {
    const file = path.join(dir, 'graph.json');
    const r = await exportCli(['--format', 'json', file]);
    expect(r.status, r.stderr).toBe(0);
    const [counts] = await graph.store.read({
      cypher: `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (:Entity)-[r]->(:Entity) MATCH (:Evidence {relationshipId: r.id})-[:FROM]->(a:Article) RETURN count(DISTINCT a) AS articles }
RETURN entities, relationships, articles`,
      params: {},
    });
    const text = await readFile(file, 'utf8');
    const bytes = Buffer.byteLength(text);
    const version = await readContentVersion(graph.store);
    expect(r.stdout).toMatch(
      new RegExp(
        `^Exported ${counts!.entities} entities, ${counts!.articles} articles and ${counts!.relationships} relationships as json ` +
          `\\(${bytes} bytes\\) to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in \\d+ ms; dataVersion ${version}\\n$`,
      ),
    );
    const body = JSON.parse(text) as { nodes: unknown[]; edges: unknown[] };
    expect([body.nodes.length, body.edges.length]).toEqual([counts!.entities, counts!.relationships]);
    expect(await readdir(dir)).toEqual(['graph.json']);
  }, 120_000);

  it('writes to standard output for -, with its line on standard error', async () => {
    const r = await exportCli(['--format', 'nt', '-']);
    expect(r.status, r.stderr).toBe(0);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .every((line) => line.endsWith(' .')),
    ).toBe(true);
    expect(r.stderr).toMatch(
      new RegExp(
        '^Exported \\d+ entities, \\d+ articles and \\d+ relationships as nt \\(\\d+ bytes\\) to standard output in \\d+ ms; ' +
          'dataVersion [0-9a-f]+\\n$',
      ),
    );
  }, 120_000);

  it('refuses bad arguments with exit code 2, naming the formats', async () => {
    expect(await exportCli(['--format', 'pdf', path.join(dir, 'x.pdf')])).toEqual({
      status: 2,
      stdout: '',
      stderr: `unknown format "pdf"; use one of json, graphml, nodes.csv, edges.csv, ftm, jsonld, ttl, nt, gexf\n${USAGE}\n`,
    });
    expect(await exportCli(['--format', 'ttl'])).toEqual({
      status: 2,
      stdout: '',
      stderr: `give one file to write (- for standard output)\n${USAGE}\n`,
    });
    expect(await exportCli(['--formats', 'ttl', 'x'])).toEqual({ status: 2, stdout: '', stderr: `${USAGE}\n` });
    expect(await exportCli([])).toEqual({ status: 2, stdout: '', stderr: `${USAGE}\n` });
    expect(await readdir(dir)).not.toContain('x.pdf');
  }, 120_000);

  it('still writes the snapshot for a directory', async () => {
    const out = path.join(dir, 'snapshot');
    const r = await exportCli([out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`dataVersion ${await readContentVersion(graph.store)}\n`);
    expect((await readdir(out)).length).toBeGreaterThan(0);
  }, 120_000);
});

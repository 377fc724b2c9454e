/**
 * README's "Using the data elsewhere", run against the live seeded service: every curl command
 * answers 200, every sample (FtM line, JSON-LD node, Turtle, GEXF edge) is in the export it comes
 * from, the SPARQL query gives the rows shown, the JSON-LD script prints the N-Triples export's
 * count of triples, and the FtM mapping tables name exactly the mapping of src/export/to-ftm.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Store } from 'oxigraph';
import { projectRoot } from '../../src/project-root.js';
import { ENTITY_TYPES, RELATION_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { FTM_ENTITY_SCHEMATA, FTM_RELATION_MAPPINGS } from '../../src/export/to-ftm.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { parseRdf, tripleSet } from '../helpers/rdf-sets.js';

const run = promisify(execFile);

/** The section's text and its fenced blocks, each with its language. */
function section(): { text: string; blocks: { lang: string; text: string }[] } {
  const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
  const text = readme.split('\n## Using the data elsewhere\n')[1]?.split('\n## ')[0];
  if (text === undefined) throw new Error('README.md has no "## Using the data elsewhere" section');
  return { text, blocks: [...text.matchAll(/^```(\w*)\n([\s\S]*?)\n```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! })) };
}
const blocks = (lang: string) => section().blocks.filter((b) => b.lang === lang);

describe('examples: the README section "Using the data elsewhere"', () => {
  const t = useSeededService();
  const exported = async (format: string) => (await fetch(`${t.url}/export?view=all&format=${format}`)).text();

  it('has curl commands that the service answers', async () => {
    const commands = blocks('sh').flatMap((b) => [
      ...b.text.matchAll(/curl (?:-o \S+ )?(?:-H '([^']+)' )?'http:\/\/localhost:4000(\/[^']*)'/g),
    ]);
    expect(commands.map((m) => m[2])).toEqual([
      '/export?view=all&format=ftm',
      '/export?view=all&format=jsonld',
      '/export?view=all&format=ttl',
      '/export?view=all&format=nt',
      '/vocab',
      '/vocab',
      '/export?view=all&format=gexf',
    ]);
    for (const [, header, url] of commands) {
      const [name, value] = header ? header.split(': ') : [];
      const res = await fetch(`${t.url}${url}`, { headers: name ? { [name]: value! } : {} });
      expect([url, header, res.status]).toEqual([url, header, 200]);
    }
  });

  it('shows an FtM line and a JSON-LD node that the exports hold, and Turtle and a GEXF edge as written', async () => {
    const [ftmLine, jsonldNode, ...rest] = blocks('json').map((b) => b.text);
    expect(rest).toEqual([]);
    expect((await exported('ftm')).split('\n')).toContain(ftmLine);
    expect((await exported('jsonld')).split('\n')).toContain(`${jsonldNode},`);
    const [turtle, ...moreTurtle] = blocks('turtle');
    expect(moreTurtle).toEqual([]);
    expect(await exported('ttl')).toContain(`${turtle!.text}\n`);
    expect(await exported('gexf')).toContain(blocks('xml')[0]!.text);
  });

  it('answers the SPARQL query with the rows shown', async () => {
    const store = new Store();
    store.load(await exported('ttl'), { format: 'text/turtle' });
    const rows = store.query(blocks('sparql')[0]!.text) as Map<string, { value: string }>[];
    expect(rows.map((row) => [...row.values()].map((v) => v.value).join(' | '))).toEqual(blocks('text')[0]!.text.split('\n'));
  });

  it('runs the JSON-LD script, which counts the N-Triples export’s triples without any fetch', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-jsonld-'));
    try {
      await writeFile(path.join(dir, 'china-peru.jsonld'), await exported('jsonld'));
      const code = blocks('js')[0]!.text.replace("'china-peru.jsonld'", JSON.stringify(path.join(dir, 'china-peru.jsonld')));
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { cwd: projectRoot() });
      const triples = tripleSet(parseRdf(await exported('nt'), 'N-Triples'));
      expect(stdout).toBe(`${triples.size} triples\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('pins the FtM mapping of every entity type and relation rule in its tables', () => {
    const { text } = section();
    for (const type of ENTITY_TYPES) expect(text).toMatch(new RegExp(`^\\| ${type} \\| ${FTM_ENTITY_SCHEMATA[type]}( \\(|\\s\\|)`, 'm'));
    const rows = text.split('\n').filter((l) => RELATION_TYPE_NAMES.some((type) => l.startsWith(`| ${type} |`)));
    const rules = Object.entries(FTM_RELATION_MAPPINGS).flatMap(([type, list]) => list.map((r) => `| ${type} | ${r.schema}`));
    expect(
      rows.map((l) =>
        l
          .split(' (')[0]!
          .split(', ')[0]!
          .replace(/ \| [^|]*\|$/, ''),
      ),
    ).toEqual(rules);
    expect(text).toContain('| any other, or ends that fit no row above | UnknownLink');
  });
});

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/gateway.js';
import { bundleSchema } from '../../src/article-file/format.js';
import { seedGraph } from '../../src/seed/seed-graph.js';
import { seedFromFiles } from '../../src/seed/seed-if-empty.js';
import { createWriter } from '../../src/ingest/writer.js';
import { ENTITIES_FILE, checkSnapshotFiles, exportSnapshot, restoreSnapshot, snapshotVersion } from '../../src/snapshot/index.js';
import { freshSeededGraph, testStore, wipe } from '../helpers/neo4j.js';
import { readContentVersion } from '../../src/store/content-version.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const KEY = 'snapshot-secret-0123456789';

/**
 * Every node and relationship with all its properties but `recordedBy`, audit entries left out, and
 * the content version (the version nodes themselves left out: which of them holds what depends on
 * the writes' order, their sum does not).
 */
async function graphDump(store: Store): Promise<unknown> {
  const [row] = await store.read({
    cypher: `CALL () { MATCH (n) WHERE NOT n:Audit AND NOT n:DataVersion WITH n ORDER BY labels(n)[0], coalesce(n.id, n.key) RETURN collect([labels(n), properties(n)]) AS nodes }
CALL () { MATCH (s)-[r]->(t) WITH s, r, t ORDER BY type(r), coalesce(r.id, ''), s.id, t.id RETURN collect([type(r), s.id, t.id, properties(r)]) AS rels }
RETURN nodes, rels`,
    params: {},
  });
  const strip = (p: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(p)
        .filter(([k]) => k !== 'recordedBy')
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  const r = row as { nodes: [string[], Record<string, unknown>][]; rels: [string, string, string, Record<string, unknown>][] };
  return {
    nodes: r.nodes.map(([l, p]) => [l, strip(p)]),
    rels: r.rels.map(([t, s, e, p]) => [t, s, e, strip(p)]),
    version: await readContentVersion(store),
  };
}

/** A folder's files, name → content. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

/** Adds to the seeded graph what ingest and merges write: a new article, a corroboration, a contradiction, a moved relationship. */
async function ingestSome(store: Store): Promise<{ disputed: string[] }> {
  const writer = createWriter(store);
  await writer.ingest({
    keyId: 'curator',
    bundle: bundleSchema.parse({
      articles: [
        {
          id: 'test-minmetals',
          title: 'Minmetals signs with Peru',
          source: 'Test Wire',
          url: 'https://example.org/minmetals',
          publishedAt: '2025-03-03',
        },
      ],
      entities: [
        {
          id: 'minmetals',
          name: 'Minmetals',
          type: 'COMPANY',
          aliases: ['五矿', 'China Minmetals'],
          description: 'A Chinese metals company.',
        },
        { id: 'las-bambas-memorandum', name: 'Las Bambas expansion memorandum', type: 'AGREEMENT' },
        // Fixture entities with fictitious identifiers (the RUC's check digit holds), listed out of scheme order.
        {
          id: 'test-holding-a',
          name: 'Test Holding A',
          type: 'COMPANY',
          identifiers: [
            { scheme: 'PE_RUC', value: '20999999019' },
            { scheme: 'WIKIDATA', value: 'Q999999902' },
          ],
        },
        {
          id: 'test-holding-b',
          name: 'Test Holding B',
          type: 'COMPANY',
          identifiers: [{ scheme: 'OPENSANCTIONS', value: 'NK-test-holding-b' }],
        },
      ],
      relationships: [
        {
          type: 'SIGNED',
          source: 'minmetals',
          target: 'las-bambas-memorandum',
          validFrom: '2025-03',
          role: 'signatory',
          note: 'Signed in Lima.',
          evidence: [{ article: 'test-minmetals', quote: 'Minmetals signed a memorandum with Peru' }],
        },
        {
          type: 'AFFILIATED_WITH',
          source: 'minmetals',
          target: 'china',
          evidence: [{ article: 'test-minmetals', quote: 'The Chinese company Minmetals' }],
        },
      ],
    }),
  });
  // Corroboration: a second source for a claim the seed holds.
  await writer.ingest({
    keyId: 'curator',
    bundle: bundleSchema.parse({
      articles: [{ id: 'test-second-source', source: 'Another Outlet', publishedAt: '2024-07' }],
      relationships: [
        {
          type: 'GRANTED_EXCLUSIVITY_TO',
          source: 'peru',
          target: 'cosco-shipping',
          topic: 'operation of Chancay port',
          validFrom: '2021',
          status: 'DISPUTED',
          evidence: [{ article: 'test-second-source', quote: 'Peru had granted COSCO exclusive rights at Chancay in 2021.' }],
        },
      ],
    }),
  });
  // Contradiction: another figure for the same claim; both become DISPUTED.
  const contradiction = await writer.ingest({
    keyId: 'other',
    bundle: bundleSchema.parse({
      articles: [{ id: 'test-contradiction', source: 'Contrarian Daily', publishedAt: '2024-07', language: 'es' }],
      relationships: [
        {
          type: 'RECEIVED_INVESTMENT',
          source: 'peru',
          target: 'belt-and-road-initiative',
          validFrom: '2023',
          validTo: '2023',
          quantities: [{ value: 1.5e9, unit: 'USD', label: 'investment received' }],
          evidence: [{ article: 'test-contradiction', quote: 'Peru received only $1.5 billion under the initiative in 2023.' }],
        },
      ],
    }),
  });
  // A merge moves a relationship onto another entity: its id no longer derives from its fields.
  await seedGraph({
    store,
    bundle: bundleSchema.parse({
      entities: [{ id: 'cosco', name: 'China COSCO Shipping Corporation', type: 'COMPANY', aliases: ['中国远洋海运集团'] }],
      relationships: [
        {
          type: 'OPERATES',
          source: 'cosco',
          target: 'chancay-port',
          evidence: [{ article: 'tradewindsnews-chancay-cosco-hub', quote: 'a Cosco Shipping hub' }],
        },
      ],
    }),
  });
  await writer.merge({ keep: 'cosco-shipping', merge: 'cosco', keyId: 'curator' });
  await writer.merge({ keep: 'test-holding-a', merge: 'test-holding-b', keyId: 'curator' });
  return { disputed: contradiction.disputedRelationships };
}

describe('snapshot: export, seed and restore round trips on a real Neo4j', () => {
  let store: Store;
  let tmp: string;
  beforeAll(async () => {
    // Export, seed and restore are maintenance work (NEO4J_MAINTENANCE_TIMEOUT_MS), as in the tools.
    store = testStore().maintenance('Exporting, seeding and restoring in the snapshot test');
    tmp = await mkdtemp(path.join(os.tmpdir(), 'kg-snapshot-'));
  });
  afterAll(async () => {
    await store.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('exports the seed and seeding the export into an empty database gives byte-identical files and the same graph', async () => {
    await freshSeededGraph(store);
    const a = path.join(tmp, 'seed-a');
    const first = await exportSnapshot({ store, dir: a });
    const before = await graphDump(store);
    await wipe(store);
    await seedFromFiles({ store, inputs: [a] });
    const b = path.join(tmp, 'seed-b');
    const second = await exportSnapshot({ store, dir: b });
    expect(await filesOf(b)).toEqual(await filesOf(a));
    expect(second.dataVersion).toBe(first.dataVersion);
    expect(await graphDump(store)).toEqual(before);
    expect(first).toMatchObject({ files: first.articles + 1, orphanEvidence: 0 });
    expect((await filesOf(a)).has(ENTITIES_FILE)).toBe(true);
  });

  it('round-trips a graph with ingested articles, a corroboration, a DISPUTED contradiction and a merge, exactly', async () => {
    await freshSeededGraph(store);
    const { disputed } = await ingestSome(store);
    expect(disputed).toHaveLength(2);
    const a = path.join(tmp, 'ingested-a');
    await exportSnapshot({ store, dir: a });
    const before = await graphDump(store);
    const files = await filesOf(a);
    const all = [...files.values()].join('\n');
    // What only ingest and merges write is in the files.
    expect(all).toContain('reportedStatus: REPORTED');
    expect(all).toMatch(/disputedBy:\n\s+- received_investment-[0-9a-f]{16}/);
    expect(all).toMatch(/id: received_investment-[0-9a-f]{16}-[0-9a-f]{6}\n/);
    expect(all).toMatch(/id: operates-[0-9a-f]{16}\n/);
    expect(files.get(ENTITIES_FILE)).toContain('mergedIds:\n      - cosco');
    // The kept entity holds both entities' identifiers, in scheme order, and the files carry them.
    expect(files.get(ENTITIES_FILE)).toContain(
      '  - id: test-holding-a\n    name: Test Holding A\n    type: COMPANY\n    aliases:\n      - Test Holding B\n' +
        '    mergedIds:\n      - test-holding-b\n    identifiers:\n' +
        '      - scheme: WIKIDATA\n        value: Q999999902\n      - scheme: PE_RUC\n        value: "20999999019"\n' +
        '      - scheme: OPENSANCTIONS\n        value: NK-test-holding-b\n',
    );
    expect(checkSnapshotFiles(files)).toEqual([]);

    await wipe(store);
    await seedFromFiles({ store, inputs: [a] });
    const b = path.join(tmp, 'ingested-b');
    await exportSnapshot({ store, dir: b });
    expect(await filesOf(b)).toEqual(files);
    expect(await graphDump(store)).toEqual(before);

    // The disputed pair reads back as DISPUTED, each naming the other.
    const rows = await store.read({
      cypher: 'MATCH ()-[r:RECEIVED_INVESTMENT]->() RETURN r.id AS id, r.status AS status, r.disputedBy AS by ORDER BY id',
      params: {},
    });
    expect(rows.map((r) => r.status)).toEqual(['DISPUTED', 'DISPUTED']);
    expect(rows[0]!.by).toEqual([rows[1]!.id]);
    expect(rows[1]!.by).toEqual([rows[0]!.id]);
  });

  it('restore replaces whatever the graph holds with the snapshot in one transaction, and keeps the audit trail', async () => {
    const a = path.join(tmp, 'ingested-a');
    await freshSeededGraph(store);
    const [{ audits }] = (await store.read({ cypher: 'MATCH (x:Audit) RETURN count(x) AS audits', params: {} })) as [{ audits: number }];
    await restoreSnapshot({ store, dir: a });
    const c = path.join(tmp, 'restored-c');
    await exportSnapshot({ store, dir: c });
    expect(await filesOf(c)).toEqual(await filesOf(a));
    const [after] = await store.read({ cypher: 'MATCH (x:Audit) RETURN count(x) AS audits', params: {} });
    expect(after!.audits).toBe(audits);
  });

  it('refuses a broken snapshot and changes nothing', async () => {
    const bad = path.join(tmp, 'bad');
    const a = path.join(tmp, 'ingested-a');
    await exportSnapshot({ store, dir: bad });
    const entities = await readFile(path.join(bad, ENTITIES_FILE), 'utf8');
    await writeFile(path.join(bad, ENTITIES_FILE), entities.replace('id: peru\n', 'id: Peru!\n'));
    const before = await filesOf(a);
    await expect(restoreSnapshot({ store, dir: bad })).rejects.toThrow(/_entities\.yaml: entities\[\d+\]\.id: must be a lowercase slug/);
    const d = path.join(tmp, 'after-refusal');
    await exportSnapshot({ store, dir: d });
    expect(await filesOf(d)).toEqual(before);
  });

  it('exports deterministically, removes files of articles the graph lost, and never clears a folder that is not a snapshot', async () => {
    await freshSeededGraph(store);
    const dir = path.join(tmp, 'repeat');
    await exportSnapshot({ store, dir });
    await writeFile(path.join(dir, 'gone-article.yaml'), 'articles: []\n');
    await writeFile(path.join(dir, 'README.md'), 'kept\n');
    const again = await exportSnapshot({ store, dir });
    expect(again.removed).toEqual(['gone-article.yaml']);
    expect((await readdir(dir)).includes('README.md')).toBe(true);
    const once = await filesOf(path.join(tmp, 'seed-a'));
    const files = await filesOf(dir);
    files.delete('README.md');
    expect(files).toEqual(once);

    const handWritten = path.join(tmp, 'hand-written');
    await exportSnapshot({ store, dir: handWritten });
    await rm(path.join(handWritten, ENTITIES_FILE));
    await expect(exportSnapshot({ store, dir: handWritten })).rejects.toThrow(/not a snapshot folder/);
  });
});

describe('snapshot: Query.stats.dataVersion', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` } });
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  const version = async (): Promise<string> =>
    (await gql<{ stats: { dataVersion: string } }>('query Version { stats { dataVersion } }')).stats.dataVersion;
  const INGEST =
    'mutation Ingest($input: ArticleInput!) { ingestArticle(input: $input) { createdRelationships { id } unchangedRelationships { id } } }';
  const input = {
    articles: [{ id: 'test-version', source: 'Test Wire', publishedAt: '2025-01' }],
    relationships: [
      {
        type: 'VISITED',
        source: 'dina-boluarte',
        target: 'china',
        validFrom: '2025-01',
        evidence: [{ article: 'test-version', quote: 'Boluarte visited China again.' }],
      },
    ],
  };

  it('is the hash of the exported snapshot, stays put across reads and an identical re-ingest, and changes after a write', async () => {
    const v0 = await version();
    expect(v0).toMatch(/^[0-9a-f]{64}$/);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-version-'));
    try {
      expect((await exportSnapshot({ store: t.store, dir })).dataVersion).toBe(v0);
      expect(snapshotVersion(await filesOf(dir))).toBe(v0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await gql('{ entity(id: "peru") { name relationships { totalCount } } search(text: "Huawei") { id } stats { entities } }');
    expect(await version()).toBe(v0);

    const first = await gql<{ ingestArticle: { createdRelationships: unknown[] } }>(INGEST, { input });
    expect(first.ingestArticle.createdRelationships).toHaveLength(1);
    const v1 = await version();
    expect(v1).not.toBe(v0);

    const again = await gql<{ ingestArticle: { createdRelationships: unknown[]; unchangedRelationships: unknown[] } }>(INGEST, { input });
    expect(again.ingestArticle).toMatchObject({ createdRelationships: [], unchangedRelationships: [expect.anything()] });
    expect(await version()).toBe(v1);
  });
});

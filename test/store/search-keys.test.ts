/**
 * Search keys on a real Neo4j: every write path (seed, ingest, merge, undo, restore) keeps the
 * office and description keys current, and start-up brings a database made by the previous
 * version (old index analyzer, old keys) up to date.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/gateway.js';
import { applySchema, type SchemaChanges } from '../../src/store/apply-schema.js';
import { createReader } from '../../src/store/reader.js';
import { createWriter } from '../../src/ingest/writer.js';
import { exportSnapshot } from '../../src/snapshot/export-snapshot.js';
import { restoreSnapshot } from '../../src/snapshot/restore-snapshot.js';
import type { Bundle } from '../../src/article-file/format.js';
import { bundleSchema } from '../../src/article-file/format.js';
import { SCHEMA_DIR, freshSeededGraph, testStore, wipe } from '../helpers/neo4j.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const ARTICLE = { id: 'search-keys-article', source: 'Test fixture', publishedAt: '2024-07' };
const bundle = (raw: unknown): Bundle => bundleSchema.parse(raw);

describe('store: search keys follow every write', () => {
  const graph = useSeededGraph();
  const first = async (text: string): Promise<string | undefined> =>
    (await createReader(graph.store).search({ text, types: null, first: 5 }))[0]?.id;
  const found = async (text: string): Promise<string[]> =>
    (await createReader(graph.store).search({ text, types: null, first: 20 })).map((e) => e.id);
  const writer = () => createWriter(graph.store);

  it('finds seeded entities by the office they hold and by their description', async () => {
    expect(await first('Prime Minister')).toBe('gustavo-adrianzen');
    expect(await first('president of Peru')).toBe('dina-boluarte');
    expect(await first('Peruvian president')).toBe('dina-boluarte');
    expect(await found('controversial')).toContain('chancay-port');
  });

  it('keeps office and description keys current through ingest, merge, undo and a corrected re-ingest', async () => {
    const office = {
      type: 'HOLDS_OFFICE_IN',
      source: 'jose-arista',
      target: 'peru',
      role: 'Minister of Economy',
      validFrom: '2024-01',
      evidence: [{ article: ARTICLE.id, quote: 'Economy Minister José Arista' }],
    };
    await writer().ingest({
      keyId: 'test',
      bundle: bundle({
        articles: [ARTICLE],
        entities: [
          { id: 'jose-arista', name: 'José Arista', type: 'PERSON', description: 'Economist who presented the quinoa budget.' },
          { id: 'andean-republic', name: 'Andean Republic', type: 'COUNTRY' },
          { id: 'luis-ejemplo', name: 'Luis Ejemplo', type: 'PERSON' },
        ],
        relationships: [
          office,
          {
            type: 'HOLDS_OFFICE_IN',
            source: 'luis-ejemplo',
            target: 'andean-republic',
            role: 'Vice Minister',
            evidence: [{ article: ARTICLE.id, quote: 'Vice Minister Luis Ejemplo' }],
          },
        ],
      }),
    });
    expect(await first('Minister of Economy of Peru')).toBe('jose-arista');
    expect(await first('quinoa budget')).toBe('jose-arista');
    expect(await first('vice minister Andean Republic')).toBe('luis-ejemplo');

    // Merging the duplicate country moves the office to Peru and gives Peru its name.
    const merge = await writer().merge({ keep: 'peru', merge: 'andean-republic', keyId: 'test' });
    expect(await first('vice minister of Peru')).toBe('luis-ejemplo');
    expect(await first('Minister of Economy of the Andean Republic')).toBe('jose-arista');

    // Undo: the office is held in the restored duplicate again; Peru loses the name.
    await writer().undoMerge({ auditId: merge.auditId, keyId: 'test' });
    expect(await found('vice minister of Peru')).not.toContain('luis-ejemplo');
    expect(await first('vice minister Andean Republic')).toBe('luis-ejemplo');
    expect(await found('Minister of Economy of the Andean Republic')).not.toContain('jose-arista');

    // An ingest that gives the place a new name renews the offices held in it.
    await writer().ingest({
      keyId: 'test',
      bundle: bundle({
        articles: [{ ...ARTICLE, id: 'search-keys-alias' }],
        entities: [{ id: 'peru', name: 'Peru', type: 'COUNTRY', aliases: ['Tawantinsuyu'] }],
        relationships: [{ ...office, evidence: [{ article: 'search-keys-alias', quote: 'the minister of economy of Tawantinsuyu' }] }],
      }),
    });
    expect(await first('minister of economy Tawantinsuyu')).toBe('jose-arista');

    // A corrected re-ingest without the office: the office no longer finds him.
    await writer().ingest({
      keyId: 'test',
      bundle: bundle({ articles: [{ ...ARTICLE, id: 'search-keys-alias' }], entities: [], relationships: [] }),
    });
    await writer().ingest({ keyId: 'test', bundle: bundle({ articles: [ARTICLE], entities: [], relationships: [] }) });
    expect(await found('Minister of Economy')).not.toContain('jose-arista');
  });

  it('keeps them through a snapshot restore', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-search-keys-'));
    try {
      const tool = graph.store.maintenance('Exporting and restoring in the search-keys test');
      await exportSnapshot({ store: tool, dir });
      await restoreSnapshot({ store: tool, dir });
      expect(await first('Prime Minister')).toBe('gustavo-adrianzen');
      expect(await first('president of Peru')).toBe('dina-boluarte');
      expect(await found('controversial')).toContain('chancay-port');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('store: a database made by the previous version', () => {
  let store: Store;
  beforeAll(() => {
    store = testStore();
  });
  afterAll(async () => {
    await freshSeededGraph(store);
    await store.close();
  });

  it('rebuilds the index whose analyzer and properties changed and rewrites the old keys at start-up', async () => {
    await wipe(store);
    await store.schema({ cypher: 'DROP INDEX entity_search IF EXISTS', params: {} });
    await store.schema({ cypher: 'DROP INDEX office_search IF EXISTS', params: {} });
    // The previous version's index and keys: stop words dropped by the analyzer, names as written.
    await store.schema({
      cypher:
        'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText] OPTIONS { indexConfig: { ' +
        "`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }",
      params: {},
    });
    await store.writeTx(async (tx) => {
      await tx.run({
        cypher: `CREATE (:Entity {id: 'belt-and-road-initiative', name: 'Belt and Road Initiative', type: 'INITIATIVE', aliases: ['BRI'], searchText: 'Belt and Road Initiative\\nBRI', nameKey: 'belt and road initiative', aliasKeys: ['bri'], mergedIds: []})
CREATE (p:Entity {id: 'peru', name: 'Peru', type: 'COUNTRY', aliases: ['Perú'], searchText: 'Peru\\nPerú', nameKey: 'peru', aliasKeys: ['peru'], mergedIds: []})
CREATE (d:Entity {id: 'dina-boluarte', name: 'Dina Boluarte', type: 'PERSON', aliases: [], searchText: 'Dina Boluarte', nameKey: 'dina boluarte', aliasKeys: [], mergedIds: []})
CREATE (d)-[:LEADS {id: 'leads-old', role: 'President', status: 'REPORTED'}]->(p)`,
        params: {},
      });
    });
    const before = await createReader(store)
      .search({ text: 'Belt and Road', types: null, first: 5 })
      .catch(() => []);
    expect(before).toEqual([]);

    let changes: SchemaChanges | undefined;
    expect(await applySchema(store, SCHEMA_DIR, { onChanges: (c) => (changes = c) })).toEqual([]);
    expect(changes?.rebuiltIndexes).toEqual([
      expect.stringMatching(
        /^entity_search \(.*properties searchText → searchText, descriptionText.*fulltext\.analyzer cjk → unicode_whitespace/,
      ),
    ]);
    expect(changes?.refreshedEntities).toBe(3);
    const [index] = await store.read({
      cypher:
        "SHOW INDEXES YIELD name, properties, options WHERE name = 'entity_search' RETURN properties, " +
        'options.indexConfig.`fulltext.analyzer` AS analyzer',
      params: {},
    });
    expect(index).toEqual({ properties: ['searchText', 'descriptionText'], analyzer: 'unicode_whitespace' });

    const reader = createReader(store);
    expect((await reader.search({ text: 'Belt and Road', types: null, first: 5 })).map((e) => e.id)).toEqual(['belt-and-road-initiative']);
    expect((await reader.search({ text: 'president of Peru', types: null, first: 5 })).map((e) => e.id)).toEqual(['dina-boluarte']);

    // A second start finds nothing to change.
    changes = undefined;
    expect(await applySchema(store, SCHEMA_DIR, { onChanges: (c) => (changes = c) })).toEqual([]);
    expect(changes).toBeUndefined();
  });
});

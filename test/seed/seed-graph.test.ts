import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../src/article-file/read-article-files.js';
import { seedFromFiles } from '../../src/seed/seed-if-empty.js';
import { relationshipId } from '../../src/domain/ids.js';
import { refreshKnownFrom } from '../../src/store/cypher/write-evidence.js';
import { quoteOccursIn } from '../../src/domain/text.js';
import type { RelationType } from '../../src/domain/vocabulary.js';
import type { Bundle } from '../../src/article-file/format.js';
import { SEEDS_DIR, counts } from '../helpers/neo4j.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

describe('seed: the seed files in a real Neo4j', () => {
  const graph = useSeededGraph();
  let bundle: Bundle;

  beforeAll(async () => {
    const read = await readArticleFiles([SEEDS_DIR]);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    bundle = read.bundle;
  });

  const expected = () => {
    const evidence = bundle.relationships.reduce((n, r) => n + r.evidence.length, 0);
    // One IdentifierKey node per identifier an entity holds (src/store/cypher/identifier-keys.ts).
    const identifiers = bundle.entities.reduce((n, e) => n + (e.identifiers ?? []).length, 0);
    return {
      nodes: bundle.articles.length + bundle.entities.length + evidence + identifiers,
      // Entity-to-entity relationships, plus one FROM link per evidence item.
      relationships: bundle.relationships.length + evidence,
    };
  };

  it('holds exactly the nodes and relationships the seed files describe', async () => {
    expect(await counts(graph.store)).toEqual(expected());
    const [row] = await graph.store.read({
      cypher:
        'CALL () { MATCH (e:Entity) RETURN count(e) AS entities } CALL () { MATCH (a:Article) RETURN count(a) AS articles } CALL ' +
        '() { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS rels } RETURN entities, articles, rels',
      params: {},
    });
    expect(row).toEqual({ entities: bundle.entities.length, articles: bundle.articles.length, rels: bundle.relationships.length });
    // Only the countries hold identifiers, the ISO 3166-1 codes the seed cites.
    expect(
      await graph.store.read({ cypher: 'MATCH (k:IdentifierKey) RETURN k.key AS key, k.entityId AS entityId ORDER BY key', params: {} }),
    ).toEqual([
      { key: 'ISO3166:CN', entityId: 'china' },
      { key: 'ISO3166:PE', entityId: 'peru' },
    ]);
  });

  it('changes nothing when seeded a second time', async () => {
    const before = await graph.store.read({
      cypher: 'MATCH (n) RETURN coalesce(n.id, n.key) AS id, properties(n) AS p ORDER BY id',
      params: {},
    });
    await seedFromFiles({ store: graph.store.maintenance('Seeding again'), inputs: [SEEDS_DIR] });
    expect(await counts(graph.store)).toEqual(expected());
    const after = await graph.store.read({
      cypher: 'MATCH (n) RETURN coalesce(n.id, n.key) AS id, properties(n) AS p ORDER BY id',
      params: {},
    });
    expect(after).toEqual(before);
  });

  it('gives every relationship at least one evidence item with an article', async () => {
    const rows = await graph.store.read({
      cypher: `MATCH (:Entity)-[r]->(:Entity)
               RETURN r.id AS id, COUNT { MATCH (ev:Evidence {relationshipId: r.id})-[:FROM]->(:Article) } AS n`,
      params: {},
    });
    expect(rows.length).toBe(bundle.relationships.length);
    expect(rows.filter((r) => (r.n as number) < 1)).toEqual([]);
  });

  it('quotes the seed article verbatim (ignoring whitespace and quote-mark style), from its text in the seeds folder', () => {
    const text = readFileSync(path.join(SEEDS_DIR, 'huawei-peru-ai-training-deal.txt'), 'utf8');
    const article = bundle.articles.find((a) => a.id === 'huawei-peru-ai-training-deal');
    expect(article?.textFile).toBe('huawei-peru-ai-training-deal.txt');
    expect(article?.text).toBe(text);
    const quotes = bundle.relationships.flatMap((r) => r.evidence).filter((e) => e.article === 'huawei-peru-ai-training-deal');
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.filter((q) => !quoteOccursIn(q.quote, text)).map((q) => q.quote)).toEqual([]);
  });

  it('keeps quotes short (at most 40 words)', () => {
    const long = bundle.relationships.flatMap((r) => r.evidence).filter((e) => e.quote.split(/\s+/).length > 40);
    expect(long).toEqual([]);
  });

  it('seeds every claim the article states, with its quantities and years', async () => {
    const rows = await graph.store.read({
      cypher:
        `MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id + ' ' + type(r) + ' ' + t.id AS claim, r.validFrom AS validFrom, ` +
        `r.status AS status, r.quantities AS q`,
      params: {},
    });
    const find = (claim: string) => rows.find((r) => r.claim === claim);
    expect(find('dina-boluarte SIGNED huawei-peru-ai-training-agreement')?.validFrom).toBe('2024-06');
    expect(JSON.parse(find('huawei TRAINS peruvian-youth-ai-trainees')?.q as string)[0].value).toBe(20000);
    expect(find('peru RECEIVED_INVESTMENT belt-and-road-initiative')).toMatchObject({ validFrom: '2023' });
    expect(JSON.parse(find('peru RECEIVED_INVESTMENT belt-and-road-initiative')?.q as string)[0]).toMatchObject({
      value: 2.9e9,
      unit: 'USD',
    });
    expect(find('peru GRANTED_EXCLUSIVITY_TO cosco-shipping')).toMatchObject({ validFrom: '2021', status: 'DISPUTED' });
    expect(find('gustavo-adrianzen STATED united-states')).toBeDefined();
    expect(find('chancay-port PART_OF belt-and-road-initiative')).toBeDefined();
  });

  it('cites facts from outside the seed article to their own articles, never to the seed article', async () => {
    const rows = await graph.store.read({
      cypher:
        `MATCH (ev:Evidence)-[:FROM]->(a:Article) WHERE ev.quote CONTAINS 'Adrianzen' OR ev.quote CONTAINS '60%' RETURN ` +
        `a.id AS article, a.url AS url`,
      params: {},
    });
    expect(new Set(rows.map((r) => r.article)).size).toBe(2);
    for (const r of rows) {
      expect(r.article).not.toBe('huawei-peru-ai-training-deal');
      expect(r.url).toMatch(/^https:\/\//);
    }
  });

  it('gives every relationship the knownFrom the database computes from its evidence (one rule, in TypeScript and Cypher)', async () => {
    const read = {
      cypher: 'MATCH (s:Entity)-[r]->(t:Entity) RETURN r.id AS id, s.id AS source, t.id AS target, r.knownFrom AS knownFrom ORDER BY id',
      params: {},
    };
    // Written by the seed: src/domain/known-from.ts, from the seed files' articles.
    const seeded = await graph.store.read(read);
    // Recomputed in Cypher (refreshKnownFrom, as ingest does), then rolled back.
    const ROLLBACK = 'rolled back on purpose';
    let recomputed: unknown[] = [];
    await graph.store
      .writeTx(async (tx) => {
        await tx.run(
          refreshKnownFrom({ rows: seeded.map((r) => ({ id: r.id as string, source: r.source as string, target: r.target as string })) }),
        );
        recomputed = await tx.run(read);
        throw new Error(ROLLBACK);
      })
      .catch((err: unknown) => {
        if ((err as Error).message !== ROLLBACK) throw err;
      });
    expect(recomputed).toEqual(seeded);
    expect([...new Set(seeded.map((r) => r.knownFrom))].sort()).toEqual(['2024-03-01', '2024-06-01', '2024-06-27', null]);
  });

  it('derives relationship ids from endpoints, type and time', async () => {
    const rows = await graph.store.read({ cypher: 'MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id ORDER BY id', params: {} });
    const derived = bundle.relationships.map((r) => relationshipId({ ...r, type: r.type as RelationType })).sort();
    expect(rows.map((r) => r.id)).toEqual(derived);
    expect(relationshipId({ type: 'SIGNED', source: 'a', target: 'b', validFrom: '2024', validTo: null, topic: null })).toBe(
      relationshipId({ type: 'SIGNED', source: 'a', target: 'b', validFrom: '2024', validTo: null, topic: null }),
    );
  });
});

/**
 * The write path at the cost of its statements: texts from a closed set (Neo4j plans each once),
 * a bounded number per ingest whatever its size, resolution through indexed look-ups, and
 * concurrent ingests that race for one entity or relationship ending as if one came after the other.
 */
import { describe, expect, it } from 'vitest';
import type { Query } from '../../src/store/gateway.js';
import { createWriter } from '../../src/ingest/writer.js';
import { createEntities } from '../../src/store/cypher/create-entities.js';
import { createRelationships } from '../../src/store/cypher/create-relationships.js';
import { bundleSchema, type Bundle } from '../../src/article-file/format.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { recordingStore } from '../helpers/recording-store.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';
import { variedArticles } from '../helpers/varied-articles.js';

const bundle = (raw: unknown): Bundle => bundleSchema.parse(raw);

/** A barrier: the first `parties` callers wait until all of them have arrived; later callers pass. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    if (arrived >= parties) return;
    if (++arrived === parties) open();
    await opened;
  };
}

describe('ingest: statements of the write path', () => {
  const graph = useSeededGraph({ seed: 'each' });

  it('sends texts from a closed set: after 50 of 200 varied ingests, every text the 200 send has been sent', async () => {
    const recording = recordingStore(graph.store);
    const writer = createWriter(recording);
    const ingests = variedArticles(200);
    let after50: Set<string> | undefined;
    const perIngest: number[] = [];
    for (const [i, { bundle: b, dryRun }] of ingests.entries()) {
      const before = recording.statements.length;
      await writer.ingest({ bundle: b, keyId: 'test', dryRun });
      perIngest.push(recording.statements.length - before);
      if (i === 49) after50 = new Set(recording.statements);
    }
    const all = new Set(recording.statements);
    expect([...all].filter((t) => !after50!.has(t))).toEqual([]);
    // 15 statements at most for a write (with the content version's two, the race check's one, and
    // the ended disputes' one of a re-ingest that drops claims), 18 for a dry run (11 and its
    // preview's 7 reads).
    expect(Math.max(...perIngest)).toBeLessThanOrEqual(18);
    expect(all.size).toBeLessThanOrEqual(24);
  }, 600_000);

  it('sends as many statements for 96 relationships of every type as for one', async () => {
    const recording = recordingStore(graph.store);
    const writer = createWriter(recording);
    const article = (id: string) => ({ id, source: 'Test Wire', publishedAt: '2025-01' });
    const entities = Array.from({ length: 12 }, (_, i) => ({ id: `bulk-${i}`, name: `Bulk Entity ${i}`, type: 'ORGANIZATION' }));
    const one = bundle({
      articles: [article('bulk-one')],
      entities: entities.slice(0, 2),
      relationships: [{ type: 'SIGNED', source: 'bulk-0', target: 'bulk-1', evidence: [{ article: 'bulk-one', quote: 'one' }] }],
    });
    const many = bundle({
      articles: [article('bulk-many')],
      entities,
      relationships: Array.from({ length: 96 }, (_, i) => ({
        type: RELATION_TYPE_NAMES[i % RELATION_TYPE_NAMES.length],
        source: `bulk-${i % 12}`,
        target: `bulk-${(i + 1 + (i % 5)) % 12}`,
        validFrom: `${2000 + i}`,
        evidence: [{ article: 'bulk-many', quote: `claim ${i}` }],
      })),
    });
    await writer.ingest({ bundle: one, keyId: 'test' });
    const forOne = recording.statements.splice(0);
    const s = await writer.ingest({ bundle: many, keyId: 'test' });
    expect(s.createdRelationships).toHaveLength(96);
    expect(recording.statements).toEqual(forOne);
    // Resolve, articles, entities, relationships between the ends, creates, evidence, audit, race
    // check, content version's two.
    expect(forOne).toHaveLength(10);
  });

  it('resolves through the indexed look-ups: a folded alias, a merged id declared, a merged id referenced', async () => {
    const writer = createWriter(graph.store);
    const article = (id: string) => ({ id, source: 'Test Wire', publishedAt: '2025-01' });
    await writer.ingest({
      keyId: 'test',
      bundle: bundle({
        articles: [article('res-1')],
        entities: [{ id: 'acme', name: 'Acme Holdings', type: 'COMPANY', aliases: ['ACME Perú'], mergedIds: ['acme-old'] }],
      }),
    });
    const s = await writer.ingest({
      keyId: 'test',
      bundle: bundle({
        articles: [article('res-2')],
        entities: [
          { id: 'acme-by-alias', name: 'acme peru', type: 'COMPANY' },
          { id: 'acme-old', name: 'Acme of old', type: 'COMPANY' },
          { id: 'republic', name: 'REPÚBLICA DEL PERÚ', type: 'COUNTRY' },
        ],
        relationships: [
          { type: 'AFFILIATED_WITH', source: 'acme-by-alias', target: 'republic', evidence: [{ article: 'res-2', quote: 'q1' }] },
          { type: 'OPERATES', source: 'acme-old', target: 'chancay-port', evidence: [{ article: 'res-2', quote: 'q2' }] },
        ],
      }),
    });
    expect(s.createdEntities).toEqual([]);
    expect(s.mergedEntities).toEqual([
      { inputId: 'acme-by-alias', entityId: 'acme', by: 'name' },
      { inputId: 'acme-old', entityId: 'acme', by: 'mergedId' },
      { inputId: 'republic', entityId: 'peru', by: 'name' },
    ]);
    // Referenced, not declared: the merged id still leads to the entity it was merged into.
    const t = await writer.ingest({
      keyId: 'test',
      bundle: bundle({
        articles: [article('res-3')],
        relationships: [{ type: 'PARTNERS_WITH', source: 'acme-old', target: 'huawei', evidence: [{ article: 'res-3', quote: 'q3' }] }],
      }),
    });
    const [row] = await graph.store.read({
      cypher: 'MATCH (:Entity {id: $id})-[r:PARTNERS_WITH]->(:Entity {id: "huawei"}) RETURN r.id AS id',
      params: { id: 'acme' },
    });
    expect(row?.id).toBe(t.createdRelationships[0]);
  });

  it('two ingests creating one entity at once: one creates it, the other runs again and matches it', async () => {
    const createText = createEntities({ rows: [] }).cypher;
    const both = barrier(2);
    const writer = createWriter(
      recordingStore(graph.store, { beforeRun: (q: Query) => (q.cypher === createText ? both() : Promise.resolve()) }),
    );
    const input = (n: number, status: string) =>
      bundle({
        articles: [{ id: `race-${n}`, source: `Wire ${n}`, publishedAt: '2025-02' }],
        entities: [{ id: 'new-port-operator', name: 'New Port Operator', type: 'COMPANY', aliases: [`Operator ${n}`] }],
        relationships: [
          {
            type: 'OPERATES',
            source: 'new-port-operator',
            target: 'chancay-port',
            validFrom: '2025',
            status,
            evidence: [{ article: `race-${n}`, quote: `quote ${n}` }],
          },
        ],
      });
    const [a, b] = await Promise.all([
      writer.ingest({ bundle: input(1, 'REPORTED'), keyId: 'test' }),
      writer.ingest({ bundle: input(2, 'PLANNED'), keyId: 'test' }),
    ]);
    const [first, second] = a.createdEntities.length ? [a, b] : [b, a];
    expect(first.createdEntities).toEqual(['new-port-operator']);
    expect(second.createdEntities).toEqual([]);
    expect(second.mergedEntities).toEqual([{ inputId: 'new-port-operator', entityId: 'new-port-operator', by: 'id' }]);
    // The second saw the first's claim and contradicts it, as if it had come after.
    expect(second.disputedRelationships).toEqual([...first.createdRelationships, ...second.createdRelationships].sort());
    const rows = await graph.store.read({
      cypher:
        "MATCH (e:Entity {name: 'New Port Operator'}) OPTIONAL MATCH (e)-[r:OPERATES]->() RETURN e.id AS id, e.aliases AS " +
        'aliases, collect(r.status) AS statuses',
      params: {},
    });
    expect(rows).toEqual([
      {
        id: 'new-port-operator',
        aliases: expect.arrayContaining(['Operator 1', 'Operator 2']) as unknown,
        statuses: ['DISPUTED', 'DISPUTED'],
      },
    ]);
  });

  it(
    'two ingests at once creating one entity under two ids, and overlapping claims under two ids: the second runs again and ' +
      'matches both',
    async () => {
      const createText = createRelationships({ rows: [] }).cypher;
      const both = barrier(2);
      const writer = createWriter(
        recordingStore(graph.store, { beforeRun: (q: Query) => (q.cypher === createText ? both() : Promise.resolve()) }),
      );
      // Claims with only a start overlap whatever the year: one after the other, the second corroborates the first.
      const input = (n: number) =>
        bundle({
          articles: [{ id: `overlap-race-${n}`, source: `Wire ${n}`, publishedAt: '2025-02' }],
          entities: [{ id: `lithium-mine-${n}`, name: 'Lithium Mine', type: 'INFRASTRUCTURE' }],
          relationships: [
            {
              type: 'OPERATES',
              source: 'cosco-shipping',
              target: `lithium-mine-${n}`,
              validFrom: `${2030 + n}`,
              evidence: [{ article: `overlap-race-${n}`, quote: `quote ${n}` }],
            },
          ],
        });
      const results = await Promise.all([
        writer.ingest({ bundle: input(1), keyId: 'test' }),
        writer.ingest({ bundle: input(2), keyId: 'test' }),
      ]);
      const [first, second] = results[0]!.createdEntities.length ? results : [results[1]!, results[0]!];
      expect(first.createdEntities).toHaveLength(1);
      expect(second.createdEntities).toEqual([]);
      expect(second.mergedEntities.map((m) => m.entityId)).toEqual(first.createdEntities);
      expect(second.corroboratedRelationships).toEqual(first.createdRelationships);
      const rows = await graph.store.read({
        cypher: "MATCH (e:Entity {name: 'Lithium Mine'}) OPTIONAL MATCH (e)<-[r:OPERATES]-() RETURN e.id AS id, count(r) AS relationships",
        params: {},
      });
      expect(rows).toEqual([{ id: first.createdEntities[0], relationships: 1 }]);
    },
  );

  it('two ingests creating one relationship at once: the second runs again and corroborates it', async () => {
    const createText = createRelationships({ rows: [] }).cypher;
    const both = barrier(2);
    const writer = createWriter(
      recordingStore(graph.store, { beforeRun: (q: Query) => (q.cypher === createText ? both() : Promise.resolve()) }),
    );
    const input = (n: number) =>
      bundle({
        articles: [{ id: `claim-race-${n}`, source: `Wire ${n}`, publishedAt: '2025-02' }],
        relationships: [
          {
            type: 'VISITED',
            source: 'dina-boluarte',
            target: 'chancay-port',
            validFrom: '2030',
            evidence: [{ article: `claim-race-${n}`, quote: `quote ${n}` }],
          },
        ],
      });
    const results = await Promise.all([
      writer.ingest({ bundle: input(1), keyId: 'test' }),
      writer.ingest({ bundle: input(2), keyId: 'test' }),
    ]);
    expect(results.map((r) => [r.createdRelationships.length, r.corroboratedRelationships.length]).sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const [row] = await graph.store.read({
      cypher:
        "MATCH (:Entity {id: 'dina-boluarte'})-[r:VISITED {validFrom: '2030'}]->(:Entity {id: 'chancay-port'}) RETURN count(r) " +
        'AS n, r.id AS id',
      params: {},
    });
    expect(row).toEqual({ n: 1, id: results[0]!.createdRelationships[0] ?? results[0]!.corroboratedRelationships[0] });
    const [ev] = await graph.store.read({
      cypher: 'MATCH (ev:Evidence {relationshipId: $id}) RETURN count(ev) AS n',
      params: { id: row!.id },
    });
    expect(ev).toEqual({ n: 2 });
  });
});

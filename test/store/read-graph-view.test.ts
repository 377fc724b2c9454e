import { describe, expect, it } from 'vitest';
import { compiledView, readGraphView } from '../../src/store/read-graph-view.js';
import { batchLookups, type RunQuery } from '../../src/store/batch-lookups.js';
import type { ArticleModel, EntityModel, RelationshipModel } from '../../src/domain/models.js';
import { relationshipId } from '../../src/domain/ids.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';

const rel = (id: string, sourceId: string, targetId: string): RelationshipModel => ({
  id,
  type: 'SIGNED',
  sourceId,
  targetId,
  topic: null,
  role: null,
  validFrom: null,
  validTo: null,
  status: 'REPORTED',
  quantities: [],
  knownFrom: null,
  note: null,
});
const entity = (id: string): EntityModel => ({
  id,
  name: id.toUpperCase(),
  type: 'COUNTRY',
  aliases: [],
  description: null,
  mergedIds: [],
});
const article = (id: string): ArticleModel => ({
  id,
  title: null,
  source: 'Wire',
  url: null,
  publishedAt: '2024',
  language: 'en',
  note: null,
});

describe('store: compiledView', () => {
  const r1 = rel('signed-1', 'peru', 'china');

  it('holds only the relationships when the read fetched nothing else', () => {
    expect(compiledView({ rels: [r1] })).toEqual({ relationships: new Map([['signed-1', r1]]) });
    expect(compiledView({ rels: [], endpoints: [], details: [] })).toEqual({ relationships: new Map() });
  });

  it('holds the endpoint entities, and their degrees only when the read counted them', () => {
    expect(compiledView({ rels: [r1], endpoints: [{ entity: entity('peru') }, { entity: entity('china') }] })).toEqual({
      relationships: new Map([['signed-1', r1]]),
      entities: new Map([
        ['peru', entity('peru')],
        ['china', entity('china')],
      ]),
    });
    expect(
      compiledView({
        rels: [r1],
        endpoints: [
          { entity: entity('peru'), degree: 3 },
          { entity: entity('china'), degree: 0 },
        ],
      }).degrees,
    ).toEqual(
      new Map([
        ['peru', 3],
        ['china', 0],
      ]),
    );
  });

  it('turns evidence rows into evidence models, collecting the articles when the read brought them', () => {
    const withArticles = compiledView({
      rels: [r1],
      details: [
        { id: 'signed-1', evidence: [{ id: 'ev-1', quote: 'q', publishedStart: '2024-01-01', article: article('a1') }], sourceCount: 1 },
      ],
    });
    expect(withArticles.evidence).toEqual(
      new Map([['signed-1', [{ id: 'ev-1', quote: 'q', articleId: 'a1', relationshipId: 'signed-1', publishedStart: '2024-01-01' }]]]),
    );
    expect(withArticles.articles).toEqual(new Map([['a1', article('a1')]]));
    expect(withArticles.sourceCounts).toEqual(new Map([['signed-1', 1]]));
    const idsOnly = compiledView({
      rels: [r1],
      details: [
        { id: 'signed-1', evidence: [{ id: 'ev-1', quote: 'q', publishedStart: null, articleId: 'a1' }] },
        { id: 'signed-2', evidence: [] },
      ],
    });
    expect(idsOnly).toEqual({
      relationships: new Map([['signed-1', r1]]),
      evidence: new Map([
        ['signed-1', [{ id: 'ev-1', quote: 'q', articleId: 'a1', relationshipId: 'signed-1', publishedStart: null }]],
        ['signed-2', []],
      ]),
    });
  });
});

describe('store: readGraphView against the seeded graph', () => {
  const graph = useSeededGraph();
  const OWNS = relationshipId({
    type: 'OWNS',
    source: 'cosco-shipping',
    target: 'chancay-port',
    validFrom: null,
    validTo: null,
    topic: null,
  });
  const TRADEWINDS = 'tradewindsnews-chancay-cosco-hub';

  /** `store.read`, counting the statements. */
  const counted = (): RunQuery & { sent: number } => {
    const run = Object.assign(
      (q: Parameters<RunQuery>[0]) => {
        run.sent++;
        return graph.store.read(q);
      },
      { sent: 0 },
    );
    return run;
  };

  it('reads everything an answer can reach from the items asked, every key filled, in seven statements whatever the size', async () => {
    const run = counted();
    const view = await readGraphView({
      run,
      entityIds: ['peru', 'atlantis'],
      relationshipIds: [OWNS, 'owns-0000000000000000'],
      articleIds: [TRADEWINDS, 'no-such-article'],
    });
    // One statement per look-up of the seven (readGraphView's JSDoc says eight).
    expect(run.sent).toBe(7);
    const look = batchLookups((q) => graph.store.read(q));
    const supported = (await look.relationshipIdsOfArticles([TRADEWINDS])).get(TRADEWINDS)!;
    expect(supported).toContain(OWNS);
    expect(view.articleRelationshipIds).toEqual(
      new Map([
        [TRADEWINDS, supported],
        ['no-such-article', []],
      ]),
    );
    const relIds = [...new Set([OWNS, 'owns-0000000000000000', ...supported])];
    expect([...view.relationships.keys()]).toEqual(relIds);
    expect(view.relationships.get('owns-0000000000000000')).toBeNull();
    expect(view.relationships.get(OWNS)).toEqual((await look.relationshipsByIds([OWNS])).get(OWNS));
    expect([...view.evidence.keys()]).toEqual(relIds);
    expect(view.evidence.get('owns-0000000000000000')).toEqual([]);
    expect(view.sourceCounts.get(OWNS)).toBe(1);
    expect(view.sourceCounts.get('owns-0000000000000000')).toBe(0);
    const ends = [...view.relationships.values()].flatMap((r) => (r ? [r.sourceId, r.targetId] : []));
    expect([...view.entities.keys()]).toEqual([...new Set(['peru', 'atlantis', ...ends])]);
    expect(view.entities.get('atlantis')).toBeNull();
    expect(view.entities.get('chancay-port')?.name).toBe('Chancay Port');
    expect([...view.degrees.keys()]).toEqual([...view.entities.keys()]);
    expect(view.degrees.get('atlantis')).toBe(0);
    expect(view.degrees.get('chancay-port')).toBe((await look.degrees(['chancay-port'])).get('chancay-port'));
    const cited = [...view.evidence.values()].flat().map((ev) => ev.articleId);
    expect([...view.articles.keys()]).toEqual([...new Set([TRADEWINDS, 'no-such-article', ...cited])]);
    expect(view.articles.get('no-such-article')).toBeNull();
    expect(view.articles.get(TRADEWINDS)?.source).toBe('TradeWinds');
  });

  it('answers empty maps for no items, still in seven statements', async () => {
    const run = counted();
    const view = await readGraphView({ run, entityIds: [], relationshipIds: [], articleIds: [] });
    expect(run.sent).toBe(7);
    expect(Object.values(view).map((m) => m.size)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

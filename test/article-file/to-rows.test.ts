import { describe, expect, it } from 'vitest';
import { articleRow, entityRow, evidenceRows, relationshipRow, toRows } from '../../src/article-file/to-rows.js';
import { bundleSchema, type Bundle } from '../../src/article-file/format.js';
import { evidenceId, relationshipId } from '../../src/domain/ids.js';
import { SEARCH_KEYS_VERSION } from '../../src/domain/search-keys.js';

const bundle: Bundle = bundleSchema.parse({
  articles: [
    { id: 'wire-june', source: 'Test Wire', publishedAt: '2024-06' },
    { id: 'wire-march', source: 'Test Wire', title: 'March', publishedAt: '2024-03-15', language: 'es' },
    { id: 'wire-undated', source: 'Test Wire' },
  ],
  entities: [
    { id: 'dina-boluarte', name: 'Dina Boluarte', type: 'PERSON', aliases: ['Dina E. Boluarte'] },
    { id: 'peru', name: 'Perú', type: 'COUNTRY' },
  ],
  relationships: [
    {
      type: 'LEADS',
      source: 'dina-boluarte',
      target: 'peru',
      role: 'President',
      validFrom: '2022-12',
      validTo: '2025',
      quantities: [{ value: 1, unit: 'term' }],
      evidence: [
        { article: 'wire-june', quote: 'President Dina Boluarte' },
        { article: 'wire-march', quote: 'Boluarte, who leads Peru' },
      ],
    },
    { type: 'VISITED', source: 'dina-boluarte', target: 'peru', evidence: [{ article: 'wire-undated', quote: 'she visited' }] },
  ],
});
const LEADS_ID = relationshipId({
  type: 'LEADS',
  source: 'dina-boluarte',
  target: 'peru',
  validFrom: '2022-12',
  validTo: '2025',
  topic: null,
});

describe('article-file: articleRow', () => {
  it('writes the fields, the publication date as an interval, and who recorded it', () => {
    expect(articleRow({ article: bundle.articles[0]!, recordedBy: 'tester' })).toEqual({
      id: 'wire-june',
      props: {
        title: null,
        source: 'Test Wire',
        url: null,
        publishedAt: '2024-06',
        publishedStart: '2024-06-01',
        publishedEnd: '2024-06-30',
        language: 'en',
        note: null,
        recordedBy: 'tester',
      },
    });
    expect(articleRow({ article: bundle.articles[2]!, recordedBy: 'tester' }).props).toMatchObject({
      publishedAt: null,
      publishedStart: null,
      publishedEnd: null,
    });
  });
});

describe('article-file: entityRow', () => {
  it('writes the fields and the search keys', () => {
    expect(entityRow({ entity: bundle.entities[0]!, recordedBy: 'tester' })).toEqual({
      id: 'dina-boluarte',
      props: {
        name: 'Dina Boluarte',
        type: 'PERSON',
        aliases: ['Dina E. Boluarte'],
        description: null,
        mergedIds: [],
        identifiers: [],
        searchText: 'dina boluarte e',
        descriptionText: null,
        nameKey: 'dina boluarte',
        aliasKeys: ['dina e boluarte'],
        searchKeysVersion: SEARCH_KEYS_VERSION,
        recordedBy: 'tester',
      },
    });
  });
});

describe('article-file: relationshipRow', () => {
  const published = new Map([
    ['wire-june', '2024-06-01'],
    ['wire-march', '2024-03-15'],
  ]);

  it('derives the id, the valid interval, the role key and knownFrom (the oldest article cited)', () => {
    expect(LEADS_ID).toMatch(/^leads-[0-9a-f]{16}$/);
    expect(relationshipRow({ relationship: bundle.relationships[0]!, published, recordedBy: 'tester' })).toEqual({
      id: LEADS_ID,
      source: 'dina-boluarte',
      target: 'peru',
      knownFrom: '2024-03-15',
      props: {
        topic: null,
        role: 'President',
        roleText: 'president',
        validFrom: '2022-12',
        validTo: '2025',
        validStart: '2022-12-01',
        validEnd: '2025-12-31',
        status: 'REPORTED',
        quantities: '[{"value":1,"unit":"term","label":null}]',
        note: null,
        recordedBy: 'tester',
      },
    });
  });

  it('keeps a given id, and writes reportedStatus and disputedBy only when given', () => {
    const r = {
      ...bundle.relationships[1]!,
      id: 'visited-0123456789abcdef',
      status: 'DISPUTED' as const,
      reportedStatus: 'CONFIRMED' as const,
      disputedBy: ['visited-fedcba9876543210'],
    };
    const row = relationshipRow({ relationship: r, published, recordedBy: 'tester' });
    expect(row).toMatchObject({ id: 'visited-0123456789abcdef', knownFrom: null });
    expect(row.props).toMatchObject({
      status: 'DISPUTED',
      reportedStatus: 'CONFIRMED',
      disputedBy: ['visited-fedcba9876543210'],
      roleText: null,
      validStart: null,
      validEnd: null,
    });
    const plain = relationshipRow({ relationship: bundle.relationships[1]!, published, recordedBy: 'tester' }).props;
    expect(Object.keys(plain)).not.toContain('reportedStatus');
    expect(Object.keys(plain)).not.toContain('disputedBy');
  });
});

describe('article-file: evidenceRows', () => {
  it('gives each quote an id from relationship, article and quote, and links it to its article', () => {
    const rows = evidenceRows({
      relationshipId: 'signed-1',
      type: 'SIGNED',
      evidence: [{ article: 'a', quote: 'He “signed”  it.' }],
      recordedBy: 'tester',
    });
    expect(rows).toEqual([
      {
        id: evidenceId('signed-1', 'a', 'He “signed”  it.'),
        articleId: 'a',
        props: { quote: 'He “signed”  it.', relationshipId: 'signed-1', relationshipType: 'SIGNED', articleId: 'a', recordedBy: 'tester' },
      },
    ]);
    // Typography does not make another evidence item.
    expect(rows[0]!.id).toBe(evidenceId('signed-1', 'a', 'He "signed" it.'));
    expect(rows[0]!.id).toMatch(/^ev-[0-9a-f]{16}$/);
  });
});

describe('article-file: toRows', () => {
  it("builds every row of a bundle, relationships by type, knownFrom from the bundle's own articles", () => {
    const rows = toRows(bundle);
    expect(rows.articles.map((a) => [a.id, a.props.publishedStart, a.props.recordedBy])).toEqual([
      ['wire-june', '2024-06-01', 'local'],
      ['wire-march', '2024-03-15', 'local'],
      ['wire-undated', null, 'local'],
    ]);
    expect(rows.entities.map((e) => [e.id, e.props.nameKey])).toEqual([
      ['dina-boluarte', 'dina boluarte'],
      ['peru', 'peru'],
    ]);
    expect([...rows.relationships.keys()]).toEqual(['LEADS', 'VISITED']);
    expect(rows.relationships.get('LEADS')!.map((r) => [r.id, r.knownFrom])).toEqual([[LEADS_ID, '2024-03-15']]);
    expect(rows.relationships.get('VISITED')!.map((r) => r.knownFrom)).toEqual([null]);
    expect(rows.evidence.map((e) => [e.articleId, e.props.relationshipId, e.props.recordedBy])).toEqual([
      ['wire-june', LEADS_ID, 'local'],
      ['wire-march', LEADS_ID, 'local'],
      ['wire-undated', rows.relationships.get('VISITED')![0]!.id, 'local'],
    ]);
    expect(toRows(bundle, 'key-1').evidence.every((e) => e.props.recordedBy === 'key-1')).toBe(true);
  });

  it('leaves knownFrom to the database when the cited article is in another bundle', () => {
    const alone = toRows({ articles: [], entities: [], relationships: [bundle.relationships[0]!] });
    expect(alone.relationships.get('LEADS')![0]!.knownFrom).toBeNull();
  });
});

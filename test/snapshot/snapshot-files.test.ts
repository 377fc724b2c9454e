import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { relationshipId } from '../../src/domain/ids.js';
import { parseArticleFile, readArticleFiles } from '../../src/article-file/read-article-files.js';
import { checkBundles } from '../../src/article-file/check-bundles.js';
import { relationshipSchema } from '../../src/article-file/format.js';
import { toRows } from '../../src/article-file/to-rows.js';
import { ENTITIES_FILE, checkSnapshotFiles, snapshotFiles, snapshotVersion, type SnapshotContent } from '../../src/snapshot/index.js';
import { SEEDS_DIR } from '../helpers/neo4j.js';

const article = (id: string, publishedAt: string | null) => ({
  id,
  title: null,
  source: 'Test Wire',
  url: null,
  publishedAt,
  language: 'en',
  note: null,
  text: null,
});
const rel = (over: Partial<SnapshotContent['relationships'][number]>): SnapshotContent['relationships'][number] => ({
  type: 'SIGNED',
  source: 'acme',
  target: 'deal',
  topic: null,
  role: null,
  validFrom: null,
  validTo: null,
  status: 'REPORTED',
  quantities: [],
  evidence: [{ article: 'old', quote: 'Acme signed the deal.' }],
  note: null,
  ...over,
});

const content: SnapshotContent = {
  articles: [article('new', '2025'), article('old', '2024-06'), article('undated', null)],
  entities: [
    { id: 'deal', name: 'The deal', type: 'AGREEMENT', aliases: [], description: null, mergedIds: [] },
    { id: 'acme', name: 'Acme', type: 'COMPANY', aliases: ['2024', 'ACME'], description: 'A company.', mergedIds: ['acme-corp'] },
  ],
  relationships: [
    rel({
      evidence: [
        { article: 'old', quote: 'Acme signed the deal.' },
        { article: 'new', quote: 'Acme had signed it.' },
      ],
      validFrom: '2024-06',
    }),
    rel({
      id: 'signed-0123456789abcdef-a1b2c3',
      status: 'DISPUTED',
      reportedStatus: 'REPORTED',
      disputedBy: ['signed-0123456789abcdef'],
      quantities: [
        { value: 1, unit: 'USD', label: null },
        { value: 1, unit: 'USD', label: null },
      ],
      evidence: [{ article: 'undated', quote: 'Acme signed for one dollar.' }],
    }),
  ],
};

describe('snapshot: the file layout', () => {
  it('writes one file of entities and one file per article, with each relationship in the file of its first evidence', () => {
    const files = snapshotFiles(content);
    expect([...files.keys()]).toEqual([ENTITIES_FILE, 'new.yaml', 'old.yaml', 'undated.yaml']);
    expect(files.get('new.yaml')).toBe('articles:\n  - id: new\n    source: Test Wire\n    publishedAt: "2025"\n    language: en\n');
    expect(files.get('old.yaml')).toBe(
      [
        'articles:',
        '  - id: old',
        '    source: Test Wire',
        '    publishedAt: "2024-06"',
        '    language: en',
        'relationships:',
        '  - type: SIGNED',
        '    source: acme',
        '    target: deal',
        '    validFrom: "2024-06"',
        '    status: REPORTED',
        '    evidence:',
        '      - article: old',
        '        quote: Acme signed the deal.',
        '      - article: new',
        '        quote: Acme had signed it.',
        '',
      ].join('\n'),
    );
    // Repeated values are written out, never as YAML anchors and aliases.
    expect(files.get('undated.yaml')).toContain('quantities:\n      - value: 1\n        unit: USD\n      - value: 1\n        unit: USD\n');
    expect(files.get('undated.yaml')).toContain('    id: signed-0123456789abcdef-a1b2c3\n');
    expect(files.get('undated.yaml')).toContain(
      '    status: DISPUTED\n    reportedStatus: REPORTED\n    disputedBy:\n      - signed-0123456789abcdef\n',
    );
    expect(files.get(ENTITIES_FILE)).toBe(
      'entities:\n  - id: acme\n    name: Acme\n    type: COMPANY\n    aliases:\n      - "2024"\n      - ACME\n    description: ' +
        'A company.\n    mergedIds:\n      - acme-corp\n  - id: deal\n    name: The deal\n    type: AGREEMENT\n',
    );
  });

  it('gives the same bytes for the same content in any order, and the files read back as valid article files', () => {
    const shuffled: SnapshotContent = {
      articles: [...content.articles].reverse(),
      entities: [...content.entities].reverse(),
      relationships: [...content.relationships].reverse(),
    };
    const files = snapshotFiles(content);
    expect(snapshotFiles(shuffled)).toEqual(files);
    expect(checkSnapshotFiles(files)).toEqual([]);
    const back = parse(files.get('undated.yaml')!) as { relationships: unknown[] };
    expect(relationshipSchema.parse(back.relationships[0])).toMatchObject({
      id: 'signed-0123456789abcdef-a1b2c3',
      status: 'DISPUTED',
      reportedStatus: 'REPORTED',
    });
  });

  it('versions content: the hash changes with one byte and not with the order files are listed in', () => {
    const files = snapshotFiles(content);
    const v = snapshotVersion(files);
    expect(v).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshotVersion(new Map([...files].reverse()))).toBe(v);
    const changed = new Map(files);
    changed.set('new.yaml', files.get('new.yaml')!.replace('Test Wire', 'Test Wire.'));
    expect(snapshotVersion(changed)).not.toBe(v);
  });

  it('lays out the seed files as valid article files that, read back, lay out byte for byte the same', async () => {
    const read = await readArticleFiles([SEEDS_DIR]);
    if (!read.ok) throw new Error('seeds invalid');
    const files = snapshotFiles(read.bundle);
    expect(checkSnapshotFiles(files)).toEqual([]);
    expect(files.size).toBe(read.bundle.articles.length + 1);
    const sourced = [...files].map(([file, body]) => ({ file, bundle: parseArticleFile(file, body).bundle! }));
    const back = checkBundles(sourced, { knownEntityIds: new Set(), knownArticleIds: new Set() });
    expect(snapshotFiles(back.bundle)).toEqual(files);
  });
});

describe('snapshot: the article-file format carries what ingest writes', () => {
  const base = { type: 'SIGNED', source: 'acme', target: 'deal', evidence: [{ article: 'old', quote: 'Acme signed.' }] };

  it('takes an explicit relationship id, which wins over the derived one', () => {
    const r = relationshipSchema.parse({ ...base, id: 'signed-0123456789abcdef-a1b2c3' });
    const rows = toRows({ articles: [], entities: [], relationships: [r] });
    expect(rows.relationships.get('SIGNED')![0]!.id).toBe('signed-0123456789abcdef-a1b2c3');
    expect(rows.evidence[0]!.props.relationshipId).toBe('signed-0123456789abcdef-a1b2c3');
    const derived = toRows({ articles: [], entities: [], relationships: [relationshipSchema.parse(base)] });
    expect(derived.relationships.get('SIGNED')![0]!.id).toBe(
      relationshipId({ type: 'SIGNED', source: 'acme', target: 'deal', validFrom: null, validTo: null, topic: null }),
    );
  });

  it('refuses an id of another type or shape, and writes reportedStatus and disputedBy only when given', () => {
    const wrong = relationshipSchema.safeParse({ ...base, id: 'visited-0123456789abcdef' });
    expect(wrong.success).toBe(false);
    expect(wrong.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['id', 'id must start with the type in lower case and a hyphen'],
    ]);
    expect(relationshipSchema.safeParse({ ...base, id: 'Signed 1' }).success).toBe(false);
    expect(relationshipSchema.safeParse({ ...base, disputedBy: ['not an id'] }).success).toBe(false);
    const plain = toRows({ articles: [], entities: [], relationships: [relationshipSchema.parse(base)] }).relationships.get('SIGNED')![0]!
      .props;
    expect(Object.keys(plain)).not.toContain('reportedStatus');
    expect(Object.keys(plain)).not.toContain('disputedBy');
    const disputed = toRows({
      articles: [],
      entities: [],
      relationships: [
        relationshipSchema.parse({ ...base, status: 'DISPUTED', reportedStatus: 'CONFIRMED', disputedBy: ['signed-0123456789abcdef'] }),
      ],
    }).relationships.get('SIGNED')![0]!.props;
    expect(disputed).toMatchObject({ status: 'DISPUTED', reportedStatus: 'CONFIRMED', disputedBy: ['signed-0123456789abcdef'] });
  });
});

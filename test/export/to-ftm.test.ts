import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { FTM_ENTITY_SCHEMATA, FTM_RELATION_MAPPINGS, ftmFormat, ftmId, ftmLinkSchema, type FtmEntity } from '../../src/export/to-ftm.js';
import { ftmModel, ftmProblems } from '../helpers/ftm-check.js';
import { seedRecords, written } from '../helpers/seed-records.js';
import type { ExportItem } from '../../src/export/records.js';
import { NASTY, NASTY_RECORDS } from './nasty-records.js';

const lines = (text: string) => text.trimEnd().split('\n');
const entities = (text: string) => lines(text).map((l) => JSON.parse(l) as FtmEntity);

describe('export: FollowTheMoney', () => {
  it('maps every entity type to a concrete schema of the FtM model, and every link rule to an edge schema', () => {
    for (const type of ENTITY_TYPES) {
      const schema = ftmModel.schemata[FTM_ENTITY_SCHEMATA[type]];
      expect([type, schema?.abstract, schema?.isA('Thing')]).toEqual([type, false, true]);
    }
    for (const [type, rules] of Object.entries(FTM_RELATION_MAPPINGS)) {
      expect(RELATION_TYPE_NAMES).toContain(type);
      for (const rule of rules) expect([type, ftmModel.schemata[rule.schema]?.isEdge]).toEqual([type, true]);
    }
    expect(ftmModel.schemata.UnknownLink?.isEdge).toBe(true);
  });

  it('maps each relation type by its ends, falling back to UnknownLink', () => {
    const end = (type: keyof typeof FTM_ENTITY_SCHEMATA) => ({ type, schema: FTM_ENTITY_SCHEMATA[type], name: type, country: null });
    const cases: [string, keyof typeof FTM_ENTITY_SCHEMATA, keyof typeof FTM_ENTITY_SCHEMATA, string][] = [
      ['OWNS', 'COMPANY', 'INFRASTRUCTURE', 'Ownership'],
      ['OWNS', 'COMPANY', 'PERSON', 'UnknownLink'],
      ['ACQUIRED', 'COUNTRY', 'COMPANY', 'Ownership'],
      ['LEADS', 'PERSON', 'COUNTRY', 'Occupancy'],
      ['LEADS', 'PERSON', 'COMPANY', 'Directorship'],
      ['LEADS', 'PERSON', 'EVENT', 'UnknownLink'],
      ['HOLDS_OFFICE_IN', 'PERSON', 'GOVERNMENT', 'Occupancy'],
      ['HOLDS_OFFICE_IN', 'PERSON', 'MEDIA', 'Employment'],
      ['AFFILIATED_WITH', 'COMPANY', 'COUNTRY', 'UnknownLink'],
      ['AFFILIATED_WITH', 'PERSON', 'ORGANIZATION', 'Membership'],
      ['PARTICIPATES_IN', 'COUNTRY', 'INITIATIVE', 'ProjectParticipant'],
      ['INVESTED_IN', 'COMPANY', 'COMPANY', 'Payment'],
      ['RECEIVED_INVESTMENT', 'COUNTRY', 'INITIATIVE', 'UnknownLink'],
      ['MET', 'PERSON', 'PERSON', 'UnknownLink'],
    ];
    expect(cases.map(([type, s, t]) => ftmLinkSchema(type, end(s), end(t)))).toEqual(cases.map((c) => c[3]));
  });

  it('writes the whole seed as valid FtM: every line passes the model check, every record mapped', async () => {
    const items = await seedRecords();
    const { text } = await written(ftmFormat, items);
    expect(ftmProblems(lines(text))).toEqual([]);
    const out = entities(text);
    const count = (schema: string) => out.filter((e) => e.schema === schema).length;
    const relationships = items.filter((i) => i.kind === 'relationship');
    const evidence = relationships.flatMap((i) => (i.kind === 'relationship' ? i.relationship.evidence : []));
    expect(out.filter((e) => e.id.startsWith('cpkg-entity-')).length).toBe(18);
    expect(count('Article')).toBe(items.filter((i) => i.kind === 'article').length);
    expect(out.filter((e) => e.id.startsWith('cpkg-rel-')).length).toBe(relationships.length);
    expect(count('Documentation')).toBe(evidence.length * 2);
    expect(
      Object.fromEntries(
        ['Ownership', 'Occupancy', 'Position', 'Membership', 'ProjectParticipant', 'UnknownLink'].map((s) => [s, count(s)]),
      ),
    ).toEqual({ Ownership: 1, Occupancy: 2, Position: 2, Membership: 1, ProjectParticipant: 3, UnknownLink: 26 });
    const owns = out.find((e) => e.schema === 'Ownership')!;
    expect(owns.properties).toMatchObject({
      owner: ['cpkg-entity-cosco-shipping'],
      asset: ['cpkg-entity-chancay-port'],
      percentage: ['60'],
      summary: ['China Cosco Shipping owns 60% of Chancay Port, which was built as part of the Belt and Road Initiative'],
      publisher: ['TradeWinds'],
    });
  });

  it('writes the entity, the article document, the occupied position and the quotes as proof (nasty strings)', async () => {
    const { text } = await written(ftmFormat, NASTY_RECORDS);
    expect(ftmProblems(lines(text))).toEqual([]);
    const out = entities(text);
    const byId = (id: string) => out.find((e) => e.id === id);
    expect(byId('cpkg-entity-acme-<&>')).toEqual({
      id: 'cpkg-entity-acme-<&>',
      schema: 'Company',
      properties: {
        name: [`Acme ${NASTY}`],
        alias: ['ACME "Ltd"', '阿克米'],
        description: [NASTY],
        wikidataId: ['Q42'],
        country: ['pe'],
        taxNumber: ['20100047218'],
        leiCode: ['5493001KJTIIGC8Y1R12'],
      },
    });
    expect(byId('cpkg-entity-peru')?.properties).toEqual({ name: ['Peru'], alias: ['Perú'], country: ['pe'], jurisdiction: ['pe'] });
    expect(byId('cpkg-article-a-ingested')).toEqual({
      id: 'cpkg-article-a-ingested',
      schema: 'Article',
      properties: {
        title: [`Title ${NASTY}`],
        name: [`Title ${NASTY}`],
        fileName: ['a-ingested'],
        publisher: ['Outlet & Co'],
        sourceUrl: ['https://example.org/news?a=1&b=<2>'],
        publishedAt: ['2024-06'],
        language: ['spa'],
        processedAt: ['2024-07-01T10:20:30'],
        processingAgent: ['curator-1'],
      },
    });
    const post = ftmId.position('peru', 'President "interim"');
    expect(byId(post)?.properties).toEqual({
      name: ['President "interim" (Peru)'],
      organization: ['cpkg-entity-peru'],
      country: ['pe'],
      proof: ['cpkg-article-a-ingested', 'cpkg-article-a-seed'],
    });
    expect(byId('cpkg-rel-leads-1')).toEqual({
      id: 'cpkg-rel-leads-1',
      schema: 'Occupancy',
      properties: {
        startDate: ['2022-12-07'],
        endDate: ['2024'],
        summary: [`Zed ${NASTY}`, 'Zed leads'],
        publisher: ['Outlet & Co', 'Seed Outlet'],
        sourceUrl: ['https://example.org/news?a=1&b=<2>'],
        recordId: ['leads-1'],
        status: ['CONFIRMED'],
        holder: ['cpkg-entity-zed'],
        post: [post],
      },
    });
    expect(byId('cpkg-rel-owns-1')?.properties).toMatchObject({
      percentage: ['60'],
      sharesValue: ['225000000'],
      sharesCurrency: ['USD'],
      description: [NASTY, 'stake: 60 %; 225000000 USD; 0.5 ratio'],
      startDate: ['2021-03'],
    });
    expect(byId('cpkg-rel-trains-1')?.properties).toEqual({
      recordId: ['trains-1'],
      role: ['trains'],
      status: ['PLANNED'],
      subject: ['cpkg-entity-acme-<&>'],
      object: ['cpkg-entity-zed'],
    });
    expect(byId('cpkg-doc-ev-1-target')?.properties).toEqual({
      document: ['cpkg-article-a-ingested'],
      entity: ['cpkg-entity-peru'],
      role: ['leads'],
      summary: [`Zed ${NASTY}`],
      recordId: ['leads-1'],
    });
    for (const line of lines(text)) expect(line).not.toMatch(/[\n\r]/);
  });

  it('writes valid FtM for every relation type between every two entity types', async () => {
    const items: ExportItem[] = ENTITY_TYPES.map((type) => ({
      kind: 'entity',
      entity: { id: type.toLowerCase(), name: `A ${type}`, type, aliases: [], description: null, mergedIds: [], identifiers: [] },
    }));
    items.push({
      kind: 'article',
      article: { id: 'a', title: null, source: 'S', url: null, publishedAt: null, language: 'xx', note: null, ingest: null },
    });
    let n = 0;
    for (const type of RELATION_TYPE_NAMES)
      for (const s of ENTITY_TYPES)
        for (const t of ENTITY_TYPES)
          items.push({
            kind: 'relationship',
            relationship: {
              id: `r${++n}`,
              type,
              sourceId: s.toLowerCase(),
              targetId: t.toLowerCase(),
              topic: 'x',
              role: n % 2 ? 'Chair' : null,
              validFrom: '2020',
              validTo: '2021-05',
              status: 'REPORTED',
              quantities: [
                { value: 1.5, unit: 'percent', label: null },
                { value: 10, unit: 'PEN', label: 'price' },
              ],
              knownFrom: null,
              note: null,
              evidence: [{ id: `ev-${n}`, quote: 'q', articleId: 'a', articleSource: 'S', articleUrl: null, publishedAt: null }],
            },
          });
    const { text } = await written(ftmFormat, items);
    expect(ftmProblems(lines(text))).toEqual([]);
    const links = entities(text).filter((e) => e.id.startsWith('cpkg-rel-'));
    expect(links.length).toBe(33 * 15 * 15);
    expect(new Set(links.map((e) => e.schema))).toEqual(
      new Set(['Ownership', 'Occupancy', 'Directorship', 'Employment', 'Membership', 'ProjectParticipant', 'Payment', 'UnknownLink']),
    );
  });

  it('has a check that refuses what the model refuses', () => {
    const line = (e: object) => JSON.stringify(e);
    expect(
      ftmProblems([
        line({ id: 'a', schema: 'Thing', properties: { name: ['x'] } }),
        line({ id: 'b', schema: 'Person', properties: { name: ['x'], percentage: ['1'], birthDate: ['June'], country: ['xx'] } }),
        line({ id: 'c', schema: 'Ownership', properties: { owner: ['b'], asset: ['b'] } }),
        line({ id: 'd', schema: 'Person', properties: {} }),
        line({ id: 'b', schema: 'Company', properties: { name: ['y'] } }),
      ]),
    ).toEqual([
      'a: schema Thing is abstract or deprecated',
      'b is written twice',
      'b: Person has no property percentage',
      'b.birthDate: "June" is not an FtM date',
      'b.country: "xx" is not a country code of the model',
      'c.asset: b is a Person, out of the range Asset',
      'd: required name missing',
    ]);
  });

  it('writes a chunk per record as it reads them, and a Position two occupancies share once', async () => {
    const leads = NASTY_RECORDS[6]!;
    if (leads.kind !== 'relationship') throw new Error('the fixture changed');
    const again: ExportItem = { kind: 'relationship', relationship: { ...leads.relationship, id: 'leads-2', validFrom: '2025' } };
    const { chunks } = await written(ftmFormat, [...NASTY_RECORDS, again]);
    expect(chunks.length).toBe(NASTY_RECORDS.length + 1);
    expect(chunks[0]!.split('\n')).toEqual([expect.stringMatching(/^\{"id":"cpkg-entity-acme-<&>","schema":"Company",/), '']);
    expect(
      chunks
        .at(-1)!
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as FtmEntity).schema),
    ).toEqual(['Occupancy', 'Documentation', 'Documentation', 'Documentation', 'Documentation']);
  });
});

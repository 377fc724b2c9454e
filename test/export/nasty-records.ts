/**
 * Hand-built export records whose strings carry what breaks writers: quotes of both kinds, `"""`,
 * newlines, CR, tab, `<`, `&`, `>`, a backslash, non-Latin letters, an emoji, a control character,
 * and ids that need percent-encoding in an IRI.
 */
import { identifierModel } from '../../src/domain/identifiers.js';
import type { ExportItem } from '../../src/export/records.js';

/** Text with every troublesome character at once. */
export const NASTY = 'He said "yes" & \'no\' <b>bold</b> """triple""" \\ back\nslash\r\ttab 秘鲁 Perú 🚢 \u0007bell';

/** Entities, articles and relationships in stream order; one article came in by ingest, one by seed. */
export const NASTY_RECORDS: ExportItem[] = [
  {
    kind: 'entity',
    entity: {
      id: 'acme-<&>',
      name: `Acme ${NASTY}`,
      type: 'COMPANY',
      aliases: ['ACME "Ltd"', '阿克米'],
      description: NASTY,
      mergedIds: [],
      identifiers: [
        identifierModel('WIKIDATA', 'Q42'),
        identifierModel('PE_RUC', '20100047218'),
        identifierModel('LEI', '5493001KJTIIGC8Y1R12'),
        identifierModel('OPENSANCTIONS', 'NK-abc_1.2'),
        identifierModel('ISO3166', 'PE'),
      ],
    },
  },
  {
    kind: 'entity',
    entity: {
      id: 'peru',
      name: 'Peru',
      type: 'COUNTRY',
      aliases: ['Perú'],
      description: null,
      mergedIds: [],
      identifiers: [identifierModel('ISO3166', 'PE')],
    },
  },
  {
    kind: 'entity',
    entity: { id: 'port', name: 'Port', type: 'INFRASTRUCTURE', aliases: [], description: null, mergedIds: [], identifiers: [] },
  },
  {
    kind: 'entity',
    entity: { id: 'zed', name: 'Zed', type: 'PERSON', aliases: [], description: 'a "person"', mergedIds: [], identifiers: [] },
  },
  {
    kind: 'article',
    article: {
      id: 'a-ingested',
      title: `Title ${NASTY}`,
      source: 'Outlet & Co',
      url: 'https://example.org/news?a=1&b=<2>',
      publishedAt: '2024-06',
      language: 'es',
      note: null,
      ingest: { auditId: 'audit-1234', at: '2024-07-01T10:20:30.000Z', keyId: 'curator-1' },
    },
  },
  {
    kind: 'article',
    article: {
      id: 'a-seed',
      title: null,
      source: 'Seed Outlet',
      url: null,
      publishedAt: '2023',
      language: 'en',
      note: NASTY,
      ingest: null,
    },
  },
  {
    kind: 'relationship',
    relationship: {
      id: 'leads-1',
      type: 'LEADS',
      sourceId: 'zed',
      targetId: 'peru',
      topic: null,
      role: 'President "interim"',
      validFrom: '2022-12-07',
      validTo: '2024',
      status: 'CONFIRMED',
      quantities: [],
      knownFrom: '2023-01-01',
      note: null,
      evidence: [
        {
          id: 'ev-1',
          quote: `Zed ${NASTY}`,
          articleId: 'a-ingested',
          articleSource: 'Outlet & Co',
          articleUrl: 'https://example.org/news?a=1&b=<2>',
          publishedAt: '2024-06',
        },
        { id: 'ev-2', quote: 'Zed leads', articleId: 'a-seed', articleSource: 'Seed Outlet', articleUrl: null, publishedAt: '2023' },
      ],
    },
  },
  {
    kind: 'relationship',
    relationship: {
      id: 'owns-1',
      type: 'OWNS',
      sourceId: 'acme-<&>',
      targetId: 'port',
      topic: null,
      role: null,
      validFrom: '2021-03',
      validTo: null,
      status: 'REPORTED',
      quantities: [
        { value: 60, unit: '%', label: 'stake' },
        { value: 225000000, unit: 'USD', label: null },
        { value: 0.5, unit: 'ratio', label: null },
      ],
      knownFrom: '2024-06-01',
      note: NASTY,
      evidence: [
        {
          id: 'ev-3',
          quote: 'Acme owns 60 % <of> the port & more',
          articleId: 'a-ingested',
          articleSource: 'Outlet & Co',
          articleUrl: 'https://example.org/news?a=1&b=<2>',
          publishedAt: '2024-06',
        },
      ],
    },
  },
  {
    kind: 'relationship',
    relationship: {
      id: 'trains-1',
      type: 'TRAINS',
      sourceId: 'acme-<&>',
      targetId: 'zed',
      topic: NASTY,
      role: null,
      validFrom: null,
      validTo: null,
      status: 'PLANNED',
      quantities: [],
      knownFrom: null,
      note: null,
      evidence: [],
    },
  },
];

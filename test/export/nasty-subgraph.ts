/**
 * A small hand-made subgraph whose strings carry every character the writers must escape, and how
 * to feed it to a streamed writer as the export source would.
 */
import type { EntityModel, RelationshipModel } from '../../src/domain/models.js';
import { describeQuery, type ExportItem, type ExportQuery, type ExportSelection, type StreamFormat } from '../../src/export/index.js';

/** A quote as the older formats write it, with its article's fields. */
export interface NastyEvidence {
  quote: string;
  articleId: string;
  articleSource: string;
  articleUrl: string | null;
  publishedAt: string | null;
}

/** Entities, relationships with their evidence (in the order the formats list it), and whether a cap cut them. */
export interface NastySubgraph {
  nodes: EntityModel[];
  edges: (RelationshipModel & { evidence: NastyEvidence[] })[];
  truncated: boolean;
}

const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The subgraph as the source's records: entities by id (no identifiers), then relationships by id,
 * each with its evidence in evidence id order. The evidence ids run against the order the formats
 * list quotes in (by article date), so a writer that forgot to reorder them shows it.
 */
export function nastyItems(sub: NastySubgraph): ExportItem[] {
  return [
    ...byId(sub.nodes).map((entity): ExportItem => ({ kind: 'entity', entity: { ...entity, identifiers: [] } })),
    ...byId(sub.edges).map((e): ExportItem => ({
      kind: 'relationship',
      relationship: { ...e, evidence: e.evidence.map((ev, i) => ({ ...ev, id: `ev-${e.evidence.length - i}` })).reverse() },
    })),
  ];
}

/** Everything `format` writes for the subgraph, as the download of `query` (truncated as the subgraph says). */
export async function written(format: StreamFormat, sub: NastySubgraph, query: ExportQuery | ExportSelection): Promise<string> {
  async function* items(): AsyncGenerator<ExportItem> {
    yield* nastyItems(sub);
  }
  let out = '';
  const context = { baseUrl: 'http://localhost:4000', dataVersion: '0'.repeat(16), query: describeQuery(query), truncated: sub.truncated };
  for await (const chunk of format.write(items(), context)) out += chunk;
  return out;
}

/** Two entities and two relationships, deliberately out of id order. */
export function nastySubgraph(): NastySubgraph {
  return {
    nodes: [
      {
        id: 'peru',
        name: 'Perú',
        type: 'COUNTRY',
        aliases: ['Peru', '秘鲁'],
        description: null,
        mergedIds: [],
      },
      {
        id: 'acme-co',
        name: 'ACME "Holdings", <Ltd> & Co',
        type: 'COMPANY',
        aliases: ['=HYPERLINK("http://evil")', "O'Brien"],
        description: 'Line one\nline two, with a comma\u0007 and a bell',
        mergedIds: ['acme'],
      },
    ],
    edges: [
      {
        id: 'stated-2',
        type: 'STATED',
        sourceId: 'acme-co',
        targetId: 'peru',
        topic: '-2% growth',
        role: null,
        validFrom: null,
        validTo: null,
        status: 'REPORTED',
        quantities: [],
        knownFrom: null,
        note: null,
        evidence: [{ quote: '@once upon\r\na time', articleId: 'a-2', articleSource: 'Blog', articleUrl: null, publishedAt: null }],
      },
      {
        id: 'invested-in-1',
        type: 'INVESTED_IN',
        sourceId: 'acme-co',
        targetId: 'peru',
        topic: 'ports & "roads"',
        role: 'investor',
        validFrom: '2023',
        validTo: '2024-06',
        status: 'CONFIRMED',
        quantities: [
          { value: 1300000000, unit: 'USD', label: 'first phase' },
          { value: 60, unit: 'percent', label: null },
        ],
        knownFrom: '2024-06-26',
        note: null,
        evidence: [
          {
            quote: 'He said "<invest>", then left',
            articleId: 'a-1',
            articleSource: 'Xinhua',
            articleUrl: 'https://x.example/a?b=1&c=2',
            publishedAt: '2024-06-26',
          },
          {
            quote: 'Confirmed, again',
            articleId: 'a-3',
            articleSource: 'XINHUA',
            articleUrl: 'https://x.example/c',
            publishedAt: '2024-07',
          },
        ],
      },
    ],
    truncated: true,
  };
}

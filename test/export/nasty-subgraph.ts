/** A small hand-made subgraph whose strings carry every character the writers must escape. */
import type { ExportSubgraph } from '../../src/export/index.js';

/** Two entities and two relationships, deliberately out of id order. */
export function nastySubgraph(): ExportSubgraph {
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

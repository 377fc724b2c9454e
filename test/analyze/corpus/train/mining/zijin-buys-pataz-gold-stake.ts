import type { CorpusArticle } from '../../corpus-article.js';

/** Zijin Mining buys 60% of a gold miner in Pataz from a Canadian seller: price, regulator approval, founder, region (English). */
export const article: CorpusArticle = {
  name: 'mining: Zijin buys control of a Pataz gold miner for $410m',
  language: 'en',
  publishedAt: '2025-10-22',
  annotated:
    '{{TRUJILLO|PLACE}}, Oct 21 — {{Zijin Mining Group|COMPANY}}, [[China|china]]’s largest gold producer, has agreed to buy ' +
    '60% of {{Aurífera Cóndor de Pataz|COMPANY}} from the Canadian investor {{Northridge Gold|COMPANY}} for $410m, the two ' +
    'companies announced on Tuesday. ' +
    'The target runs the {{El Gavilán|INFRASTRUCTURE}} underground mine in the province of {{Pataz|PLACE}}, in the highlands of ' +
    'the {{La Libertad|PLACE}} region, which produced 118,000 ounces of gold last year. ' +
    '{{Northridge|COMPANY|northridge-gold}}, based in {{Vancouver|PLACE}}, will keep a 15% stake, while the Peruvian founder, ' +
    '{{Eduardo Quiroz Bazán|PERSON}}, ' +
    'retains the remaining 25%. ' +
    'The deal still needs the approval of [[Peru|peru]]’s competition authority, {{Indecopi|GOVERNMENT}}, which has reviewed ' +
    'mining mergers since 2021. ' +
    '{{Zijin Mining Group|COMPANY|zijin-mining-group}}, headquartered in {{Xiamen|PLACE}}, already controls ' +
    '{{Río Blanco Copper|COMPANY}}, ' +
    'the owner of a large undeveloped copper deposit in {{Piura|PLACE}}. ' +
    'Its vice-president for overseas operations, {{Wang Chunyan|PERSON}}, told {{Reuters|MEDIA}} that the group would spend another ' +
    '$90m on tunnels and a new processing plant at the mine. ' +
    'Illegal miners have repeatedly attacked workers in the area, and in 2023 thirteen guards of a neighbouring company were killed. ' +
    'The regional governor, {{César Acuña|PERSON}}, welcomed the purchase and asked the buyer to hire local contractors. ' +
    'He said he would travel to {{Fujian|PLACE}} in December to meet the company’s board.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'zijin-mining-group', target: 'china', sentence: 1 },
    {
      type: 'ACQUIRED',
      source: 'zijin-mining-group',
      target: 'aurifera-condor-de-pataz',
      sentence: 1,
      quantities: [
        { value: 60, unit: '%' },
        { value: 410000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'northridge-gold', target: 'aurifera-condor-de-pataz', sentence: 1 },
    { type: 'STATED', source: 'zijin-mining-group', target: 'aurifera-condor-de-pataz', sentence: 1, validFrom: '2025-10-21' },
    { type: 'STATED', source: 'northridge-gold', target: 'aurifera-condor-de-pataz', sentence: 1, validFrom: '2025-10-21' },
    { type: 'OPERATES', source: 'aurifera-condor-de-pataz', target: 'el-gavilan', sentence: 2 },
    { type: 'LOCATED_IN', source: 'el-gavilan', target: 'pataz', sentence: 2 },
    { type: 'LOCATED_IN', source: 'pataz', target: 'la-libertad', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'northridge-gold', target: 'vancouver', sentence: 3 },
    { type: 'OWNS', source: 'northridge-gold', target: 'aurifera-condor-de-pataz', sentence: 3, quantities: [{ value: 15, unit: '%' }] },
    {
      type: 'OWNS',
      source: 'eduardo-quiroz-bazan',
      target: 'aurifera-condor-de-pataz',
      sentence: 3,
      quantities: [{ value: 25, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 4 },
    { type: 'REGULATES', source: 'indecopi', target: 'aurifera-condor-de-pataz', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'zijin-mining-group', target: 'xiamen', sentence: 5 },
    { type: 'OWNS', source: 'zijin-mining-group', target: 'rio-blanco-copper', sentence: 5 },
    { type: 'LEADS', source: 'wang-chunyan', target: 'zijin-mining-group', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'wang-chunyan', target: 'reuters', sentence: 6 },
    {
      type: 'INVESTED_IN',
      source: 'zijin-mining-group',
      target: 'el-gavilan',
      sentence: 6,
      quantities: [{ value: 90000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'cesar-acuna', target: 'la-libertad', sentence: 8 },
    { type: 'STATED', source: 'cesar-acuna', target: 'zijin-mining-group', sentence: 8 },
    { type: 'VISITED', source: 'cesar-acuna', target: 'fujian', sentence: 9 },
  ],
};

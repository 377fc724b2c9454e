import type { CorpusArticle } from '../corpus-article.js';

/** A Chinese state grid company buys Enel’s Lima electricity distributor, renamed Pluz Energía Perú (English). */
export const article: CorpusArticle = {
  name: 'Chinese grid company buys Enel’s Lima distributor',
  language: 'en',
  publishedAt: '2024-06-07',
  annotated:
    '[[LIMA|lima]], June 7 — Electricity customers in the north of [[Lima|lima]] now pay their bills to a Chinese ' +
    'state company. ' +
    '{{China Southern Power Grid International|COMPANY}} ({{CSGI|COMPANY|china-southern-power-grid-international}}) ' +
    'completed the purchase of {{Enel|COMPANY}}’s 83.15% stake in {{Enel Distribución Perú|COMPANY}} for $2.9bn on ' +
    'Thursday. ' +
    'The distributor, which serves about 1.5 million customers, was renamed ' +
    '{{Pluz Energía Perú|COMPANY|enel-distribucion-peru}} the same day. ' +
    '{{CSGI|COMPANY|china-southern-power-grid-international}} is a unit of {{China Southern Power Grid|COMPANY}}, ' +
    'the state company that runs the grids of {{Guangdong|PLACE}} and four other provinces in southern ' +
    '[[China|china]]. ' +
    'Chinese companies now own both of [[Lima|lima]]’s distributors: {{China Three Gorges|COMPANY}} bought ' +
    '{{Luz del Sur|COMPANY}}, which serves the south of the capital, from {{Sempra Energy|COMPANY}} for $3.59bn in ' +
    '2020. ' +
    '[[Peru|peru]]’s competition authority, {{Indecopi|GOVERNMENT}}, cleared the {{Enel|COMPANY}} deal in March ' +
    'under merger rules in force since 2021. ' +
    'The energy regulator, {{Osinergmin|GOVERNMENT}}, sets the tariffs that {{Pluz|COMPANY|enel-distribucion-peru}} ' +
    'and {{Luz del Sur|COMPANY}} may charge. ' +
    '{{CSGI|COMPANY|china-southern-power-grid-international}} plans to invest $500m in ' +
    '{{Pluz|COMPANY|enel-distribucion-peru}} over the next five years, mainly in new substations.',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'china-southern-power-grid-international',
      target: 'enel-distribucion-peru',
      sentence: 2,
      validFrom: '2024-06-06',
      quantities: [
        { value: 83.15, unit: '%' },
        { value: 2900000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'enel', target: 'enel-distribucion-peru', sentence: 2, validFrom: '2024-06-06' },
    { type: 'PART_OF', source: 'china-southern-power-grid-international', target: 'china-southern-power-grid', sentence: 4 },
    { type: 'LOCATED_IN', source: 'guangdong', target: 'china', sentence: 4 },
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges',
      target: 'luz-del-sur',
      sentence: 5,
      validFrom: '2020',
      quantities: [{ value: 3590000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'sempra-energy', target: 'luz-del-sur', sentence: 5, validFrom: '2020' },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 6 },
    { type: 'REGULATES', source: 'osinergmin', target: 'enel-distribucion-peru', sentence: 7 },
    { type: 'REGULATES', source: 'osinergmin', target: 'luz-del-sur', sentence: 7 },
    {
      type: 'INVESTED_IN',
      source: 'china-southern-power-grid-international',
      target: 'enel-distribucion-peru',
      sentence: 8,
      quantities: [{ value: 500000000, unit: 'USD' }],
    },
  ],
};

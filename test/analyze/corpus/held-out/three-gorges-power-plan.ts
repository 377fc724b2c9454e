import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Three Gorges lays out Peru power spending (held out)',
  language: 'en',
  publishedAt: '2025-05-15',
  annotated:
    '[[LIMA|lima]] — {{China Three Gorges Corporation|COMPANY}} ({{CTG|COMPANY|china-three-gorges-corporation}}) ' +
    'will invest 1.2 billion dollars in [[Peru|peru]] over the next five years, expanding its grid in the capital ' +
    'and building its first solar farms in the south. ' +
    '{{Ricardo Zhang|PERSON}}, general manager of the distributor {{Luz del Sur|COMPANY}}, presented the plan to ' +
    'reporters on Wednesday. ' +
    '{{CTG|COMPANY|china-three-gorges-corporation}} bought 83.6% of {{Luz del Sur|COMPANY}} from the ' +
    '{{San Diego|PLACE}}-based {{Sempra Energy|COMPANY}} in 2020 for 3.59 billion dollars, the largest acquisition ' +
    'yet in [[Peru|peru]]’s power sector. ' +
    'In 2019 {{CTG|COMPANY|china-three-gorges-corporation}} had paid 1.39 billion dollars to {{Odebrecht|COMPANY}} ' +
    'for the {{Chaglla|INFRASTRUCTURE}} hydroelectric plant on the {{Huallaga|PLACE}} river in {{Huánuco|PLACE}}. ' +
    'The energy regulator {{Osinergmin|GOVERNMENT}} sets the tariffs that {{Luz del Sur|COMPANY}} charges its 1.3 ' +
    'million customers in southern [[Lima|lima]]. ' +
    '[[Peru|peru]]’s ' +
    '{{National Institute for the Defence of Competition and Protection of Intellectual Property|GOVERNMENT}} ' +
    '({{Indecopi|GOVERNMENT|national-institute-for-the-defence-of-competition-and-protection-of-intellectual-property}}) ' +
    'has reviewed every large power-sector merger since a merger control law took effect in 2021. ' +
    '“We see [[Peru|peru]] as a long-term market, not a short-term bet,” {{Zhang|PERSON|ricardo-zhang}} said. ' +
    'Like [[COSCO Shipping|cosco-shipping]], {{CTG|COMPANY|china-three-gorges-corporation}} is overseen by ' +
    '[[China|china]]’s {{State-owned Assets Supervision and Administration Commission|GOVERNMENT}} ' +
    '({{SASAC|GOVERNMENT|state-owned-assets-supervision-and-administration-commission}}), which manages the largest ' +
    'central state companies.',
  relationships: [
    {
      type: 'INVESTED_IN',
      source: 'china-three-gorges-corporation',
      target: 'peru',
      sentence: 1,
      quantities: [{ value: 1200000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'ricardo-zhang', target: 'luz-del-sur', sentence: 2 },
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges-corporation',
      target: 'luz-del-sur',
      sentence: 3,
      validFrom: '2020',
      quantities: [
        { value: 83.6, unit: '%' },
        { value: 3590000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'sempra-energy', target: 'luz-del-sur', sentence: 3, validFrom: '2020' },
    { type: 'HEADQUARTERED_IN', source: 'sempra-energy', target: 'san-diego', sentence: 3 },
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges-corporation',
      target: 'chaglla',
      sentence: 4,
      validFrom: '2019',
      quantities: [{ value: 1390000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'odebrecht', target: 'chaglla', sentence: 4, validFrom: '2019' },
    { type: 'LOCATED_IN', source: 'chaglla', target: 'huallaga', sentence: 4 },
    { type: 'LOCATED_IN', source: 'chaglla', target: 'huanuco', sentence: 4 },
    { type: 'REGULATES', source: 'osinergmin', target: 'luz-del-sur', sentence: 5 },
    {
      type: 'AFFILIATED_WITH',
      source: 'national-institute-for-the-defence-of-competition-and-protection-of-intellectual-property',
      target: 'peru',
      sentence: 6,
    },
    { type: 'STATED', source: 'ricardo-zhang', target: 'peru', sentence: 7 },
    {
      type: 'REGULATES',
      source: 'state-owned-assets-supervision-and-administration-commission',
      target: 'china-three-gorges-corporation',
      sentence: 8,
    },
    { type: 'REGULATES', source: 'state-owned-assets-supervision-and-administration-commission', target: 'cosco-shipping', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'state-owned-assets-supervision-and-administration-commission', target: 'china', sentence: 8 },
  ],
};

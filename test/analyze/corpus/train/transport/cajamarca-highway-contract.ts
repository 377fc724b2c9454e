import type { CorpusArticle } from '../../corpus-article.js';

/**
 * Provías Nacional terminates a Chinese builder's highway contract in Cajamarca: the auditor, the builder's reply, a new lender
 * (English).
 */
export const article: CorpusArticle = {
  name: 'transport: Peru scraps Chinese builder’s highway contract in Cajamarca',
  language: 'en',
  publishedAt: '2026-02-10',
  annotated:
    '[[LIMA|lima]], February 9 — {{Provías Nacional|GOVERNMENT}}, the roads agency of [[Peru|peru]]’s ' +
    '{{Ministry of Transport and Communications|GOVERNMENT}}, has terminated a US$ 210 million contract with the Chinese ' +
    'builder {{Hunan Jianlu Engineering|COMPANY}} to pave part of the {{Longitudinal de la Sierra Highway|INFRASTRUCTURE}}, ' +
    'it said on Monday. ' +
    'The company, based in {{Changsha|PLACE}}, had been paving the 96-kilometre section between {{Chota|PLACE}} and ' +
    '{{Cutervo|PLACE}}, in the {{Cajamarca|PLACE}} region, since 2022 but had finished only 31% of the work. ' +
    'A report by the {{Comptroller General of the Republic|GOVERNMENT}} found in December that the builder had already ' +
    'been paid almost half of the contract’s value. ' +
    '{{Tang Wei|PERSON}}, who represents {{Hunan Jianlu|COMPANY|hunan-jianlu-engineering}} in [[Peru|peru]], said the ' +
    'firm would take the dispute to arbitration. ' +
    'He blamed heavy rains and the ministry, which he said had failed to hand over the land needed for the road. ' +
    'The agency’s executive director, {{Karina Velásquez Ruiz|PERSON}}, said a new tender would be held in May and that ' +
    'the remaining works would be financed by the {{Inter-American Development Bank|ORGANIZATION}}. ' +
    'The {{Embassy of China|GOVERNMENT}} in [[Lima|lima]] said Chinese companies had built more than 2,000 kilometres ' +
    'of roads in [[Peru|peru]] since 2010 and asked for the case to be handled fairly.',
  relationships: [
    { type: 'PART_OF', source: 'provias-nacional', target: 'ministry-of-transport-and-communications', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-transport-and-communications', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'hunan-jianlu-engineering', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'provias-nacional', target: 'hunan-jianlu-engineering', sentence: 1, validFrom: '2026-02-09' },
    { type: 'HEADQUARTERED_IN', source: 'hunan-jianlu-engineering', target: 'changsha', sentence: 2 },
    { type: 'BUILT', source: 'hunan-jianlu-engineering', target: 'longitudinal-de-la-sierra-highway', sentence: 2, validFrom: '2022' },
    { type: 'LOCATED_IN', source: 'chota', target: 'cajamarca', sentence: 2 },
    { type: 'LOCATED_IN', source: 'cutervo', target: 'cajamarca', sentence: 2 },
    {
      type: 'STATED',
      source: 'comptroller-general-of-the-republic',
      target: 'hunan-jianlu-engineering',
      sentence: 3,
      validFrom: '2025-12',
    },
    { type: 'AFFILIATED_WITH', source: 'tang-wei', target: 'hunan-jianlu-engineering', sentence: 4 },
    { type: 'STATED', source: 'tang-wei', target: 'provias-nacional', sentence: 4 },
    { type: 'STATED', source: 'tang-wei', target: 'ministry-of-transport-and-communications', sentence: 5 },
    { type: 'LEADS', source: 'karina-velasquez-ruiz', target: 'provias-nacional', sentence: 6 },
    { type: 'STATED', source: 'karina-velasquez-ruiz', target: 'longitudinal-de-la-sierra-highway', sentence: 6 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'longitudinal-de-la-sierra-highway',
      target: 'inter-american-development-bank',
      sentence: 6,
    },
    { type: 'LOCATED_IN', source: 'embassy-of-china', target: 'lima', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'embassy-of-china', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'embassy-of-china', target: 'peru', sentence: 7 },
  ],
};

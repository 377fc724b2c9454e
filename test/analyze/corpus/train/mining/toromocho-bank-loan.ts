import type { CorpusArticle } from '../../corpus-article.js';

/** Chinese banks lend Minera Chinalco Perú $1.1bn for Toromocho: lenders, parent, managers, town, regulator (English). */
export const article: CorpusArticle = {
  name: 'mining: Chinese banks lend Chinalco’s Peruvian unit $1.1bn for Toromocho',
  language: 'en',
  publishedAt: '2025-06-04',
  annotated:
    '[[LIMA|lima]], June 3 — {{Minera Chinalco Perú|COMPANY}} has secured a $1.1bn loan from a group of Chinese lenders led by ' +
    'the {{China Development Bank|COMPANY}} to finance the second phase of its {{Toromocho|INFRASTRUCTURE}} copper mine, the ' +
    'company said on Tuesday. ' +
    'The {{Industrial and Commercial Bank of China|COMPANY}} ({{ICBC|COMPANY|industrial-and-commercial-bank-of-china}}) and ' +
    'the {{Export-Import Bank of China|COMPANY}} also took part in the seven-year facility, which was signed in {{Beijing|PLACE}} ' +
    'on May 28. ' +
    '{{Minera Chinalco Perú|COMPANY}}, a subsidiary of the state-owned [[Aluminum Corporation of China|chinalco]], bought the deposit ' +
    'from ' +
    'Canada’s {{Peru Copper|COMPANY}} for $860m in 2007. ' +
    '{{Toromocho|INFRASTRUCTURE}} lies at 4,500 metres in the {{Morococha|PLACE}} district of the {{Junín|PLACE}} region, some 140 ' +
    'kilometres ' +
    'east of [[Lima|lima]]. ' +
    'The expansion, which the company has been building since 2020, will lift milling capacity by 45% to 170,000 tonnes a day. ' +
    'Its chairman, {{Yao Xiaohua|PERSON}}, said at a ceremony at the site that [[Chinalco|chinalco]] intended to stay in ' +
    '[[Peru|peru]] “for at least another fifty years”. ' +
    'He was joined by {{Luis Chávez Basagoitia|PERSON}}, the deputy minister of mines, who praised the firm’s water treatment ' +
    'plant on the {{Mantaro River|PLACE}}. ' +
    'Relations with the residents of {{Morococha|PLACE}} have been tense since the company moved the old town to a new site, ' +
    '{{Nueva Morococha|PLACE}}, in 2012. ' +
    'The {{Agency for Environmental Assessment and Enforcement|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|agency-for-environmental-assessment-and-enforcement}}) fined the miner in 2014 for a spill into a lake ' +
    'near the pit.',
  relationships: [
    {
      type: 'INVESTED_IN',
      source: 'china-development-bank',
      target: 'minera-chinalco-peru',
      sentence: 1,
      quantities: [{ value: 1100000000, unit: 'USD' }],
    },
    { type: 'OWNS', source: 'minera-chinalco-peru', target: 'toromocho', sentence: 1 },
    { type: 'STATED', source: 'minera-chinalco-peru', target: 'toromocho', sentence: 1, validFrom: '2025-06-03' },
    { type: 'INVESTED_IN', source: 'industrial-and-commercial-bank-of-china', target: 'minera-chinalco-peru', sentence: 2 },
    { type: 'INVESTED_IN', source: 'export-import-bank-of-china', target: 'minera-chinalco-peru', sentence: 2 },
    { type: 'PART_OF', source: 'minera-chinalco-peru', target: 'chinalco', sentence: 3 },
    {
      type: 'ACQUIRED',
      source: 'minera-chinalco-peru',
      target: 'toromocho',
      sentence: 3,
      validFrom: '2007',
      quantities: [{ value: 860000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'peru-copper', target: 'toromocho', sentence: 3, validFrom: '2007' },
    { type: 'LOCATED_IN', source: 'toromocho', target: 'morococha', sentence: 4 },
    { type: 'LOCATED_IN', source: 'morococha', target: 'junin', sentence: 4 },
    { type: 'BUILT', source: 'minera-chinalco-peru', target: 'toromocho', sentence: 5, validFrom: '2020' },
    { type: 'LEADS', source: 'yao-xiaohua', target: 'minera-chinalco-peru', sentence: 6 },
    { type: 'STATED', source: 'yao-xiaohua', target: 'peru', sentence: 6 },
    { type: 'VISITED', source: 'yao-xiaohua', target: 'toromocho', sentence: 6 },
    { type: 'VISITED', source: 'luis-chavez-basagoitia', target: 'toromocho', sentence: 7 },
    { type: 'STATED', source: 'luis-chavez-basagoitia', target: 'minera-chinalco-peru', sentence: 7 },
    { type: 'LOCATED_IN', source: 'nueva-morococha', target: 'morococha', sentence: 8, validFrom: '2012' },
    { type: 'REGULATES', source: 'agency-for-environmental-assessment-and-enforcement', target: 'minera-chinalco-peru', sentence: 9 },
  ],
};

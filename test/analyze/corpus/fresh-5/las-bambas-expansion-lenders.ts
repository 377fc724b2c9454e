import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'las-bambas-expansion-lenders',
  language: 'en',
  publishedAt: '2024-10-02',
  annotated:
    '[[MMG|mmg]] has signed a US$ 1.1 billion loan with the {{China Development Bank|COMPANY}} and two ' +
    'other Chinese lenders to expand the [[Las Bambas|las-bambas]] copper mine in southern ' +
    '[[Peru|peru]], the {{Melbourne|PLACE}}-based miner said on Wednesday. The {{Industrial and Commercial Bank of ' +
    'China|COMPANY}} ({{ICBC|COMPANY|industrial-and-commercial-bank-of-china}}) and the {{Bank of China|COMPANY}} ' +
    'each lent a quarter of the sum, with {{CDB|COMPANY|china-development-bank}} providing the rest, the ' +
    'company told the {{Hong Kong Stock Exchange|ORGANIZATION}} in a filing. The money will pay for a ' +
    'third open pit, {{Chalcobamba|INFRASTRUCTURE}}, and a second concentrator, which together are ' +
    'expected to lift output to about 400,000 tonnes of copper a year by 2027. ' +
    '{{Chalcobamba|INFRASTRUCTURE}}, about four kilometres from the main pit in the {{Apurímac|PLACE}} ' +
    'region, received its environmental permit from {{Senace|GOVERNMENT}}, the national certification ' +
    'agency, in March. [[MMG|mmg]], whose largest shareholder is the state-owned {{China Minmetals|COMPANY}}, ' +
    'bought the mine from {{Glencore|COMPANY}} in 2014 for about US$ 7 billion as part of a consortium. ' +
    'Chief executive {{Zhao Ming|PERSON}} said the financing reflected “the confidence of our partners ' +
    'in the long-term future of [[Las Bambas|las-bambas]]”. That future has often been in doubt. The ' +
    'mine has been halted dozens of times by road blockades along the {{Southern Mining Corridor|INFRASTRUCTURE}}, ' +
    'the unpaved route that carries its concentrate by truck to the port of {{Matarani|INFRASTRUCTURE}} ' +
    'in {{Arequipa|PLACE}}. [[Peru|peru]]’s Energy and Mines Minister, {{Jorge Luna Vargas|PERSON}}, met ' +
    '[[MMG|mmg]] executives in [[Lima|lima]] last week and said the government would send a dialogue ' +
    'team to the corridor before construction begins. Bankers in [[Lima|lima]] said it was the largest ' +
    'loan for a Peruvian mine since [[Chinalco|chinalco]] obtained US$ 1.3 billion from the ' +
    '{{Export-Import Bank of China|COMPANY}} in 2018 to expand its {{Toromocho|INFRASTRUCTURE}} mine in ' +
    '{{Junín|PLACE}}.',
  relationships: [
    { type: 'HEADQUARTERED_IN', source: 'mmg', target: 'melbourne', sentence: 1 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'mmg',
      target: 'china-development-bank',
      sentence: 1,
      quantities: [{ value: 1100000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'china-development-bank', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'peru', sentence: 1 },
    { type: 'INVESTED_IN', source: 'industrial-and-commercial-bank-of-china', target: 'mmg', sentence: 2 },
    { type: 'INVESTED_IN', source: 'bank-of-china', target: 'mmg', sentence: 2 },
    { type: 'COMMUNICATED_VIA', source: 'mmg', target: 'hong-kong-stock-exchange', sentence: 2 },
    { type: 'PART_OF', source: 'chalcobamba', target: 'las-bambas', sentence: 3 },
    { type: 'LOCATED_IN', source: 'chalcobamba', target: 'apurimac', sentence: 4 },
    { type: 'REGULATES', source: 'senace', target: 'chalcobamba', sentence: 4, validFrom: '2024-03' },
    { type: 'OWNS', source: 'china-minmetals', target: 'mmg', sentence: 5 },
    {
      type: 'ACQUIRED',
      source: 'mmg',
      target: 'las-bambas',
      sentence: 5,
      validFrom: '2014',
      quantities: [{ value: 7000000000, unit: 'USD' }],
    },
    {
      type: 'SOLD',
      source: 'glencore',
      target: 'las-bambas',
      sentence: 5,
      validFrom: '2014',
      quantities: [{ value: 7000000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'zhao-ming', target: 'mmg', sentence: 6 },
    { type: 'STATED', source: 'zhao-ming', target: 'las-bambas', sentence: 6 },
    { type: 'LOCATED_IN', source: 'matarani', target: 'arequipa', sentence: 8 },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-luna-vargas', target: 'peru', sentence: 9 },
    { type: 'MET', source: 'jorge-luna-vargas', target: 'mmg', sentence: 9 },
    { type: 'STATED', source: 'jorge-luna-vargas', target: 'southern-mining-corridor', sentence: 9 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'chinalco',
      target: 'export-import-bank-of-china',
      sentence: 10,
      validFrom: '2018',
      quantities: [{ value: 1300000000, unit: 'USD' }],
    },
    { type: 'OWNS', source: 'chinalco', target: 'toromocho', sentence: 10 },
    { type: 'LOCATED_IN', source: 'toromocho', target: 'junin', sentence: 10 },
  ],
};

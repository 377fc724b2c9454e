import type { CorpusArticle } from '../../corpus-article.js';

/** MMG reports record copper output at Las Bambas: owners and shares, CEO, port operator, community deal, ministry (English). */
export const article: CorpusArticle = {
  name: 'mining: MMG reports record copper output at Las Bambas',
  language: 'en',
  publishedAt: '2025-02-11',
  annotated:
    '[[LIMA|lima]], Feb 10 — [[MMG|mmg]], the miner controlled by {{China Minmetals Corporation|COMPANY}}, said on Monday that ' +
    'its [[Las Bambas|las-bambas]] copper mine in [[Peru|peru]] produced 322,000 tonnes of copper in concentrate in 2024, its best ' +
    'year since 2017. ' +
    'The mine, in the southern {{Apurímac|PLACE}} region, belongs to a consortium in which [[MMG|mmg]] holds 62.5%, ' +
    '{{Guoxin International Investment|COMPANY}} 22.5% and {{CITIC Metal|COMPANY}} 15%. ' +
    'The company’s chief executive, {{Cao Liang|PERSON}}, told [[China Daily|china-daily]] that output could reach 400,000 tonnes ' +
    'a year once a third pit, {{Chalcobamba|INFRASTRUCTURE}}, is fully running. ' +
    'The concentrate is trucked to the port of {{Matarani|INFRASTRUCTURE}}, in {{Arequipa|PLACE}}, a terminal operated by ' +
    '{{Tisur|COMPANY}}. ' +
    'Communities of {{Chumbivilcas|PLACE}} province, in the {{Cusco|PLACE}} region, blocked that road for 34 days in 2023. ' +
    'In March 2024 the miner signed the {{Velille Agreement|AGREEMENT}} with their leaders, pledging 20 million soles for local ' +
    'roads and water works. ' +
    '[[Peru|peru]]’s {{Ministry of Energy and Mines|GOVERNMENT}} ({{Minem|GOVERNMENT|ministry-of-energy-and-mines}}), which ' +
    'oversees the mine, approved an amendment to its environmental study in January. ' +
    'Energy and Mines Minister {{Jorge Montero|PERSON}} said the expansion would bring {{Apurímac|PLACE}} about $150m a year in ' +
    'royalties and taxes. ' +
    '[[China|china]], [[Peru|peru]]’s largest trading partner, buys about 70% of the copper the country exports.',
  relationships: [
    { type: 'OWNS', source: 'china-minmetals-corporation', target: 'mmg', sentence: 1 },
    { type: 'OWNS', source: 'mmg', target: 'las-bambas', sentence: 1 },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'mmg', target: 'las-bambas', sentence: 1, validFrom: '2025-02-10' },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'apurimac', sentence: 2 },
    { type: 'OWNS', source: 'mmg', target: 'las-bambas', sentence: 2, quantities: [{ value: 62.5, unit: '%' }] },
    {
      type: 'OWNS',
      source: 'guoxin-international-investment',
      target: 'las-bambas',
      sentence: 2,
      quantities: [{ value: 22.5, unit: '%' }],
    },
    { type: 'OWNS', source: 'citic-metal', target: 'las-bambas', sentence: 2, quantities: [{ value: 15, unit: '%' }] },
    { type: 'LEADS', source: 'cao-liang', target: 'mmg', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'cao-liang', target: 'china-daily', sentence: 3 },
    { type: 'STATED', source: 'cao-liang', target: 'las-bambas', sentence: 3 },
    { type: 'PART_OF', source: 'chalcobamba', target: 'las-bambas', sentence: 3 },
    { type: 'LOCATED_IN', source: 'matarani', target: 'arequipa', sentence: 4 },
    { type: 'OPERATES', source: 'tisur', target: 'matarani', sentence: 4 },
    { type: 'LOCATED_IN', source: 'chumbivilcas', target: 'cusco', sentence: 5 },
    {
      type: 'SIGNED',
      source: 'mmg',
      target: 'velille-agreement',
      sentence: 6,
      validFrom: '2024-03',
      quantities: [{ value: 20000000, unit: 'PEN' }],
    },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-energy-and-mines', target: 'peru', sentence: 7 },
    { type: 'REGULATES', source: 'ministry-of-energy-and-mines', target: 'las-bambas', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-montero', target: 'ministry-of-energy-and-mines', sentence: 8 },
    { type: 'STATED', source: 'jorge-montero', target: 'apurimac', sentence: 8 },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** ICBC’s Peruvian unit lends to a fruit exporter: parent bank, regulator, minister, an earlier syndicated loan (English). */
export const article: CorpusArticle = {
  name: 'finance: ICBC Peru lends $120m to fruit exporter Camposol',
  language: 'en',
  publishedAt: '2025-02-13',
  annotated:
    '[[LIMA|lima]], February 12 — {{ICBC Peru Bank|COMPANY}}, the local unit of the ' +
    '{{Industrial and Commercial Bank of China|COMPANY}}, has granted a $120m loan to the blueberry and avocado exporter ' +
    '{{Camposol|COMPANY}}, the two companies said on February 12. ' +
    'The five-year facility will fund new packing plants in {{Chao|PLACE}}, in the {{La Libertad|PLACE}} region, and in ' +
    '{{Piura|PLACE}}. ' +
    '{{Camposol|COMPANY}}, based in [[Lima|lima]], ships about a third of its fruit to [[China|china]] under the ' +
    '[[China–Peru Free Trade Agreement|china-peru-fta]]. ' +
    'Its chief executive, {{Jorge Ramírez Salas|PERSON}}, told {{Reuters|MEDIA}} that Chinese demand for Peruvian ' +
    'blueberries had grown 40% last year. ' +
    'The lender opened in [[Peru|peru]] in 2014 and is supervised by the ' +
    '{{Superintendency of Banking, Insurance and Pension Funds|GOVERNMENT}} ' +
    '({{SBS|GOVERNMENT|superintendency-of-banking-insurance-and-pension-funds}}). ' +
    'Its general manager, {{Liu Hongbin|PERSON}}, said the bank wanted to finance more agricultural exporters. ' +
    'He held talks in [[Lima|lima]] last month with [[Peru|peru]]’s Agriculture Minister {{Rosa Elvira Cáceres|PERSON}} on credit lines ' +
    'for small coffee growers. ' +
    'The deal follows a $300m loan that the {{Bank of China|COMPANY}} arranged in 2024 for the fishmeal producer ' +
    '{{Pesquera Diamante|COMPANY}}, which sells most of its output to feed mills in [[China|china]].',
  relationships: [
    { type: 'PART_OF', source: 'icbc-peru-bank', target: 'industrial-and-commercial-bank-of-china', sentence: 1 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'camposol',
      target: 'icbc-peru-bank',
      sentence: 1,
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'camposol', target: 'icbc-peru-bank', sentence: 1, validFrom: '2025-02-12' },
    { type: 'STATED', source: 'icbc-peru-bank', target: 'camposol', sentence: 1, validFrom: '2025-02-12' },
    { type: 'LOCATED_IN', source: 'chao', target: 'la-libertad', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'camposol', target: 'lima', sentence: 3 },
    { type: 'PARTICIPATES_IN', source: 'camposol', target: 'china-peru-fta', sentence: 3 },
    { type: 'LEADS', source: 'jorge-ramirez-salas', target: 'camposol', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'jorge-ramirez-salas', target: 'reuters', sentence: 4 },
    { type: 'STATED', source: 'jorge-ramirez-salas', target: 'china', sentence: 4 },
    { type: 'LOCATED_IN', source: 'icbc-peru-bank', target: 'peru', sentence: 5, validFrom: '2014' },
    { type: 'REGULATES', source: 'superintendency-of-banking-insurance-and-pension-funds', target: 'icbc-peru-bank', sentence: 5 },
    { type: 'LEADS', source: 'liu-hongbin', target: 'icbc-peru-bank', sentence: 6 },
    { type: 'STATED', source: 'liu-hongbin', target: 'icbc-peru-bank', sentence: 6 },
    { type: 'MET', source: 'liu-hongbin', target: 'rosa-elvira-caceres', sentence: 7, validFrom: '2025-01' },
    { type: 'HOLDS_OFFICE_IN', source: 'rosa-elvira-caceres', target: 'peru', sentence: 7 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'pesquera-diamante',
      target: 'bank-of-china',
      sentence: 8,
      validFrom: '2024',
      quantities: [{ value: 300000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'bank-of-china', target: 'china', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Volcan signs a zinc concentrate offtake with a Chinese smelter, backed by a prepayment: ports, owners, executives (English). */
export const article: CorpusArticle = {
  name: 'mining: Volcan signs zinc concentrate offtake with Hunan smelter',
  language: 'en',
  publishedAt: '2026-01-28',
  annotated:
    '[[LIMA|lima]], Jan 27 ({{Reuters|MEDIA}}) — Peruvian zinc miner {{Volcan Compañía Minera|COMPANY}} has signed a five-year deal to ' +
    'sell 200,000 tonnes a year of zinc concentrate to {{Hunan Zhuye Smelting|COMPANY}}, a smelter in the Chinese city of ' +
    '{{Zhuzhou|PLACE}}, the companies said on Tuesday. ' +
    'Under the {{Zhuzhou Offtake Agreement|AGREEMENT}}, the buyer will prepay $250m, which {{Volcan|COMPANY|volcan-compania-minera}} ' +
    'plans to use to refinance debt and deepen its {{Yauli|INFRASTRUCTURE}} mines. ' +
    'The operation, in the central {{Junín|PLACE}} region, produced 230,000 tonnes of zinc in concentrate last year. ' +
    '{{Hunan Zhuye Smelting|COMPANY}} is owned by {{China Minmetals Corporation|COMPANY}}, which also controls [[MMG|mmg]], the ' +
    'operator of [[Las Bambas|las-bambas]]. ' +
    'The first cargo is due to leave in March from the [[Port of Chancay|chancay-port]], in which ' +
    '{{Volcan|COMPANY|volcan-compania-minera}} holds a 40% stake ' +
    'alongside [[COSCO Shipping|cosco-shipping]], which owns the remaining 60%. ' +
    '{{Volcan|COMPANY|volcan-compania-minera}} was itself sold in 2024, when the Swiss trader {{Glencore|COMPANY}} let its 23% stake go ' +
    'to the Peruvian fund ' +
    '{{Transition Metals Fund|COMPANY}}. ' +
    '{{Volcan|COMPANY|volcan-compania-minera}}’s chief executive, {{Carlos Ruiz Caro|PERSON}}, said in a statement that selling to a ' +
    'smelter rather than a trader ' +
    'would give the miner better terms. ' +
    'His counterpart at the smelter, {{Liu Jianguo|PERSON}}, said [[China|china]] needed stable supplies of clean concentrate. ' +
    'Both men signed the contract in [[Lima|lima]] in the presence of the Chinese ambassador, {{Song Yang|PERSON}}, who hosted ' +
    'a reception at the embassy afterwards.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'volcan-compania-minera', target: 'peru', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'volcan-compania-minera', target: 'hunan-zhuye-smelting', sentence: 1 },
    { type: 'LOCATED_IN', source: 'hunan-zhuye-smelting', target: 'zhuzhou', sentence: 1 },
    { type: 'STATED', source: 'volcan-compania-minera', target: 'hunan-zhuye-smelting', sentence: 1, validFrom: '2026-01-27' },
    { type: 'PARTY_TO', source: 'hunan-zhuye-smelting', target: 'zhuzhou-offtake-agreement', sentence: 2 },
    { type: 'PARTY_TO', source: 'volcan-compania-minera', target: 'zhuzhou-offtake-agreement', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'hunan-zhuye-smelting',
      target: 'volcan-compania-minera',
      sentence: 2,
      quantities: [{ value: 250000000, unit: 'USD' }],
    },
    { type: 'OPERATES', source: 'volcan-compania-minera', target: 'yauli', sentence: 2 },
    { type: 'LOCATED_IN', source: 'yauli', target: 'junin', sentence: 3 },
    { type: 'OWNS', source: 'china-minmetals-corporation', target: 'hunan-zhuye-smelting', sentence: 4 },
    { type: 'OWNS', source: 'china-minmetals-corporation', target: 'mmg', sentence: 4 },
    { type: 'OPERATES', source: 'mmg', target: 'las-bambas', sentence: 4 },
    { type: 'OWNS', source: 'volcan-compania-minera', target: 'chancay-port', sentence: 5, quantities: [{ value: 40, unit: '%' }] },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 5, quantities: [{ value: 60, unit: '%' }] },
    {
      type: 'SOLD',
      source: 'glencore',
      target: 'volcan-compania-minera',
      sentence: 6,
      validFrom: '2024',
      quantities: [{ value: 23, unit: '%' }],
    },
    {
      type: 'ACQUIRED',
      source: 'transition-metals-fund',
      target: 'volcan-compania-minera',
      sentence: 6,
      validFrom: '2024',
      quantities: [{ value: 23, unit: '%' }],
    },
    { type: 'LEADS', source: 'carlos-ruiz-caro', target: 'volcan-compania-minera', sentence: 7 },
    { type: 'STATED', source: 'carlos-ruiz-caro', target: 'hunan-zhuye-smelting', sentence: 7 },
    { type: 'LEADS', source: 'liu-jianguo', target: 'hunan-zhuye-smelting', sentence: 8 },
    { type: 'STATED', source: 'liu-jianguo', target: 'china', sentence: 8 },
    { type: 'SIGNED', source: 'carlos-ruiz-caro', target: 'zhuzhou-offtake-agreement', sentence: 9 },
    { type: 'SIGNED', source: 'liu-jianguo', target: 'zhuzhou-offtake-agreement', sentence: 9 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 9 },
  ],
};

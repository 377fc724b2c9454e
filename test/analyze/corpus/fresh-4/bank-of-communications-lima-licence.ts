import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s banking regulator licenses a Lima branch of Bank of Communications: regulator, headquarters, capital, officers (English).
 */
export const article: CorpusArticle = {
  name: 'bank-of-communications-lima-licence',
  language: 'en',
  publishedAt: '2026-02-11',
  annotated:
    '[[LIMA|lima]], February 10 — [[Peru|peru]]’s banking regulator, the ' +
    '{{Superintendency of Banking, Insurance and Pension Funds|GOVERNMENT}} ' +
    '({{SBS|GOVERNMENT|superintendency-of-banking-insurance-and-pension-funds}}), on Tuesday granted ' +
    '{{Bank of Communications|COMPANY}} a licence to open a branch in the capital, the first Chinese lender to enter ' +
    'the country since 2018. ' +
    'The bank, based in {{Shanghai|PLACE}}, is one of [[China|china]]’s five largest state-owned lenders. ' +
    'It will start operating in the second half of 2026 with capital of US$ 120 million, according to a resolution ' +
    'the regulator published in the official gazette {{El Peruano|MEDIA}}. ' +
    'The branch will serve Chinese companies with projects in [[Peru|peru]], among them ' +
    '[[COSCO Shipping|cosco-shipping]], which runs the [[Port of Chancay|chancay-port]], and the miners [[MMG|mmg]] and ' +
    '[[Chinalco|chinalco]]. ' +
    '{{Wei Hong|PERSON}}, who will head the branch, said clients would be able to settle trade in yuan directly ' +
    'through [[Lima|lima]]. ' +
    'Superintendent {{Teresa Villanueva Rojas|PERSON}} said the licence followed a two-year review of the bank’s ' +
    'anti-money-laundering controls. ' +
    '{{ICBC|COMPANY}} has had a subsidiary in [[Lima|lima]] since 2014, and {{China Construction Bank|COMPANY}} opened ' +
    'one there in 2024. ' +
    'The [[Ministry of Foreign Trade and Tourism|mincetur]] welcomed the decision, saying [[China|china]] bought ' +
    'US$ 24 billion of Peruvian goods in 2025, nearly a third of the country’s exports. ' +
    'The bank’s chairman, {{Zhou Jianmin|PERSON}}, is expected in [[Lima|lima]] for the opening ceremony.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'superintendency-of-banking-insurance-and-pension-funds', target: 'peru', sentence: 1 },
    {
      type: 'REGULATES',
      source: 'superintendency-of-banking-insurance-and-pension-funds',
      target: 'bank-of-communications',
      sentence: 1,
      validFrom: '2026-02-10',
    },
    { type: 'HEADQUARTERED_IN', source: 'bank-of-communications', target: 'shanghai', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'bank-of-communications', target: 'china', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'bank-of-communications',
      target: 'peru',
      sentence: 3,
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'COMMUNICATED_VIA', source: 'superintendency-of-banking-insurance-and-pension-funds', target: 'el-peruano', sentence: 3 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'china', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'mmg', target: 'china', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'chinalco', target: 'china', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'wei-hong', target: 'bank-of-communications', sentence: 5 },
    { type: 'STATED', source: 'wei-hong', target: 'lima', sentence: 5 },
    { type: 'LEADS', source: 'teresa-villanueva-rojas', target: 'superintendency-of-banking-insurance-and-pension-funds', sentence: 6 },
    { type: 'STATED', source: 'teresa-villanueva-rojas', target: 'bank-of-communications', sentence: 6 },
    { type: 'LOCATED_IN', source: 'icbc', target: 'lima', sentence: 7, validFrom: '2014' },
    { type: 'LOCATED_IN', source: 'china-construction-bank', target: 'lima', sentence: 7, validFrom: '2024' },
    { type: 'STATED', source: 'mincetur', target: 'china', sentence: 8 },
    { type: 'LEADS', source: 'zhou-jianmin', target: 'bank-of-communications', sentence: 9 },
    { type: 'VISITED', source: 'zhou-jianmin', target: 'lima', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s state development bank takes a credit line from the China Development Bank: relending partner, signatories, minister, fiscal
 * watchdog, past loans (English).
 */
export const article: CorpusArticle = {
  name: 'China Development Bank credit line for Cofide',
  language: 'en',
  publishedAt: '2026-02-18',
  annotated:
    '[[Peru|peru]]’s state development bank, the {{Corporación Financiera de Desarrollo|COMPANY}} ' +
    '({{Cofide|COMPANY|corporacion-financiera-de-desarrollo}}), has taken a $200m credit line from the ' +
    '{{China Development Bank|COMPANY}} ({{CDB|COMPANY|china-development-bank}}) to fund small exporters and rural ' +
    'water schemes, the two lenders said in a joint statement on Tuesday. ' +
    '{{Cofide|COMPANY|corporacion-financiera-de-desarrollo}} will pass the money on in soles through local lenders, ' +
    'starting with the municipal savings bank {{Caja Huancayo|COMPANY}}, and will carry the currency risk itself. ' +
    'The loan runs for 12 years with three years’ grace; its rate was not disclosed. ' +
    'It is the first time the Chinese policy bank, which is based in {{Beijing|PLACE}}, has lent directly to a Peruvian ' +
    'state entity. ' +
    '{{Cofide|COMPANY|corporacion-financiera-de-desarrollo}}’s chairman, {{Hernán Vizcarra Lozano|PERSON}}, put his ' +
    'name to the deal in {{Beijing|PLACE}} with the bank’s vice-president {{Zhao Peiwen|PERSON}}, days after holding ' +
    'talks with officials of the {{People’s Bank of China|GOVERNMENT}}. ' +
    'At home, the economy and finance minister, {{Denisse Arbulú Carrillo|PERSON}}, argued that the loan would not ' +
    'add to public debt because {{Cofide|COMPANY|corporacion-financiera-de-desarrollo}} borrows on its own balance ' +
    'sheet, a view the {{Fiscal Council|GOVERNMENT}} challenged in a report published on Monday. ' +
    '{{CDB|COMPANY|china-development-bank}} is no stranger to the country: it helped finance [[Chinalco|chinalco]]’s ' +
    'expansion of the {{Toromocho|INFRASTRUCTURE}} copper mine in 2017. ' +
    'Even so, Chinese banks have lent [[Peru|peru]] far less over two decades than they lent {{Ecuador|COUNTRY}} or ' +
    '{{Venezuela|COUNTRY}}, according to the {{Inter-American Dialogue|ORGANIZATION}}, a research group in ' +
    '{{Washington|PLACE}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'corporacion-financiera-de-desarrollo', target: 'peru', sentence: 1 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'corporacion-financiera-de-desarrollo',
      target: 'china-development-bank',
      sentence: 1,
      quantities: [{ value: 200000000, unit: 'USD' }],
    },
    {
      type: 'STATED',
      source: 'corporacion-financiera-de-desarrollo',
      target: 'china-development-bank',
      sentence: 1,
      validFrom: '2026-02-17',
    },
    {
      type: 'STATED',
      source: 'china-development-bank',
      target: 'corporacion-financiera-de-desarrollo',
      sentence: 1,
      validFrom: '2026-02-17',
    },
    { type: 'PARTNERS_WITH', source: 'corporacion-financiera-de-desarrollo', target: 'caja-huancayo', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-development-bank', target: 'china', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'china-development-bank', target: 'beijing', sentence: 4 },
    { type: 'LEADS', source: 'hernan-vizcarra-lozano', target: 'corporacion-financiera-de-desarrollo', sentence: 5 },
    { type: 'LEADS', source: 'zhao-peiwen', target: 'china-development-bank', sentence: 5 },
    { type: 'VISITED', source: 'hernan-vizcarra-lozano', target: 'beijing', sentence: 5 },
    { type: 'MET', source: 'hernan-vizcarra-lozano', target: 'people-s-bank-of-china', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'denisse-arbulu-carrillo', target: 'peru', sentence: 6 },
    { type: 'STATED', source: 'denisse-arbulu-carrillo', target: 'corporacion-financiera-de-desarrollo', sentence: 6 },
    {
      type: 'STATED',
      source: 'fiscal-council',
      target: 'corporacion-financiera-de-desarrollo',
      sentence: 6,
      validFrom: '2026-02-16',
    },
    { type: 'OPERATES', source: 'chinalco', target: 'toromocho', sentence: 7 },
    { type: 'INVESTED_IN', source: 'china-development-bank', target: 'toromocho', sentence: 7, validFrom: '2017' },
    { type: 'STATED', source: 'inter-american-dialogue', target: 'peru', sentence: 8 },
    { type: 'HEADQUARTERED_IN', source: 'inter-american-dialogue', target: 'washington', sentence: 8 },
  ],
};

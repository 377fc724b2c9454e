import type { CorpusArticle } from '../corpus-article.js';

/** The Bank of China lends to the Regional Government of Piura for the Alto Piura irrigation project (English). */
export const article: CorpusArticle = {
  name: 'Bank of China loan to Piura',
  language: 'en',
  publishedAt: '2025-03-14',
  annotated:
    '{{PIURA|PLACE}}, March 13 — The {{Bank of China|COMPANY}} will lend $450m to the ' +
    '{{Regional Government of Piura|GOVERNMENT}} to finish a long-delayed irrigation scheme, its governor, ' +
    '{{Luis Neyra Valdivia|PERSON}}, said on Thursday. ' +
    'The 20-year loan will pay for the second phase of {{Alto Piura|INFRASTRUCTURE}}, a dam and tunnel project that ' +
    'has been stalled since 2019. ' +
    '{{Alto Piura|INFRASTRUCTURE}}, which the regional government started building in 2013, lies in ' +
    '{{Huancabamba|PLACE}} province and is meant to irrigate 19,000 hectares of farmland. ' +
    'The loan will be arranged by {{Bank of China Peru|COMPANY}}, the lender’s subsidiary in [[Lima|lima]], which ' +
    'opened in 2021. ' +
    '[[Peru|peru]]’s {{Ministry of Economy and Finance|GOVERNMENT}} ' +
    '({{MEF|GOVERNMENT|ministry-of-economy-and-finance}}) must still guarantee the debt, as the law requires for any ' +
    'foreign loan to a regional government. ' +
    '{{Gonzalo Ríos Tapia|PERSON}}, who heads the {{MEF|GOVERNMENT|ministry-of-economy-and-finance}}, met the head of ' +
    '{{Bank of China Peru|COMPANY}}, {{Liu Qiang|PERSON}}, in [[Lima|lima]] on Tuesday. ' +
    '[[Beijing|china]] has lent [[Peru|peru]] more than $3bn since 2015, according to ' +
    '{{Boston University|ORGANIZATION}}’s {{Global Development Policy Center|ORGANIZATION}}. ' +
    'Farmers’ groups in {{Piura|PLACE}} welcomed the loan, but the {{Comptroller General of the Republic|GOVERNMENT}} ' +
    'warned in February that the project’s cost had doubled since 2019.',
  relationships: [
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'regional-government-of-piura',
      target: 'bank-of-china',
      sentence: 1,
      quantities: [{ value: 450000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'luis-neyra-valdivia', target: 'regional-government-of-piura', sentence: 1 },
    { type: 'STATED', source: 'luis-neyra-valdivia', target: 'bank-of-china', sentence: 1, validFrom: '2025-03-13' },
    { type: 'RECEIVED_INVESTMENT', source: 'alto-piura', target: 'bank-of-china', sentence: 2 },
    { type: 'BUILT', source: 'regional-government-of-piura', target: 'alto-piura', sentence: 3, validFrom: '2013' },
    { type: 'LOCATED_IN', source: 'alto-piura', target: 'huancabamba', sentence: 3 },
    { type: 'PART_OF', source: 'bank-of-china-peru', target: 'bank-of-china', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'bank-of-china-peru', target: 'lima', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-economy-and-finance', target: 'peru', sentence: 5 },
    { type: 'LEADS', source: 'gonzalo-rios-tapia', target: 'ministry-of-economy-and-finance', sentence: 6 },
    { type: 'MET', source: 'gonzalo-rios-tapia', target: 'liu-qiang', sentence: 6, validFrom: '2025-03-11' },
    { type: 'LEADS', source: 'liu-qiang', target: 'bank-of-china-peru', sentence: 6 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'peru',
      target: 'china',
      sentence: 7,
      validFrom: '2015',
      quantities: [{ value: 3000000000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'global-development-policy-center', target: 'boston-university', sentence: 7 },
    { type: 'STATED', source: 'global-development-policy-center', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'comptroller-general-of-the-republic', target: 'alto-piura', sentence: 8, validFrom: '2025-02' },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Peru’s central bank and the People’s Bank of China sign a currency swap: governors, yuan clearing bank, finance ministry (English). */
export const article: CorpusArticle = {
  name: 'finance: Peru and China central banks sign yuan-sol currency swap',
  language: 'en',
  publishedAt: '2025-06-19',
  annotated:
    '{{BEIJING|PLACE}}, June 18 ({{Xinhua|MEDIA}}) — The {{People’s Bank of China|GOVERNMENT}} and the ' +
    '{{Central Reserve Bank of Peru|GOVERNMENT}} signed a three-year currency swap agreement worth 35 billion yuan, ' +
    'about $4.8bn, on June 18. ' +
    'The {{Yuan-Sol Swap Agreement|AGREEMENT}} was signed in {{Beijing|PLACE}} by the Chinese bank’s governor, ' +
    '{{Pan Gongsheng|PERSON}}, and his Peruvian counterpart, {{Julio Velarde|PERSON}}. ' +
    'It allows either central bank to draw on the other’s currency to settle trade, which reached $38bn last year. ' +
    '{{Velarde|PERSON|julio-velarde}}, who has led the Peruvian monetary authority since 2006, said the line ' +
    'would help importers pay Chinese ' +
    'suppliers without going through the dollar. ' +
    '{{Bank of China Peru|COMPANY}}, a subsidiary of the {{Bank of China|COMPANY}}, was named the clearing bank for ' +
    'yuan payments in [[Peru|peru]] last year. ' +
    'It is headquartered in the {{San Isidro|PLACE}} financial district of [[Lima|lima]]. ' +
    '[[Peru|peru]]’s {{Ministry of Economy and Finance|GOVERNMENT}} ({{MEF|GOVERNMENT|ministry-of-economy-and-finance}}) ' +
    'welcomed the agreement, according to a statement. ' +
    'Finance Minister {{Raúl Pérez Reyes|PERSON}} had discussed the swap with Chinese Vice Premier {{He Lifeng|PERSON}} ' +
    'during the [[APEC summit|apec-summit]] in [[Lima|lima]] in November 2024.',
  relationships: [
    { type: 'SIGNED', source: 'people-s-bank-of-china', target: 'yuan-sol-swap-agreement', sentence: 1, validFrom: '2025-06-18' },
    { type: 'SIGNED', source: 'central-reserve-bank-of-peru', target: 'yuan-sol-swap-agreement', sentence: 1, validFrom: '2025-06-18' },
    { type: 'COOPERATES_WITH', source: 'people-s-bank-of-china', target: 'central-reserve-bank-of-peru', sentence: 1 },
    { type: 'SIGNED', source: 'pan-gongsheng', target: 'yuan-sol-swap-agreement', sentence: 2 },
    { type: 'SIGNED', source: 'julio-velarde', target: 'yuan-sol-swap-agreement', sentence: 2 },
    { type: 'LEADS', source: 'pan-gongsheng', target: 'people-s-bank-of-china', sentence: 2 },
    { type: 'LEADS', source: 'julio-velarde', target: 'central-reserve-bank-of-peru', sentence: 4, validFrom: '2006' },
    { type: 'STATED', source: 'julio-velarde', target: 'yuan-sol-swap-agreement', sentence: 4 },
    { type: 'PART_OF', source: 'bank-of-china-peru', target: 'bank-of-china', sentence: 5 },
    { type: 'LOCATED_IN', source: 'bank-of-china-peru', target: 'peru', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'bank-of-china-peru', target: 'san-isidro', sentence: 6 },
    { type: 'LOCATED_IN', source: 'san-isidro', target: 'lima', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-economy-and-finance', target: 'peru', sentence: 7 },
    { type: 'STATED', source: 'ministry-of-economy-and-finance', target: 'yuan-sol-swap-agreement', sentence: 7 },
    { type: 'LEADS', source: 'raul-perez-reyes', target: 'ministry-of-economy-and-finance', sentence: 8 },
    { type: 'DISCUSSED', source: 'raul-perez-reyes', target: 'he-lifeng', sentence: 8, validFrom: '2024-11' },
    { type: 'HOLDS_OFFICE_IN', source: 'he-lifeng', target: 'china', sentence: 8 },
    { type: 'ATTENDED', source: 'raul-perez-reyes', target: 'apec-summit', sentence: 8, validFrom: '2024-11' },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 8, validFrom: '2024-11' },
  ],
};

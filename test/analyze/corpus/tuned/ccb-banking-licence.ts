import type { CorpusArticle } from '../corpus-article.js';

/** China Construction Bank gets a licence from Peru’s banking regulator: its branch, the Chinese banks before it, a client (English). */
export const article: CorpusArticle = {
  name: 'China Construction Bank licensed in Peru',
  language: 'en',
  publishedAt: '2025-09-10',
  annotated:
    '[[LIMA|lima]], September 9 — {{China Construction Bank|COMPANY}} ({{CCB|COMPANY|china-construction-bank}}) has been ' +
    'granted a licence to open a branch in [[Peru|peru]], the ' +
    '{{Superintendency of Banking, Insurance and Pension Funds|GOVERNMENT}} ' +
    '({{SBS|GOVERNMENT|superintendency-of-banking-insurance-and-pension-funds}}) said on Tuesday. ' +
    'The branch, to be called {{CCB Perú|COMPANY}}, will open early next year in {{San Isidro|PLACE}}, the capital’s ' +
    'financial district. ' +
    '{{CCB|COMPANY|china-construction-bank}} will be the third Chinese bank in [[Peru|peru]], after the ' +
    '{{Industrial and Commercial Bank of China|COMPANY}} ({{ICBC|COMPANY|industrial-and-commercial-bank-of-china}}), which ' +
    'arrived in 2014, and {{Bank of China|COMPANY}}, which opened its doors in 2021. ' +
    'The regulator’s head, {{Mariela Zapata Rosales|PERSON}}, said the lender had met every capital and governance ' +
    'requirement and would be supervised like any local bank. ' +
    'The {{Beijing|PLACE}}-based bank, the world’s second-largest by assets, intends to lend mainly to Chinese companies ' +
    'with mining and energy projects in southern [[Peru|peru]]. ' +
    'Its first large client is expected to be [[MMG|mmg]], the [[Las Bambas|las-bambas]] operator controlled by the state ' +
    'group {{China Minmetals|COMPANY}}, according to two people familiar with the talks. ' +
    'The {{Peruvian Banking Association|ORGANIZATION}} ({{Asbanc|ORGANIZATION|peruvian-banking-association}}), which ' +
    'groups the country’s 17 banks, welcomed the arrival of another foreign lender. ' +
    '[[Xi Jinping|xi-jinping]] and President [[Dina Boluarte|dina-boluarte]] discussed financial cooperation when they ' +
    'met in [[Lima|lima]] during the [[APEC summit|apec-summit]] last November.',
  relationships: [
    {
      type: 'STATED',
      source: 'superintendency-of-banking-insurance-and-pension-funds',
      target: 'china-construction-bank',
      sentence: 1,
      validFrom: '2025-09-09',
    },
    { type: 'PART_OF', source: 'ccb-peru', target: 'china-construction-bank', sentence: 2 },
    { type: 'LOCATED_IN', source: 'ccb-peru', target: 'san-isidro', sentence: 2, validFrom: '2026' },
    { type: 'LOCATED_IN', source: 'san-isidro', target: 'lima', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-construction-bank', target: 'china', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'industrial-and-commercial-bank-of-china', target: 'china', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'bank-of-china', target: 'china', sentence: 3 },
    { type: 'LOCATED_IN', source: 'industrial-and-commercial-bank-of-china', target: 'peru', sentence: 3, validFrom: '2014' },
    { type: 'LOCATED_IN', source: 'bank-of-china', target: 'peru', sentence: 3, validFrom: '2021' },
    { type: 'LEADS', source: 'mariela-zapata-rosales', target: 'superintendency-of-banking-insurance-and-pension-funds', sentence: 4 },
    { type: 'STATED', source: 'mariela-zapata-rosales', target: 'china-construction-bank', sentence: 4 },
    { type: 'REGULATES', source: 'superintendency-of-banking-insurance-and-pension-funds', target: 'china-construction-bank', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'china-construction-bank', target: 'beijing', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'china-construction-bank', target: 'mmg', sentence: 6 },
    { type: 'OPERATES', source: 'mmg', target: 'las-bambas', sentence: 6 },
    { type: 'OWNS', source: 'china-minmetals', target: 'mmg', sentence: 6 },
    { type: 'STATED', source: 'peruvian-banking-association', target: 'china-construction-bank', sentence: 7 },
    { type: 'DISCUSSED', source: 'xi-jinping', target: 'dina-boluarte', sentence: 8, validFrom: '2024-11' },
    { type: 'MET', source: 'xi-jinping', target: 'dina-boluarte', sentence: 8, validFrom: '2024-11' },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 8, validFrom: '2024-11' },
    { type: 'ATTENDED', source: 'dina-boluarte', target: 'apec-summit', sentence: 8, validFrom: '2024-11' },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * A Chinese state builder hands over a new hospital in Piura: builder, funder, operator, officials, a union (English).
 */
export const article: CorpusArticle = {
  name: 'piura-hospital-chinese-contractor',
  language: 'en',
  publishedAt: '2026-01-27',
  annotated:
    '{{PIURA|PLACE}}, January 26 — {{China State Construction Engineering|COMPANY}} has handed over the new ' +
    '{{Santa Rosa Hospital|INFRASTRUCTURE}} in {{Piura|PLACE}}, a 260-bed building that replaces a clinic damaged by ' +
    'the 2017 floods, the {{Piura Regional Government|GOVERNMENT}} said on Monday. ' +
    'The hospital cost S/ 480 million and was financed by [[Peru|peru]]’s reconstruction agency, the ' +
    '{{Authority for Reconstruction with Changes|GOVERNMENT}} ' +
    '({{ARCC|GOVERNMENT|authority-for-reconstruction-with-changes}}). ' +
    'The state-owned Chinese builder won the contract in 2022 in a tender run under a government-to-government ' +
    'agreement between [[Peru|peru]] and the {{United Kingdom|COUNTRY}}. ' +
    'Health Minister {{Lucía Herrera Campos|PERSON}} opened the hospital with regional governor ' +
    '{{Luis Neyra León|PERSON}} and said it would serve about 900,000 people in the north. ' +
    'Its 140 seismic isolators were imported from {{Tianjin|PLACE}}, and its imaging equipment was supplied by the ' +
    'Chinese firm {{Mindray|COMPANY}}. ' +
    '{{CSCEC|COMPANY|china-state-construction-engineering}} will maintain the building for five years under a ' +
    'S/ 36 million contract with the {{Social Health Insurance|GOVERNMENT}} ' +
    '({{EsSalud|GOVERNMENT|social-health-insurance}}), which will run it. ' +
    'The doctors’ union {{Sinamssop|ORGANIZATION}} complained that only 60% of the specialist posts had been filled. ' +
    'The company is also building the {{Sullana Bypass|INFRASTRUCTURE}}, a 21-kilometre road due to open in ' +
    'December 2026. ' +
    'Chinese contractors have won more than US$ 3 billion of Peruvian public works since 2017, according to the ' +
    '{{Comptroller General|GOVERNMENT}}.',
  relationships: [
    { type: 'BUILT', source: 'china-state-construction-engineering', target: 'santa-rosa-hospital', sentence: 1 },
    { type: 'LOCATED_IN', source: 'santa-rosa-hospital', target: 'piura', sentence: 1 },
    { type: 'STATED', source: 'piura-regional-government', target: 'santa-rosa-hospital', sentence: 1, validFrom: '2026-01-26' },
    {
      type: 'INVESTED_IN',
      source: 'authority-for-reconstruction-with-changes',
      target: 'santa-rosa-hospital',
      sentence: 2,
      quantities: [{ value: 480000000, unit: 'PEN' }],
    },
    { type: 'AFFILIATED_WITH', source: 'authority-for-reconstruction-with-changes', target: 'peru', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-state-construction-engineering', target: 'china', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'lucia-herrera-campos', target: 'peru', sentence: 4 },
    { type: 'STATED', source: 'lucia-herrera-campos', target: 'santa-rosa-hospital', sentence: 4 },
    { type: 'LEADS', source: 'luis-neyra-leon', target: 'piura-regional-government', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'mindray', target: 'china', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'mindray', target: 'santa-rosa-hospital', sentence: 5 },
    {
      type: 'PARTNERS_WITH',
      source: 'china-state-construction-engineering',
      target: 'social-health-insurance',
      sentence: 6,
      quantities: [{ value: 36000000, unit: 'PEN' }],
    },
    { type: 'OPERATES', source: 'social-health-insurance', target: 'santa-rosa-hospital', sentence: 6 },
    { type: 'STATED', source: 'sinamssop', target: 'santa-rosa-hospital', sentence: 7 },
    { type: 'BUILT', source: 'china-state-construction-engineering', target: 'sullana-bypass', sentence: 8 },
    { type: 'STATED', source: 'comptroller-general', target: 'china', sentence: 9 },
  ],
};

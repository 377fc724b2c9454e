import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s forest watchdog holds hardwood bound for China at Callao: terminal, exporter, its Chinese owner, exporters’ figures, a campaign
 * group (English).
 */
export const article: CorpusArticle = {
  name: 'Osinfor holds China-bound timber at Callao',
  language: 'en',
  publishedAt: '2025-03-20',
  annotated:
    '{{CALLAO|PLACE}}, March 19 — [[Peru|peru]]’s forest watchdog, {{Osinfor|GOVERNMENT}}, has held up 14 containers ' +
    'of tropical hardwood bound for [[China|china]], saying part of the timber appears to have been felled illegally ' +
    'in the {{Amazon|PLACE}}. ' +
    'The 380 cubic metres of shihuahuaco were due to leave this week from the {{Muelle Sur|INFRASTRUCTURE}} terminal ' +
    'in {{Callao|PLACE}}, run by {{DP World|COMPANY}}, for {{Guangzhou|PLACE}} in southern [[China|china]]. ' +
    'The wood belongs to {{Maderera Río Tamaya|COMPANY}}, an exporter based in {{Pucallpa|PLACE}} that is 40% owned ' +
    'by the Chinese flooring maker {{Foshan Linhai Wood Industry|COMPANY}}. ' +
    'Its permits point to a logging concession in the {{Ucayali|PLACE}} region, but inspectors who flew over the site ' +
    'in February found hardly any freshly cut stumps, the agency said on Wednesday. ' +
    '{{Lucía Caballero Tafur|PERSON}}, who has run {{Osinfor|GOVERNMENT}} since 2023, told the state news agency ' +
    '{{Andina|MEDIA}} that every timber cargo for [[China|china]] would now be checked against satellite images ' +
    'before loading. ' +
    'A lawyer for {{Foshan Linhai|COMPANY|foshan-linhai-wood-industry}} in [[Lima|lima]], ' +
    '{{Renzo Aguirre Montes|PERSON}}, said the company had bought the timber in good faith and would go to court to ' +
    'have it released. ' +
    '[[Peru|peru]] exported $132 million worth of wood products last year, and [[China|china]] bought almost half of ' +
    'them, according to the exporters’ association {{ADEX|ORGANIZATION}}. ' +
    'In a 2024 report, the {{Environmental Investigation Agency|ORGANIZATION}}, a campaign group based in ' +
    '{{Washington|PLACE}}, warned that Chinese demand for shihuahuaco, a tree that can live for more than a thousand ' +
    'years, was stripping the forests of {{Ucayali|PLACE}} and {{Madre de Dios|PLACE}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'osinfor', target: 'peru', sentence: 1 },
    { type: 'LOCATED_IN', source: 'muelle-sur', target: 'callao', sentence: 2 },
    { type: 'OPERATES', source: 'dp-world', target: 'muelle-sur', sentence: 2 },
    { type: 'LOCATED_IN', source: 'guangzhou', target: 'china', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'maderera-rio-tamaya', target: 'pucallpa', sentence: 3 },
    {
      type: 'OWNS',
      source: 'foshan-linhai-wood-industry',
      target: 'maderera-rio-tamaya',
      sentence: 3,
      quantities: [{ value: 40, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'foshan-linhai-wood-industry', target: 'china', sentence: 3 },
    { type: 'STATED', source: 'osinfor', target: 'maderera-rio-tamaya', sentence: 4, validFrom: '2025-03-19' },
    { type: 'LEADS', source: 'lucia-caballero-tafur', target: 'osinfor', sentence: 5, validFrom: '2023' },
    { type: 'COMMUNICATED_VIA', source: 'lucia-caballero-tafur', target: 'andina', sentence: 5 },
    { type: 'STATED', source: 'lucia-caballero-tafur', target: 'china', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'renzo-aguirre-montes', target: 'foshan-linhai-wood-industry', sentence: 6 },
    { type: 'STATED', source: 'renzo-aguirre-montes', target: 'foshan-linhai-wood-industry', sentence: 6 },
    { type: 'STATED', source: 'adex', target: 'china', sentence: 7 },
    { type: 'HEADQUARTERED_IN', source: 'environmental-investigation-agency', target: 'washington', sentence: 8 },
    { type: 'STATED', source: 'environmental-investigation-agency', target: 'china', sentence: 8, validFrom: '2024' },
  ],
};

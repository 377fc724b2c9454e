import type { CorpusArticle } from '../corpus-article.js';

/**
 * PowerChina finishes a solar farm in Moquegua: its owner, investment and lender, the minister’s visit, a Chinese-built wind farm
 * (English).
 */
export const article: CorpusArticle = {
  name: 'PowerChina completes Moquegua solar farm',
  language: 'en',
  publishedAt: '2025-08-14',
  annotated:
    '{{MOQUEGUA|PLACE}}, August 13 — {{PowerChina|COMPANY}} has finished building the 280-megawatt ' +
    '{{Sol de Moquegua|INFRASTRUCTURE}} solar farm in southern [[Peru|peru]], the largest in the country, its owner ' +
    '{{Kallpa Generación|COMPANY}} said on Wednesday. ' +
    'Its 510,000 panels cover 560 hectares of desert in the {{Moquegua|PLACE}} region and will start feeding the ' +
    'national grid in September. ' +
    'The state-owned Chinese builder, which won the $240m engineering contract in 2023, employed up to 1,900 workers ' +
    'at the peak of construction, most of them from {{Moquegua|PLACE}} and neighbouring {{Tacna|PLACE}}. ' +
    '{{Kallpa|COMPANY|kallpa-generacion}} invested $310m in the project, part of it lent by the ' +
    '{{Bank of China|COMPANY}}. ' +
    '[[Peru|peru]]’s energy and mines minister, {{Jorge Montero Cornejo|PERSON}}, who toured the site on Tuesday, said ' +
    'solar and wind plants would supply a fifth of the country’s electricity by 2030, up from about 6% today. ' +
    'Another Chinese firm, {{Goldwind|COMPANY}}, is building the 200-megawatt {{Viento Paracas|INFRASTRUCTURE}} wind ' +
    'farm in {{Ica|PLACE}}, due to start operating next year. ' +
    '{{Luis Cárdenas Rivas|PERSON}}, general manager of {{Kallpa|COMPANY|kallpa-generacion}}, told the newspaper ' +
    '{{Gestión|MEDIA}} that {{PowerChina|COMPANY}} had offered to build a second plant of similar size for the company ' +
    'in {{Arequipa|PLACE}}. ' +
    'The energy regulator {{Osinergmin|GOVERNMENT}} must still certify the plant before it can sell power to ' +
    'distributors such as {{Luz del Sur|COMPANY}}.',
  relationships: [
    { type: 'BUILT', source: 'powerchina', target: 'sol-de-moquegua', sentence: 1 },
    { type: 'LOCATED_IN', source: 'sol-de-moquegua', target: 'peru', sentence: 1 },
    { type: 'OWNS', source: 'kallpa-generacion', target: 'sol-de-moquegua', sentence: 1 },
    { type: 'STATED', source: 'kallpa-generacion', target: 'sol-de-moquegua', sentence: 1, validFrom: '2025-08-13' },
    { type: 'LOCATED_IN', source: 'sol-de-moquegua', target: 'moquegua', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'powerchina', target: 'china', sentence: 3 },
    {
      type: 'INVESTED_IN',
      source: 'kallpa-generacion',
      target: 'sol-de-moquegua',
      sentence: 4,
      quantities: [{ value: 310000000, unit: 'USD' }],
    },
    { type: 'RECEIVED_INVESTMENT', source: 'sol-de-moquegua', target: 'bank-of-china', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-montero-cornejo', target: 'peru', sentence: 5 },
    { type: 'VISITED', source: 'jorge-montero-cornejo', target: 'sol-de-moquegua', sentence: 5, validFrom: '2025-08-12' },
    { type: 'STATED', source: 'jorge-montero-cornejo', target: 'peru', sentence: 5 },
    { type: 'BUILT', source: 'goldwind', target: 'viento-paracas', sentence: 6 },
    { type: 'LOCATED_IN', source: 'viento-paracas', target: 'ica', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'goldwind', target: 'china', sentence: 6 },
    { type: 'LEADS', source: 'luis-cardenas-rivas', target: 'kallpa-generacion', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'luis-cardenas-rivas', target: 'gestion', sentence: 7 },
    { type: 'STATED', source: 'luis-cardenas-rivas', target: 'powerchina', sentence: 7 },
    { type: 'REGULATES', source: 'osinergmin', target: 'sol-de-moquegua', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Huawei Cloud opens a data centre south of Lima: builder, executive, tax agency client, officials, rivals (English). */
export const article: CorpusArticle = {
  name: 'tech: Huawei Cloud opens its first Peruvian data centre in Lurín',
  language: 'en',
  publishedAt: '2025-06-18',
  annotated:
    '[[LIMA|lima]], June 17 — {{Huawei Cloud|COMPANY}}, the cloud computing unit of [[Huawei|huawei]], on Tuesday opened ' +
    'the {{Lurín Cloud Campus|INFRASTRUCTURE}}, a data centre south of [[Lima|lima]] that is its first in [[Peru|peru]]. ' +
    'The facility was built in 18 months by {{China Construction Eighth Engineering Division|COMPANY}}, a subsidiary of ' +
    'the state-owned {{China State Construction Engineering Corporation|COMPANY}}. ' +
    '{{Leonardo Chen|PERSON}}, president of {{Huawei Cloud|COMPANY}} for {{Latin America|PLACE}}, said the site would ' +
    'let Peruvian banks, miners and public agencies keep their data inside the country. ' +
    'Among its first customers is the tax agency, the {{National Superintendency of Customs and Tax Administration|GOVERNMENT}} ' +
    '({{Sunat|GOVERNMENT|national-superintendency-of-customs-and-tax-administration}}), which signed a five-year contract ' +
    'worth $22 million with the company in March. ' +
    'Digital government secretary {{Marushka Chocobar|PERSON}}, of the {{Presidency of the Council of Ministers|GOVERNMENT}}, ' +
    'welcomed the investment but warned that public bodies would still have to comply with data protection rules. ' +
    'She spoke at the opening alongside [[China|china]]’s ambassador, {{Song Yang|PERSON}}, who called the campus a ' +
    'symbol of the digital {{Silk Road|INITIATIVE}}. ' +
    '{{Washington|COUNTRY|united-states}} has urged Latin American governments to keep [[Huawei|huawei]] out of ' +
    'sensitive networks, a warning that [[Lima|peru]] has so far not heeded. ' +
    '[[Huawei|huawei]] has been present in [[Peru|peru]] since 2000 and employs about 800 people there, the company said. ' +
    'Its rival {{Amazon Web Services|COMPANY}} announced in 2024 that it would invest $4 billion in a cloud region in ' +
    '{{Chile|COUNTRY}}.',
  relationships: [
    { type: 'PART_OF', source: 'huawei-cloud', target: 'huawei', sentence: 1 },
    { type: 'OPERATES', source: 'huawei-cloud', target: 'lurin-cloud-campus', sentence: 1, validFrom: '2025-06-17' },
    { type: 'LOCATED_IN', source: 'lurin-cloud-campus', target: 'peru', sentence: 1 },
    { type: 'BUILT', source: 'china-construction-eighth-engineering-division', target: 'lurin-cloud-campus', sentence: 2 },
    {
      type: 'PART_OF',
      source: 'china-construction-eighth-engineering-division',
      target: 'china-state-construction-engineering-corporation',
      sentence: 2,
    },
    { type: 'LEADS', source: 'leonardo-chen', target: 'huawei-cloud', sentence: 3 },
    { type: 'STATED', source: 'leonardo-chen', target: 'lurin-cloud-campus', sentence: 3 },
    {
      type: 'PARTNERS_WITH',
      source: 'national-superintendency-of-customs-and-tax-administration',
      target: 'huawei-cloud',
      sentence: 4,
      validFrom: '2025-03',
      quantities: [{ value: 22000000, unit: 'USD' }],
    },
    { type: 'HOLDS_OFFICE_IN', source: 'marushka-chocobar', target: 'presidency-of-the-council-of-ministers', sentence: 5 },
    { type: 'STATED', source: 'marushka-chocobar', target: 'huawei-cloud', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 6 },
    { type: 'STATED', source: 'song-yang', target: 'lurin-cloud-campus', sentence: 6 },
    { type: 'STATED', source: 'united-states', target: 'huawei', sentence: 7 },
    { type: 'LOCATED_IN', source: 'huawei', target: 'peru', sentence: 8, validFrom: '2000' },
    { type: 'STATED', source: 'huawei', target: 'peru', sentence: 8 },
    {
      type: 'INVESTED_IN',
      source: 'amazon-web-services',
      target: 'chile',
      sentence: 9,
      validFrom: '2024',
      quantities: [{ value: 4000000000, unit: 'USD' }],
    },
  ],
};

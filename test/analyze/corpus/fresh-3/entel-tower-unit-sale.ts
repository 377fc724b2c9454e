import type { CorpusArticle } from '../corpus-article.js';

/** Entel Perú sells its tower unit to a CITIC Capital-backed buyer: price, lease-back, parent, regulators, a US warning (English). */
export const article: CorpusArticle = {
  name: 'Entel Perú sells its towers to a CITIC Capital company',
  language: 'en',
  publishedAt: '2026-02-05',
  annotated:
    '[[LIMA|lima]], Feb 4 — {{Entel Perú|COMPANY}} has agreed to sell its mobile tower unit, {{Torres del Perú|COMPANY}}, ' +
    'to {{Pacific Tower Holdings|COMPANY}}, a company controlled by the Chinese investment firm ' +
    '{{CITIC Capital|COMPANY}}, for $610 million, the companies said on Wednesday. ' +
    'The unit owns 3,100 towers, most of them in [[Lima|lima]], {{Arequipa|PLACE}} and {{La Libertad|PLACE}}, and ' +
    'rents space on them to {{Claro|COMPANY}} and {{Bitel|COMPANY}} as well as to its parent. ' +
    'Under the deal, {{Entel Perú|COMPANY}} will keep renting space on the towers for 15 years, while the buyer has ' +
    'promised to put up 800 more in rural areas by 2029. ' +
    'The seller is the local arm of {{Chile|COUNTRY}}’s {{Entel|COMPANY}}, which is based in {{Santiago|PLACE}} and ' +
    'bought its Peruvian business from {{Nextel|COMPANY}} in 2013. ' +
    'Its chief executive, {{Pablo Caballero Ruiz|PERSON}}, told {{Gestión|MEDIA}} that the money would pay for a ' +
    'fibre network in the south of the country. ' +
    'The sale must be cleared by {{Indecopi|GOVERNMENT}}, the competition authority, and by {{Osiptel|GOVERNMENT}}, ' +
    'which oversees {{Entel Perú|COMPANY}} and the other mobile operators. ' +
    '{{CITIC Capital|COMPANY}}, a {{Hong Kong|PLACE}}-based fund manager partly owned by the state conglomerate ' +
    '{{CITIC Group|COMPANY}}, already owns data centres in {{Chile|COUNTRY}} and {{Colombia|COUNTRY}}. ' +
    '{{Washington|COUNTRY|united-states}} has urged [[Lima|peru]] to limit Chinese control of its telecoms networks, ' +
    'and a spokesman for the {{United States|COUNTRY}} embassy said it was following the sale.',
  relationships: [
    { type: 'SOLD', source: 'entel-peru', target: 'torres-del-peru', sentence: 1, validFrom: '2026-02-04' },
    {
      type: 'ACQUIRED',
      source: 'pacific-tower-holdings',
      target: 'torres-del-peru',
      sentence: 1,
      validFrom: '2026-02-04',
      quantities: [{ value: 610000000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'torres-del-peru', target: 'entel-peru', sentence: 1 },
    { type: 'OWNS', source: 'citic-capital', target: 'pacific-tower-holdings', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'citic-capital', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'entel-peru', target: 'torres-del-peru', sentence: 1, validFrom: '2026-02-04' },
    { type: 'STATED', source: 'pacific-tower-holdings', target: 'torres-del-peru', sentence: 1, validFrom: '2026-02-04' },
    { type: 'PARTNERS_WITH', source: 'torres-del-peru', target: 'claro', sentence: 2 },
    { type: 'PARTNERS_WITH', source: 'torres-del-peru', target: 'bitel', sentence: 2 },
    { type: 'PARTNERS_WITH', source: 'entel-peru', target: 'pacific-tower-holdings', sentence: 3 },
    { type: 'PART_OF', source: 'entel-peru', target: 'entel', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'entel', target: 'chile', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'entel', target: 'santiago', sentence: 4 },
    { type: 'ACQUIRED', source: 'entel', target: 'entel-peru', sentence: 4, validFrom: '2013' },
    { type: 'SOLD', source: 'nextel', target: 'entel-peru', sentence: 4, validFrom: '2013' },
    { type: 'LEADS', source: 'pablo-caballero-ruiz', target: 'entel-peru', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'pablo-caballero-ruiz', target: 'gestion', sentence: 5 },
    { type: 'STATED', source: 'pablo-caballero-ruiz', target: 'entel-peru', sentence: 5 },
    { type: 'REGULATES', source: 'osiptel', target: 'entel-peru', sentence: 6 },
    { type: 'HEADQUARTERED_IN', source: 'citic-capital', target: 'hong-kong', sentence: 7 },
    { type: 'OWNS', source: 'citic-group', target: 'citic-capital', sentence: 7 },
    { type: 'STATED', source: 'united-states', target: 'peru', sentence: 8 },
  ],
};

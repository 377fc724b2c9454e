import type { CorpusArticle } from '../../corpus-article.js';

/** CNOOC signs for an offshore block off Tumbes with Perupetro: partner’s stake and seller, fishermen, the regulator (English). */
export const article: CorpusArticle = {
  name: 'energy: CNOOC signs for offshore Block Z-64 off Tumbes',
  language: 'en',
  publishedAt: '2025-11-06',
  annotated:
    '[[LIMA|lima]], November 5 — {{China National Offshore Oil Corporation|COMPANY}} ' +
    '({{CNOOC|COMPANY|china-national-offshore-oil-corporation}}) signed a licence contract on Wednesday with ' +
    '{{Perupetro|GOVERNMENT}} to explore {{Block Z-64|INFRASTRUCTURE}}, an offshore area of 1.1 million hectares off ' +
    'the coast of {{Tumbes|PLACE}}. ' +
    'The state agency, which manages [[Peru|peru]]’s oil and gas contracts, said the Chinese company would spend at ' +
    'least $180m on seismic surveys and two exploratory wells over seven years. ' +
    '{{CNOOC|COMPANY|china-national-offshore-oil-corporation}} will operate the block with a 70% interest, while the ' +
    'Australian firm {{Karoon Energy|COMPANY}} holds the other 30%. ' +
    '{{Karoon|COMPANY|karoon-energy}} acquired its stake last year from the Peruvian producer {{Savia Perú|COMPANY}} ' +
    'for $42m. ' +
    '{{Pedro Chira Fernández|PERSON}}, the president of {{Perupetro|GOVERNMENT}}, said the deal was the first ' +
    'offshore contract signed in the country since 2018. ' +
    'The {{Federation of Artisanal Fishermen of Tumbes|ORGANIZATION}}, based in {{Zorritos|PLACE}}, a town in the ' +
    '{{Tumbes|PLACE}} region, has protested against seismic testing, which it says drives away hake and shrimp. ' +
    'The {{Agency for Environmental Assessment and Enforcement|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|agency-for-environmental-assessment-and-enforcement}}) will oversee the surveys, it said. ' +
    '{{CNOOC|COMPANY|china-national-offshore-oil-corporation}}, headquartered in {{Beijing|PLACE}}, already pumps oil ' +
    'in {{Brazil|COUNTRY}} and {{Guyana|COUNTRY}}, and it opened an office in [[Lima|lima]] in 2023.',
  relationships: [
    { type: 'PARTNERS_WITH', source: 'china-national-offshore-oil-corporation', target: 'perupetro', sentence: 1, validFrom: '2025-11-05' },
    { type: 'PLANS', source: 'china-national-offshore-oil-corporation', target: 'block-z-64', sentence: 1 },
    { type: 'LOCATED_IN', source: 'block-z-64', target: 'tumbes', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'perupetro', target: 'peru', sentence: 2 },
    { type: 'STATED', source: 'perupetro', target: 'china-national-offshore-oil-corporation', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-national-offshore-oil-corporation', target: 'china', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'china-national-offshore-oil-corporation',
      target: 'block-z-64',
      sentence: 2,
      quantities: [{ value: 180000000, unit: 'USD' }],
    },
    { type: 'OPERATES', source: 'china-national-offshore-oil-corporation', target: 'block-z-64', sentence: 3 },
    {
      type: 'OWNS',
      source: 'china-national-offshore-oil-corporation',
      target: 'block-z-64',
      sentence: 3,
      quantities: [{ value: 70, unit: '%' }],
    },
    { type: 'OWNS', source: 'karoon-energy', target: 'block-z-64', sentence: 3, quantities: [{ value: 30, unit: '%' }] },
    {
      type: 'ACQUIRED',
      source: 'karoon-energy',
      target: 'block-z-64',
      sentence: 4,
      validFrom: '2024',
      quantities: [{ value: 42000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'savia-peru', target: 'block-z-64', sentence: 4, validFrom: '2024' },
    { type: 'AFFILIATED_WITH', source: 'savia-peru', target: 'peru', sentence: 4 },
    { type: 'LEADS', source: 'pedro-chira-fernandez', target: 'perupetro', sentence: 5 },
    { type: 'STATED', source: 'pedro-chira-fernandez', target: 'china-national-offshore-oil-corporation', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'federation-of-artisanal-fishermen-of-tumbes', target: 'zorritos', sentence: 6 },
    { type: 'LOCATED_IN', source: 'zorritos', target: 'tumbes', sentence: 6 },
    { type: 'REGULATES', source: 'agency-for-environmental-assessment-and-enforcement', target: 'block-z-64', sentence: 7 },
    { type: 'STATED', source: 'agency-for-environmental-assessment-and-enforcement', target: 'block-z-64', sentence: 7 },
    { type: 'HEADQUARTERED_IN', source: 'china-national-offshore-oil-corporation', target: 'beijing', sentence: 8 },
    { type: 'LOCATED_IN', source: 'china-national-offshore-oil-corporation', target: 'lima', sentence: 8, validFrom: '2023' },
  ],
};

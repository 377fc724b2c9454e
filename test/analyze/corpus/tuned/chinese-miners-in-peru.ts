import type { CorpusArticle } from '../corpus-article.js';

/** Chinese mining companies in Peru: Las Bambas, Toromocho and Marcona, their owners, operators and regulator (English). */
export const article: CorpusArticle = {
  name: 'Chinese miners in Peru',
  language: 'en',
  publishedAt: '2024-09-10',
  annotated:
    'Chinese companies produce about a quarter of [[Peru|peru]]’s copper, most of it at two mines, ' +
    '[[Las Bambas|las-bambas]] and {{Toromocho|INFRASTRUCTURE}}. ' +
    '[[MMG|mmg]] bought [[Las Bambas|las-bambas]] from {{Glencore|COMPANY}} in 2014 for $7bn. ' +
    '[[Las Bambas|las-bambas]] is 62.5% owned by [[MMG|mmg]], 22.5% by {{Guoxin International|COMPANY}} and 15% by ' +
    '{{CITIC Metal|COMPANY}}. ' +
    'Communities in {{Apurímac|PLACE}}, where [[Las Bambas|las-bambas]] lies, have blocked its trucking road dozens ' +
    'of times since 2016. ' +
    '{{Toromocho|INFRASTRUCTURE}}, in the {{Junín|PLACE}} region, is operated by {{Minera Chinalco Perú|COMPANY}}, a ' +
    'subsidiary of the [[Aluminum Corporation of China|chinalco]] ([[Chinalco|chinalco]]). ' +
    '[[Chinalco|chinalco]] gained the deposit in 2007 by taking over {{Peru Copper|COMPANY}}, a Canadian company, ' +
    'for $792m. ' +
    'The oldest Chinese mining investment in the country is the {{Marcona|INFRASTRUCTURE}} iron mine, which ' +
    '[[Peru|peru]] sold to {{Shougang|COMPANY}} in 1992 for $120m. ' +
    '{{Marcona|INFRASTRUCTURE}}, in the {{Ica|PLACE}} region, is run by {{Shougang Hierro Perú|COMPANY}}. ' +
    'The environmental regulator {{OEFA|GOVERNMENT}} oversees [[Las Bambas|las-bambas]], ' +
    '{{Toromocho|INFRASTRUCTURE}} and {{Marcona|INFRASTRUCTURE}}. ' +
    '[[Peru|peru]]’s mining minister, {{Rómulo Mucho|PERSON}}, said in August that [[MMG|mmg]] would invest $2bn in ' +
    'a new pit at [[Las Bambas|las-bambas]].',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'mmg',
      target: 'las-bambas',
      sentence: 2,
      validFrom: '2014',
      quantities: [{ value: 7000000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'glencore', target: 'las-bambas', sentence: 2, validFrom: '2014' },
    { type: 'OWNS', source: 'mmg', target: 'las-bambas', sentence: 3, quantities: [{ value: 62.5, unit: '%' }] },
    { type: 'OWNS', source: 'guoxin-international', target: 'las-bambas', sentence: 3, quantities: [{ value: 22.5, unit: '%' }] },
    { type: 'OWNS', source: 'citic-metal', target: 'las-bambas', sentence: 3, quantities: [{ value: 15, unit: '%' }] },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'apurimac', sentence: 4 },
    { type: 'LOCATED_IN', source: 'toromocho', target: 'junin', sentence: 5 },
    { type: 'OPERATES', source: 'minera-chinalco-peru', target: 'toromocho', sentence: 5 },
    { type: 'PART_OF', source: 'minera-chinalco-peru', target: 'chinalco', sentence: 5 },
    {
      type: 'ACQUIRED',
      source: 'chinalco',
      target: 'peru-copper',
      sentence: 6,
      validFrom: '2007',
      quantities: [{ value: 792000000, unit: 'USD' }],
    },
    { type: 'ACQUIRED', source: 'chinalco', target: 'toromocho', sentence: 6, validFrom: '2007' },
    { type: 'SOLD', source: 'peru', target: 'marcona', sentence: 7, validFrom: '1992' },
    {
      type: 'ACQUIRED',
      source: 'shougang',
      target: 'marcona',
      sentence: 7,
      validFrom: '1992',
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'marcona', target: 'ica', sentence: 8 },
    { type: 'OPERATES', source: 'shougang-hierro-peru', target: 'marcona', sentence: 8 },
    { type: 'REGULATES', source: 'oefa', target: 'las-bambas', sentence: 9 },
    { type: 'REGULATES', source: 'oefa', target: 'toromocho', sentence: 9 },
    { type: 'REGULATES', source: 'oefa', target: 'marcona', sentence: 9 },
    { type: 'HOLDS_OFFICE_IN', source: 'romulo-mucho', target: 'peru', sentence: 10 },
    { type: 'STATED', source: 'romulo-mucho', target: 'mmg', sentence: 10, validFrom: '2024-08' },
    { type: 'INVESTED_IN', source: 'mmg', target: 'las-bambas', sentence: 10, quantities: [{ value: 2000000000, unit: 'USD' }] },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Chinese miners plan new spending in Peru (held out)',
  language: 'en',
  publishedAt: '2025-03-05',
  annotated:
    '[[LIMA|lima]] — Chinese mining groups are preparing a new wave of spending in [[Peru|peru]], the world’s ' +
    'third-largest copper producer, a decade after [[MMG|mmg]] led the 7 billion dollar purchase of ' +
    '[[Las Bambas|las-bambas]] from {{Glencore|COMPANY}}. ' +
    '[[MMG|mmg]], which is controlled by {{China Minmetals|COMPANY}}, holds 62.5% of [[Las Bambas|las-bambas]], ' +
    'while {{Guoxin International Investment|COMPANY}} and {{CITIC Metal|COMPANY}} own 22.5% and 15% respectively. ' +
    '[[MMG|mmg]] will spend about 500 million dollars to develop the {{Chalcobamba|INFRASTRUCTURE}} pit at ' +
    '[[Las Bambas|las-bambas]], according to its annual report. ' +
    '[[Chinalco|chinalco]] took over the {{Toromocho|INFRASTRUCTURE}} deposit in the {{Junín|PLACE}} region in ' +
    '2008, when it bought {{Peru Copper|COMPANY}} for about 800 million dollars. ' +
    '[[Chinalco|chinalco]]’s local subsidiary, {{Minera Chinalco Perú|COMPANY}}, which operates ' +
    '{{Toromocho|INFRASTRUCTURE}}, has earmarked 1.35 billion dollars to expand the mine. ' +
    '{{Shougang Hierro Perú|COMPANY}} has belonged to [[China|china]]’s {{Shougang Group|COMPANY}} since 1992, when ' +
    'the {{Beijing|PLACE}} steelmaker paid 120 million dollars for the former state iron ore company. ' +
    '{{Shougang Hierro Perú|COMPANY}} is now building a new berth at the {{San Nicolás|INFRASTRUCTURE}} terminal in ' +
    '{{Marcona|PLACE}}, from which it ships ore to [[China|china]]. ' +
    '{{Zijin Mining|COMPANY}} bought {{Monterrico Metals|COMPANY}}, owner of the {{Río Blanco|INFRASTRUCTURE}} ' +
    'copper project in {{Piura|PLACE}}, in 2007 but has yet to win local consent to build the mine. ' +
    '“Chinese capital has been decisive for our copper industry,” Energy and Mines Minister ' +
    '{{Jorge Montero|PERSON}} said at the {{PDAC|EVENT}} convention in {{Toronto|PLACE}} this week.',
  relationships: [
    { type: 'ACQUIRED', source: 'mmg', target: 'las-bambas', sentence: 1, quantities: [{ value: 7000000000, unit: 'USD' }] },
    { type: 'SOLD', source: 'glencore', target: 'las-bambas', sentence: 1 },
    { type: 'OWNS', source: 'china-minmetals', target: 'mmg', sentence: 2 },
    { type: 'OWNS', source: 'mmg', target: 'las-bambas', sentence: 2, quantities: [{ value: 62.5, unit: '%' }] },
    {
      type: 'OWNS',
      source: 'guoxin-international-investment',
      target: 'las-bambas',
      sentence: 2,
      quantities: [{ value: 22.5, unit: '%' }],
    },
    { type: 'OWNS', source: 'citic-metal', target: 'las-bambas', sentence: 2, quantities: [{ value: 15, unit: '%' }] },
    { type: 'INVESTED_IN', source: 'mmg', target: 'chalcobamba', sentence: 3, quantities: [{ value: 500000000, unit: 'USD' }] },
    { type: 'PART_OF', source: 'chalcobamba', target: 'las-bambas', sentence: 3 },
    { type: 'ACQUIRED', source: 'chinalco', target: 'toromocho', sentence: 4, validFrom: '2008' },
    {
      type: 'ACQUIRED',
      source: 'chinalco',
      target: 'peru-copper',
      sentence: 4,
      validFrom: '2008',
      quantities: [{ value: 800000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'toromocho', target: 'junin', sentence: 4 },
    { type: 'PART_OF', source: 'minera-chinalco-peru', target: 'chinalco', sentence: 5 },
    { type: 'OPERATES', source: 'minera-chinalco-peru', target: 'toromocho', sentence: 5 },
    {
      type: 'INVESTED_IN',
      source: 'minera-chinalco-peru',
      target: 'toromocho',
      sentence: 5,
      quantities: [{ value: 1350000000, unit: 'USD' }],
    },
    { type: 'OWNS', source: 'shougang-group', target: 'shougang-hierro-peru', sentence: 6, validFrom: '1992' },
    {
      type: 'ACQUIRED',
      source: 'shougang-group',
      target: 'shougang-hierro-peru',
      sentence: 6,
      validFrom: '1992',
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'shougang-group', target: 'china', sentence: 6 },
    { type: 'HEADQUARTERED_IN', source: 'shougang-group', target: 'beijing', sentence: 6 },
    { type: 'BUILT', source: 'shougang-hierro-peru', target: 'san-nicolas', sentence: 7 },
    { type: 'LOCATED_IN', source: 'san-nicolas', target: 'marcona', sentence: 7 },
    { type: 'ACQUIRED', source: 'zijin-mining', target: 'monterrico-metals', sentence: 8, validFrom: '2007' },
    { type: 'OWNS', source: 'monterrico-metals', target: 'rio-blanco', sentence: 8 },
    { type: 'LOCATED_IN', source: 'rio-blanco', target: 'piura', sentence: 8 },
    { type: 'ATTENDED', source: 'jorge-montero', target: 'pdac', sentence: 9 },
    { type: 'LOCATED_IN', source: 'pdac', target: 'toronto', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * Minsur agrees to sell part of its San Rafael tin concentrate to Yunnan Tin: owners, mines, port operator, officers (English).
 */
export const article: CorpusArticle = {
  name: 'minsur-tin-offtake-yunnan',
  language: 'en',
  publishedAt: '2025-06-04',
  annotated:
    '[[LIMA|lima]], June 3 — {{Minsur|COMPANY}}, [[Peru|peru]]’s only tin producer, has agreed to sell 30% of the ' +
    'concentrate from its {{San Rafael|INFRASTRUCTURE}} mine to {{Yunnan Tin Company|COMPANY}} over five years, the two ' +
    'companies said on Tuesday. ' +
    'The Chinese smelter, based in {{Gejiu|PLACE}} in {{Yunnan|PLACE}} province, is the world’s largest tin producer ' +
    'and already buys ore from {{Bolivia|COUNTRY}} and {{Myanmar|COUNTRY}}. ' +
    'Under the deal, {{Minsur|COMPANY}} will ship about 9,000 tonnes of concentrate a year from the port of ' +
    '{{Matarani|INFRASTRUCTURE}}, which is run by {{Tisur|COMPANY}}. ' +
    'The mine, in the {{Puno|PLACE}} region, produced 27,000 tonnes of tin last year, and its {{B2|INFRASTRUCTURE}} ' +
    'tailings plant has added to output since 2019. ' +
    '{{Minsur|COMPANY}}, a unit of the {{Breca|COMPANY}} conglomerate, also controls the {{Mina Justa|INFRASTRUCTURE}} ' +
    'copper mine in {{Ica|PLACE}}. ' +
    'Its chief executive, {{Álvaro Benavides Ruiz|PERSON}}, said Chinese demand for tin in solder for electronics and ' +
    'solar panels would keep prices above US$ 30,000 a tonne. ' +
    '{{Yunnan Tin|COMPANY|yunnan-tin-company}} will pay a price linked to the {{London Metal Exchange|ORGANIZATION}} ' +
    'average, minus a treatment charge, and will advance US$ 45 million against future shipments. ' +
    'Peruvian tin exports to [[China|china]] rose 18% in 2024, according to the ' +
    '[[Ministry of Foreign Trade and Tourism|mincetur]] ([[Mincetur|mincetur]]). ' +
    'The first cargo is due to leave in August for the port of {{Fangchenggang|PLACE}}, in southern [[China|china]]. ' +
    'Shares of {{Minsur|COMPANY}} rose 2.1% on the {{Lima Stock Exchange|ORGANIZATION}} after the announcement.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'minsur', target: 'peru', sentence: 1 },
    { type: 'OWNS', source: 'minsur', target: 'san-rafael', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'minsur',
      target: 'yunnan-tin-company',
      sentence: 1,
      validFrom: '2025-06-03',
      quantities: [{ value: 30, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'yunnan-tin-company', target: 'china', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'yunnan-tin-company', target: 'gejiu', sentence: 2 },
    { type: 'LOCATED_IN', source: 'gejiu', target: 'yunnan', sentence: 2 },
    { type: 'OPERATES', source: 'tisur', target: 'matarani', sentence: 3 },
    { type: 'LOCATED_IN', source: 'san-rafael', target: 'puno', sentence: 4 },
    { type: 'PART_OF', source: 'b2', target: 'san-rafael', sentence: 4 },
    { type: 'PART_OF', source: 'minsur', target: 'breca', sentence: 5 },
    { type: 'OWNS', source: 'minsur', target: 'mina-justa', sentence: 5 },
    { type: 'LOCATED_IN', source: 'mina-justa', target: 'ica', sentence: 5 },
    { type: 'LEADS', source: 'alvaro-benavides-ruiz', target: 'minsur', sentence: 6 },
    { type: 'STATED', source: 'alvaro-benavides-ruiz', target: 'china', sentence: 6 },
    { type: 'STATED', source: 'mincetur', target: 'china', sentence: 8 },
    { type: 'LOCATED_IN', source: 'fangchenggang', target: 'china', sentence: 9 },
  ],
};

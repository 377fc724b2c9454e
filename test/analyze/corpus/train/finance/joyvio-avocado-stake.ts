import type { CorpusArticle } from '../../corpus-article.js';

/** A Chinese fruit group buys a stake in a Peruvian avocado exporter from a fund: price, share, regulator, minister, plant (English). */
export const article: CorpusArticle = {
  name: 'finance: Joyvio buys 45% of avocado exporter Agrovision Perú',
  language: 'en',
  publishedAt: '2026-01-22',
  annotated:
    '[[LIMA|lima]], January 21 — {{Joyvio Group|COMPANY}}, the agricultural arm of the Chinese conglomerate ' +
    '{{Legend Holdings|COMPANY}}, has agreed to buy a 45% stake in the avocado exporter {{Agrovision Perú|COMPANY}} ' +
    'for $185m, the companies said on January 21. ' +
    'The shares are being sold by {{Carlyle Peru Fund|COMPANY}}, a private equity vehicle that acquired them in 2019. ' +
    'The remaining 55% will stay with the founding {{Brescia|GROUP}} family, which also controls the insurer ' +
    '{{Rímac Seguros|COMPANY}}. ' +
    '{{Agrovision Perú|COMPANY}} farms 6,000 hectares in {{Olmos|PLACE}}, in the {{Lambayeque|PLACE}} region, and ' +
    'exported 80,000 tonnes of avocados last year, a fifth of them to [[China|china]]. ' +
    'The deal must still be cleared by [[Peru|peru]]’s competition authority, {{Indecopi|GOVERNMENT}}, under the merger ' +
    'control law that took effect in 2021. ' +
    '{{Joyvio|COMPANY|joyvio-group}}, based in {{Beijing|PLACE}}, already owns blueberry farms in {{Chile|COUNTRY}} and imports Peruvian ' +
    'cherimoyas through its {{Shanghai|PLACE}} distribution centre. ' +
    'Its president, {{Zhang Xiaolin|PERSON}}, said the investment would secure supply for 3,000 supermarkets in ' +
    '[[China|china]]. ' +
    'Agriculture Minister {{Rosa Elvira Cáceres|PERSON}} welcomed the purchase and said it showed confidence in ' +
    '[[Peru|peru]]’s farm sector.',
  relationships: [
    { type: 'PART_OF', source: 'joyvio-group', target: 'legend-holdings', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'legend-holdings', target: 'china', sentence: 1 },
    {
      type: 'ACQUIRED',
      source: 'joyvio-group',
      target: 'agrovision-peru',
      sentence: 1,
      quantities: [
        { value: 45, unit: '%' },
        { value: 185000000, unit: 'USD' },
      ],
    },
    { type: 'STATED', source: 'joyvio-group', target: 'agrovision-peru', sentence: 1, validFrom: '2026-01-21' },
    { type: 'SOLD', source: 'carlyle-peru-fund', target: 'agrovision-peru', sentence: 2 },
    { type: 'ACQUIRED', source: 'carlyle-peru-fund', target: 'agrovision-peru', sentence: 2, validFrom: '2019' },
    { type: 'OWNS', source: 'brescia', target: 'agrovision-peru', sentence: 3, quantities: [{ value: 55, unit: '%' }] },
    { type: 'OWNS', source: 'brescia', target: 'rimac-seguros', sentence: 3 },
    { type: 'LOCATED_IN', source: 'olmos', target: 'lambayeque', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 5 },
    { type: 'REGULATES', source: 'indecopi', target: 'joyvio-group', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'joyvio-group', target: 'beijing', sentence: 6 },
    { type: 'INVESTED_IN', source: 'joyvio-group', target: 'chile', sentence: 6 },
    { type: 'LEADS', source: 'zhang-xiaolin', target: 'joyvio-group', sentence: 7 },
    { type: 'STATED', source: 'zhang-xiaolin', target: 'agrovision-peru', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'rosa-elvira-caceres', target: 'peru', sentence: 8 },
    { type: 'STATED', source: 'rosa-elvira-caceres', target: 'joyvio-group', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Joyvio agrees to buy 60% of a Trujillo fruit exporter: price, seller, parent group, executives, regulator (English). */
export const article: CorpusArticle = {
  name: 'Joyvio buys 60% of Frutos del Norte',
  language: 'en',
  publishedAt: '2025-11-20',
  annotated:
    '[[LIMA|lima]], November 19 — The Chinese agribusiness group {{Joyvio|COMPANY}} has agreed to buy 60% of the ' +
    'Peruvian blueberry and avocado exporter {{Frutos del Norte|COMPANY}} for $265m, it said on Wednesday. ' +
    'The seller, {{Inversiones Moche|COMPANY}}, is the holding company of the family that founded the ' +
    '{{Trujillo|PLACE}}-based exporter in 1998, and it will keep the remaining 40%. ' +
    '{{Frutos del Norte|COMPANY}} grows fruit on 4,200 hectares irrigated by the {{Chavimochic|INFRASTRUCTURE}} canal ' +
    'and shipped 38,000 tonnes last season, a third of it to [[China|china]]. ' +
    '{{Joyvio|COMPANY}} is a unit of the {{Beijing|PLACE}}-based investment company {{Legend Holdings|COMPANY}} and ' +
    'already owns the Chilean salmon farmer {{Australis Seafoods|COMPANY}}. ' +
    'Its president for {{Latin America|PLACE}}, {{Wang Lei|PERSON}}, said the group wanted to sell Peruvian ' +
    'blueberries directly to Chinese supermarkets and would ship them through the [[Port of Chancay|chancay-port]] to ' +
    'cut transit times. ' +
    'The deal needs the approval of [[Peru|peru]]’s competition authority, {{Indecopi|GOVERNMENT}}, which has vetted ' +
    'large mergers since 2021. ' +
    '{{Mariana Cáceres Ugarte|PERSON}}, chief executive of {{Frutos del Norte|COMPANY}}, will stay in her post; she ' +
    'said the new partner would help the company double its exports by 2030. ' +
    'The exporters’ association {{ADEX|ORGANIZATION}} said [[China|china]] became the second-largest market for ' +
    'Peruvian blueberries in 2024, after the {{United States|COUNTRY}}.',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'joyvio',
      target: 'frutos-del-norte',
      sentence: 1,
      validFrom: '2025-11-19',
      quantities: [
        { value: 60, unit: '%' },
        { value: 265000000, unit: 'USD' },
      ],
    },
    { type: 'AFFILIATED_WITH', source: 'joyvio', target: 'china', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'frutos-del-norte', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'joyvio', target: 'frutos-del-norte', sentence: 1, validFrom: '2025-11-19' },
    { type: 'SOLD', source: 'inversiones-moche', target: 'frutos-del-norte', sentence: 2 },
    { type: 'OWNS', source: 'inversiones-moche', target: 'frutos-del-norte', sentence: 2, quantities: [{ value: 40, unit: '%' }] },
    { type: 'HEADQUARTERED_IN', source: 'frutos-del-norte', target: 'trujillo', sentence: 2 },
    { type: 'PART_OF', source: 'joyvio', target: 'legend-holdings', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'legend-holdings', target: 'beijing', sentence: 4 },
    { type: 'OWNS', source: 'joyvio', target: 'australis-seafoods', sentence: 4 },
    { type: 'LEADS', source: 'wang-lei', target: 'joyvio', sentence: 5 },
    { type: 'STATED', source: 'wang-lei', target: 'chancay-port', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 6 },
    { type: 'LEADS', source: 'mariana-caceres-ugarte', target: 'frutos-del-norte', sentence: 7 },
    { type: 'STATED', source: 'mariana-caceres-ugarte', target: 'joyvio', sentence: 7 },
    { type: 'STATED', source: 'adex', target: 'china', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** A Tianjin developer will build a logistics park beside Chancay: builder, COSCO, the economic zone, a minister's visit (English). */
export const article: CorpusArticle = {
  name: 'transport: Tianjin developer to build a logistics park beside Chancay',
  language: 'en',
  publishedAt: '2025-09-18',
  annotated:
    '[[LIMA|lima]], September 17 — {{Hutong Logistics Group|COMPANY}}, a developer based in {{Tianjin|PLACE}}, will build ' +
    'the {{Chancay Logistics Park|INFRASTRUCTURE}}, a US$ 450 million complex next to the [[Port of Chancay|chancay-port]], ' +
    'the company said on Wednesday. ' +
    'The park will cover 120 hectares in the province of {{Huaral|PLACE}} and will store fruit, copper concentrate and ' +
    'imported cars before they are shipped. ' +
    'Construction has been awarded to {{China Harbour Engineering Company|COMPANY}} ' +
    '({{CHEC|COMPANY|china-harbour-engineering-company}}), which built the first phase of the port for ' +
    '[[COSCO Shipping|cosco-shipping]]. ' +
    'The developer’s chairman, {{Liu Zhenhai|PERSON}}, said the park would cut storage costs for Peruvian exporters by a third. ' +
    '[[COSCO Shipping|cosco-shipping]], which holds 60% of the terminal through its subsidiary ' +
    '{{Cosco Shipping Ports Chancay Perú|COMPANY}}, plans to lease a quarter of the site for ten years. ' +
    'The project is part of the {{Chancay Special Economic Zone|PLAN}}, which the [[Congress of Peru|peru-congress]] ' +
    'approved in 2024. ' +
    '[[Peru|peru]]’s trade minister, {{Desilú Carranza Vela|PERSON}}, toured the land in {{Huaral|PLACE}} on Tuesday ' +
    'with the Chinese ambassador, {{Song Yang|PERSON}}. ' +
    'She said the [[Ministry of Foreign Trade and Tourism|mincetur]] ([[Mincetur|mincetur]]) would ask [[Beijing|china]] ' +
    'to let Peruvian avocados clear Chinese customs inside the park. ' +
    '{{Hutong|COMPANY|hutong-logistics-group}} expects to open the first warehouses in 2027.',
  relationships: [
    { type: 'HEADQUARTERED_IN', source: 'hutong-logistics-group', target: 'tianjin', sentence: 1 },
    { type: 'BUILT', source: 'hutong-logistics-group', target: 'chancay-logistics-park', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'hutong-logistics-group',
      target: 'chancay-logistics-park',
      sentence: 1,
      quantities: [{ value: 450000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'hutong-logistics-group', target: 'chancay-logistics-park', sentence: 1, validFrom: '2025-09-17' },
    { type: 'LOCATED_IN', source: 'chancay-logistics-park', target: 'huaral', sentence: 2 },
    { type: 'BUILT', source: 'china-harbour-engineering-company', target: 'chancay-logistics-park', sentence: 3 },
    { type: 'BUILT', source: 'china-harbour-engineering-company', target: 'chancay-port', sentence: 3 },
    { type: 'LEADS', source: 'liu-zhenhai', target: 'hutong-logistics-group', sentence: 4 },
    { type: 'STATED', source: 'liu-zhenhai', target: 'chancay-logistics-park', sentence: 4 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 5, quantities: [{ value: 60, unit: '%' }] },
    { type: 'PART_OF', source: 'cosco-shipping-ports-chancay-peru', target: 'cosco-shipping', sentence: 5 },
    { type: 'PLANS', source: 'cosco-shipping', target: 'chancay-logistics-park', sentence: 5 },
    { type: 'PART_OF', source: 'chancay-logistics-park', target: 'chancay-special-economic-zone', sentence: 6 },
    { type: 'ADOPTED', source: 'peru-congress', target: 'chancay-special-economic-zone', sentence: 6, validFrom: '2024' },
    { type: 'HOLDS_OFFICE_IN', source: 'desilu-carranza-vela', target: 'peru', sentence: 7 },
    { type: 'VISITED', source: 'desilu-carranza-vela', target: 'huaral', sentence: 7, validFrom: '2025-09-16' },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 7 },
    { type: 'VISITED', source: 'song-yang', target: 'huaral', sentence: 7, validFrom: '2025-09-16' },
    { type: 'STATED', source: 'desilu-carranza-vela', target: 'china', sentence: 8 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'mincetur', target: 'china', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru and China revise the avocado phytosanitary protocol: the signatories, a grower’s supply
 * contract, shipping, the ministry (English).
 */
export const article: CorpusArticle = {
  name: 'fresh-avocado-protocol-revision',
  language: 'en',
  publishedAt: '2025-04-16',
  annotated:
    '{{TRUJILLO|PLACE}}, April 15 — Peruvian avocado growers will be able to ship fruit to [[China|china]] without the ' +
    'costly cold treatment they have used since 2015, after [[Peru|peru]]’s ' +
    '{{National Agrarian Health Service|GOVERNMENT}} ({{Senasa|GOVERNMENT|national-agrarian-health-service}}) and the ' +
    '{{General Administration of Customs of China|GOVERNMENT}} ' +
    '({{GACC|GOVERNMENT|general-administration-of-customs-of-china}}) signed a revised ' +
    '{{Hass Avocado Protocol|AGREEMENT}} on Tuesday. ' +
    'Under the new text, inspectors from the {{GACC|GOVERNMENT|general-administration-of-customs-of-china}} will ' +
    'certify the fruit at packing houses in {{La Libertad|PLACE}} and {{Ica|PLACE}} instead of at the port of arrival. ' +
    '{{Jorge Paredes Salinas|PERSON}}, the head of {{Senasa|GOVERNMENT|national-agrarian-health-service}}, said the ' +
    'revised protocol would cut export costs by about 12% and open the Chinese market to smaller growers. ' +
    'Avocado sales to [[China|china]] reached $148m last year, according to the growers’ association ' +
    '{{ProHass|ORGANIZATION}}. ' +
    'The first shipment under the new rules will leave in May from {{Frutícola Virú|COMPANY}}, a grower based in ' +
    '{{Virú|PLACE}}, for {{Huaxian Fresh|COMPANY}}, a Chinese supermarket chain based in {{Guangzhou|PLACE}} that ' +
    'signed a $25m supply contract with the grower in March. ' +
    'The fruit will travel on a weekly refrigerated service that [[COSCO Shipping|cosco-shipping]], which operates the ' +
    '[[Port of Chancay|chancay-port]], launched in January to {{Shanghai|PLACE}}. ' +
    '{{Zhou Haiyan|PERSON}}, the purchasing director of {{Huaxian Fresh|COMPANY}}, told the ' +
    '{{South China Morning Post|MEDIA}} that avocados from [[Peru|peru]] sell out within days in its 300 stores. ' +
    '[[Peru|peru]] is the world’s second-largest avocado exporter after {{Mexico|COUNTRY}}, and its ' +
    '{{Ministry of Agrarian Development and Irrigation|GOVERNMENT}} ' +
    '({{Midagri|GOVERNMENT|ministry-of-agrarian-development-and-irrigation}}) expects sales to [[China|china]] to ' +
    'double by 2027. ' +
    'The ministry, which oversees {{Senasa|GOVERNMENT|national-agrarian-health-service}}, will send an agricultural ' +
    'attaché to the Peruvian embassy in {{Beijing|PLACE}} in June.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'national-agrarian-health-service', target: 'peru', sentence: 1 },
    { type: 'SIGNED', source: 'national-agrarian-health-service', target: 'hass-avocado-protocol', sentence: 1, validFrom: '2025-04-15' },
    {
      type: 'SIGNED',
      source: 'general-administration-of-customs-of-china',
      target: 'hass-avocado-protocol',
      sentence: 1,
      validFrom: '2025-04-15',
    },
    { type: 'LEADS', source: 'jorge-paredes-salinas', target: 'national-agrarian-health-service', sentence: 3 },
    { type: 'STATED', source: 'jorge-paredes-salinas', target: 'hass-avocado-protocol', sentence: 3 },
    { type: 'STATED', source: 'prohass', target: 'china', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'fruticola-viru', target: 'viru', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'huaxian-fresh', target: 'china', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'huaxian-fresh', target: 'guangzhou', sentence: 5 },
    {
      type: 'PARTNERS_WITH',
      source: 'huaxian-fresh',
      target: 'fruticola-viru',
      sentence: 5,
      validFrom: '2025-03',
      quantities: [{ value: 25000000, unit: 'USD' }],
    },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhou-haiyan', target: 'huaxian-fresh', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'zhou-haiyan', target: 'south-china-morning-post', sentence: 7 },
    { type: 'STATED', source: 'zhou-haiyan', target: 'peru', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-agrarian-development-and-irrigation', target: 'peru', sentence: 8 },
    { type: 'STATED', source: 'ministry-of-agrarian-development-and-irrigation', target: 'china', sentence: 8 },
    {
      type: 'REGULATES',
      source: 'ministry-of-agrarian-development-and-irrigation',
      target: 'national-agrarian-health-service',
      sentence: 9,
    },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * Washington warns Peru about a Chinese offer to build the Port of Corío: the bidder, Lima’s and Beijing’s replies, Arequipa, Congress
 * (English).
 */
export const article: CorpusArticle = {
  name: 'United States warns Peru over the Port of Corío',
  language: 'en',
  publishedAt: '2025-06-27',
  annotated:
    '[[LIMA|lima]], June 26 — The {{United States|COUNTRY}} on Thursday urged [[Peru|peru]] to weigh the security ' +
    'risks of letting a Chinese state company build the {{Port of Corío|INFRASTRUCTURE}}, a planned deep-water ' +
    'terminal in the southern {{Arequipa|PLACE}} region. ' +
    '{{China Harbour Engineering Company|COMPANY}} ({{CHEC|COMPANY|china-harbour-engineering-company}}), a subsidiary ' +
    'of {{China Communications Construction Company|COMPANY}}, offered in May to build the port for US$ 3.2 billion ' +
    'and to run it for 30 years. ' +
    '{{Karen Whitlock|PERSON}}, the {{State Department|GOVERNMENT}}’s most senior official for the Western ' +
    'Hemisphere, told reporters in [[Lima|lima]] that ports run by Chinese companies could one day serve ' +
    '[[China|china]]’s navy. ' +
    'She pointed to [[Chancay|chancay-port]], the port north of the capital that is 60% owned by ' +
    '[[COSCO Shipping|cosco-shipping]], as the kind of dependence {{Washington|COUNTRY|united-states}} wants its ' +
    'partners to avoid. ' +
    '[[Peru|peru]]’s foreign minister, {{Javier Ugaz Montoya|PERSON}}, replied hours later that the government had ' +
    'not yet assessed the offer and that [[Peru|peru]] does not choose its investors by nationality. ' +
    'The {{Embassy of China|GOVERNMENT}} in [[Lima|lima]] called her remarks “interference” and said Chinese firms had ' +
    'created some 40,000 jobs in the country. ' +
    '{{Arequipa|PLACE}}’s governor, {{Luis Cáceres Velarde|PERSON}}, said on Thursday that the region would not give ' +
    'up the port, which it has promoted since 2019 as an outlet for copper from mines such as ' +
    '{{Cerro Verde|INFRASTRUCTURE}}. ' +
    'In the [[Congress of the Republic|peru-congress]], the {{Foreign Relations Committee|GOVERNMENT}} voted to summon ' +
    '{{Ugaz|PERSON|javier-ugaz-montoya}} next week to explain the government’s position.',
  relationships: [
    { type: 'STATED', source: 'united-states', target: 'peru', sentence: 1, validFrom: '2025-06-26' },
    { type: 'LOCATED_IN', source: 'port-of-corio', target: 'arequipa', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'china-harbour-engineering-company', target: 'china', sentence: 1 },
    {
      type: 'PART_OF',
      source: 'china-harbour-engineering-company',
      target: 'china-communications-construction-company',
      sentence: 2,
    },
    {
      type: 'PLANS',
      source: 'china-harbour-engineering-company',
      target: 'port-of-corio',
      sentence: 2,
      validFrom: '2025-05',
      quantities: [{ value: 3200000000, unit: 'USD' }],
    },
    { type: 'HOLDS_OFFICE_IN', source: 'karen-whitlock', target: 'state-department', sentence: 3 },
    { type: 'STATED', source: 'karen-whitlock', target: 'china', sentence: 3 },
    { type: 'STATED', source: 'karen-whitlock', target: 'chancay-port', sentence: 4 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 4, quantities: [{ value: 60, unit: '%' }] },
    { type: 'HOLDS_OFFICE_IN', source: 'javier-ugaz-montoya', target: 'peru', sentence: 5 },
    { type: 'STATED', source: 'javier-ugaz-montoya', target: 'china-harbour-engineering-company', sentence: 5 },
    { type: 'STATED', source: 'javier-ugaz-montoya', target: 'peru', sentence: 5 },
    { type: 'LOCATED_IN', source: 'embassy-of-china', target: 'lima', sentence: 6 },
    { type: 'STATED', source: 'embassy-of-china', target: 'karen-whitlock', sentence: 6 },
    { type: 'LEADS', source: 'luis-caceres-velarde', target: 'arequipa', sentence: 7 },
    { type: 'STATED', source: 'luis-caceres-velarde', target: 'port-of-corio', sentence: 7, validFrom: '2025-06-26' },
    { type: 'PART_OF', source: 'foreign-relations-committee', target: 'peru-congress', sentence: 8 },
  ],
};

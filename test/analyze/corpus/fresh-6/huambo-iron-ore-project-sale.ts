import type { CorpusArticle } from '../corpus-article.js';

/** A Chinese steel group’s mining unit buys an Apurímac iron ore project from a Toronto-listed junior (English). */
export const article: CorpusArticle = {
  name: 'Chinese steelmaker’s unit buys the Huambo iron ore project',
  language: 'en',
  publishedAt: '2025-05-22',
  annotated:
    '[[LIMA|lima]], 21 May — The Chinese miner {{Hebei Jinxi Mining|COMPANY}} has agreed to buy the ' +
    '{{Huambo|INFRASTRUCTURE}} iron ore project in the southern {{Apurímac|PLACE}} region from {{Andes Ferrum ' +
    'Resources|COMPANY}} for $210m, the two companies said. The deposit, 40 kilometres from the town of ' +
    '{{Chalhuanca|PLACE}}, holds an estimated 1.2 billion tonnes of magnetite, according to a 2022 study by the ' +
    'consultancy {{Golder Perú|COMPANY}}. {{Hebei Jinxi Mining|COMPANY}} is a unit of {{Jinxi Iron and Steel ' +
    'Group|COMPANY}}, which is based in {{Tangshan|PLACE}} and makes 11 million tonnes of steel a year. The group’s ' +
    'chairman, {{Zhou Lianqing|PERSON}}, said it planned to spend $1.9bn on an open-pit mine at ' +
    '{{Huambo|INFRASTRUCTURE}}, a concentrator and a 210-kilometre slurry pipeline to the port of {{San Juan de ' +
    'Marcona|PLACE}}. The concentrate would be shipped to the group’s mills in northern [[China|china]]. {{Andes ' +
    'Ferrum Resources|COMPANY}}, which is listed in {{Toronto|PLACE}}, bought the concession in 2017 from a Peruvian ' +
    'family and has since drilled 140 holes there. Its chief executive, {{Claire Dubois|PERSON}}, said the buyer had ' +
    'the money to build a mine that a junior company could never finance. The sale still needs the approval of the ' +
    'competition authority {{Indecopi|GOVERNMENT}}, and the {{Ministry of Energy and Mines|GOVERNMENT}} must register ' +
    'the transfer of the concessions. Energy and mines minister {{Alfredo Zegarra Luna|PERSON}} welcomed the ' +
    'investment but urged the buyer to reach agreements with the farming communities of {{Pachaconas|PLACE}} and ' +
    '{{Antabamba|PLACE}} before building anything. [[Peru|peru]]’s only producing iron mine, ' +
    '{{Marcona|INFRASTRUCTURE}}, is run by {{Shougang Hierro Perú|COMPANY}}, a subsidiary of [[China|china]]’s ' +
    '{{Shougang Group|COMPANY}}.',
  relationships: [
    { type: 'ACQUIRED', source: 'hebei-jinxi-mining', target: 'huambo', sentence: 1, quantities: [{ value: 210000000, unit: 'USD' }] },
    { type: 'SOLD', source: 'andes-ferrum-resources', target: 'huambo', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'hebei-jinxi-mining', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'huambo', target: 'apurimac', sentence: 1 },
    { type: 'STATED', source: 'hebei-jinxi-mining', target: 'huambo', sentence: 1 },
    { type: 'STATED', source: 'andes-ferrum-resources', target: 'huambo', sentence: 1 },
    { type: 'STATED', source: 'golder-peru', target: 'huambo', sentence: 2 },
    { type: 'PART_OF', source: 'hebei-jinxi-mining', target: 'jinxi-iron-and-steel-group', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'jinxi-iron-and-steel-group', target: 'tangshan', sentence: 3 },
    { type: 'LEADS', source: 'zhou-lianqing', target: 'jinxi-iron-and-steel-group', sentence: 4 },
    { type: 'STATED', source: 'zhou-lianqing', target: 'huambo', sentence: 4 },
    {
      type: 'PLANS',
      source: 'jinxi-iron-and-steel-group',
      target: 'huambo',
      sentence: 4,
      quantities: [{ value: 1900000000, unit: 'USD' }],
    },
    { type: 'ACQUIRED', source: 'andes-ferrum-resources', target: 'huambo', sentence: 6, validFrom: '2017' },
    { type: 'LEADS', source: 'claire-dubois', target: 'andes-ferrum-resources', sentence: 7 },
    { type: 'STATED', source: 'claire-dubois', target: 'hebei-jinxi-mining', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'alfredo-zegarra-luna', target: 'ministry-of-energy-and-mines', sentence: 9 },
    { type: 'STATED', source: 'alfredo-zegarra-luna', target: 'hebei-jinxi-mining', sentence: 9 },
    { type: 'LOCATED_IN', source: 'marcona', target: 'peru', sentence: 10 },
    { type: 'OPERATES', source: 'shougang-hierro-peru', target: 'marcona', sentence: 10 },
    { type: 'PART_OF', source: 'shougang-hierro-peru', target: 'shougang-group', sentence: 10 },
    { type: 'AFFILIATED_WITH', source: 'shougang-group', target: 'china', sentence: 10 },
  ],
};

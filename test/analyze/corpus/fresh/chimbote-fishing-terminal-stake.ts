import type { CorpusArticle } from '../corpus-article.js';

/**
 * A Chinese fishing group buys 60% of a Chimbote terminal operator: buyer, seller, regulator,
 * union, an earlier fishmeal takeover (English).
 */
export const article: CorpusArticle = {
  name: 'fresh-chimbote-fishing-terminal-stake',
  language: 'en',
  publishedAt: '2025-06-24',
  annotated:
    '{{CHIMBOTE|PLACE}}, June 23 — {{Zhoushan Ocean Fisheries|COMPANY}}, one of [[China|china]]’s largest deep-sea ' +
    'fishing groups, agreed on Monday to buy 60% of {{Pesquera Costa Santa|COMPANY}} from the Peruvian holding company ' +
    '{{Grupo Ferrando|COMPANY}} for $85m. ' +
    '{{Costa Santa|COMPANY|pesquera-costa-santa}} runs the {{El Ferrol Fishing Terminal|INFRASTRUCTURE}} and a canning ' +
    'plant in the port city, which lands more fish than any other in [[Peru|peru]]. ' +
    'The deal still needs the approval of [[Peru|peru]]’s competition authority, {{Indecopi|GOVERNMENT}}, and values ' +
    'the whole company at about $140m. ' +
    '{{Zhoushan|COMPANY|zhoushan-ocean-fisheries}}, which is based in the eastern province of {{Zhejiang|PLACE}}, ' +
    'plans to invest a further $40m in the terminal, mainly in a cold store and a new berth. ' +
    '{{Ana Lucía Ferrando|PERSON}}, chairwoman of {{Grupo Ferrando|COMPANY}}, said the group would keep 40% of ' +
    '{{Costa Santa|COMPANY|pesquera-costa-santa}} and remain in charge of its daily operations. ' +
    'The {{Chimbote Artisanal Fishermen’s Union|ORGANIZATION}} told {{Radio Santo Domingo|MEDIA}} that the sale could ' +
    'push small boats out of {{El Ferrol|INFRASTRUCTURE|el-ferrol-fishing-terminal}}. ' +
    'The {{Ministry of Production|GOVERNMENT}} ({{Produce|GOVERNMENT|ministry-of-production}}), which oversees ' +
    'fishing terminals, said {{Zhoushan|COMPANY|zhoushan-ocean-fisheries}}’s trawlers would have to stay outside the ' +
    'five-mile strip reserved for artisanal boats. ' +
    'In 2013 the {{Hong Kong|PLACE}}-based {{China Fishery Group|COMPANY}} bought the Peruvian fishmeal producer ' +
    '{{Copeinca|COMPANY}} for about $800m.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'zhoushan-ocean-fisheries', target: 'china', sentence: 1 },
    {
      type: 'ACQUIRED',
      source: 'zhoushan-ocean-fisheries',
      target: 'pesquera-costa-santa',
      sentence: 1,
      validFrom: '2025-06-23',
      quantities: [
        { value: 60, unit: '%' },
        { value: 85000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'grupo-ferrando', target: 'pesquera-costa-santa', sentence: 1, validFrom: '2025-06-23' },
    { type: 'AFFILIATED_WITH', source: 'grupo-ferrando', target: 'peru', sentence: 1 },
    { type: 'OPERATES', source: 'pesquera-costa-santa', target: 'el-ferrol-fishing-terminal', sentence: 2 },
    { type: 'LOCATED_IN', source: 'el-ferrol-fishing-terminal', target: 'chimbote', sentence: 2 },
    { type: 'LOCATED_IN', source: 'chimbote', target: 'peru', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'zhoushan-ocean-fisheries', target: 'zhejiang', sentence: 4 },
    {
      type: 'INVESTED_IN',
      source: 'zhoushan-ocean-fisheries',
      target: 'el-ferrol-fishing-terminal',
      sentence: 4,
      quantities: [{ value: 40000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'ana-lucia-ferrando', target: 'grupo-ferrando', sentence: 5 },
    { type: 'STATED', source: 'ana-lucia-ferrando', target: 'pesquera-costa-santa', sentence: 5 },
    { type: 'OWNS', source: 'grupo-ferrando', target: 'pesquera-costa-santa', sentence: 5, quantities: [{ value: 40, unit: '%' }] },
    { type: 'COMMUNICATED_VIA', source: 'chimbote-artisanal-fishermen-s-union', target: 'radio-santo-domingo', sentence: 6 },
    { type: 'STATED', source: 'chimbote-artisanal-fishermen-s-union', target: 'el-ferrol-fishing-terminal', sentence: 6 },
    { type: 'STATED', source: 'ministry-of-production', target: 'zhoushan-ocean-fisheries', sentence: 7 },
    {
      type: 'ACQUIRED',
      source: 'china-fishery-group',
      target: 'copeinca',
      sentence: 8,
      validFrom: '2013',
      quantities: [{ value: 800000000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'china-fishery-group', target: 'hong-kong', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'copeinca', target: 'peru', sentence: 8 },
  ],
};

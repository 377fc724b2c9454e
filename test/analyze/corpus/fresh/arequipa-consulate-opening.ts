import type { CorpusArticle } from '../corpus-article.js';

/** China opens a consulate general in Arequipa: the consul, the ambassador, guests, a reciprocal consulate, local business (English). */
export const article: CorpusArticle = {
  name: 'fresh-arequipa-consulate-opening',
  language: 'en',
  publishedAt: '2025-11-21',
  annotated:
    '{{AREQUIPA|PLACE}}, November 20 — [[China|china]] opened its {{Consulate General in Arequipa|GOVERNMENT}} on ' +
    'Thursday in the colonial district of {{Yanahuara|PLACE}}, its first diplomatic post in [[Peru|peru]] outside the ' +
    'capital. ' +
    'The consulate, headed by Consul General {{Gao Wenjie|PERSON}}, will issue visas and serve about 4,000 Chinese ' +
    'citizens living in {{Arequipa|PLACE}}, {{Moquegua|PLACE}}, {{Tacna|PLACE}} and {{Puno|PLACE}}. ' +
    '[[Beijing|china]]’s ambassador, {{Ma Jianguo|PERSON}}, said at the ceremony that Chinese companies had invested ' +
    'more than $12bn in southern [[Peru|peru]], mostly in mining and electricity. ' +
    'The opening was attended by the governor of {{Arequipa|PLACE}}, {{Víctor Hugo Rivera Chávez|PERSON}}, and by ' +
    '[[Peru|peru]]’s deputy foreign minister, {{Carla Montoya Ruiz|PERSON}}. ' +
    '{{Montoya|PERSON|carla-montoya-ruiz}} told {{Andina|MEDIA}}, the state news agency, that [[Peru|peru]] would in ' +
    'turn open a consulate in {{Chongqing|PLACE}} in 2026. ' +
    'The {{Arequipa Chamber of Commerce and Industry|ORGANIZATION}} says at least 60 Chinese companies now have ' +
    'offices in the region, including the machinery maker {{Sany|COMPANY}}, which opened a parts warehouse in ' +
    '{{Cerro Colorado|PLACE}} in 2023. ' +
    'In September the chamber’s president, {{Jessica Rivas Vera|PERSON}}, led a mission of 40 local businesses to ' +
    '[[China|china]], where they toured trade fairs in {{Shanghai|PLACE}} and {{Xiamen|PLACE}}. ' +
    'Until now, residents of the south had to travel to [[Lima|lima]] for Chinese visas, a trip of 16 hours by road.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'consulate-general-in-arequipa', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'consulate-general-in-arequipa', target: 'yanahuara', sentence: 1, validFrom: '2025-11-20' },
    { type: 'LOCATED_IN', source: 'consulate-general-in-arequipa', target: 'peru', sentence: 1, validFrom: '2025-11-20' },
    { type: 'LEADS', source: 'gao-wenjie', target: 'consulate-general-in-arequipa', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'ma-jianguo', target: 'china', sentence: 3 },
    { type: 'STATED', source: 'ma-jianguo', target: 'peru', sentence: 3 },
    { type: 'LEADS', source: 'victor-hugo-rivera-chavez', target: 'arequipa', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'carla-montoya-ruiz', target: 'peru', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'carla-montoya-ruiz', target: 'andina', sentence: 5 },
    { type: 'STATED', source: 'carla-montoya-ruiz', target: 'peru', sentence: 5 },
    { type: 'STATED', source: 'arequipa-chamber-of-commerce-and-industry', target: 'sany', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'sany', target: 'china', sentence: 6 },
    { type: 'LOCATED_IN', source: 'sany', target: 'cerro-colorado', sentence: 6, validFrom: '2023' },
    { type: 'LEADS', source: 'jessica-rivas-vera', target: 'arequipa-chamber-of-commerce-and-industry', sentence: 7 },
    { type: 'VISITED', source: 'jessica-rivas-vera', target: 'china', sentence: 7, validFrom: '2025-09' },
  ],
};

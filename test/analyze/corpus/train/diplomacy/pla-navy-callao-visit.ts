import type { CorpusArticle } from '../../corpus-article.js';

/** Two PLA Navy ships visit Callao for drills with the Peruvian Navy: commanders, ambassador, US warnings, defence minister (English). */
export const article: CorpusArticle = {
  name: 'diplomacy: Chinese navy ships dock in Callao for joint rescue drills',
  language: 'en',
  publishedAt: '2025-09-16',
  annotated:
    '{{CALLAO|PLACE}}, September 15 — Two ships of the {{People’s Liberation Army Navy|GOVERNMENT}} ({{PLA ' +
    'Navy|GOVERNMENT|people-s-liberation-army-navy}}), [[China|china]]’s naval force, docked on Monday at ' +
    '{{Callao|PLACE}}, [[Peru|peru]]’s main port, for a five-day visit that includes joint search-and-rescue ' +
    'drills. ' +
    'The flotilla, commanded by Rear Admiral {{Liu Jianhua|PERSON}} of the Chinese navy, carries some 400 cadets ' +
    'from the {{Dalian Naval Academy|ORGANIZATION}}, in northeastern [[China|china]]. ' +
    'The sailors were welcomed by the commander of the {{Peruvian Navy|GOVERNMENT}}, Admiral {{Alberto Alcalá ' +
    'Luna|PERSON}}, and by [[China|china]]’s ambassador in [[Lima|lima]], {{Song Yang|PERSON}}. ' +
    '{{Alcalá|PERSON|alberto-alcala-luna}} said the exercises, the first of their kind between the two navies, ' +
    'would focus on rescues at sea and on responses to tsunamis. ' +
    'The visit comes a year after the opening of the port of [[Chancay|chancay-port]], 80 kilometres to the ' +
    'north, which [[COSCO Shipping|cosco-shipping]] controls with a 60% stake. ' +
    '{{United States|COUNTRY}} officials, including the head of {{US Southern Command|GOVERNMENT}}, have warned ' +
    'that [[China|china]] could use that terminal for military purposes, a claim [[Beijing|china]] rejects. ' +
    '[[Peru|peru]]’s defence minister, {{César Díaz Peralta|PERSON}}, told the daily {{El Comercio|MEDIA}} that ' +
    'the drills were humanitarian and that the {{Peruvian Navy|GOVERNMENT}} also trains every year with the ' +
    '{{US|COUNTRY|united-states}} fleet. ' +
    'On Thursday the Chinese sailors will visit the {{National Museum of Archaeology, Anthropology and History of ' +
    'Peru|ORGANIZATION}}, in the {{Pueblo Libre|PLACE}} district, and the ships will open to the public on ' +
    'Saturday.',
  relationships: [
    { type: 'VISITED', source: 'people-s-liberation-army-navy', target: 'callao', sentence: 1, validFrom: '2025-09-15' },
    { type: 'AFFILIATED_WITH', source: 'people-s-liberation-army-navy', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'callao', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'liu-jianhua', target: 'people-s-liberation-army-navy', sentence: 2 },
    { type: 'LOCATED_IN', source: 'dalian-naval-academy', target: 'china', sentence: 2 },
    { type: 'HOSTED', source: 'alberto-alcala-luna', target: 'people-s-liberation-army-navy', sentence: 3 },
    { type: 'LEADS', source: 'alberto-alcala-luna', target: 'peruvian-navy', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 3 },
    { type: 'STATED', source: 'alberto-alcala-luna', target: 'people-s-liberation-army-navy', sentence: 4 },
    { type: 'COOPERATES_WITH', source: 'peruvian-navy', target: 'people-s-liberation-army-navy', sentence: 4 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 5, quantities: [{ value: 60, unit: '%' }] },
    { type: 'STATED', source: 'united-states', target: 'chancay-port', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'us-southern-command', target: 'united-states', sentence: 6 },
    { type: 'STATED', source: 'china', target: 'chancay-port', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'cesar-diaz-peralta', target: 'peru', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'cesar-diaz-peralta', target: 'el-comercio', sentence: 7 },
    { type: 'STATED', source: 'cesar-diaz-peralta', target: 'peruvian-navy', sentence: 7 },
    { type: 'COOPERATES_WITH', source: 'peruvian-navy', target: 'united-states', sentence: 7 },
    {
      type: 'VISITED',
      source: 'people-s-liberation-army-navy',
      target: 'national-museum-of-archaeology-anthropology-and-history-of-peru',
      sentence: 8,
      validFrom: '2025-09-18',
    },
    { type: 'LOCATED_IN', source: 'national-museum-of-archaeology-anthropology-and-history-of-peru', target: 'pueblo-libre', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru and China sign a memorandum on tracking Chinese squid jiggers off the Peruvian limit: signatories, Sisesat, an NGO (English).
 */
export const article: CorpusArticle = {
  name: 'squid-fleet-satellite-monitoring',
  language: 'en',
  publishedAt: '2025-09-23',
  annotated:
    '[[LIMA|lima]], September 22 — [[Peru|peru]]’s {{Ministry of Production|GOVERNMENT}} ' +
    '({{Produce|GOVERNMENT|ministry-of-production}}) and [[China|china]]’s ' +
    '{{Ministry of Agriculture and Rural Affairs|GOVERNMENT}} signed a ' +
    '{{Memorandum of Understanding on Fisheries Monitoring|AGREEMENT}} on Monday, under which Chinese squid vessels ' +
    'will share their satellite positions with Peruvian authorities. ' +
    'The agreement covers about 400 jiggers that fish for giant squid each season just beyond the 200-mile limit ' +
    'off {{Piura|PLACE}} and {{Tumbes|PLACE}}. ' +
    'Vice Minister of Fisheries {{Jesús Barrientos Meza|PERSON}} signed for [[Peru|peru]], and {{Liu Xinzhong|PERSON}}, ' +
    'director of the ministry’s {{Bureau of Fisheries|GOVERNMENT}}, signed for [[Beijing|china]]. ' +
    'Each vessel will carry a transponder feeding {{Sisesat|PROGRAM}}, the satellite tracking system that the ministry ' +
    'runs from {{Callao|PLACE}}. ' +
    'Chinese fleets have been accused since 2020 of switching off their trackers near the Peruvian limit, according to ' +
    'the conservation group {{Oceana|ORGANIZATION}}. ' +
    '{{Oceana|ORGANIZATION}}’s director in [[Peru|peru]], {{Mariela Quispe Arce|PERSON}}, called the pact “a first step” ' +
    'but said inspections at sea were still missing. ' +
    'Chinese squid catches off South America reached 560,000 tonnes last year, much of it landed in {{Zhoushan|PLACE}}, ' +
    'in [[China|china]]’s {{Zhejiang|PLACE}} province. ' +
    'The {{China Overseas Fisheries Association|ORGANIZATION}}, which represents the vessel owners, said its members ' +
    'would comply with the memorandum and that the data would help both countries fight illegal fishing. ' +
    'Under the memorandum, [[Peru|peru]] will let Chinese-flagged vessels use repair yards in {{Paita|PLACE}} only if ' +
    'their transponders have been on for the previous 90 days. ' +
    'Production Minister {{Andrés Paredes Lozano|PERSON}} said the two governments would review the arrangement in ' +
    'March 2026.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'ministry-of-production', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-agriculture-and-rural-affairs', target: 'china', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'ministry-of-production',
      target: 'memorandum-of-understanding-on-fisheries-monitoring',
      sentence: 1,
      validFrom: '2025-09-22',
    },
    {
      type: 'SIGNED',
      source: 'ministry-of-agriculture-and-rural-affairs',
      target: 'memorandum-of-understanding-on-fisheries-monitoring',
      sentence: 1,
      validFrom: '2025-09-22',
    },
    { type: 'HOLDS_OFFICE_IN', source: 'jesus-barrientos-meza', target: 'peru', sentence: 3 },
    { type: 'SIGNED', source: 'jesus-barrientos-meza', target: 'memorandum-of-understanding-on-fisheries-monitoring', sentence: 3 },
    { type: 'LEADS', source: 'liu-xinzhong', target: 'bureau-of-fisheries', sentence: 3 },
    { type: 'PART_OF', source: 'bureau-of-fisheries', target: 'ministry-of-agriculture-and-rural-affairs', sentence: 3 },
    { type: 'SIGNED', source: 'liu-xinzhong', target: 'memorandum-of-understanding-on-fisheries-monitoring', sentence: 3 },
    { type: 'OPERATES', source: 'ministry-of-production', target: 'sisesat', sentence: 4 },
    { type: 'LOCATED_IN', source: 'sisesat', target: 'callao', sentence: 4 },
    { type: 'STATED', source: 'oceana', target: 'china', sentence: 5 },
    { type: 'LEADS', source: 'mariela-quispe-arce', target: 'oceana', sentence: 6 },
    { type: 'STATED', source: 'mariela-quispe-arce', target: 'memorandum-of-understanding-on-fisheries-monitoring', sentence: 6 },
    { type: 'LOCATED_IN', source: 'zhoushan', target: 'zhejiang', sentence: 7 },
    { type: 'LOCATED_IN', source: 'zhejiang', target: 'china', sentence: 7 },
    {
      type: 'STATED',
      source: 'china-overseas-fisheries-association',
      target: 'memorandum-of-understanding-on-fisheries-monitoring',
      sentence: 8,
    },
    { type: 'PARTY_TO', source: 'peru', target: 'memorandum-of-understanding-on-fisheries-monitoring', sentence: 9 },
    { type: 'HOLDS_OFFICE_IN', source: 'andres-paredes-lozano', target: 'peru', sentence: 10 },
    { type: 'STATED', source: 'andres-paredes-lozano', target: 'memorandum-of-understanding-on-fisheries-monitoring', sentence: 10 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** China’s embassy rejects Peruvian fishmeal makers’ claims about the Chinese squid fleet; a congressional hearing (English). */
export const article: CorpusArticle = {
  name: 'Chinese squid fleet dispute',
  language: 'en',
  publishedAt: '2025-04-24',
  annotated:
    'The {{Embassy of China|GOVERNMENT}} in [[Lima|lima]] on Wednesday rejected claims by the ' +
    '{{National Fisheries Society|ORGANIZATION}} ({{SNP|ORGANIZATION|national-fisheries-society}}) that Chinese squid ' +
    'boats fish illegally in [[Peru|peru]]’s waters. ' +
    'In a statement carried by the state-run newspaper {{Global Times|MEDIA}}, the embassy said the roughly 400 ' +
    'Chinese boats that fish for giant squid in the {{South Pacific|PLACE}} stay outside the 200-mile zone. ' +
    '{{Rosa Meléndez Ugaz|PERSON}}, who heads the {{SNP|ORGANIZATION|national-fisheries-society}}, said some of the ' +
    'boats switch off their satellite trackers near the boundary and enter Peruvian waters at night. ' +
    'Since 2020 the {{Ministry of Production|GOVERNMENT}} ({{Produce|GOVERNMENT|ministry-of-production}}) has ' +
    'required foreign ships that call at Peruvian ports to carry a tracker linked to its monitoring centre, a rule ' +
    'that [[Beijing|china]] at first opposed. ' +
    'On Tuesday the {{Production Committee|GOVERNMENT}} of the [[Congress of the Republic|peru-congress]] questioned ' +
    '{{Jorge Prado Salinas|PERSON}}, who heads {{Produce|GOVERNMENT|ministry-of-production}}, for three hours about ' +
    'the fleet. ' +
    '{{Prado|PERSON|jorge-prado-salinas}} told lawmakers that the {{Peruvian Navy|GOVERNMENT}} had boarded 12 ' +
    'Chinese-flagged boats last year and found no illegal catch. ' +
    '[[Peru|peru]] and [[China|china]] have cooperated on fisheries science since 2018 under an agreement between ' +
    '{{Imarpe|GOVERNMENT}}, the state marine research institute, and {{Shanghai Ocean University|ORGANIZATION}}. ' +
    'Squid is [[Peru|peru]]’s second most valuable fishery after anchovy, and Chinese buyers take about 60% of its ' +
    'frozen squid exports.',
  relationships: [
    { type: 'LOCATED_IN', source: 'embassy-of-china', target: 'lima', sentence: 1 },
    { type: 'STATED', source: 'embassy-of-china', target: 'national-fisheries-society', sentence: 1, validFrom: '2025-04-23' },
    { type: 'COMMUNICATED_VIA', source: 'embassy-of-china', target: 'global-times', sentence: 2 },
    { type: 'LEADS', source: 'rosa-melendez-ugaz', target: 'national-fisheries-society', sentence: 3 },
    { type: 'PART_OF', source: 'production-committee', target: 'peru-congress', sentence: 5 },
    { type: 'LEADS', source: 'jorge-prado-salinas', target: 'ministry-of-production', sentence: 5 },
    { type: 'STATED', source: 'jorge-prado-salinas', target: 'peruvian-navy', sentence: 6 },
    { type: 'COOPERATES_WITH', source: 'peru', target: 'china', sentence: 7, validFrom: '2018' },
    { type: 'PARTNERS_WITH', source: 'imarpe', target: 'shanghai-ocean-university', sentence: 7, validFrom: '2018' },
  ],
};

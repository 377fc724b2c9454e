import type { CorpusArticle } from '../corpus-article.js';

/** The Chinese navy hospital ship Peace Ark calls at Callao, a joint rescue drill, rescue gear for Indeci (English). */
export const article: CorpusArticle = {
  name: 'Chinese hospital ship Peace Ark in Callao',
  language: 'en',
  publishedAt: '2025-10-28',
  annotated:
    '{{CALLAO|PLACE}}, October 27 — {{Peace Ark|INFRASTRUCTURE}}, a hospital ship of the ' +
    '{{People’s Liberation Army Navy|GOVERNMENT}}, docked at the {{Callao Naval Base|INFRASTRUCTURE}} on Monday for an ' +
    'eight-day stop of its {{Harmony Mission 2025|EVENT}}, during which its doctors will treat Peruvian patients free ' +
    'of charge. ' +
    'The 14,000-tonne ship, which first visited [[Peru|peru]] in 2011, arrived from {{Guayaquil|PLACE}}, in ' +
    '{{Ecuador|COUNTRY}}. ' +
    'Its 110 medical staff will work alongside doctors of the {{Peruvian Navy|GOVERNMENT}} at the base and at two field ' +
    'clinics in {{Ventanilla|PLACE}}, a poor district north of the port. ' +
    'Rear Admiral {{Ma Jianguo|PERSON}}, the mission’s commander, said the crew expected to see about 6,000 patients, ' +
    'most of them for eye, dental and children’s care. ' +
    'Admiral {{Carlos Vidal Arbulú|PERSON}}, who commands the {{Peruvian Navy|GOVERNMENT}}, received ' +
    '{{Ma|PERSON|ma-jianguo}} on the quay and said the two navies would hold a joint search-and-rescue exercise off ' +
    'the coast on Thursday. ' +
    'Separately, [[China|china]]’s {{Ministry of Emergency Management|GOVERNMENT}} donated 40 tonnes of rescue equipment ' +
    'to the {{National Civil Defence Institute|GOVERNMENT}} ({{Indeci|GOVERNMENT|national-civil-defence-institute}}), ' +
    'which is preparing for a wetter than usual rainy season. ' +
    'Its head, {{Rocío Palomino Tello|PERSON}}, told {{Andina|MEDIA}} that the pumps, generators and inflatable boats ' +
    'would go to {{Piura|PLACE}} and {{Tumbes|PLACE}}, the regions worst hit by floods in 2023. ' +
    'The visit comes a year after the opening of the [[Port of Chancay|chancay-port]], which officials in ' +
    '{{Washington|COUNTRY|united-states}} have warned could one day serve Chinese warships, a claim [[Beijing|china]] ' +
    'rejects.',
  relationships: [
    { type: 'PART_OF', source: 'peace-ark', target: 'people-s-liberation-army-navy', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'people-s-liberation-army-navy', target: 'china', sentence: 1 },
    { type: 'VISITED', source: 'peace-ark', target: 'callao-naval-base', sentence: 1, validFrom: '2025-10-27' },
    { type: 'PARTICIPATES_IN', source: 'peace-ark', target: 'harmony-mission-2025', sentence: 1 },
    { type: 'VISITED', source: 'peace-ark', target: 'peru', sentence: 2, validFrom: '2011' },
    { type: 'VISITED', source: 'peace-ark', target: 'guayaquil', sentence: 2 },
    { type: 'LOCATED_IN', source: 'guayaquil', target: 'ecuador', sentence: 2 },
    { type: 'COOPERATES_WITH', source: 'peace-ark', target: 'peruvian-navy', sentence: 3 },
    { type: 'LEADS', source: 'ma-jianguo', target: 'harmony-mission-2025', sentence: 4 },
    { type: 'STATED', source: 'ma-jianguo', target: 'harmony-mission-2025', sentence: 4 },
    { type: 'LEADS', source: 'carlos-vidal-arbulu', target: 'peruvian-navy', sentence: 5 },
    { type: 'HOSTED', source: 'carlos-vidal-arbulu', target: 'ma-jianguo', sentence: 5 },
    { type: 'STATED', source: 'carlos-vidal-arbulu', target: 'people-s-liberation-army-navy', sentence: 5 },
    {
      type: 'COOPERATES_WITH',
      source: 'peruvian-navy',
      target: 'people-s-liberation-army-navy',
      sentence: 5,
      validFrom: '2025-10-30',
    },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-emergency-management', target: 'china', sentence: 6 },
    { type: 'COOPERATES_WITH', source: 'ministry-of-emergency-management', target: 'national-civil-defence-institute', sentence: 6 },
    { type: 'LEADS', source: 'rocio-palomino-tello', target: 'national-civil-defence-institute', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'rocio-palomino-tello', target: 'andina', sentence: 7 },
    { type: 'STATED', source: 'rocio-palomino-tello', target: 'ministry-of-emergency-management', sentence: 7 },
    { type: 'STATED', source: 'united-states', target: 'chancay-port', sentence: 8 },
    { type: 'STATED', source: 'china', target: 'chancay-port', sentence: 8 },
  ],
};

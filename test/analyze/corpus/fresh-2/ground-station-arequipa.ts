import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s space agency and China’s agree on a satellite ground station in Arequipa: builder, funding, training, a US objection (English).
 */
export const article: CorpusArticle = {
  name: 'Chinese satellite ground station for Arequipa',
  language: 'en',
  publishedAt: '2025-10-16',
  annotated:
    '[[LIMA|lima]], October 15 — [[Peru|peru]]’s space agency, the ' +
    '{{National Commission for Aerospace Research and Development|GOVERNMENT}} ' +
    '({{Conida|GOVERNMENT|national-commission-for-aerospace-research-and-development}}), signed an agreement on ' +
    'Wednesday with the {{China National Space Administration|GOVERNMENT}} to build a satellite ground station in the ' +
    'south of the country. ' +
    'The {{La Joya Tracking Station|INFRASTRUCTURE}} is to rise on a desert plateau in the {{Arequipa|PLACE}} region, ' +
    'and the state-owned {{China Great Wall Industry Corporation|COMPANY}} will build it. ' +
    '[[Beijing|china]] will cover the whole cost, about $45 million, said {{Liu Zhenyu|PERSON}}, a deputy ' +
    'administrator of the Chinese agency, who signed for his side at the {{Torre Tagle Palace|PLACE}}, the seat of ' +
    '[[Peru|peru]]’s foreign ministry. ' +
    'The station will download images from [[China|china]]’s {{Gaofen|PROGRAM}} Earth-observation satellites and pass ' +
    'them to Peruvian agencies free of charge. ' +
    '{{Conida|GOVERNMENT|national-commission-for-aerospace-research-and-development}}’s chief, Air Force General ' +
    '{{Arturo Benavides Llosa|PERSON}}, said it would let [[Peru|peru]] spot illegal gold mining in ' +
    '{{Madre de Dios|PLACE}} within hours rather than weeks. ' +
    'Under the deal, the {{Harbin Institute of Technology|ORGANIZATION}} will train 30 of ' +
    '{{Conida|GOVERNMENT|national-commission-for-aerospace-research-and-development}}’s engineers to run the facility, ' +
    'starting in March. ' +
    'The agency already operates {{PeruSAT-1|INFRASTRUCTURE}}, an observation satellite that {{Airbus|COMPANY}} built ' +
    'and put into orbit in 2016. ' +
    'The agreement drew a swift response from the {{Embassy of the United States|GOVERNMENT}} in [[Lima|lima]], whose ' +
    'spokesperson told {{El Comercio|MEDIA}} that the station could also be used to follow Western military ' +
    'satellites. ' +
    '{{Benavides|PERSON|arturo-benavides-llosa}} dismissed the claim and noted that the two agencies have shared ' +
    'satellite data since 2019, when floods struck the northern region of {{Piura|PLACE}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'national-commission-for-aerospace-research-and-development', target: 'peru', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'national-commission-for-aerospace-research-and-development',
      target: 'china-national-space-administration',
      sentence: 1,
      validFrom: '2025-10-15',
    },
    { type: 'LOCATED_IN', source: 'la-joya-tracking-station', target: 'arequipa', sentence: 2 },
    { type: 'BUILT', source: 'china-great-wall-industry-corporation', target: 'la-joya-tracking-station', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'china',
      target: 'la-joya-tracking-station',
      sentence: 3,
      quantities: [{ value: 45000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'liu-zhenyu', target: 'china', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'liu-zhenyu', target: 'china-national-space-administration', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'china-national-space-administration', target: 'china', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'gaofen', target: 'china', sentence: 4 },
    { type: 'LEADS', source: 'arturo-benavides-llosa', target: 'national-commission-for-aerospace-research-and-development', sentence: 5 },
    { type: 'STATED', source: 'arturo-benavides-llosa', target: 'la-joya-tracking-station', sentence: 5 },
    {
      type: 'TRAINS',
      source: 'harbin-institute-of-technology',
      target: 'national-commission-for-aerospace-research-and-development',
      sentence: 6,
      validFrom: '2026-03',
    },
    { type: 'OPERATES', source: 'national-commission-for-aerospace-research-and-development', target: 'perusat-1', sentence: 7 },
    { type: 'BUILT', source: 'airbus', target: 'perusat-1', sentence: 7, validFrom: '2016' },
    { type: 'LOCATED_IN', source: 'embassy-of-the-united-states', target: 'lima', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'embassy-of-the-united-states', target: 'el-comercio', sentence: 8 },
    { type: 'STATED', source: 'embassy-of-the-united-states', target: 'la-joya-tracking-station', sentence: 8 },
    { type: 'STATED', source: 'arturo-benavides-llosa', target: 'embassy-of-the-united-states', sentence: 9 },
    {
      type: 'COOPERATES_WITH',
      source: 'national-commission-for-aerospace-research-and-development',
      target: 'china-national-space-administration',
      sentence: 9,
      validFrom: '2019',
    },
  ],
};

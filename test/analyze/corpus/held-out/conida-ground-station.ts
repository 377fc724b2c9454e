import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Peru and China agree on a satellite ground station (held out)',
  language: 'en',
  publishedAt: '2025-02-13',
  annotated:
    '[[LIMA|lima]] — [[Peru|peru]]’s space agency, the ' +
    '{{National Commission for Aerospace Research and Development|GOVERNMENT}} ' +
    '({{Conida|GOVERNMENT|national-commission-for-aerospace-research-and-development}}), signed an agreement on Tuesday ' +
    'with the {{China National Space Administration|GOVERNMENT}} ({{CNSA|GOVERNMENT|china-national-space-administration}}) ' +
    'to set up the {{La Joya Ground Station|INFRASTRUCTURE}} in {{Arequipa|PLACE}}. ' +
    'The station will be built by the state-owned {{China Great Wall Industry Corporation|COMPANY}} for $38m and run by ' +
    '{{Conida|GOVERNMENT|national-commission-for-aerospace-research-and-development}} staff trained in [[China|china]]. ' +
    'It will also receive images from {{PerúSAT-1|INFRASTRUCTURE}}, the observation satellite that the European group ' +
    '{{Airbus|COMPANY}} built for [[Peru|peru]] in 2016. ' +
    'The {{United States|COUNTRY}} has warned [[Lima|peru]] that Chinese-built ground stations in ' +
    '{{South America|PLACE}} can be used to track foreign satellites for [[Beijing|china]]’s military. ' +
    'General {{Luis Salazar|PERSON}}, who heads ' +
    '{{Conida|GOVERNMENT|national-commission-for-aerospace-research-and-development}}, said the ' +
    '{{La Joya|INFRASTRUCTURE|la-joya-ground-station}} station would stay under Peruvian control and serve civilian ' +
    'uses such as disaster monitoring. ' +
    '{{CNSA|GOVERNMENT|china-national-space-administration}}, which reports to [[China|china]]’s ' +
    '{{Ministry of Industry and Information Technology|GOVERNMENT}}, has signed similar accords with ' +
    '{{Bolivia|COUNTRY}} and {{Venezuela|COUNTRY}}. ' +
    '[[Peru|peru]] has been a member since 2008 of the {{Asia-Pacific Space Cooperation Organization|ORGANIZATION}} ' +
    '({{APSCO|ORGANIZATION|asia-pacific-space-cooperation-organization}}), which is headquartered in ' +
    '{{Beijing|PLACE}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'national-commission-for-aerospace-research-and-development', target: 'peru', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'national-commission-for-aerospace-research-and-development',
      target: 'china-national-space-administration',
      sentence: 1,
      validFrom: '2025-02-11',
    },
    { type: 'LOCATED_IN', source: 'la-joya-ground-station', target: 'arequipa', sentence: 1 },
    {
      type: 'BUILT',
      source: 'china-great-wall-industry-corporation',
      target: 'la-joya-ground-station',
      sentence: 2,
      quantities: [{ value: 38000000, unit: 'USD' }],
    },
    {
      type: 'OPERATES',
      source: 'national-commission-for-aerospace-research-and-development',
      target: 'la-joya-ground-station',
      sentence: 2,
    },
    { type: 'BUILT', source: 'airbus', target: 'perusat-1', sentence: 3, validFrom: '2016' },
    { type: 'STATED', source: 'united-states', target: 'peru', sentence: 4 },
    { type: 'LEADS', source: 'luis-salazar', target: 'national-commission-for-aerospace-research-and-development', sentence: 5 },
    { type: 'STATED', source: 'luis-salazar', target: 'la-joya-ground-station', sentence: 5 },
    {
      type: 'PART_OF',
      source: 'china-national-space-administration',
      target: 'ministry-of-industry-and-information-technology',
      sentence: 6,
    },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-industry-and-information-technology', target: 'china', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'china-national-space-administration', target: 'bolivia', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'china-national-space-administration', target: 'venezuela', sentence: 6 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'asia-pacific-space-cooperation-organization', sentence: 7, validFrom: '2008' },
    { type: 'HEADQUARTERED_IN', source: 'asia-pacific-space-cooperation-organization', target: 'beijing', sentence: 7 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Anchovy quota set as Chinese fishmeal buyers wait (held out)',
  language: 'en',
  publishedAt: '2025-04-24',
  annotated:
    '[[LIMA|lima]] — [[Peru|peru]]’s {{Ministry of Production|GOVERNMENT}} set the year’s first anchovy catch quota ' +
    'at 3 million tonnes on Monday, a figure that fishmeal buyers in [[China|china]] had awaited for weeks. ' +
    'The ministry followed the advice of the {{Sea Institute of Peru|GOVERNMENT}} ' +
    '({{Imarpe|GOVERNMENT|sea-institute-of-peru}}), a research body attached to it whose vessels found plenty of ' +
    'young fish off {{Chimbote|PLACE}} and {{Pisco|PLACE}} in March. ' +
    '{{Pesquera Humboldt del Sur|COMPANY}}, one of the country’s five largest fishmeal producers, said it had already ' +
    'sold half of its expected output to {{Qingdao Ocean Feed|COMPANY}}, an importer based in {{Qingdao|PLACE}}. ' +
    'The Chinese importer, which supplies feed to shrimp farms in {{Guangdong|PLACE}} and {{Hainan|PLACE}}, paid ' +
    'about $1,900 a tonne. ' +
    '“[[Peru|peru]] is the only country that can sell us this much protein at this quality,” its [[Lima|lima]] ' +
    'representative, {{Liu Fang|PERSON}}, told {{Reuters|MEDIA}}. ' +
    'Industrial trawlers may not fish within five nautical miles of the coast, a strip reserved for artisanal boats, ' +
    'and the {{National Fisheries Society|ORGANIZATION}} ({{SNP|ORGANIZATION|national-fisheries-society}}) has ' +
    'lobbied [[Congress|peru-congress]] to narrow it. ' +
    'Production Minister {{Teodoro Salcedo|PERSON}} said on Wednesday that the executive would not back the ' +
    '{{SNP|ORGANIZATION|national-fisheries-society}} proposal, which fishermen’s unions in {{Chimbote|PLACE}} have ' +
    'called a threat to their livelihoods. ' +
    'Shipments have entered [[China|china]] duty-free since 2010, when the ' +
    '[[China–Peru Free Trade Agreement|china-peru-fta]] between the two countries took effect.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'ministry-of-production', target: 'peru', sentence: 1 },
    { type: 'PART_OF', source: 'sea-institute-of-peru', target: 'ministry-of-production', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'pesquera-humboldt-del-sur', target: 'peru', sentence: 3 },
    { type: 'STATED', source: 'pesquera-humboldt-del-sur', target: 'qingdao-ocean-feed', sentence: 3 },
    { type: 'PARTNERS_WITH', source: 'pesquera-humboldt-del-sur', target: 'qingdao-ocean-feed', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'qingdao-ocean-feed', target: 'qingdao', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'qingdao-ocean-feed', target: 'china', sentence: 4 },
    { type: 'STATED', source: 'liu-fang', target: 'peru', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'liu-fang', target: 'qingdao-ocean-feed', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'liu-fang', target: 'reuters', sentence: 5 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'national-fisheries-society', target: 'peru-congress', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'teodoro-salcedo', target: 'peru', sentence: 7 },
    { type: 'STATED', source: 'teodoro-salcedo', target: 'national-fisheries-society', sentence: 7, validFrom: '2025-04-23' },
    { type: 'PARTY_TO', source: 'china', target: 'china-peru-fta', sentence: 8, validFrom: '2010' },
    { type: 'PARTY_TO', source: 'peru', target: 'china-peru-fta', sentence: 8, validFrom: '2010' },
  ],
};

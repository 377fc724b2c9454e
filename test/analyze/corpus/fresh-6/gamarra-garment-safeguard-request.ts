import type { CorpusArticle } from '../corpus-article.js';

/** The production ministry asks Indecopi to study a safeguard on clothing imports from China; others react (English). */
export const article: CorpusArticle = {
  name: 'Production ministry asks Indecopi for a safeguard on garment imports',
  language: 'en',
  publishedAt: '2025-06-18',
  annotated:
    '[[LIMA|lima]], 17 June — [[Peru|peru]]’s {{Ministry of Production|GOVERNMENT}} has asked the competition ' +
    'authority {{Indecopi|GOVERNMENT}} to open a safeguard investigation into imports of cotton and polyester ' +
    'garments from [[China|china]], after months of complaints from clothing makers in the {{Gamarra|PLACE}} textile ' +
    'district of [[Lima|lima]]. Production minister {{Raúl Ortiz Velarde|PERSON}} said clothing imports from ' +
    '[[China|china]] rose 38% in 2024, to $612m, while local output fell for a third straight year. The {{National ' +
    'Society of Industries|ORGANIZATION}} ({{SNI|ORGANIZATION|national-society-of-industries}}) said it backed the ' +
    'request and estimated that the sector had lost 40,000 jobs since 2019. {{Mónica Arbulú Paz|PERSON}}, general ' +
    'manager of the knitwear maker {{Tejidos San Jacinto|COMPANY}} and a member of the ' +
    '{{SNI|ORGANIZATION|national-society-of-industries}} board, said her company had cut its workforce by half. “We ' +
    'cannot compete with shirts that leave [[China|china]] at two dollars each,” she said. Under the [[China–Peru ' +
    'Free Trade Agreement|china-peru-fta]], which the two countries signed in 2009, most garments enter duty-free, ' +
    'but the treaty lets either side apply temporary safeguards when imports seriously harm a local industry. The ' +
    '{{Embassy of China in Peru|GOVERNMENT}} said in a statement that [[Beijing|china]] expected ' +
    '{{Indecopi|GOVERNMENT}} to respect the rules of the {{World Trade Organization|ORGANIZATION}}. Inside ' +
    '{{Indecopi|GOVERNMENT}}, the request goes to the {{Commission on Dumping and Subsidies|GOVERNMENT}}, chaired by ' +
    '{{Cecilia Loayza Ríos|PERSON}}, which has 30 working days to decide whether to open a case. Not all of ' +
    '{{Gamarra|PLACE}} wants higher duties. {{Diego Huamán Soto|PERSON}}, president of the {{Gamarra Business ' +
    'Association|ORGANIZATION}}, which groups some 3,000 shops, said many of its members resell Chinese fabric and ' +
    'would lose customers if prices rose.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'ministry-of-production', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'ministry-of-production', target: 'indecopi', sentence: 1 },
    { type: 'LOCATED_IN', source: 'gamarra', target: 'lima', sentence: 1 },
    { type: 'HOLDS_OFFICE_IN', source: 'raul-ortiz-velarde', target: 'ministry-of-production', sentence: 2 },
    { type: 'STATED', source: 'raul-ortiz-velarde', target: 'china', sentence: 2 },
    { type: 'STATED', source: 'national-society-of-industries', target: 'ministry-of-production', sentence: 3 },
    { type: 'LEADS', source: 'monica-arbulu-paz', target: 'tejidos-san-jacinto', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'monica-arbulu-paz', target: 'national-society-of-industries', sentence: 4 },
    { type: 'STATED', source: 'monica-arbulu-paz', target: 'tejidos-san-jacinto', sentence: 4 },
    { type: 'STATED', source: 'monica-arbulu-paz', target: 'china', sentence: 5 },
    { type: 'SIGNED', source: 'peru', target: 'china-peru-fta', sentence: 6, validFrom: '2009' },
    { type: 'SIGNED', source: 'china', target: 'china-peru-fta', sentence: 6, validFrom: '2009' },
    { type: 'STATED', source: 'embassy-of-china-in-peru', target: 'indecopi', sentence: 7 },
    { type: 'PART_OF', source: 'commission-on-dumping-and-subsidies', target: 'indecopi', sentence: 8 },
    { type: 'LEADS', source: 'cecilia-loayza-rios', target: 'commission-on-dumping-and-subsidies', sentence: 8 },
    { type: 'LEADS', source: 'diego-huaman-soto', target: 'gamarra-business-association', sentence: 10 },
    { type: 'STATED', source: 'diego-huaman-soto', target: 'gamarra-business-association', sentence: 10 },
  ],
};

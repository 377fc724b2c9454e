import type { CorpusArticle } from '../corpus-article.js';

/** Huawei wins Entel Perú’s 5G network contract: the operator, its regulator and rivals, Washington’s warning, Congress (English). */
export const article: CorpusArticle = {
  name: 'Huawei wins Entel Perú 5G contract',
  language: 'en',
  publishedAt: '2025-05-20',
  annotated:
    '[[LIMA|lima]], May 19 — A $210m contract to build the fifth-generation (5G) mobile network of ' +
    '{{Entel Perú|COMPANY}}, the Peruvian arm of the Chilean operator {{Entel|COMPANY}}, has been awarded to ' +
    '[[Huawei|huawei]], the two companies said on Monday. ' +
    'The Chinese company will install about 2,000 base stations in [[Lima|lima]], {{Arequipa|PLACE}} and ' +
    '{{Trujillo|PLACE}} by the end of 2026. ' +
    'The telecoms regulator, {{Osiptel|GOVERNMENT}}, oversees {{Entel Perú|COMPANY}} and its three rivals, ' +
    '{{Claro|COMPANY}}, {{Movistar|COMPANY}} and {{Bitel|COMPANY}}. ' +
    '{{Bitel|COMPANY}}, which is owned by the Vietnamese military group {{Viettel|COMPANY}}, chose ' +
    '[[China|china]]’s {{ZTE|COMPANY}} for a similar network in 2023. ' +
    '{{Washington|COUNTRY|united-states}} has urged governments in {{Latin America|PLACE}} to keep ' +
    '[[Huawei|huawei]] out of their 5G networks, citing security risks. ' +
    '[[Huawei|huawei]], which is based in [[Shenzhen|shenzhen]], has had an office in [[Lima|lima]] since 2004 and ' +
    'partners with the {{National University of Engineering|ORGANIZATION}} ' +
    '({{UNI|ORGANIZATION|national-university-of-engineering}}) on a training programme for engineers. ' +
    '{{Andrés Lagos Solari|PERSON}}, the general manager of {{Entel Perú|COMPANY}}, said [[Huawei|huawei]] had ' +
    'offered the best price and the fastest delivery. ' +
    'On Tuesday two members of the {{Defence Committee|GOVERNMENT}} of the ' +
    '[[Congress of the Republic|peru-congress]] asked the {{Ministry of Transport and Communications|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministry-of-transport-and-communications}}) to publish the security clauses of the contract.',
  relationships: [
    { type: 'PARTNERS_WITH', source: 'huawei', target: 'entel-peru', sentence: 1, quantities: [{ value: 210000000, unit: 'USD' }] },
    { type: 'PART_OF', source: 'entel-peru', target: 'entel', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'entel-peru', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'huawei', target: 'china', sentence: 2 },
    { type: 'REGULATES', source: 'osiptel', target: 'entel-peru', sentence: 3 },
    { type: 'REGULATES', source: 'osiptel', target: 'claro', sentence: 3 },
    { type: 'REGULATES', source: 'osiptel', target: 'movistar', sentence: 3 },
    { type: 'REGULATES', source: 'osiptel', target: 'bitel', sentence: 3 },
    { type: 'OWNS', source: 'viettel', target: 'bitel', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'bitel', target: 'zte', sentence: 4, validFrom: '2023' },
    { type: 'AFFILIATED_WITH', source: 'zte', target: 'china', sentence: 4 },
    { type: 'STATED', source: 'united-states', target: 'huawei', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'huawei', target: 'shenzhen', sentence: 6 },
    { type: 'LOCATED_IN', source: 'huawei', target: 'lima', sentence: 6, validFrom: '2004' },
    { type: 'PARTNERS_WITH', source: 'huawei', target: 'national-university-of-engineering', sentence: 6 },
    { type: 'LEADS', source: 'andres-lagos-solari', target: 'entel-peru', sentence: 7 },
    { type: 'STATED', source: 'andres-lagos-solari', target: 'huawei', sentence: 7 },
    { type: 'PART_OF', source: 'defence-committee', target: 'peru-congress', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** ProInversión awards the Chilca–Marcona line to a consortium led by China Southern Power Grid International: shares, rivals (English). */
export const article: CorpusArticle = {
  name: 'energy: Chinese-led consortium wins the Chilca–Marcona transmission concession',
  language: 'en',
  publishedAt: '2025-07-10',
  annotated:
    '[[LIMA|lima]], July 9 — {{ProInversión|GOVERNMENT}}, [[Peru|peru]]’s investment promotion agency, on Wednesday ' +
    'awarded a 30-year concession for the {{Chilca–Marcona Transmission Line|INFRASTRUCTURE}} to ' +
    '{{Consorcio Transmisor del Sur|COMPANY}}, a group led by {{China Southern Power Grid International|COMPANY}}. ' +
    'The consortium offered to build the 500-kilovolt line for $412m, beating bids from {{ISA|COMPANY}} of ' +
    '{{Colombia|COUNTRY}} and the Spanish firm {{Red Eléctrica|COMPANY}}. ' +
    '{{China Southern Power Grid International|COMPANY}} holds 75% of the group, and {{Energía del Pacífico|COMPANY}}, ' +
    'a Peruvian engineering company based in {{Arequipa|PLACE}}, owns the remaining 25%. ' +
    'The Chinese utility, a unit of the state-owned {{China Southern Power Grid|COMPANY}}, already controls ' +
    '{{Pluz Energía Perú|COMPANY}}, which distributes electricity in northern [[Lima|lima]], after buying it from the ' +
    'Italian group {{Enel|COMPANY}} in 2024 for $2.9bn. ' +
    'Its country manager, {{Li Hongwei|PERSON}}, said at the ceremony that work would begin in 2026 and that the line ' +
    'would carry power from wind farms in {{Ica|PLACE}} to the capital. ' +
    'The route crosses the desert of {{Ica|PLACE}} and ends at the {{Poroma substation|INFRASTRUCTURE}}, near ' +
    '{{Nazca|PLACE}}. ' +
    '{{Rosa María Huamán|PERSON}}, vice minister of electricity at the {{Ministry of Energy and Mines|GOVERNMENT}} ' +
    '({{Minem|GOVERNMENT|ministry-of-energy-and-mines}}), said the government expected the project to ease congestion ' +
    'on the southern grid by 2028. ' +
    'The grid operator, the {{Committee for the Economic Operation of the System|ORGANIZATION}} ' +
    '({{COES|ORGANIZATION|committee-for-the-economic-operation-of-the-system}}), will dispatch the line once it is ' +
    'finished, and {{Osinergmin|GOVERNMENT}} will oversee its tariffs.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'proinversion', target: 'peru', sentence: 1 },
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'proinversion',
      target: 'consorcio-transmisor-del-sur',
      sentence: 1,
      validFrom: '2025-07-09',
    },
    { type: 'LEADS', source: 'china-southern-power-grid-international', target: 'consorcio-transmisor-del-sur', sentence: 1 },
    {
      type: 'PLANS',
      source: 'consorcio-transmisor-del-sur',
      target: 'chilca-marcona-transmission-line',
      sentence: 2,
      quantities: [{ value: 412000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'isa', target: 'colombia', sentence: 2 },
    {
      type: 'OWNS',
      source: 'china-southern-power-grid-international',
      target: 'consorcio-transmisor-del-sur',
      sentence: 3,
      quantities: [{ value: 75, unit: '%' }],
    },
    {
      type: 'OWNS',
      source: 'energia-del-pacifico',
      target: 'consorcio-transmisor-del-sur',
      sentence: 3,
      quantities: [{ value: 25, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'energia-del-pacifico', target: 'peru', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'energia-del-pacifico', target: 'arequipa', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'china-southern-power-grid-international', target: 'china', sentence: 4 },
    { type: 'PART_OF', source: 'china-southern-power-grid-international', target: 'china-southern-power-grid', sentence: 4 },
    { type: 'OWNS', source: 'china-southern-power-grid-international', target: 'pluz-energia-peru', sentence: 4 },
    {
      type: 'ACQUIRED',
      source: 'china-southern-power-grid-international',
      target: 'pluz-energia-peru',
      sentence: 4,
      validFrom: '2024',
      quantities: [{ value: 2900000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'enel', target: 'pluz-energia-peru', sentence: 4, validFrom: '2024' },
    { type: 'LOCATED_IN', source: 'pluz-energia-peru', target: 'lima', sentence: 4 },
    { type: 'LEADS', source: 'li-hongwei', target: 'china-southern-power-grid-international', sentence: 5 },
    { type: 'STATED', source: 'li-hongwei', target: 'chilca-marcona-transmission-line', sentence: 5 },
    { type: 'LOCATED_IN', source: 'chilca-marcona-transmission-line', target: 'ica', sentence: 6 },
    { type: 'LOCATED_IN', source: 'poroma-substation', target: 'nazca', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'rosa-maria-huaman', target: 'ministry-of-energy-and-mines', sentence: 7 },
    { type: 'STATED', source: 'rosa-maria-huaman', target: 'chilca-marcona-transmission-line', sentence: 7 },
    {
      type: 'OPERATES',
      source: 'committee-for-the-economic-operation-of-the-system',
      target: 'chilca-marcona-transmission-line',
      sentence: 8,
    },
    { type: 'REGULATES', source: 'osinergmin', target: 'chilca-marcona-transmission-line', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * A Chinese metals group plans a copper smelter near Matarani: its chairman, the minister, the
 * mining plan, shareholders, the regulator (English).
 */
export const article: CorpusArticle = {
  name: 'fresh-pacifico-sur-copper-smelter',
  language: 'en',
  publishedAt: '2025-02-12',
  annotated:
    '{{MOLLENDO|PLACE}}, February 11 — {{Hunan Tianyu Smelting|COMPANY}}, a state-owned Chinese metals group, plans to ' +
    'build the {{Pacífico Sur Smelter|INFRASTRUCTURE}}, a $1.1bn copper smelter near the port of {{Matarani|PLACE}}, ' +
    'its chairman, {{Liu Zhenbang|PERSON}}, said on Tuesday. ' +
    'The plant would process 1.2 million tonnes of concentrate a year from mines in southern [[Peru|peru]], including ' +
    '{{Cerro Verde|INFRASTRUCTURE}} and [[Las Bambas|las-bambas]], which [[MMG|mmg]] operates in {{Apurímac|PLACE}}. ' +
    'Almost all the copper concentrate that [[Peru|peru]] produces is now shipped abroad, most of it to smelters in ' +
    '[[China|china]]. ' +
    '{{Liu|PERSON|liu-zhenbang}} met [[Peru|peru]]’s minister of energy and mines, {{Jorge Montero Cornejo|PERSON}}, in ' +
    '[[Lima|lima]] last week to seek a 15-year tax stability agreement for the project. ' +
    'The {{Ministry of Energy and Mines|GOVERNMENT}} said in a statement that the smelter fits the ' +
    '{{National Mining Plan 2050|PLAN}}, which was adopted by the {{Council of Ministers|GOVERNMENT}} in 2024 and calls ' +
    'for more copper to be refined at home. ' +
    '{{Tianyu|COMPANY|hunan-tianyu-smelting}}, which is based in {{Changsha|PLACE}}, would hold 75% of the smelter and ' +
    'offer the rest to Peruvian investors, among them the miner {{Buenaventura|COMPANY}}, which is weighing a stake. ' +
    'Residents of {{Islay|PLACE}} province, where {{Southern Copper|COMPANY}}’s {{Tía María|INFRASTRUCTURE}} mine has ' +
    'been opposed by farmers since 2011, have demanded an independent study of the plant’s water use. ' +
    'The {{Environmental Evaluation and Enforcement Agency|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|environmental-evaluation-and-enforcement-agency}}) would oversee the smelter, as it does the ' +
    '{{La Oroya Metallurgical Complex|INFRASTRUCTURE}} in {{Junín|PLACE}}, which reopened in 2024 under its workers’ ' +
    'ownership.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'hunan-tianyu-smelting', target: 'china', sentence: 1 },
    {
      type: 'PLANS',
      source: 'hunan-tianyu-smelting',
      target: 'pacifico-sur-smelter',
      sentence: 1,
      quantities: [{ value: 1100000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'pacifico-sur-smelter', target: 'matarani', sentence: 1 },
    { type: 'LEADS', source: 'liu-zhenbang', target: 'hunan-tianyu-smelting', sentence: 1 },
    { type: 'STATED', source: 'liu-zhenbang', target: 'pacifico-sur-smelter', sentence: 1, validFrom: '2025-02-11' },
    { type: 'LOCATED_IN', source: 'cerro-verde', target: 'peru', sentence: 2 },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'peru', sentence: 2 },
    { type: 'OPERATES', source: 'mmg', target: 'las-bambas', sentence: 2 },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'apurimac', sentence: 2 },
    { type: 'MET', source: 'liu-zhenbang', target: 'jorge-montero-cornejo', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-montero-cornejo', target: 'peru', sentence: 4 },
    { type: 'STATED', source: 'ministry-of-energy-and-mines', target: 'pacifico-sur-smelter', sentence: 5 },
    { type: 'ADOPTED', source: 'council-of-ministers', target: 'national-mining-plan-2050', sentence: 5, validFrom: '2024' },
    { type: 'HEADQUARTERED_IN', source: 'hunan-tianyu-smelting', target: 'changsha', sentence: 6 },
    { type: 'OWNS', source: 'hunan-tianyu-smelting', target: 'pacifico-sur-smelter', sentence: 6, quantities: [{ value: 75, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'buenaventura', target: 'peru', sentence: 6 },
    { type: 'LOCATED_IN', source: 'tia-maria', target: 'islay', sentence: 7 },
    { type: 'OWNS', source: 'southern-copper', target: 'tia-maria', sentence: 7 },
    { type: 'REGULATES', source: 'environmental-evaluation-and-enforcement-agency', target: 'pacifico-sur-smelter', sentence: 8 },
    { type: 'REGULATES', source: 'environmental-evaluation-and-enforcement-agency', target: 'la-oroya-metallurgical-complex', sentence: 8 },
    { type: 'LOCATED_IN', source: 'la-oroya-metallurgical-complex', target: 'junin', sentence: 8 },
  ],
};

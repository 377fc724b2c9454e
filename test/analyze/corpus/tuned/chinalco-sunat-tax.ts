import type { CorpusArticle } from '../corpus-article.js';

/**
 * Chinalco’s Peruvian unit contests a Sunat tax bill over loans from its parent: the mine, the buyer, the tax court, MMG’s case (English).
 */
export const article: CorpusArticle = {
  name: 'Minera Chinalco Perú contests a Sunat tax bill',
  language: 'en',
  publishedAt: '2025-08-21',
  annotated:
    '[[LIMA|lima]], August 20 — {{Minera Chinalco Perú|COMPANY}}, which runs the {{Toromocho|INFRASTRUCTURE}} copper ' +
    'mine, is contesting a tax bill of 412 million soles (about US$ 112 million) from {{Sunat|GOVERNMENT}}, ' +
    '[[Peru|peru]]’s tax agency, the company said on Wednesday. ' +
    '{{Sunat|GOVERNMENT}} says the subsidiary of the Chinese state group [[Chinalco|chinalco]] cut its taxable profit ' +
    'between 2019 and 2021 by paying inflated interest on loans from its parent. ' +
    '[[Chinalco|chinalco]] took control of the mine, in the central {{Junín|PLACE}} region, in 2007, when it bought the ' +
    'Canadian company {{Peru Copper|COMPANY}} for about US$ 840 million. ' +
    'The company’s general manager, {{Huang Zhiwei|PERSON}}, told the business daily {{Gestión|MEDIA}} that the loans ' +
    'had been priced at market rates and that {{Sunat|GOVERNMENT}} had ignored two independent audits. ' +
    'He said the miner would take the case to the {{Tax Tribunal|GOVERNMENT}}, a body of the ' +
    '{{Ministry of Economy and Finance|GOVERNMENT}}, if the agency upholds the bill, a process that often lasts five ' +
    'years or more. ' +
    'Such disputes are common in Peruvian mining: last year [[MMG|mmg]], the Chinese-controlled owner of ' +
    '[[Las Bambas|las-bambas]], lost a similar case over withholding tax on interest paid to lenders abroad. ' +
    'In June the head of {{Sunat|GOVERNMENT}}, {{Rocío Paredes Lazo|PERSON}}, told lawmakers that the agency was ' +
    'auditing the intra-group loans of 24 mining companies and expected to recover at least 2 billion soles. ' +
    'Companies from [[China|china]] produce about a third of [[Peru|peru]]’s copper, according to the ' +
    '{{Ministry of Energy and Mines|GOVERNMENT}}.',
  relationships: [
    { type: 'OPERATES', source: 'minera-chinalco-peru', target: 'toromocho', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'sunat', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'minera-chinalco-peru', target: 'sunat', sentence: 1, validFrom: '2025-08-20' },
    { type: 'STATED', source: 'sunat', target: 'minera-chinalco-peru', sentence: 2 },
    { type: 'PART_OF', source: 'minera-chinalco-peru', target: 'chinalco', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'chinalco', target: 'china', sentence: 2 },
    { type: 'ACQUIRED', source: 'chinalco', target: 'toromocho', sentence: 3, validFrom: '2007' },
    {
      type: 'ACQUIRED',
      source: 'chinalco',
      target: 'peru-copper',
      sentence: 3,
      validFrom: '2007',
      quantities: [{ value: 840000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'toromocho', target: 'junin', sentence: 3 },
    { type: 'LEADS', source: 'huang-zhiwei', target: 'minera-chinalco-peru', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'huang-zhiwei', target: 'gestion', sentence: 4 },
    { type: 'STATED', source: 'huang-zhiwei', target: 'sunat', sentence: 4 },
    { type: 'STATED', source: 'huang-zhiwei', target: 'tax-tribunal', sentence: 5 },
    { type: 'PART_OF', source: 'tax-tribunal', target: 'ministry-of-economy-and-finance', sentence: 5 },
    { type: 'OWNS', source: 'mmg', target: 'las-bambas', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'mmg', target: 'china', sentence: 6 },
    { type: 'LEADS', source: 'rocio-paredes-lazo', target: 'sunat', sentence: 7 },
    { type: 'STATED', source: 'rocio-paredes-lazo', target: 'sunat', sentence: 7, validFrom: '2025-06' },
    { type: 'STATED', source: 'ministry-of-energy-and-mines', target: 'china', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Environmental regulator fines a Chinese-owned zinc miner over a spill (held out)',
  language: 'en',
  publishedAt: '2025-05-08',
  annotated:
    '[[LIMA|lima]] — The {{Environmental Assessment and Enforcement Agency|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|environmental-assessment-and-enforcement-agency}}) has fined {{Minera Pucará|COMPANY}} ' +
    '4 million soles over a spill of mine waste at the {{Pucará|INFRASTRUCTURE}} zinc mine, high in the central ' +
    'region of {{Pasco|PLACE}}. ' +
    'The regulator, which reports to the {{Ministry of the Environment|GOVERNMENT}}, found that a pipe carrying ' +
    'tailings burst on 14 February and sent about 3,000 cubic metres of sludge into a stream that feeds the ' +
    '{{Mantaro River|PLACE}}. ' +
    '{{Minera Pucará|COMPANY}}, which runs the underground mine for its parent, {{Gansu Jintai Mining|COMPANY}}, ' +
    'said it would appeal the {{OEFA|GOVERNMENT|environmental-assessment-and-enforcement-agency}} ruling and that ' +
    'water samples showed no lasting damage downstream. ' +
    '{{Junín|PLACE}}’s governor, {{Hernán Cóndor Vila|PERSON}}, said on Wednesday that farmers in the ' +
    '{{Mantaro Valley|PLACE}}, which grows much of the produce sold in [[Lima|lima]], deserved compensation from the ' +
    'Chinese-owned miner. ' +
    '{{Gansu Jintai|COMPANY|gansu-jintai-mining}} took over the deposit in 2012, when it bought the ' +
    '{{Toronto|PLACE}}-based explorer {{Peru Zinc Holdings|COMPANY}} for about $310m, and has since spent more than ' +
    '$900m developing it. ' +
    'The mine produced about 95,000 tonnes of zinc last year, according to the ' +
    '{{Ministry of Energy and Mines|GOVERNMENT}}, making it the country’s fifth-largest. ' +
    'Congresswoman {{Patricia Rengifo|PERSON}}, who chairs the {{Energy and Mines Committee|GOVERNMENT}} of ' +
    '[[Congress|peru-congress]], has summoned the company’s managers to testify next week. ' +
    '[[China|china]]’s {{Ministry of Commerce|GOVERNMENT}} said in a statement that it had urged ' +
    '{{Gansu Jintai|COMPANY|gansu-jintai-mining}} to work with the Peruvian authorities.',
  relationships: [
    {
      type: 'REGULATES',
      source: 'environmental-assessment-and-enforcement-agency',
      target: 'minera-pucara',
      sentence: 1,
      quantities: [{ value: 4000000, unit: 'PEN' }],
    },
    { type: 'LOCATED_IN', source: 'pucara', target: 'pasco', sentence: 1 },
    { type: 'PART_OF', source: 'environmental-assessment-and-enforcement-agency', target: 'ministry-of-the-environment', sentence: 2 },
    { type: 'OPERATES', source: 'minera-pucara', target: 'pucara', sentence: 3 },
    { type: 'PART_OF', source: 'minera-pucara', target: 'gansu-jintai-mining', sentence: 3 },
    { type: 'STATED', source: 'minera-pucara', target: 'environmental-assessment-and-enforcement-agency', sentence: 3 },
    { type: 'LEADS', source: 'hernan-condor-vila', target: 'junin', sentence: 4 },
    { type: 'STATED', source: 'hernan-condor-vila', target: 'minera-pucara', sentence: 4, validFrom: '2025-05-07' },
    { type: 'AFFILIATED_WITH', source: 'minera-pucara', target: 'china', sentence: 4 },
    { type: 'ACQUIRED', source: 'gansu-jintai-mining', target: 'pucara', sentence: 5, validFrom: '2012' },
    {
      type: 'ACQUIRED',
      source: 'gansu-jintai-mining',
      target: 'peru-zinc-holdings',
      sentence: 5,
      validFrom: '2012',
      quantities: [{ value: 310000000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'peru-zinc-holdings', target: 'toronto', sentence: 5 },
    { type: 'INVESTED_IN', source: 'gansu-jintai-mining', target: 'pucara', sentence: 5, quantities: [{ value: 900000000, unit: 'USD' }] },
    { type: 'STATED', source: 'ministry-of-energy-and-mines', target: 'pucara', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'patricia-rengifo', target: 'peru-congress', sentence: 7 },
    { type: 'PRESIDED_OVER', source: 'patricia-rengifo', target: 'energy-and-mines-committee', sentence: 7 },
    { type: 'PART_OF', source: 'energy-and-mines-committee', target: 'peru-congress', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-commerce', target: 'china', sentence: 8 },
    { type: 'STATED', source: 'ministry-of-commerce', target: 'gansu-jintai-mining', sentence: 8 },
  ],
};

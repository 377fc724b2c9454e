import type { CorpusArticle } from '../../corpus-article.js';

/** Zijin’s Río Blanco copper project reopens talks with Huancabamba communities: owners, premier, ombudsman, governor (English). */
export const article: CorpusArticle = {
  name: 'mining: Río Blanco copper project reopens talks with Huancabamba communities',
  language: 'en',
  publishedAt: '2024-07-16',
  annotated:
    '{{PIURA|PLACE}}, July 15 — Representatives of {{Río Blanco Copper|COMPANY}}, the Peruvian unit of the Chinese miner ' +
    '{{Zijin Mining Group|COMPANY}}, met leaders of the {{Segunda y Cajas|GROUP}} peasant community on Monday for the first ' +
    'time in six years, according to the {{Ombudsman’s Office|GOVERNMENT}}. ' +
    'The meeting took place in the town of {{Huancabamba|PLACE}}, in the highlands of the {{Piura|PLACE}} region, near the ' +
    'border with {{Ecuador|COUNTRY}}. ' +
    'The company wants to develop the {{Río Blanco|INFRASTRUCTURE}} deposit, which holds an estimated 1.2 billion tonnes of ' +
    'copper ore, but farmers fear it will pollute the rivers that feed their coffee plots. ' +
    '{{Zijin|COMPANY|zijin-mining-group}} acquired the project in 2007, when it bought the British firm {{Monterrico Metals|COMPANY}} ' +
    'for £100m together with ' +
    '{{Tongling Nonferrous Metals|COMPANY}} and {{Xiamen C&D|COMPANY}}. ' +
    'It now owns about 90% of the project, and the rest belongs to its two partners. ' +
    'The talks were chaired by {{Gustavo Adrianzén|PERSON}}, [[Peru|peru]]’s Prime Minister, who flew in from [[Lima|lima]] with the ' +
    'ministers of energy and of agriculture. ' +
    'He told reporters that the government would not allow the mine to go ahead without the communities’ consent. ' +
    '{{Río Blanco|COMPANY|rio-blanco-copper}}’s general manager, {{Zhao Wenbin|PERSON}}, said the firm had offered to build a hospital ' +
    'in {{Huancabamba|PLACE}}. ' +
    'In 2009 two protesters died in clashes near the camp, and a court in {{Piura|PLACE}} later convicted several police ' +
    'officers. ' +
    'The regional governor, {{Luis Neyra|PERSON}}, said he backed the dialogue but warned that water came first.',
  relationships: [
    { type: 'PART_OF', source: 'rio-blanco-copper', target: 'zijin-mining-group', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'zijin-mining-group', target: 'china', sentence: 1 },
    { type: 'MET', source: 'rio-blanco-copper', target: 'segunda-y-cajas', sentence: 1 },
    { type: 'STATED', source: 'ombudsman-s-office', target: 'rio-blanco-copper', sentence: 1 },
    { type: 'LOCATED_IN', source: 'huancabamba', target: 'piura', sentence: 2 },
    { type: 'PLANS', source: 'rio-blanco-copper', target: 'rio-blanco', sentence: 3 },
    { type: 'ACQUIRED', source: 'zijin-mining-group', target: 'rio-blanco', sentence: 4, validFrom: '2007' },
    {
      type: 'ACQUIRED',
      source: 'zijin-mining-group',
      target: 'monterrico-metals',
      sentence: 4,
      validFrom: '2007',
      quantities: [{ value: 100000000, unit: 'GBP' }],
    },
    { type: 'ACQUIRED', source: 'tongling-nonferrous-metals', target: 'monterrico-metals', sentence: 4, validFrom: '2007' },
    { type: 'ACQUIRED', source: 'xiamen-c-d', target: 'monterrico-metals', sentence: 4, validFrom: '2007' },
    { type: 'PARTNERS_WITH', source: 'zijin-mining-group', target: 'tongling-nonferrous-metals', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'zijin-mining-group', target: 'xiamen-c-d', sentence: 4 },
    { type: 'OWNS', source: 'zijin-mining-group', target: 'rio-blanco', sentence: 5, quantities: [{ value: 90, unit: '%' }] },
    { type: 'MET', source: 'gustavo-adrianzen', target: 'segunda-y-cajas', sentence: 6 },
    { type: 'VISITED', source: 'gustavo-adrianzen', target: 'huancabamba', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'gustavo-adrianzen', target: 'peru', sentence: 6 },
    { type: 'STATED', source: 'gustavo-adrianzen', target: 'rio-blanco', sentence: 7 },
    { type: 'LEADS', source: 'zhao-wenbin', target: 'rio-blanco-copper', sentence: 8 },
    { type: 'STATED', source: 'zhao-wenbin', target: 'huancabamba', sentence: 8 },
    { type: 'LEADS', source: 'luis-neyra', target: 'piura', sentence: 10 },
    { type: 'STATED', source: 'luis-neyra', target: 'rio-blanco-copper', sentence: 10 },
  ],
};

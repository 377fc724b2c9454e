import type { CorpusArticle } from '../../corpus-article.js';

/** Peru’s mines minister visits Beijing: meetings, a geological survey pact signed by two agencies, a lithium pitch (English). */
export const article: CorpusArticle = {
  name: 'mining: Peru’s mines minister signs geology pact in Beijing',
  language: 'en',
  publishedAt: '2025-04-10',
  annotated:
    '{{BEIJING|PLACE}}, April 9 ({{Xinhua|MEDIA}}) — [[Peru|peru]]’s Minister of Energy and Mines, {{Rómulo Mucho|PERSON}}, met ' +
    '[[China|china]]’s Minister of Natural Resources, {{Wang Guanghua|PERSON}}, on Wednesday to discuss joint exploration of ' +
    'copper, lithium and rare earths. ' +
    'After the talks, the {{Geological, Mining and Metallurgical Institute|GOVERNMENT}} ' +
    '({{Ingemmet|GOVERNMENT|geological-mining-and-metallurgical-institute}}) and the {{China Geological Survey|GOVERNMENT}} ' +
    'signed a {{Memorandum of Understanding on Geoscience Cooperation|AGREEMENT}} covering airborne mapping of the southern ' +
    'Andes. ' +
    'Under the five-year pact, [[Beijing|china]] will contribute $18m in equipment and train 60 Peruvian geologists. ' +
    'The institute, which is attached to the Peruvian ministry, will share the survey data with both governments. ' +
    '{{Mucho|PERSON|romulo-mucho}}, who is on a six-day tour of [[China|china]], also visited the {{Changsha|PLACE}} headquarters of ' +
    '{{China Nonferrous Metal Mining Group|COMPANY}} ({{CNMC|COMPANY|china-nonferrous-metal-mining-group}}), where he invited ' +
    'executives to bid for lithium concessions in {{Puno|PLACE}}. ' +
    'The group has been exploring in [[Peru|peru]] since 2019 through its subsidiary {{CNMC Perú|COMPANY}}. ' +
    'On Thursday he is due to attend the {{China Mining Congress|EVENT}} in {{Tianjin|PLACE}}, an annual fair hosted by the city, ' +
    'and to meet officials of the [[Belt and Road Initiative|belt-and-road-initiative]] secretariat. ' +
    '“[[Peru|peru]] is open to Chinese capital, but on our environmental terms,” the minister told [[China Daily|china-daily]].',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'romulo-mucho', target: 'peru', sentence: 1 },
    { type: 'HOLDS_OFFICE_IN', source: 'wang-guanghua', target: 'china', sentence: 1 },
    { type: 'MET', source: 'romulo-mucho', target: 'wang-guanghua', sentence: 1, validFrom: '2025-04-09' },
    { type: 'DISCUSSED', source: 'romulo-mucho', target: 'wang-guanghua', sentence: 1, validFrom: '2025-04-09' },
    { type: 'VISITED', source: 'romulo-mucho', target: 'beijing', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'geological-mining-and-metallurgical-institute',
      target: 'memorandum-of-understanding-on-geoscience-cooperation',
      sentence: 2,
    },
    { type: 'SIGNED', source: 'china-geological-survey', target: 'memorandum-of-understanding-on-geoscience-cooperation', sentence: 2 },
    { type: 'COOPERATES_WITH', source: 'geological-mining-and-metallurgical-institute', target: 'china-geological-survey', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-geological-survey', target: 'china', sentence: 2 },
    { type: 'INVESTED_IN', source: 'china', target: 'peru', sentence: 3, quantities: [{ value: 18000000, unit: 'USD' }] },
    { type: 'AFFILIATED_WITH', source: 'geological-mining-and-metallurgical-institute', target: 'peru', sentence: 4 },
    { type: 'VISITED', source: 'romulo-mucho', target: 'china', sentence: 5 },
    { type: 'VISITED', source: 'romulo-mucho', target: 'china-nonferrous-metal-mining-group', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'china-nonferrous-metal-mining-group', target: 'changsha', sentence: 5 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'romulo-mucho', target: 'china-nonferrous-metal-mining-group', sentence: 5 },
    { type: 'PART_OF', source: 'cnmc-peru', target: 'china-nonferrous-metal-mining-group', sentence: 6 },
    { type: 'LOCATED_IN', source: 'cnmc-peru', target: 'peru', sentence: 6, validFrom: '2019' },
    { type: 'ATTENDED', source: 'romulo-mucho', target: 'china-mining-congress', sentence: 7 },
    { type: 'HOSTED', source: 'tianjin', target: 'china-mining-congress', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'romulo-mucho', target: 'china-daily', sentence: 8 },
    { type: 'STATED', source: 'romulo-mucho', target: 'peru', sentence: 8 },
  ],
};

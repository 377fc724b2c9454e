import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Peru and China sign trade pact upgrade (held out)',
  language: 'en',
  publishedAt: '2024-11-15',
  annotated:
    '[[LIMA|lima]] — [[Peru|peru]] and [[China|china]] on Thursday signed an upgrade of the ' +
    '[[China–Peru Free Trade Agreement|china-peru-fta]], which has been in force since 2010. ' +
    'President [[Dina Boluarte|dina-boluarte]] welcomed [[Xi Jinping|xi-jinping]] to the ' +
    '{{Government Palace|PLACE}} for the ceremony, which opened a three-day state visit. ' +
    'The [[Ministry of Foreign Trade and Tourism|mincetur]] ([[Mincetur|mincetur]]) and [[China|china]]’s ' +
    '{{Ministry of Commerce|GOVERNMENT}} ({{MOFCOM|GOVERNMENT|ministry-of-commerce}}) negotiated the upgraded ' +
    '[[FTA|china-peru-fta]] over seven rounds of talks that began in 2019. ' +
    '“This upgrade consolidates [[China|china]] as our first trading partner,” said [[Boluarte|dina-boluarte]], who ' +
    'chairs this week’s [[APEC Leaders’ Meeting|apec-summit]] in the capital. ' +
    '[[Beijing|china]] and [[Lima|peru]] also agreed to deepen cooperation under the ' +
    '[[Belt and Road Initiative|belt-and-road-initiative]], which [[Peru|peru]] joined in 2019. ' +
    'Under the new text, Peruvian growers of blueberries, grapes and avocados will face fewer sanitary hurdles, and ' +
    'customs clearance on both sides should take less than 48 hours. ' +
    'The {{Sociedad de Comercio Exterior del Perú|ORGANIZATION}} ' +
    '({{ComexPerú|ORGANIZATION|sociedad-de-comercio-exterior-del-peru}}), a business lobby, said the upgraded ' +
    '[[FTA|china-peru-fta]] could add 1.5 billion dollars a year to exports within a decade. ' +
    'The protocol must still be ratified by the [[Congress of Peru|peru-congress]] and by [[China|china]]’s ' +
    '{{National People’s Congress|GOVERNMENT}} before it takes effect. ' +
    'Two-way trade reached 36 billion dollars last year, with copper ore making up more than half of ' +
    '[[Peru|peru]]’s shipments to [[China|china]].',
  relationships: [
    { type: 'SIGNED', source: 'peru', target: 'china-peru-fta', sentence: 1, validFrom: '2024-11-14' },
    { type: 'SIGNED', source: 'china', target: 'china-peru-fta', sentence: 1, validFrom: '2024-11-14' },
    { type: 'HOSTED', source: 'dina-boluarte', target: 'xi-jinping', sentence: 2 },
    { type: 'VISITED', source: 'xi-jinping', target: 'government-palace', sentence: 2 },
    { type: 'NEGOTIATED', source: 'mincetur', target: 'china-peru-fta', sentence: 3, validFrom: '2019' },
    { type: 'NEGOTIATED', source: 'ministry-of-commerce', target: 'china-peru-fta', sentence: 3, validFrom: '2019' },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-commerce', target: 'china', sentence: 3 },
    { type: 'STATED', source: 'dina-boluarte', target: 'china', sentence: 4 },
    { type: 'PRESIDED_OVER', source: 'dina-boluarte', target: 'apec-summit', sentence: 4 },
    { type: 'COOPERATES_WITH', source: 'china', target: 'peru', sentence: 5 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 5, validFrom: '2019' },
    { type: 'PARTICIPATES_IN', source: 'china', target: 'belt-and-road-initiative', sentence: 5 },
    { type: 'STATED', source: 'sociedad-de-comercio-exterior-del-peru', target: 'china-peru-fta', sentence: 7 },
  ],
};

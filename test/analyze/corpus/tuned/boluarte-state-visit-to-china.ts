import type { CorpusArticle } from '../corpus-article.js';

/** Dina Boluarte’s state visit to China: hosts, meetings, visits and the trade agreement’s upgrade (English). */
export const article: CorpusArticle = {
  name: 'Boluarte state visit to China',
  language: 'en',
  publishedAt: '2024-06-29',
  annotated:
    '[[Xi Jinping|xi-jinping]] hosted Peruvian President [[Dina Boluarte|dina-boluarte]] at the ' +
    '{{Great Hall of the People|PLACE}} in {{Beijing|PLACE}} on Friday, the high point of her first state visit to ' +
    '[[China|china]]. ' +
    '[[Xi|xi-jinping]] and [[Boluarte|dina-boluarte]] met for about two hours and agreed to conclude the upgrade of ' +
    'the [[Peru–China Free Trade Agreement|china-peru-fta]] before November. ' +
    '[[Beijing|china]] and [[Lima|peru]] also agreed to deepen cooperation under the ' +
    '[[Belt and Road Initiative|belt-and-road-initiative]], which [[Peru|peru]] joined in 2019. ' +
    'Before arriving in {{Beijing|PLACE}}, [[Boluarte|dina-boluarte]] visited the headquarters of [[Huawei|huawei]] ' +
    'in [[Shenzhen|shenzhen]] and a factory of the carmaker {{BYD|COMPANY}}. ' +
    'In {{Shanghai|PLACE}} she met executives of [[COSCO Shipping|cosco-shipping]], which owns 60% of the ' +
    '[[Chancay port|chancay-port]] that opens in November. ' +
    'Trade Minister {{Elizabeth Galdo|PERSON}}, who heads the [[Ministry of Foreign Trade and Tourism|mincetur]] ' +
    '([[Mincetur|mincetur]]), has negotiated the upgraded [[China–Peru Free Trade Agreement|china-peru-fta]] with ' +
    '[[China|china]]’s {{Ministry of Commerce|GOVERNMENT}} since February. ' +
    '[[Xi|xi-jinping]] accepted an invitation to attend the [[APEC Leaders’ Meeting|apec-summit]] in [[Lima|lima]] ' +
    'and to pay a state visit to [[Peru|peru]] in November. ' +
    'In an interview with [[China Daily|china-daily]], [[Boluarte|dina-boluarte]] said [[Chancay|chancay-port]] ' +
    'would cut shipping times to {{Asia|PLACE}} by ten days.',
  relationships: [
    { type: 'HOSTED', source: 'xi-jinping', target: 'dina-boluarte', sentence: 1, validFrom: '2024-06-28' },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 1 },
    { type: 'LOCATED_IN', source: 'great-hall-of-the-people', target: 'beijing', sentence: 1 },
    { type: 'VISITED', source: 'dina-boluarte', target: 'china', sentence: 1 },
    { type: 'MET', source: 'xi-jinping', target: 'dina-boluarte', sentence: 2 },
    { type: 'COOPERATES_WITH', source: 'china', target: 'peru', sentence: 3 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 3, validFrom: '2019' },
    { type: 'VISITED', source: 'dina-boluarte', target: 'huawei', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'huawei', target: 'shenzhen', sentence: 4 },
    { type: 'VISITED', source: 'dina-boluarte', target: 'byd', sentence: 4 },
    { type: 'MET', source: 'dina-boluarte', target: 'cosco-shipping', sentence: 5 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 5, quantities: [{ value: 60, unit: '%' }] },
    { type: 'LEADS', source: 'elizabeth-galdo', target: 'mincetur', sentence: 6 },
    { type: 'NEGOTIATED', source: 'elizabeth-galdo', target: 'china-peru-fta', sentence: 6, validFrom: '2024-02' },
    { type: 'NEGOTIATED', source: 'ministry-of-commerce', target: 'china-peru-fta', sentence: 6, validFrom: '2024-02' },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-commerce', target: 'china', sentence: 6 },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 7, validFrom: '2024-11' },
    { type: 'VISITED', source: 'xi-jinping', target: 'peru', sentence: 7, validFrom: '2024-11' },
    { type: 'COMMUNICATED_VIA', source: 'dina-boluarte', target: 'china-daily', sentence: 8 },
    { type: 'STATED', source: 'dina-boluarte', target: 'chancay-port', sentence: 8 },
  ],
};

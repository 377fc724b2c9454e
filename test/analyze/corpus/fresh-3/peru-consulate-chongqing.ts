import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru opens a consulate general in Chongqing: the trade minister’s visit, the mayor, a trade memorandum, Changan, the ambassador
 * (English).
 */
export const article: CorpusArticle = {
  name: 'Peru opens a consulate general in Chongqing',
  language: 'en',
  publishedAt: '2026-03-11',
  annotated:
    '{{CHONGQING|PLACE}}, March 10 — [[Peru|peru]] opened its {{Consulate General in Chongqing|GOVERNMENT}} on ' +
    'Tuesday, its fifth diplomatic mission in [[China|china]], as the inland city ships more goods through the ' +
    '[[Port of Chancay|chancay-port]]. ' +
    '{{Carmen Quispe Lazo|PERSON}}, who heads the [[Ministry of Foreign Trade and Tourism|mincetur]] ' +
    '([[Mincetur|mincetur]]), inaugurated the mission with the city’s mayor, {{Chen Jiahui|PERSON}}, during a three-day ' +
    'visit to {{Chongqing|PLACE}}. ' +
    'The consulate will be headed by {{Luis Felipe Torres Arce|PERSON}}, a career diplomat who was previously ' +
    '[[Peru|peru]]’s deputy consul in {{Shanghai|PLACE}}. ' +
    '{{Chongqing|PLACE}}, home to the carmaker {{Changan Automobile|COMPANY}}, sends goods by rail to the port of ' +
    '{{Qinzhou|PLACE}}, on the {{Gulf of Tonkin|PLACE}}, from where ships reach [[Chancay|chancay-port]] in 34 days. ' +
    '{{Quispe|PERSON|carmen-quispe-lazo}} and the {{Chongqing Municipal Commission of Commerce|GOVERNMENT}} signed a ' +
    '{{Memorandum of Understanding on Trade Promotion|AGREEMENT}} to sell Peruvian coffee, cocoa and avocados in the ' +
    'city’s supermarkets. ' +
    'She also visited {{Changan Automobile|COMPANY}}, which began selling cars in [[Peru|peru]] in 2019 through the ' +
    'importer {{Derco|COMPANY}}, and met its chairman, {{Zhu Huaming|PERSON}}. ' +
    'Trade between the two countries reached $44 billion last year, according to [[Mincetur|mincetur]]. ' +
    '{{Wei Lianshan|PERSON}}, [[China|china]]’s ambassador to [[Peru|peru]], told [[China Daily|china-daily]] that the ' +
    'consulate would also help Chinese tourists, who still need a visa to travel to [[Peru|peru]].',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'consulate-general-in-chongqing', target: 'peru', sentence: 1, validFrom: '2026-03-10' },
    { type: 'LOCATED_IN', source: 'consulate-general-in-chongqing', target: 'china', sentence: 1, validFrom: '2026-03-10' },
    { type: 'LEADS', source: 'carmen-quispe-lazo', target: 'mincetur', sentence: 2 },
    { type: 'LEADS', source: 'chen-jiahui', target: 'chongqing', sentence: 2 },
    { type: 'MET', source: 'carmen-quispe-lazo', target: 'chen-jiahui', sentence: 2 },
    { type: 'VISITED', source: 'carmen-quispe-lazo', target: 'chongqing', sentence: 2 },
    { type: 'LEADS', source: 'luis-felipe-torres-arce', target: 'consulate-general-in-chongqing', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'luis-felipe-torres-arce', target: 'peru', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'changan-automobile', target: 'chongqing', sentence: 4 },
    { type: 'LOCATED_IN', source: 'qinzhou', target: 'gulf-of-tonkin', sentence: 4 },
    { type: 'SIGNED', source: 'carmen-quispe-lazo', target: 'memorandum-of-understanding-on-trade-promotion', sentence: 5 },
    {
      type: 'SIGNED',
      source: 'chongqing-municipal-commission-of-commerce',
      target: 'memorandum-of-understanding-on-trade-promotion',
      sentence: 5,
    },
    { type: 'VISITED', source: 'carmen-quispe-lazo', target: 'changan-automobile', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'changan-automobile', target: 'derco', sentence: 6, validFrom: '2019' },
    { type: 'MET', source: 'carmen-quispe-lazo', target: 'zhu-huaming', sentence: 6 },
    { type: 'LEADS', source: 'zhu-huaming', target: 'changan-automobile', sentence: 6 },
    { type: 'STATED', source: 'mincetur', target: 'peru', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'wei-lianshan', target: 'china', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'wei-lianshan', target: 'china-daily', sentence: 8 },
    { type: 'STATED', source: 'wei-lianshan', target: 'consulate-general-in-chongqing', sentence: 8 },
  ],
};

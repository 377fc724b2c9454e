import type { CorpusArticle } from '../../corpus-article.js';

/**
 * Peru opens its fourth mission in China, in Chengdu: the deputy minister, the consul, Sichuan officials, flights, a sister city
 * (English).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: Peru opens a consulate general in Chengdu',
  language: 'en',
  publishedAt: '2026-01-14',
  annotated:
    '{{CHENGDU|PLACE}}, January 13 — [[Peru|peru]] opened its {{Consulate General in Chengdu|GOVERNMENT}} on ' +
    'Tuesday in this capital of {{Sichuan|PLACE}} province, its fourth mission in [[China|china]] after the ' +
    'embassy in {{Beijing|PLACE}} and the consulates in {{Shanghai|PLACE}} and {{Guangzhou|PLACE}}. ' +
    'The mission, which will serve {{Sichuan|PLACE}}, {{Yunnan|PLACE}}, {{Guizhou|PLACE}} and ' +
    '{{Chongqing|PLACE}}, was inaugurated by [[Peru|peru]]’s Deputy Foreign Minister {{Manuel Talavera ' +
    'Espinar|PERSON}} and by {{Huang Qiang|PERSON}}, the province’s vice-governor. ' +
    'Consul General {{Patricia Arévalo Zúñiga|PERSON}}, a career diplomat who previously served in ' +
    '{{Tokyo|PLACE}}, will head the office, which will issue visas and promote exports such as blueberries and ' +
    'quinoa. ' +
    'The new consulate should help double the number of Chinese tourists visiting [[Peru|peru]] by 2028, ' +
    'according to the [[Ministry of Foreign Trade and Tourism|mincetur]] ([[Mincetur|mincetur]]). ' +
    '{{Talavera|PERSON|manuel-talavera-espinar}} later met the province’s Communist Party secretary, {{Zhou ' +
    'Jianping|PERSON}}, and discussed direct flights between {{Chengdu|PLACE}} and [[Lima|lima]]. ' +
    '{{Sichuan Airlines|COMPANY}}, based in {{Chengdu|PLACE}}, told {{Xinhua|MEDIA}} that it is studying a route ' +
    'to the Peruvian capital. ' +
    'Last year {{Chengdu|PLACE}} signed a sister-city agreement with {{Arequipa|PLACE}}, [[Peru|peru]]’s second ' +
    'city, whose mayor, {{Rodolfo Zegarra Cáceres|PERSON}}, attended the ceremony.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'consulate-general-in-chengdu', target: 'peru', sentence: 1, validFrom: '2026-01-13' },
    { type: 'LOCATED_IN', source: 'consulate-general-in-chengdu', target: 'chengdu', sentence: 1 },
    { type: 'LOCATED_IN', source: 'chengdu', target: 'sichuan', sentence: 1 },
    { type: 'HOLDS_OFFICE_IN', source: 'manuel-talavera-espinar', target: 'peru', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'huang-qiang', target: 'sichuan', sentence: 2 },
    { type: 'LEADS', source: 'patricia-arevalo-zuniga', target: 'consulate-general-in-chengdu', sentence: 3 },
    { type: 'STATED', source: 'mincetur', target: 'consulate-general-in-chengdu', sentence: 4 },
    { type: 'MET', source: 'manuel-talavera-espinar', target: 'zhou-jianping', sentence: 5 },
    { type: 'DISCUSSED', source: 'manuel-talavera-espinar', target: 'zhou-jianping', sentence: 5 },
    { type: 'LEADS', source: 'zhou-jianping', target: 'sichuan', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'sichuan-airlines', target: 'chengdu', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'sichuan-airlines', target: 'xinhua', sentence: 6 },
    { type: 'STATED', source: 'sichuan-airlines', target: 'lima', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'chengdu', target: 'arequipa', sentence: 7, validFrom: '2025' },
    { type: 'LOCATED_IN', source: 'arequipa', target: 'peru', sentence: 7 },
    { type: 'LEADS', source: 'rodolfo-zegarra-caceres', target: 'arequipa', sentence: 7 },
  ],
};

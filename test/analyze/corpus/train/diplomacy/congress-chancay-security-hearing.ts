import type { CorpusArticle } from '../../corpus-article.js';

/**
 * Peru’s congressional defence committee questions the transport minister on who guards Chancay: the port authority, the coast
 * guard, COSCO, the embassy (English).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: Congress defence committee questions minister over Chancay security',
  language: 'en',
  publishedAt: '2025-03-20',
  annotated:
    '[[LIMA|lima]], March 19 — Lawmakers on the {{National Defence Committee|GOVERNMENT}} of the [[Congress of ' +
    'Peru|peru-congress]] questioned {{Javier Montenegro Ruiz|PERSON}}, the head of the {{Ministry of Transport ' +
    'and Communications|GOVERNMENT}} ({{MTC|GOVERNMENT|ministry-of-transport-and-communications}}), on Wednesday ' +
    'about security at the port of [[Chancay|chancay-port]]. ' +
    'The committee’s chairman, retired general {{Alfredo Benavides Merino|PERSON}}, said the terminal, which is ' +
    '60% owned by [[COSCO Shipping|cosco-shipping]], should be guarded by the {{Peruvian Navy|GOVERNMENT}} and ' +
    'not by private contractors. ' +
    'He cited a report by {{US Southern Command|GOVERNMENT}} that warned the port could one day receive Chinese ' +
    'warships. ' +
    'The minister replied that the {{National Port Authority|GOVERNMENT}} ' +
    '({{APN|GOVERNMENT|national-port-authority}}), which oversees the port, had approved its {{Chancay Port ' +
    'Security Plan|PLAN}} in October. ' +
    'Sea access to the terminal, he added, is watched by the {{General Directorate of Harbour Masters and Coast ' +
    'Guard|GOVERNMENT}}, a branch of the {{Peruvian Navy|GOVERNMENT}}. ' +
    '{{Cosco Shipping Ports Chancay Peru|COMPANY}}, the [[COSCO Shipping|cosco-shipping]] subsidiary that runs ' +
    'the terminal, said in a statement that it complies with all Peruvian laws and has hired 1,200 local workers. ' +
    'Committee member {{Lucía Alvarado Gómez|PERSON}} proposed a bill that would require the approval of the ' +
    '[[Congress of the Republic|peru-congress]] for any foreign warship to call at [[Chancay|chancay-port]]. ' +
    'The {{Embassy of China in Peru|GOVERNMENT}} said on its {{WeChat|MEDIA}} account that the port was a purely ' +
    'commercial project and accused {{Washington|COUNTRY|united-states}} of spreading disinformation about ' +
    '[[China|china]].',
  relationships: [
    { type: 'PART_OF', source: 'national-defence-committee', target: 'peru-congress', sentence: 1 },
    { type: 'LEADS', source: 'javier-montenegro-ruiz', target: 'ministry-of-transport-and-communications', sentence: 1 },
    { type: 'LEADS', source: 'alfredo-benavides-merino', target: 'national-defence-committee', sentence: 2 },
    { type: 'STATED', source: 'alfredo-benavides-merino', target: 'chancay-port', sentence: 2 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 2, quantities: [{ value: 60, unit: '%' }] },
    { type: 'STATED', source: 'us-southern-command', target: 'chancay-port', sentence: 3 },
    { type: 'STATED', source: 'javier-montenegro-ruiz', target: 'national-port-authority', sentence: 4 },
    { type: 'REGULATES', source: 'national-port-authority', target: 'chancay-port', sentence: 4 },
    { type: 'ADOPTED', source: 'national-port-authority', target: 'chancay-port-security-plan', sentence: 4, validFrom: '2024-10' },
    { type: 'REGULATES', source: 'general-directorate-of-harbour-masters-and-coast-guard', target: 'chancay-port', sentence: 5 },
    { type: 'PART_OF', source: 'general-directorate-of-harbour-masters-and-coast-guard', target: 'peruvian-navy', sentence: 5 },
    { type: 'STATED', source: 'javier-montenegro-ruiz', target: 'general-directorate-of-harbour-masters-and-coast-guard', sentence: 5 },
    { type: 'OPERATES', source: 'cosco-shipping-ports-chancay-peru', target: 'chancay-port', sentence: 6 },
    { type: 'PART_OF', source: 'cosco-shipping-ports-chancay-peru', target: 'cosco-shipping', sentence: 6 },
    { type: 'STATED', source: 'cosco-shipping-ports-chancay-peru', target: 'chancay-port', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'lucia-alvarado-gomez', target: 'national-defence-committee', sentence: 7 },
    { type: 'STATED', source: 'lucia-alvarado-gomez', target: 'chancay-port', sentence: 7 },
    { type: 'STATED', source: 'embassy-of-china-in-peru', target: 'chancay-port', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'embassy-of-china-in-peru', target: 'wechat', sentence: 8 },
    { type: 'STATED', source: 'embassy-of-china-in-peru', target: 'united-states', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'embassy-of-china-in-peru', target: 'china', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Peru’s foreign minister holds talks in Beijing with his Chinese counterpart: their dialogue, requests, next meetings (English). */
export const article: CorpusArticle = {
  name: 'Peruvian foreign minister in Beijing',
  language: 'en',
  publishedAt: '2025-11-20',
  annotated:
    '{{BEIJING|PLACE}}, November 19 — [[Peru|peru]]’s foreign minister, {{Ricardo Salazar Montoya|PERSON}}, held talks ' +
    'on Wednesday with his Chinese counterpart, {{Zhou Mingde|PERSON}}, on the first day of a four-day visit to ' +
    '[[China|china]]. ' +
    'The two ministers co-chaired the fourth round of the ' +
    '{{China–Peru Foreign Ministers’ Strategic Dialogue|EVENT}}, a mechanism created in 2013 to review the ' +
    'relationship every two years. ' +
    'They discussed the upgraded [[China–Peru Free Trade Agreement|china-peru-fta]], consular services and a proposal ' +
    'for direct flights between [[Lima|lima]] and [[Shenzhen|shenzhen]]. ' +
    '{{Zhou|PERSON|zhou-mingde}} said [[China|china]] was ready to buy more Peruvian farm produce and would encourage ' +
    'its companies to invest in the industrial zone planned around the [[Port of Chancay|chancay-port]]. ' +
    '{{Salazar|PERSON|ricardo-salazar-montoya}}, in turn, asked [[Beijing|china]] to lift a ban imposed in August on ' +
    'fishmeal from three Peruvian plants after customs inspectors found salmonella in two cargoes. ' +
    'On Thursday he is due to meet Vice President {{Liu Jianhua|PERSON}} before flying to {{Shanghai|PLACE}}, where ' +
    '[[COSCO Shipping|cosco-shipping]], the operator of the [[Port of Chancay|chancay-port]], has its headquarters. ' +
    '[[China|china]] has been [[Peru|peru]]’s largest trading partner since 2014 and is the main buyer of its copper, ' +
    'iron ore and fishmeal. ' +
    'The visit comes a year after [[Xi Jinping|xi-jinping]] attended the [[APEC summit|apec-summit]] in ' +
    '[[Lima|lima]] in November 2024, where he met President [[Dina Boluarte|dina-boluarte]].',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'ricardo-salazar-montoya', target: 'peru', sentence: 1 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhou-mingde', target: 'china', sentence: 1 },
    { type: 'MET', source: 'ricardo-salazar-montoya', target: 'zhou-mingde', sentence: 1, validFrom: '2025-11-19' },
    { type: 'VISITED', source: 'ricardo-salazar-montoya', target: 'china', sentence: 1, validFrom: '2025-11-19' },
    {
      type: 'PRESIDED_OVER',
      source: 'ricardo-salazar-montoya',
      target: 'china-peru-foreign-ministers-strategic-dialogue',
      sentence: 2,
    },
    { type: 'PRESIDED_OVER', source: 'zhou-mingde', target: 'china-peru-foreign-ministers-strategic-dialogue', sentence: 2 },
    { type: 'DISCUSSED', source: 'ricardo-salazar-montoya', target: 'zhou-mingde', sentence: 3 },
    { type: 'STATED', source: 'zhou-mingde', target: 'china', sentence: 4 },
    { type: 'MET', source: 'ricardo-salazar-montoya', target: 'liu-jianhua', sentence: 6, validFrom: '2025-11-20' },
    { type: 'HOLDS_OFFICE_IN', source: 'liu-jianhua', target: 'china', sentence: 6 },
    { type: 'VISITED', source: 'ricardo-salazar-montoya', target: 'shanghai', sentence: 6 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 6 },
    { type: 'HEADQUARTERED_IN', source: 'cosco-shipping', target: 'shanghai', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 7, validFrom: '2014' },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 8, validFrom: '2024-11' },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 8, validFrom: '2024-11' },
    { type: 'MET', source: 'xi-jinping', target: 'dina-boluarte', sentence: 8, validFrom: '2024-11' },
  ],
};

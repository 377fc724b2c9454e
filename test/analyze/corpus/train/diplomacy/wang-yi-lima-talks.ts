import type { CorpusArticle } from '../../corpus-article.js';

/** China’s foreign minister meets his Peruvian counterpart, the president and Congress leaders in Lima (English). */
export const article: CorpusArticle = {
  name: 'diplomacy: Wang Yi holds talks with Peru’s foreign minister in Lima',
  language: 'en',
  publishedAt: '2025-04-10',
  annotated:
    '[[LIMA|lima]], April 9 — Chinese Foreign Minister {{Wang Yi|PERSON}} held talks on Wednesday with his ' +
    'Peruvian counterpart, {{Elmer Schialer|PERSON}}, at the {{Torre Tagle Palace|PLACE}}, the seat of ' +
    '[[Peru|peru]]’s {{Ministry of Foreign Affairs|GOVERNMENT}}. ' +
    'The two discussed the upgraded [[China–Peru Free Trade Agreement|china-peru-fta]] and security along the ' +
    '{{Pacific|PLACE}} shipping lanes, the ministry said in a statement. ' +
    '{{Wang|PERSON|wang-yi}}, who sits on the {{Political Bureau of the Communist Party of China|GOVERNMENT}}, ' +
    'was received earlier in the day by Peruvian President [[Dina Boluarte|dina-boluarte]] at the {{Government ' +
    'Palace|PLACE}}. ' +
    'She told him that [[Peru|peru]] wanted Chinese investment in a railway linking the port of ' +
    '[[Chancay|chancay-port]] with the central highlands, according to her office. ' +
    '{{Schialer|PERSON|elmer-schialer}} said after the meeting that [[Lima|peru]] and [[Beijing|china]] would ' +
    'mark in 2026 the 55th anniversary of the diplomatic ties they established in 1971. ' +
    'The Chinese minister also met {{Julio Cárdenas Vela|PERSON}}, the president of the [[Congress of the ' +
    'Republic|peru-congress]], and the head of its {{Foreign Relations Committee|GOVERNMENT}}, {{Ana María ' +
    'Quiroz|PERSON}}. ' +
    '[[China|china]] has been [[Peru|peru]]’s biggest trading partner for a decade, and the Andean country joined ' +
    'the [[Belt and Road Initiative|belt-and-road-initiative]] in 2019. ' +
    '{{Wang|PERSON|wang-yi}} told the state news agency {{Xinhua|MEDIA}} that [[China|china]] firmly supports ' +
    '[[Peru|peru]]’s development and is ready to train more Peruvian diplomats at the {{China Foreign Affairs ' +
    'University|ORGANIZATION}} in {{Beijing|PLACE}}.',
  relationships: [
    { type: 'MET', source: 'wang-yi', target: 'elmer-schialer', sentence: 1, validFrom: '2025-04-09' },
    { type: 'HOLDS_OFFICE_IN', source: 'wang-yi', target: 'china', sentence: 1 },
    { type: 'HOLDS_OFFICE_IN', source: 'elmer-schialer', target: 'peru', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'ministry-of-foreign-affairs', target: 'torre-tagle-palace', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-foreign-affairs', target: 'peru', sentence: 1 },
    { type: 'DISCUSSED', source: 'wang-yi', target: 'elmer-schialer', sentence: 2 },
    { type: 'STATED', source: 'ministry-of-foreign-affairs', target: 'china-peru-fta', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'wang-yi', target: 'political-bureau-of-the-communist-party-of-china', sentence: 3 },
    { type: 'HOSTED', source: 'dina-boluarte', target: 'wang-yi', sentence: 3 },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 3 },
    { type: 'STATED', source: 'dina-boluarte', target: 'peru', sentence: 4 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'peru', target: 'china', sentence: 4 },
    { type: 'STATED', source: 'elmer-schialer', target: 'china', sentence: 5 },
    { type: 'COOPERATES_WITH', source: 'peru', target: 'china', sentence: 5, validFrom: '1971' },
    { type: 'MET', source: 'wang-yi', target: 'julio-cardenas-vela', sentence: 6 },
    { type: 'LEADS', source: 'julio-cardenas-vela', target: 'peru-congress', sentence: 6 },
    { type: 'MET', source: 'wang-yi', target: 'ana-maria-quiroz', sentence: 6 },
    { type: 'LEADS', source: 'ana-maria-quiroz', target: 'foreign-relations-committee', sentence: 6 },
    { type: 'PART_OF', source: 'foreign-relations-committee', target: 'peru-congress', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 7 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 7, validFrom: '2019' },
    { type: 'COMMUNICATED_VIA', source: 'wang-yi', target: 'xinhua', sentence: 8 },
    { type: 'STATED', source: 'wang-yi', target: 'peru', sentence: 8 },
    { type: 'LOCATED_IN', source: 'china-foreign-affairs-university', target: 'beijing', sentence: 8 },
  ],
};

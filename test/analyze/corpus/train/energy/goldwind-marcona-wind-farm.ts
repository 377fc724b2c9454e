import type { CorpusArticle } from '../../corpus-article.js';

/** Goldwind supplies turbines for Engie’s Marcona II wind farm in Ica: the signatories, the lender, the minister’s visit (English). */
export const article: CorpusArticle = {
  name: 'energy: Goldwind to supply turbines for Engie wind farm in Ica',
  language: 'en',
  publishedAt: '2024-05-21',
  annotated:
    '[[LIMA|lima]], May 20 — The Chinese turbine maker {{Goldwind|COMPANY}} will supply 34 turbines for ' +
    '{{Parque Eólico Marcona II|INFRASTRUCTURE}}, a 204-megawatt wind farm that {{Engie Energía Perú|COMPANY}} is ' +
    'building in the {{Ica|PLACE}} region, the two companies said on Monday. ' +
    'The contract, worth about $160m, was signed in {{Beijing|PLACE}} by {{Goldwind|COMPANY}}’s vice president, ' +
    '{{Cao Zhigang|PERSON}}, and the Peruvian generator’s chief executive, {{Hendrik De Buyserie|PERSON}}. ' +
    '{{Engie Energía Perú|COMPANY}}, the local unit of the French group {{Engie|COMPANY}}, is [[Peru|peru]]’s ' +
    'third-largest generator and already runs the {{Punta Lomitas|INFRASTRUCTURE}} wind farm, also in ' +
    '{{Ica|PLACE}}. ' +
    'The project is being financed with a $120m loan from {{Bank of China|COMPANY}}, arranged through its branch in ' +
    '[[Lima|lima]], and with the company’s own funds. ' +
    'Construction began in January, and the first turbines, to be shipped from the port of {{Tianjin|PLACE}}, are ' +
    'due to arrive at [[Chancay|chancay-port]] in September. ' +
    '{{Goldwind|COMPANY}}, based in {{Urumqi|PLACE}}, in the {{Xinjiang|PLACE}} region, has sold turbines in ' +
    '{{Chile|COUNTRY}} and {{Argentina|COUNTRY}}, but this is its first order in [[Peru|peru]]. ' +
    'The {{Ministry of Energy and Mines|GOVERNMENT}} said the farm would lift wind’s share of national generation to ' +
    '9%, and that [[Lima|peru]] would auction another 1,000 megawatts of renewable capacity next year. ' +
    '{{Rómulo Mucho|PERSON}}, who heads the ministry, toured the site in April and met community leaders from the ' +
    'nearby district of {{Marcona|PLACE}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'goldwind', target: 'china', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'goldwind', target: 'engie-energia-peru', sentence: 1 },
    { type: 'BUILT', source: 'engie-energia-peru', target: 'parque-eolico-marcona-ii', sentence: 1 },
    { type: 'LOCATED_IN', source: 'parque-eolico-marcona-ii', target: 'ica', sentence: 1 },
    { type: 'STATED', source: 'goldwind', target: 'parque-eolico-marcona-ii', sentence: 1, validFrom: '2024-05-20' },
    { type: 'STATED', source: 'engie-energia-peru', target: 'parque-eolico-marcona-ii', sentence: 1, validFrom: '2024-05-20' },
    { type: 'HOLDS_OFFICE_IN', source: 'cao-zhigang', target: 'goldwind', sentence: 2 },
    { type: 'LEADS', source: 'hendrik-de-buyserie', target: 'engie-energia-peru', sentence: 2 },
    { type: 'PART_OF', source: 'engie-energia-peru', target: 'engie', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'engie-energia-peru', target: 'peru', sentence: 3 },
    { type: 'OPERATES', source: 'engie-energia-peru', target: 'punta-lomitas', sentence: 3 },
    { type: 'LOCATED_IN', source: 'punta-lomitas', target: 'ica', sentence: 3 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'parque-eolico-marcona-ii',
      target: 'bank-of-china',
      sentence: 4,
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'goldwind', target: 'urumqi', sentence: 6 },
    { type: 'LOCATED_IN', source: 'urumqi', target: 'xinjiang', sentence: 6 },
    { type: 'STATED', source: 'ministry-of-energy-and-mines', target: 'parque-eolico-marcona-ii', sentence: 7 },
    { type: 'LEADS', source: 'romulo-mucho', target: 'ministry-of-energy-and-mines', sentence: 8 },
    { type: 'VISITED', source: 'romulo-mucho', target: 'parque-eolico-marcona-ii', sentence: 8, validFrom: '2024-04' },
  ],
};

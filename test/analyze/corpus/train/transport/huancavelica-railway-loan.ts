import type { CorpusArticle } from '../../corpus-article.js';

/**
 * China Development Bank lends Peru US$ 620m to rebuild the Huancayo–Huancavelica railway: builder, owner, operator, governor
 * (English).
 */
export const article: CorpusArticle = {
  name: 'transport: China Development Bank loan to rebuild the Huancayo–Huancavelica railway',
  language: 'en',
  publishedAt: '2025-10-09',
  annotated:
    '[[LIMA|lima]], October 8 — The {{China Development Bank|COMPANY}} will lend [[Peru|peru]] US$ 620 million to rebuild ' +
    'the {{Huancayo–Huancavelica Railway|INFRASTRUCTURE}}, the {{Ministry of Economy and Finance|GOVERNMENT}} said on ' +
    'Wednesday. ' +
    'Economy minister {{Alonso Quiroga Benavides|PERSON}} and the bank’s chairman, {{Zhao Huan|PERSON}}, signed the ' +
    'credit in {{Beijing|PLACE}} on Tuesday, during a four-day visit by the minister to [[China|china]]. ' +
    'The 128-kilometre line, built between 1908 and 1926 and known locally as ' +
    '{{El Tren Macho|INFRASTRUCTURE|huancayo-huancavelica-railway}}, runs through the {{Mantaro Valley|PLACE}} and carries ' +
    'about 1,000 passengers a day. ' +
    'The works will be carried out by {{China Railway Eryuan Engineering Group|COMPANY}}, a unit of ' +
    '{{China Railway Group|COMPANY}} that designed the {{Mombasa–Nairobi Railway|INFRASTRUCTURE}} in {{Kenya|COUNTRY}}. ' +
    'The railway belongs to the {{Ministry of Transport and Communications|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministry-of-transport-and-communications}}) and is run by the Peruvian firm ' +
    '{{Ferrovías Mantaro|COMPANY}} under a concession that expires in 2029. ' +
    'The governor of {{Huancavelica|PLACE}}, {{Leoncio Huayllani Quispe|PERSON}}, said the new track would cut the trip ' +
    'to the regional capital from six hours to three. ' +
    '[[Peru|peru]] joined the [[Belt and Road Initiative|belt-and-road-initiative]] in 2019, and the lender has since ' +
    'financed two other transport projects in the country. ' +
    '{{Ernesto Llamoja Ccori|PERSON}}, who chairs the {{Transport Committee|GOVERNMENT}} of ' +
    '[[Congress|peru-congress]], asked the ministry to publish the interest rate of the loan.',
  relationships: [
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'peru',
      target: 'china-development-bank',
      sentence: 1,
      quantities: [{ value: 620000000, unit: 'USD' }],
    },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'huancayo-huancavelica-railway',
      target: 'china-development-bank',
      sentence: 1,
      quantities: [{ value: 620000000, unit: 'USD' }],
    },
    {
      type: 'STATED',
      source: 'ministry-of-economy-and-finance',
      target: 'china-development-bank',
      sentence: 1,
      validFrom: '2025-10-08',
    },
    { type: 'MET', source: 'alonso-quiroga-benavides', target: 'zhao-huan', sentence: 2, validFrom: '2025-10-07' },
    { type: 'LEADS', source: 'zhao-huan', target: 'china-development-bank', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'alonso-quiroga-benavides', target: 'peru', sentence: 2 },
    { type: 'VISITED', source: 'alonso-quiroga-benavides', target: 'beijing', sentence: 2, validFrom: '2025-10-07' },
    { type: 'VISITED', source: 'alonso-quiroga-benavides', target: 'china', sentence: 2 },
    { type: 'LOCATED_IN', source: 'huancayo-huancavelica-railway', target: 'mantaro-valley', sentence: 3 },
    { type: 'BUILT', source: 'china-railway-eryuan-engineering-group', target: 'huancayo-huancavelica-railway', sentence: 4 },
    { type: 'PART_OF', source: 'china-railway-eryuan-engineering-group', target: 'china-railway-group', sentence: 4 },
    { type: 'LOCATED_IN', source: 'mombasa-nairobi-railway', target: 'kenya', sentence: 4 },
    { type: 'OWNS', source: 'ministry-of-transport-and-communications', target: 'huancayo-huancavelica-railway', sentence: 5 },
    { type: 'OPERATES', source: 'ferrovias-mantaro', target: 'huancayo-huancavelica-railway', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'ferrovias-mantaro', target: 'peru', sentence: 5 },
    { type: 'LEADS', source: 'leoncio-huayllani-quispe', target: 'huancavelica', sentence: 6 },
    { type: 'STATED', source: 'leoncio-huayllani-quispe', target: 'huancayo-huancavelica-railway', sentence: 6 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 7, validFrom: '2019' },
    { type: 'INVESTED_IN', source: 'china-development-bank', target: 'peru', sentence: 7 },
    { type: 'LEADS', source: 'ernesto-llamoja-ccori', target: 'transport-committee', sentence: 8 },
    { type: 'PART_OF', source: 'transport-committee', target: 'peru-congress', sentence: 8 },
    { type: 'STATED', source: 'ernesto-llamoja-ccori', target: 'ministry-of-transport-and-communications', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Osinergmin raises Lima’s tariffs: the two Chinese-owned distributors, their purchases, Congress, the subsidy fund (English). */
export const article: CorpusArticle = {
  name: 'energy: Lima power bills to rise under new Osinergmin tariffs',
  language: 'en',
  publishedAt: '2025-04-16',
  annotated:
    '[[LIMA|lima]], April 15 — Household electricity bills in [[Lima|lima]] will rise by an average of 3.2% from May ' +
    'after the regulator, {{Osinergmin|GOVERNMENT}}, on Tuesday approved the ' +
    '{{2025–2029 Distribution Tariff Schedule|PLAN}}. ' +
    'The increase applies to the 3.1 million customers of {{Pluz Energía Perú|COMPANY}} and {{Luz del Sur|COMPANY}}, ' +
    'the capital’s two distributors, both owned by Chinese state companies. ' +
    '{{Pluz|COMPANY|pluz-energia-peru}}, formerly {{Enel Distribución Perú|COMPANY|pluz-energia-peru}}, was bought ' +
    'in 2024 by {{China Southern Power Grid International|COMPANY}} from the Italian group {{Enel|COMPANY}} for $2.9bn. ' +
    '{{China Three Gorges Corporation|COMPANY}} has controlled {{Luz del Sur|COMPANY}} since 2020, when it paid ' +
    '{{Sempra Energy|COMPANY}}, of {{San Diego|PLACE}}, $3.59bn for its 83.6% stake. ' +
    '{{Omar Chambergo|PERSON}}, the regulator’s president, said the rise reflected investment in substations and the ' +
    'cost of replacing old meters, not higher profits. ' +
    'He told the newspaper {{El Comercio|MEDIA}} that the two companies must invest a combined 4.1 billion soles in ' +
    'their networks by 2029 under the schedule. ' +
    'Congresswoman {{Ruth Luque|PERSON}}, a member of the {{Energy and Mines Committee|GOVERNMENT}} of the ' +
    '[[Congress of the Republic|peru-congress]], called the increase “unacceptable” and asked the energy minister to ' +
    'explain it before lawmakers. ' +
    'The {{Ministry of Energy and Mines|GOVERNMENT}} said it was studying a discount for 1.5 million low-income homes ' +
    'through the {{Electricity Social Compensation Fund|PROGRAM}} ' +
    '({{FOSE|PROGRAM|electricity-social-compensation-fund}}).',
  relationships: [
    {
      type: 'ADOPTED',
      source: 'osinergmin',
      target: '2025-2029-distribution-tariff-schedule',
      sentence: 1,
      validFrom: '2025-04-15',
    },
    { type: 'AFFILIATED_WITH', source: 'pluz-energia-peru', target: 'china', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'luz-del-sur', target: 'china', sentence: 2 },
    {
      type: 'ACQUIRED',
      source: 'china-southern-power-grid-international',
      target: 'pluz-energia-peru',
      sentence: 3,
      validFrom: '2024',
      quantities: [{ value: 2900000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'enel', target: 'pluz-energia-peru', sentence: 3, validFrom: '2024' },
    { type: 'OWNS', source: 'china-three-gorges-corporation', target: 'luz-del-sur', sentence: 4, validFrom: '2020' },
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges-corporation',
      target: 'luz-del-sur',
      sentence: 4,
      validFrom: '2020',
      quantities: [
        { value: 3590000000, unit: 'USD' },
        { value: 83.6, unit: '%' },
      ],
    },
    { type: 'SOLD', source: 'sempra-energy', target: 'luz-del-sur', sentence: 4, validFrom: '2020' },
    { type: 'HEADQUARTERED_IN', source: 'sempra-energy', target: 'san-diego', sentence: 4 },
    { type: 'LEADS', source: 'omar-chambergo', target: 'osinergmin', sentence: 5 },
    { type: 'STATED', source: 'omar-chambergo', target: '2025-2029-distribution-tariff-schedule', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'omar-chambergo', target: 'el-comercio', sentence: 6 },
    { type: 'STATED', source: 'omar-chambergo', target: 'pluz-energia-peru', sentence: 6 },
    { type: 'STATED', source: 'omar-chambergo', target: 'luz-del-sur', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'ruth-luque', target: 'peru-congress', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'ruth-luque', target: 'energy-and-mines-committee', sentence: 7 },
    { type: 'PART_OF', source: 'energy-and-mines-committee', target: 'peru-congress', sentence: 7 },
    { type: 'STATED', source: 'ruth-luque', target: '2025-2029-distribution-tariff-schedule', sentence: 7 },
    { type: 'STATED', source: 'ministry-of-energy-and-mines', target: 'electricity-social-compensation-fund', sentence: 8 },
  ],
};

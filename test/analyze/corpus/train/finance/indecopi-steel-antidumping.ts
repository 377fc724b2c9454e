import type { CorpusArticle } from '../../corpus-article.js';

/** Indecopi imposes anti-dumping duties on Chinese steel bars: complainant, exporters, commission, Beijing (English). */
export const article: CorpusArticle = {
  name: 'finance: Indecopi slaps anti-dumping duties on Chinese rebar',
  language: 'en',
  publishedAt: '2025-09-24',
  annotated:
    '[[LIMA|lima]], September 23 — [[Peru|peru]]’s competition and trade watchdog, {{Indecopi|GOVERNMENT}}, imposed ' +
    'anti-dumping duties of up to 37% on steel reinforcing bars from [[China|china]] on September 23, ending a ' +
    '14-month investigation. ' +
    'The case was brought in July 2024 by {{Corporación Aceros Arequipa|COMPANY}}, the country’s largest steelmaker, ' +
    'which is based in [[Lima|lima]] and runs a mill in {{Pisco|PLACE}}, in the {{Ica|PLACE}} region. ' +
    'The ruling was issued by the agency’s {{Commission on Dumping, Subsidies and Elimination of Non-Tariff Trade Barriers|GOVERNMENT}}, ' +
    'which found that Chinese bars were sold in [[Peru|peru]] below their price at home. ' +
    'Its chairman, {{Renzo Rojas Jiménez|PERSON}}, told the newspaper {{Gestión|MEDIA}} that imports had tripled since 2021. ' +
    'The highest rate applies to {{Jiangsu Shagang Group|COMPANY}}, while {{HBIS Group|COMPANY}}, owned by the government ' +
    'of {{Hebei|PLACE}} province, will pay 21%. ' +
    '[[China|china]]’s {{Ministry of Commerce|GOVERNMENT}} said it regretted the decision and would raise it with the committee that ' +
    'oversees the [[China–Peru Free Trade Agreement|china-peru-fta]]. ' +
    'Building contractors grouped in {{Capeco|ORGANIZATION}} warned that the duties would push up the cost of housing. ' +
    'Steel imports from [[China|china]] were worth $610m in 2024, according to the ' +
    '{{National Superintendency of Customs and Tax Administration|GOVERNMENT}} ' +
    '({{Sunat|GOVERNMENT|national-superintendency-of-customs-and-tax-administration}}).',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'corporacion-aceros-arequipa', target: 'china', sentence: 2, validFrom: '2024-07' },
    { type: 'HEADQUARTERED_IN', source: 'corporacion-aceros-arequipa', target: 'lima', sentence: 2 },
    { type: 'LOCATED_IN', source: 'pisco', target: 'ica', sentence: 2 },
    {
      type: 'PART_OF',
      source: 'commission-on-dumping-subsidies-and-elimination-of-non-tariff-trade-barriers',
      target: 'indecopi',
      sentence: 3,
    },
    {
      type: 'LEADS',
      source: 'renzo-rojas-jimenez',
      target: 'commission-on-dumping-subsidies-and-elimination-of-non-tariff-trade-barriers',
      sentence: 4,
    },
    { type: 'COMMUNICATED_VIA', source: 'renzo-rojas-jimenez', target: 'gestion', sentence: 4 },
    { type: 'STATED', source: 'renzo-rojas-jimenez', target: 'china', sentence: 4 },
    { type: 'REGULATES', source: 'indecopi', target: 'jiangsu-shagang-group', sentence: 5 },
    { type: 'REGULATES', source: 'indecopi', target: 'hbis-group', sentence: 5, quantities: [{ value: 21, unit: '%' }] },
    { type: 'OWNS', source: 'hebei', target: 'hbis-group', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-commerce', target: 'china', sentence: 6 },
    { type: 'STATED', source: 'ministry-of-commerce', target: 'indecopi', sentence: 6 },
    { type: 'STATED', source: 'capeco', target: 'indecopi', sentence: 7 },
    {
      type: 'STATED',
      source: 'national-superintendency-of-customs-and-tax-administration',
      target: 'china',
      sentence: 8,
    },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/**
 * A CRCC-led consortium wins the Lima Metro Line 3 contract: its partners and shares, the regulator, a loan sought in Beijing
 * (English).
 */
export const article: CorpusArticle = {
  name: 'transport: CRCC-led consortium wins Lima Metro Line 3 contract',
  language: 'en',
  publishedAt: '2025-03-12',
  annotated:
    '[[LIMA|lima]], March 11 — The {{Consorcio Metro Lima Norte|COMPANY}}, led by ' +
    '{{China Railway Construction Corporation|COMPANY}} ({{CRCC|COMPANY|china-railway-construction-corporation}}), won the ' +
    'US$ 4.2 billion contract to build {{Line 3 of the Lima Metro|INFRASTRUCTURE}}, the ' +
    '{{Urban Transport Authority for Lima and Callao|GOVERNMENT}} said on Tuesday. ' +
    'The state-owned Chinese builder holds 55% of the consortium, while {{China Communications Construction Company|COMPANY}} ' +
    'has 25% and the Peruvian firm {{Constructora Inca Andes|COMPANY}} the remaining 20%. ' +
    'The authority, known by its Spanish initials as ' +
    '{{ATU|GOVERNMENT|urban-transport-authority-for-lima-and-callao}}, will oversee the works, which are due to start in ' +
    'January 2026. ' +
    'The 34-kilometre underground line will run from {{Comas|PLACE}}, in the north of the capital, to ' +
    '{{Villa El Salvador|PLACE}} and is expected to carry 1.3 million passengers a day. ' +
    'Transport minister {{Raúl Tejada Oré|PERSON}} said [[Peru|peru]] would seek a loan of up to US$ 1 billion from the ' +
    '{{Export-Import Bank of China|COMPANY}} to pay for part of {{Line 3|INFRASTRUCTURE|line-3-of-the-lima-metro}}. ' +
    'He met the bank’s president, {{Ren Shengjun|PERSON}}, in {{Beijing|PLACE}} in February. ' +
    '{{CRCC|COMPANY|china-railway-construction-corporation}}’s local unit, {{CRCC Perú|COMPANY}}, has worked in the ' +
    'country since 2014 and is also widening the {{Huaral–Acos Road|INFRASTRUCTURE}}. ' +
    'Critics in the [[Congress of the Republic|peru-congress]] have questioned whether a single Chinese group should ' +
    'build two metro lines in the capital.',
  relationships: [
    { type: 'LEADS', source: 'china-railway-construction-corporation', target: 'consorcio-metro-lima-norte', sentence: 1 },
    {
      type: 'BUILT',
      source: 'consorcio-metro-lima-norte',
      target: 'line-3-of-the-lima-metro',
      sentence: 1,
      quantities: [{ value: 4200000000, unit: 'USD' }],
    },
    {
      type: 'STATED',
      source: 'urban-transport-authority-for-lima-and-callao',
      target: 'line-3-of-the-lima-metro',
      sentence: 1,
      validFrom: '2025-03-11',
    },
    {
      type: 'OWNS',
      source: 'china-railway-construction-corporation',
      target: 'consorcio-metro-lima-norte',
      sentence: 2,
      quantities: [{ value: 55, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'china-railway-construction-corporation', target: 'china', sentence: 2 },
    {
      type: 'OWNS',
      source: 'china-communications-construction-company',
      target: 'consorcio-metro-lima-norte',
      sentence: 2,
      quantities: [{ value: 25, unit: '%' }],
    },
    {
      type: 'OWNS',
      source: 'constructora-inca-andes',
      target: 'consorcio-metro-lima-norte',
      sentence: 2,
      quantities: [{ value: 20, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'constructora-inca-andes', target: 'peru', sentence: 2 },
    { type: 'REGULATES', source: 'urban-transport-authority-for-lima-and-callao', target: 'line-3-of-the-lima-metro', sentence: 3 },
    { type: 'LOCATED_IN', source: 'comas', target: 'lima', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'raul-tejada-ore', target: 'peru', sentence: 5 },
    { type: 'STATED', source: 'raul-tejada-ore', target: 'export-import-bank-of-china', sentence: 5 },
    {
      type: 'SEEKS_COOPERATION_WITH',
      source: 'peru',
      target: 'export-import-bank-of-china',
      sentence: 5,
      quantities: [{ value: 1000000000, unit: 'USD' }],
    },
    { type: 'MET', source: 'raul-tejada-ore', target: 'ren-shengjun', sentence: 6, validFrom: '2025-02' },
    { type: 'LEADS', source: 'ren-shengjun', target: 'export-import-bank-of-china', sentence: 6 },
    { type: 'VISITED', source: 'raul-tejada-ore', target: 'beijing', sentence: 6, validFrom: '2025-02' },
    { type: 'PART_OF', source: 'crcc-peru', target: 'china-railway-construction-corporation', sentence: 7 },
    { type: 'LOCATED_IN', source: 'crcc-peru', target: 'peru', sentence: 7, validFrom: '2014' },
    { type: 'BUILT', source: 'crcc-peru', target: 'huaral-acos-road', sentence: 7 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * A PowerChina-led consortium wins a hydro dam concession on the Marañón: owners, lender, regions,
 * critics, an earlier plant sale (English).
 */
export const article: CorpusArticle = {
  name: 'fresh-maranon-hydro-concession',
  language: 'en',
  publishedAt: '2025-09-04',
  annotated:
    '[[LIMA|lima]] — The {{Marañón Energy Consortium|COMPANY}}, led by {{PowerChina|COMPANY}}, has won a 30-year ' +
    'concession to build and operate the {{Cumba Alto|INFRASTRUCTURE}} hydroelectric dam on the ' +
    '{{Marañón River|PLACE}}, the {{Private Investment Promotion Agency|GOVERNMENT}} ' +
    '({{ProInversión|GOVERNMENT|private-investment-promotion-agency}}) said on Wednesday. ' +
    'The agency, which is attached to the {{Ministry of Economy and Finance|GOVERNMENT}}, chose the ' +
    '{{Marañón Energy Consortium|COMPANY}} because it offered the lowest tariff, $48 per megawatt-hour. ' +
    '{{PowerChina|COMPANY}}, which is based in {{Beijing|PLACE}}, owns 70% of the consortium, and the Peruvian ' +
    'builder {{Constructora Andes del Norte|COMPANY}} holds the remaining 30%. ' +
    'The 620-megawatt plant, which will cost about $1.3bn, is to be financed largely by a $900m loan from the ' +
    '{{China Development Bank|COMPANY}} ({{CDB|COMPANY|china-development-bank}}). ' +
    'The dam will straddle the border between the regions of {{Cajamarca|PLACE}} and {{Amazonas|PLACE}} and flood ' +
    'about 3,000 hectares of farmland. ' +
    '{{Rosa Medina Guerra|PERSON}}, who chairs the environmental group {{Marañón Vivo|ORGANIZATION}}, told ' +
    '{{La República|MEDIA}} that communities along the {{Marañón|PLACE|maranon-river}} had not been consulted. ' +
    'The {{Ministry of Energy and Mines|GOVERNMENT}} ({{Minem|GOVERNMENT|ministry-of-energy-and-mines}}) said a prior ' +
    'consultation on {{Cumba Alto|INFRASTRUCTURE}} would be held before construction starts in 2026. ' +
    'Chinese companies already control about a third of [[Peru|peru]]’s generating capacity, including the ' +
    '{{Chaglla|INFRASTRUCTURE}} plant in {{Huánuco|PLACE}}, which {{China Three Gorges|COMPANY}} bought from the ' +
    'Brazilian group {{Odebrecht|COMPANY}} in 2019 for $1.39bn. ' +
    '{{PowerChina|COMPANY}} is also building the {{Tambo Verde|INFRASTRUCTURE}} hydropower plant in {{Puno|PLACE}}, ' +
    'which is due to open next year.',
  relationships: [
    { type: 'LEADS', source: 'powerchina', target: 'maranon-energy-consortium', sentence: 1 },
    { type: 'BUILT', source: 'maranon-energy-consortium', target: 'cumba-alto', sentence: 1 },
    { type: 'OPERATES', source: 'maranon-energy-consortium', target: 'cumba-alto', sentence: 1 },
    { type: 'LOCATED_IN', source: 'cumba-alto', target: 'maranon-river', sentence: 1 },
    {
      type: 'STATED',
      source: 'private-investment-promotion-agency',
      target: 'maranon-energy-consortium',
      sentence: 1,
      validFrom: '2025-09-03',
    },
    { type: 'PART_OF', source: 'private-investment-promotion-agency', target: 'ministry-of-economy-and-finance', sentence: 2 },
    { type: 'GRANTED_EXCLUSIVITY_TO', source: 'private-investment-promotion-agency', target: 'maranon-energy-consortium', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'powerchina', target: 'beijing', sentence: 3 },
    { type: 'OWNS', source: 'powerchina', target: 'maranon-energy-consortium', sentence: 3, quantities: [{ value: 70, unit: '%' }] },
    {
      type: 'OWNS',
      source: 'constructora-andes-del-norte',
      target: 'maranon-energy-consortium',
      sentence: 3,
      quantities: [{ value: 30, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'constructora-andes-del-norte', target: 'peru', sentence: 3 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'cumba-alto',
      target: 'china-development-bank',
      sentence: 4,
      quantities: [{ value: 900000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'cumba-alto', target: 'cajamarca', sentence: 5 },
    { type: 'LOCATED_IN', source: 'cumba-alto', target: 'amazonas', sentence: 5 },
    { type: 'LEADS', source: 'rosa-medina-guerra', target: 'maranon-vivo', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'rosa-medina-guerra', target: 'la-republica', sentence: 6 },
    { type: 'STATED', source: 'rosa-medina-guerra', target: 'maranon-river', sentence: 6 },
    { type: 'STATED', source: 'ministry-of-energy-and-mines', target: 'cumba-alto', sentence: 7 },
    { type: 'LOCATED_IN', source: 'chaglla', target: 'huanuco', sentence: 8 },
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges',
      target: 'chaglla',
      sentence: 8,
      validFrom: '2019',
      quantities: [{ value: 1390000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'odebrecht', target: 'chaglla', sentence: 8, validFrom: '2019' },
    { type: 'BUILT', source: 'powerchina', target: 'tambo-verde', sentence: 9 },
    { type: 'LOCATED_IN', source: 'tambo-verde', target: 'puno', sentence: 9 },
  ],
};

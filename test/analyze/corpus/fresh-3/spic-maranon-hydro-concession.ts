import type { CorpusArticle } from '../corpus-article.js';

/** Peru grants a SPIC subsidiary a concession for a 420 MW dam on the Marañón: seller, regulator, critics, minister’s trip (English). */
export const article: CorpusArticle = {
  name: 'SPIC unit wins Marañón hydropower concession',
  language: 'en',
  publishedAt: '2026-01-16',
  annotated:
    '[[LIMA|lima]], Jan 15 — [[Peru|peru]]’s {{Ministry of Energy and Mines|GOVERNMENT}} has granted ' +
    '{{Hidroeléctrica Río Marañón|COMPANY}}, a subsidiary of [[China|china]]’s ' +
    '{{State Power Investment Corporation|COMPANY}} ({{SPIC|COMPANY|state-power-investment-corporation}}), a definitive ' +
    'concession to build the 420-megawatt {{Veracruz Hydropower Plant|INFRASTRUCTURE}}, the ministry said on Thursday. ' +
    'The plant, on the {{Marañón River|PLACE}} between the {{Cajamarca|PLACE}} and {{Amazonas|PLACE}} regions, is ' +
    'expected to cost about $1 billion and to start generating in 2031. ' +
    '{{SPIC|COMPANY|state-power-investment-corporation}}, one of the country’s five big state generators, bought the ' +
    'project in 2024 from the Brazilian builder {{Odebrecht|COMPANY}}, which had held its study rights since 2011. ' +
    'Under the concession, the company must sell at least half of its output to {{Electroperú|COMPANY}}, the state ' +
    'generator, for 20 years. ' +
    '{{Wang Lei|PERSON}}, the general manager of {{Hidroeléctrica Río Marañón|COMPANY}}, said the firm would hire some ' +
    '3,000 local workers during construction. ' +
    'Environmental groups led by {{Derecho, Ambiente y Recursos Naturales|ORGANIZATION}} ' +
    '({{DAR|ORGANIZATION|derecho-ambiente-y-recursos-naturales}}) said the dam would flood farmland and block fish ' +
    'migration along the {{Marañón|PLACE|maranon-river}}, one of the main sources of the {{Amazon|PLACE}}. ' +
    'Construction will be overseen by the {{Supervisory Agency for Investment in Energy and Mining|GOVERNMENT}} ' +
    '({{Osinergmin|GOVERNMENT|supervisory-agency-for-investment-in-energy-and-mining}}), the ministry added. ' +
    'Chinese companies already control most of the electricity distribution in [[Lima|lima]], and ' +
    '{{China Three Gorges Corporation|COMPANY}} bought the {{Chaglla|INFRASTRUCTURE}} hydropower plant in ' +
    '{{Huánuco|PLACE}} in 2019. ' +
    'Energy minister {{Luis Bravo Cárdenas|PERSON}} is due to travel to {{Beijing|PLACE}} in March, where he will meet ' +
    '{{SPIC|COMPANY|state-power-investment-corporation}} executives.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'ministry-of-energy-and-mines', target: 'peru', sentence: 1 },
    { type: 'GRANTED_EXCLUSIVITY_TO', source: 'ministry-of-energy-and-mines', target: 'hidroelectrica-rio-maranon', sentence: 1 },
    { type: 'PART_OF', source: 'hidroelectrica-rio-maranon', target: 'state-power-investment-corporation', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'state-power-investment-corporation', target: 'china', sentence: 1 },
    { type: 'PLANS', source: 'hidroelectrica-rio-maranon', target: 'veracruz-hydropower-plant', sentence: 1 },
    { type: 'STATED', source: 'ministry-of-energy-and-mines', target: 'veracruz-hydropower-plant', sentence: 1, validFrom: '2026-01-15' },
    { type: 'LOCATED_IN', source: 'veracruz-hydropower-plant', target: 'maranon-river', sentence: 2 },
    { type: 'LOCATED_IN', source: 'veracruz-hydropower-plant', target: 'cajamarca', sentence: 2 },
    { type: 'LOCATED_IN', source: 'veracruz-hydropower-plant', target: 'amazonas', sentence: 2 },
    { type: 'ACQUIRED', source: 'state-power-investment-corporation', target: 'veracruz-hydropower-plant', sentence: 3, validFrom: '2024' },
    { type: 'SOLD', source: 'odebrecht', target: 'veracruz-hydropower-plant', sentence: 3, validFrom: '2024' },
    { type: 'OWNS', source: 'odebrecht', target: 'veracruz-hydropower-plant', sentence: 3, validFrom: '2011' },
    { type: 'PARTNERS_WITH', source: 'hidroelectrica-rio-maranon', target: 'electroperu', sentence: 4 },
    { type: 'LEADS', source: 'wang-lei', target: 'hidroelectrica-rio-maranon', sentence: 5 },
    { type: 'STATED', source: 'wang-lei', target: 'hidroelectrica-rio-maranon', sentence: 5 },
    { type: 'STATED', source: 'derecho-ambiente-y-recursos-naturales', target: 'veracruz-hydropower-plant', sentence: 6 },
    { type: 'PART_OF', source: 'maranon-river', target: 'amazon', sentence: 6 },
    {
      type: 'REGULATES',
      source: 'supervisory-agency-for-investment-in-energy-and-mining',
      target: 'veracruz-hydropower-plant',
      sentence: 7,
    },
    {
      type: 'STATED',
      source: 'ministry-of-energy-and-mines',
      target: 'supervisory-agency-for-investment-in-energy-and-mining',
      sentence: 7,
    },
    { type: 'ACQUIRED', source: 'china-three-gorges-corporation', target: 'chaglla', sentence: 8, validFrom: '2019' },
    { type: 'LOCATED_IN', source: 'chaglla', target: 'huanuco', sentence: 8 },
    { type: 'VISITED', source: 'luis-bravo-cardenas', target: 'beijing', sentence: 9, validFrom: '2026-03' },
    { type: 'MET', source: 'luis-bravo-cardenas', target: 'state-power-investment-corporation', sentence: 9, validFrom: '2026-03' },
  ],
};

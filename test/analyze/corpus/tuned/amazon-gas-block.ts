import type { CorpusArticle } from '../corpus-article.js';

/**
 * Perupetro approves CNPC Perú’s development plan for Block 58 in the Cusco jungle: parent, past purchase, communities, regulator, buyer
 * (English).
 */
export const article: CorpusArticle = {
  name: 'CNPC development plan for Block 58',
  language: 'en',
  publishedAt: '2025-10-15',
  annotated:
    '[[LIMA|lima]], October 14 — {{Perupetro|GOVERNMENT}}, the state agency that manages [[Peru|peru]]’s oil and gas ' +
    'contracts, on Tuesday approved the plan under which {{CNPC Perú|COMPANY}} will develop the gas reserves of ' +
    '{{Block 58|INFRASTRUCTURE}}, in the jungle of the {{Cusco|PLACE}} region. ' +
    'The subsidiary of the {{China National Petroleum Corporation|COMPANY}} ' +
    '({{CNPC|COMPANY|china-national-petroleum-corporation}}) expects to invest $1.1bn over six years in wells, a ' +
    'processing plant and a pipeline to the country’s main gas field, {{Camisea|INFRASTRUCTURE}}. ' +
    '{{CNPC|COMPANY|china-national-petroleum-corporation}}, [[China|china]]’s largest state oil group, has worked in ' +
    '[[Peru|peru]] since 1993 and in 2014 bought the local assets of {{Petrobras|COMPANY}}, including the block, for ' +
    '$2.6bn. ' +
    'The concession covers 340,000 hectares of rainforest in the {{Urubamba|PLACE}} valley, home to about 20 ' +
    '{{Matsigenka|GROUP}} communities. ' +
    '{{Elvis Chimanga Ríos|PERSON}}, president of the {{Machiguenga Council of the Urubamba River|ORGANIZATION}} ' +
    '({{Comaru|ORGANIZATION|machiguenga-council-of-the-urubamba-river}}), told {{Reuters|MEDIA}} that the company had ' +
    'not yet explained how it would treat the water it plans to draw from the river. ' +
    'The environmental regulator, the {{Agency for Environmental Assessment and Enforcement|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|agency-for-environmental-assessment-and-enforcement}}), which oversees the block, said its ' +
    'inspectors would visit every drilling site before a well is opened. ' +
    '{{Hernán Valdivia Soto|PERSON}}, [[Peru|peru]]’s minister of energy and mines, said the field, due to start producing in 2028, ' +
    'would help bring piped gas to {{Cusco|PLACE}} and {{Puno|PLACE}}, where most homes still cook with bottled gas. ' +
    'Under a preliminary deal, {{CNPC|COMPANY|china-national-petroleum-corporation}} will sell part of the output to ' +
    '{{Pluspetrol|COMPANY}}, the Argentine company that operates {{Camisea|INFRASTRUCTURE}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'perupetro', target: 'peru', sentence: 1 },
    { type: 'PLANS', source: 'cnpc-peru', target: 'block-58', sentence: 1 },
    { type: 'LOCATED_IN', source: 'block-58', target: 'cusco', sentence: 1 },
    { type: 'PART_OF', source: 'cnpc-peru', target: 'china-national-petroleum-corporation', sentence: 2 },
    { type: 'INVESTED_IN', source: 'cnpc-peru', target: 'block-58', sentence: 2, quantities: [{ value: 1100000000, unit: 'USD' }] },
    { type: 'AFFILIATED_WITH', source: 'china-national-petroleum-corporation', target: 'china', sentence: 3 },
    { type: 'LOCATED_IN', source: 'china-national-petroleum-corporation', target: 'peru', sentence: 3, validFrom: '1993' },
    {
      type: 'ACQUIRED',
      source: 'china-national-petroleum-corporation',
      target: 'block-58',
      sentence: 3,
      validFrom: '2014',
      quantities: [{ value: 2600000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'petrobras', target: 'block-58', sentence: 3, validFrom: '2014' },
    { type: 'LOCATED_IN', source: 'block-58', target: 'urubamba', sentence: 4 },
    { type: 'LOCATED_IN', source: 'matsigenka', target: 'urubamba', sentence: 4 },
    { type: 'LEADS', source: 'elvis-chimanga-rios', target: 'machiguenga-council-of-the-urubamba-river', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'elvis-chimanga-rios', target: 'reuters', sentence: 5 },
    { type: 'STATED', source: 'elvis-chimanga-rios', target: 'cnpc-peru', sentence: 5 },
    { type: 'REGULATES', source: 'agency-for-environmental-assessment-and-enforcement', target: 'block-58', sentence: 6 },
    { type: 'STATED', source: 'agency-for-environmental-assessment-and-enforcement', target: 'block-58', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'hernan-valdivia-soto', target: 'peru', sentence: 7 },
    { type: 'STATED', source: 'hernan-valdivia-soto', target: 'block-58', sentence: 7 },
    { type: 'PARTNERS_WITH', source: 'china-national-petroleum-corporation', target: 'pluspetrol', sentence: 8 },
    { type: 'OPERATES', source: 'pluspetrol', target: 'camisea', sentence: 8 },
  ],
};

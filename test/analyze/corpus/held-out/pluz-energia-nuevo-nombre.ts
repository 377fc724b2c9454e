import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Enel Distribución Perú pasa a llamarse Pluz (held out)',
  language: 'es',
  publishedAt: '2025-02-05',
  annotated:
    '[[LIMA|lima]] — {{Enel Distribución Perú|COMPANY}}, la distribuidora que abastece de electricidad al norte de ' +
    '[[Lima|lima]] y al {{Callao|PLACE}}, pasó a llamarse este lunes ' +
    '{{Pluz Energía Perú|COMPANY|enel-distribucion-peru}}. ' +
    '{{Enel|COMPANY}}, con sede en {{Roma|PLACE}}, vendió en junio de 2024 el 83,15% de ' +
    '{{Enel Distribución Perú|COMPANY}} a {{China Southern Power Grid International|COMPANY}} ' +
    '({{CSGI|COMPANY|china-southern-power-grid-international}}) por US$ 2.900 millones. ' +
    '{{CSGI|COMPANY|china-southern-power-grid-international}} es filial de {{China Southern Power Grid|COMPANY}}, ' +
    'empresa estatal con sede en {{Cantón|PLACE}}, en el sur de [[China|china]]. ' +
    'Con la operación, capitales chinos controlan las dos distribuidoras de la capital, pues ' +
    '{{China Three Gorges|COMPANY}} compró {{Luz del Sur|COMPANY}} en 2020. ' +
    'El ' +
    '{{Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual|GOVERNMENT}} ' +
    '({{Indecopi|GOVERNMENT|instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual}}) ' +
    'autorizó la compra en mayo de 2024, tras concluir que no reducía la competencia en el mercado eléctrico. ' +
    'El regulador {{Osinergmin|GOVERNMENT}}, cuyo presidente es {{Omar Chambergo|PERSON}}, seguirá fijando las ' +
    'tarifas de {{Pluz|COMPANY|enel-distribucion-peru}}. ' +
    '{{CSGI|COMPANY|china-southern-power-grid-international}} prevé invertir US$ 1.000 millones en los próximos ' +
    'cinco años para modernizar la red de {{Pluz|COMPANY|enel-distribucion-peru}}, según un comunicado. ' +
    'El ministro de Energía y Minas, {{Jorge Montero|PERSON}}, se reunió el martes en [[Lima|lima]] con directivos ' +
    'de {{CSGI|COMPANY|china-southern-power-grid-international}} para revisar ese plan. ' +
    'Desde 2014, [[China|china]] es el principal socio comercial del [[Perú|peru]].',
  relationships: [
    { type: 'HEADQUARTERED_IN', source: 'enel', target: 'roma', sentence: 2 },
    { type: 'SOLD', source: 'enel', target: 'enel-distribucion-peru', sentence: 2, validFrom: '2024-06' },
    {
      type: 'ACQUIRED',
      source: 'china-southern-power-grid-international',
      target: 'enel-distribucion-peru',
      sentence: 2,
      validFrom: '2024-06',
      quantities: [
        { value: 83.15, unit: '%' },
        { value: 2900000000, unit: 'USD' },
      ],
    },
    { type: 'PART_OF', source: 'china-southern-power-grid-international', target: 'china-southern-power-grid', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'china-southern-power-grid', target: 'canton', sentence: 3 },
    { type: 'LOCATED_IN', source: 'canton', target: 'china', sentence: 3 },
    { type: 'ACQUIRED', source: 'china-three-gorges', target: 'luz-del-sur', sentence: 4, validFrom: '2020' },
    { type: 'REGULATES', source: 'osinergmin', target: 'enel-distribucion-peru', sentence: 6 },
    { type: 'LEADS', source: 'omar-chambergo', target: 'osinergmin', sentence: 6 },
    {
      type: 'INVESTED_IN',
      source: 'china-southern-power-grid-international',
      target: 'enel-distribucion-peru',
      sentence: 7,
      quantities: [{ value: 1000000000, unit: 'USD' }],
    },
    { type: 'MET', source: 'jorge-montero', target: 'china-southern-power-grid-international', sentence: 8, validFrom: '2025-02-04' },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 9, validFrom: '2014' },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Chinese state companies buy Peruvian electricity distributors and a hydropower plant: prices, stakes, regulators (Spanish). */
export const article: CorpusArticle = {
  name: 'Compras chinas en el sector eléctrico',
  language: 'es',
  publishedAt: '2024-07-10',
  annotated:
    'Las empresas estatales chinas controlan hoy la distribución eléctrica de casi toda [[Lima|lima]], tras una ' +
    'serie de compras iniciada hace cinco años. ' +
    'En 2019, {{China Three Gorges|COMPANY}} ({{CTG|COMPANY|china-three-gorges}}) adquirió la central hidroeléctrica ' +
    '{{Chaglla|INFRASTRUCTURE}} a la brasileña {{Odebrecht|COMPANY}} por US$ 1.390 millones. ' +
    'En abril de 2020, {{CTG|COMPANY|china-three-gorges}} compró a {{Sempra Energy|COMPANY}} el 83,6% de ' +
    '{{Luz del Sur|COMPANY}} por US$ 3.590 millones. ' +
    'El {{Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual|GOVERNMENT}} ' +
    '({{Indecopi|GOVERNMENT|instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual}}) aprobó ' +
    'la operación con condiciones. ' +
    'En junio de 2024, {{China Southern Power Grid International|COMPANY}} ' +
    '({{CSGI|COMPANY|china-southern-power-grid-international}}) completó la compra de ' +
    '{{Enel Distribución Perú|COMPANY}} por US$ 2.900 millones. ' +
    'La distribuidora pasó a llamarse {{Pluz Energía Perú|COMPANY|enel-distribucion-peru}} poco después. ' +
    '{{CSGI|COMPANY|china-southern-power-grid-international}} es filial de {{China Southern Power Grid|COMPANY}}, ' +
    'empresa estatal con sede en {{Cantón|PLACE}}. ' +
    'El {{Organismo Supervisor de la Inversión en Energía y Minería|GOVERNMENT}} ' +
    '({{Osinergmin|GOVERNMENT|organismo-supervisor-de-la-inversion-en-energia-y-mineria}}) regula las tarifas de ' +
    '{{Luz del Sur|COMPANY}} y de {{Pluz|COMPANY|enel-distribucion-peru}}. ' +
    'La {{Comisión de Energía y Minas|GOVERNMENT}} del [[Congreso de la República|peru-congress]] citó a los ' +
    'gerentes de ambas empresas para que expliquen sus planes de inversión.',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges',
      target: 'chaglla',
      sentence: 2,
      validFrom: '2019',
      quantities: [{ value: 1390000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'odebrecht', target: 'chaglla', sentence: 2, validFrom: '2019' },
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges',
      target: 'luz-del-sur',
      sentence: 3,
      validFrom: '2020-04',
      quantities: [
        { value: 83.6, unit: '%' },
        { value: 3590000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'sempra-energy', target: 'luz-del-sur', sentence: 3, validFrom: '2020-04' },
    {
      type: 'ACQUIRED',
      source: 'china-southern-power-grid-international',
      target: 'enel-distribucion-peru',
      sentence: 5,
      validFrom: '2024-06',
      quantities: [{ value: 2900000000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'china-southern-power-grid-international', target: 'china-southern-power-grid', sentence: 7 },
    { type: 'HEADQUARTERED_IN', source: 'china-southern-power-grid', target: 'canton', sentence: 7 },
    { type: 'REGULATES', source: 'organismo-supervisor-de-la-inversion-en-energia-y-mineria', target: 'luz-del-sur', sentence: 8 },
    {
      type: 'REGULATES',
      source: 'organismo-supervisor-de-la-inversion-en-energia-y-mineria',
      target: 'enel-distribucion-peru',
      sentence: 8,
    },
    { type: 'PART_OF', source: 'comision-de-energia-y-minas', target: 'peru-congress', sentence: 9 },
  ],
};

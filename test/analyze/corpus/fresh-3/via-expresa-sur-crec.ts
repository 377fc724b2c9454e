import type { CorpusArticle } from '../corpus-article.js';

/**
 * Lima awards the Vía Expresa Sur to a CREC–Cosapi consortium: price, shares, the mayor, a Chinese loan, the comptroller, critics
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Consorcio de CREC y Cosapi construirá la Vía Expresa Sur',
  language: 'es',
  publishedAt: '2026-01-28',
  annotated:
    '[[LIMA|lima]], 27 de enero — La {{Municipalidad Metropolitana de Lima|GOVERNMENT}} adjudicó la construcción de ' +
    'la {{Vía Expresa Sur|INFRASTRUCTURE}} al {{Consorcio Expresa Sur|COMPANY}}, formado por la estatal china ' +
    '{{China Railway Engineering Corporation|COMPANY}} ({{CREC|COMPANY|china-railway-engineering-corporation}}) y la ' +
    'peruana {{Cosapi|COMPANY}}, por S/ 3.400 millones, informó este martes la comuna. ' +
    'La autopista, de 5,5 kilómetros, unirá el distrito de {{Surquillo|PLACE}} con la ' +
    '{{Panamericana Sur|INFRASTRUCTURE}} y deberá estar lista en 2029. ' +
    'El alcalde de [[Lima|lima]], {{Gustavo Salcedo Vera|PERSON}}, firmó el contrato en el {{Palacio Municipal|PLACE}} ' +
    'con el representante de {{CREC|COMPANY|china-railway-engineering-corporation}} en el país, ' +
    '{{Zhang Yongping|PERSON}}. ' +
    'La constructora china, con sede en {{Pekín|PLACE}}, trabaja en el [[Perú|peru]] desde 2013 y construyó la ' +
    '{{Vía de Evitamiento de Cusco|INFRASTRUCTURE}}. ' +
    'Según el contrato, {{Cosapi|COMPANY}} tendrá el 40% del consorcio y {{CREC|COMPANY|china-railway-engineering-corporation}} ' +
    'el 60% restante. ' +
    'La municipalidad pagará la obra con un crédito de US$ 600 millones del ' +
    '{{Banco de Exportación e Importación de China|COMPANY}}, que el ' +
    '{{Ministerio de Economía y Finanzas|GOVERNMENT}} ({{MEF|GOVERNMENT|ministerio-de-economia-y-finanzas}}) aún ' +
    'debe garantizar. ' +
    'La {{Contraloría General de la República|GOVERNMENT}} anunció que supervisará la obra desde el inicio. ' +
    'El regidor opositor {{Diego Ochoa Lazo|PERSON}} dijo a {{Canal N|MEDIA}} que el consorcio no tiene experiencia ' +
    'en túneles urbanos y que el concejo no vio el contrato antes de su firma.',
  relationships: [
    {
      type: 'BUILT',
      source: 'consorcio-expresa-sur',
      target: 'via-expresa-sur',
      sentence: 1,
      quantities: [{ value: 3400000000, unit: 'PEN' }],
    },
    { type: 'PARTNERS_WITH', source: 'china-railway-engineering-corporation', target: 'cosapi', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'china-railway-engineering-corporation', target: 'china', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'cosapi', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'municipalidad-metropolitana-de-lima', target: 'via-expresa-sur', sentence: 1, validFrom: '2026-01-27' },
    { type: 'LOCATED_IN', source: 'via-expresa-sur', target: 'surquillo', sentence: 2 },
    { type: 'LEADS', source: 'gustavo-salcedo-vera', target: 'lima', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'zhang-yongping', target: 'china-railway-engineering-corporation', sentence: 3 },
    { type: 'MET', source: 'gustavo-salcedo-vera', target: 'zhang-yongping', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'china-railway-engineering-corporation', target: 'pekin', sentence: 4 },
    { type: 'LOCATED_IN', source: 'china-railway-engineering-corporation', target: 'peru', sentence: 4, validFrom: '2013' },
    { type: 'BUILT', source: 'china-railway-engineering-corporation', target: 'via-de-evitamiento-de-cusco', sentence: 4 },
    { type: 'OWNS', source: 'cosapi', target: 'consorcio-expresa-sur', sentence: 5, quantities: [{ value: 40, unit: '%' }] },
    {
      type: 'OWNS',
      source: 'china-railway-engineering-corporation',
      target: 'consorcio-expresa-sur',
      sentence: 5,
      quantities: [{ value: 60, unit: '%' }],
    },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'municipalidad-metropolitana-de-lima',
      target: 'banco-de-exportacion-e-importacion-de-china',
      sentence: 6,
      quantities: [{ value: 600000000, unit: 'USD' }],
    },
    { type: 'REGULATES', source: 'contraloria-general-de-la-republica', target: 'via-expresa-sur', sentence: 7 },
    { type: 'STATED', source: 'contraloria-general-de-la-republica', target: 'via-expresa-sur', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'diego-ochoa-lazo', target: 'canal-n', sentence: 8 },
    { type: 'STATED', source: 'diego-ochoa-lazo', target: 'consorcio-expresa-sur', sentence: 8 },
  ],
};

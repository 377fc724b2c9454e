import type { CorpusArticle } from '../corpus-article.js';

/** Peruvian exporters at the Shanghai import fair, a new consulate in Chengdu, an airline code-share (Spanish). */
export const article: CorpusArticle = {
  name: 'El Perú en la feria de importaciones de Shanghái',
  language: 'es',
  publishedAt: '2024-11-08',
  annotated:
    '{{SHANGHÁI|PLACE}}, 7 de noviembre — Cuarenta empresas peruanas participan desde el martes en la ' +
    '{{Exposición Internacional de Importaciones de China|EVENT}} ' +
    '({{CIIE|EVENT|exposicion-internacional-de-importaciones-de-china}}), que organiza el ' +
    '{{Ministerio de Comercio|GOVERNMENT}} chino. ' +
    'La delegación, encabezada por la {{Comisión de Promoción del Perú para la Exportación y el Turismo|GOVERNMENT}} ' +
    '({{Promperú|GOVERNMENT|comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo}}), ofrece arándanos, ' +
    'uvas, paltas, café y cacao en un pabellón de 400 metros cuadrados. ' +
    'El viceministro de Comercio Exterior del [[Mincetur|mincetur]], {{Teodoro Cárdenas Luna|PERSON}}, inauguró el ' +
    'pabellón el martes junto al embajador del [[Perú|peru]] en {{Pekín|PLACE}}, ' +
    '{{Alfredo Chuquihuara Ramos|PERSON}}. ' +
    '{{Cárdenas|PERSON|teodoro-cardenas-luna}} anunció que el [[Perú|peru]] abrirá en marzo un consulado general en ' +
    '{{Chengdu|PLACE}}, capital de la provincia de {{Sichuan|PLACE}}, el cuarto en [[China|china]] tras los de ' +
    '{{Shanghái|PLACE}}, {{Cantón|PLACE}} y {{Hong Kong|PLACE}}. ' +
    'Además, {{Air China|COMPANY}} y {{LATAM Airlines Perú|COMPANY}} firmaron el miércoles un acuerdo de código ' +
    'compartido para vender en un solo billete vuelos entre {{Pekín|PLACE}} y [[Lima|lima]] vía {{Madrid|PLACE}}. ' +
    'La presidenta ejecutiva de {{Promperú|GOVERNMENT|comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo}}, ' +
    '{{Mariela Soto Benavides|PERSON}}, informó que la agroexportadora {{Camposol|COMPANY}} cerró en la feria un ' +
    'contrato de US$ 12 millones con la importadora china {{Jiahe Fresh|COMPANY}}. ' +
    'Las exportaciones peruanas a [[China|china]] sumaron US$ 23.000 millones en 2023, y el [[TLC|china-peru-fta]], ' +
    'vigente desde 2010, será actualizado durante la visita de [[Xi Jinping|xi-jinping]] a [[Lima|lima]] la próxima ' +
    'semana.',
  relationships: [
    { type: 'HOSTED', source: 'ministerio-de-comercio', target: 'exposicion-internacional-de-importaciones-de-china', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'ministerio-de-comercio', target: 'china', sentence: 1 },
    {
      type: 'ATTENDED',
      source: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo',
      target: 'exposicion-internacional-de-importaciones-de-china',
      sentence: 2,
    },
    { type: 'HOLDS_OFFICE_IN', source: 'teodoro-cardenas-luna', target: 'mincetur', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'alfredo-chuquihuara-ramos', target: 'peru', sentence: 3 },
    { type: 'STATED', source: 'teodoro-cardenas-luna', target: 'peru', sentence: 4 },
    { type: 'LOCATED_IN', source: 'chengdu', target: 'sichuan', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'air-china', target: 'latam-airlines-peru', sentence: 5, validFrom: '2024-11-06' },
    {
      type: 'LEADS',
      source: 'mariela-soto-benavides',
      target: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo',
      sentence: 6,
    },
    { type: 'STATED', source: 'mariela-soto-benavides', target: 'camposol', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'camposol', target: 'jiahe-fresh', sentence: 6, quantities: [{ value: 12000000, unit: 'USD' }] },
    { type: 'AFFILIATED_WITH', source: 'jiahe-fresh', target: 'china', sentence: 6 },
    { type: 'VISITED', source: 'xi-jinping', target: 'lima', sentence: 7, validFrom: '2024-11' },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * PromPerú and Tongcheng Travel launch a twelve-day tour for Chinese travellers: owners, airlines, Mincetur, Canatur, Cusco agencies
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'PromPerú y Tongcheng lanzan una ruta para turistas chinos',
  language: 'es',
  publishedAt: '2025-07-09',
  annotated:
    '{{CUSCO|PLACE}}, 8 de julio — La {{Comisión de Promoción del Perú para la Exportación y el Turismo|GOVERNMENT}} ' +
    '({{PromPerú|GOVERNMENT|comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo}}) y la agencia china de ' +
    'viajes en línea {{Tongcheng Travel|COMPANY}} lanzaron este martes una ruta de doce días que une [[Lima|lima]], ' +
    '{{Cusco|PLACE}}, {{Machu Picchu|PLACE}} y el {{Lago Titicaca|PLACE}}, pensada para viajeros de [[China|china]]. ' +
    'La comisión, adscrita al [[Ministerio de Comercio Exterior y Turismo|mincetur]], invertirá US$ 2 millones en ' +
    'anuncios en {{Douyin|MEDIA}} y {{Xiaohongshu|MEDIA}}, dos de las redes sociales más usadas en ese país. ' +
    '{{Tongcheng|COMPANY|tongcheng-travel}}, con sede en {{Suzhou|PLACE}} y en la que el gigante tecnológico ' +
    '{{Tencent|COMPANY}} tiene una participación del 25%, venderá paquetes desde US$ 4.500 por persona. ' +
    'Los grupos volarán con {{LATAM Airlines|COMPANY}}, que en 2024 firmó un acuerdo de código compartido con ' +
    '{{China Eastern Airlines|COMPANY}}. ' +
    'La titular del [[Mincetur|mincetur]], {{Patricia Ugaz Rey|PERSON}}, presidió la ceremonia en el ' +
    '{{Qorikancha|PLACE}} y afirmó que el [[Perú|peru]] recibió 42.000 turistas chinos en 2024 y espera duplicar esa ' +
    'cifra en 2027. ' +
    'Agregó que el Gobierno evalúa eximir de visa a los viajeros de [[China|china]] que tengan visado vigente de ' +
    '{{Estados Unidos|COUNTRY}}, {{Canadá|COUNTRY}} o la {{Unión Europea|ORGANIZATION}}. ' +
    'Según la {{Cámara Nacional de Turismo|ORGANIZATION}} ({{Canatur|ORGANIZATION|camara-nacional-de-turismo}}), un ' +
    'turista procedente de [[China|china]] gasta en promedio más de US$ 3.000 durante su estadía en el país. ' +
    'El gerente de {{Tongcheng|COMPANY|tongcheng-travel}} para {{América Latina|PLACE}}, {{Zhou Wenjie|PERSON}}, ' +
    'visitó {{Machu Picchu|PLACE}} el lunes y se reunió con la ' +
    '{{Asociación de Agencias de Turismo del Cusco|ORGANIZATION}}. ' +
    'Dijo que la empresa abrirá una oficina en [[Lima|lima]] el próximo año.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo',
      target: 'tongcheng-travel',
      sentence: 1,
      validFrom: '2025-07-08',
    },
    { type: 'AFFILIATED_WITH', source: 'tongcheng-travel', target: 'china', sentence: 1 },
    { type: 'PART_OF', source: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo', target: 'mincetur', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'tongcheng-travel', target: 'suzhou', sentence: 3 },
    { type: 'OWNS', source: 'tencent', target: 'tongcheng-travel', sentence: 3, quantities: [{ value: 25, unit: '%' }] },
    { type: 'PARTNERS_WITH', source: 'latam-airlines', target: 'china-eastern-airlines', sentence: 4, validFrom: '2024' },
    { type: 'LEADS', source: 'patricia-ugaz-rey', target: 'mincetur', sentence: 5 },
    { type: 'STATED', source: 'patricia-ugaz-rey', target: 'peru', sentence: 5 },
    { type: 'STATED', source: 'patricia-ugaz-rey', target: 'china', sentence: 6 },
    { type: 'STATED', source: 'camara-nacional-de-turismo', target: 'china', sentence: 7 },
    { type: 'LEADS', source: 'zhou-wenjie', target: 'tongcheng-travel', sentence: 8 },
    { type: 'VISITED', source: 'zhou-wenjie', target: 'machu-picchu', sentence: 8, validFrom: '2025-07-07' },
    {
      type: 'MET',
      source: 'zhou-wenjie',
      target: 'asociacion-de-agencias-de-turismo-del-cusco',
      sentence: 8,
      validFrom: '2025-07-07',
    },
    { type: 'STATED', source: 'zhou-wenjie', target: 'tongcheng-travel', sentence: 9 },
    { type: 'LOCATED_IN', source: 'tongcheng-travel', target: 'lima', sentence: 9, validFrom: '2026' },
  ],
};

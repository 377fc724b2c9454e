import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'El Perú firma el protocolo para exportar granadas a China (held out)',
  language: 'es',
  publishedAt: '2025-01-23',
  annotated:
    '{{PEKÍN|PLACE}} — El {{Ministerio de Desarrollo Agrario y Riego|GOVERNMENT}} ' +
    '({{Midagri|GOVERNMENT|ministerio-de-desarrollo-agrario-y-riego}}) y la ' +
    '{{Administración General de Aduanas de China|GOVERNMENT}} ' +
    '({{GACC|GOVERNMENT|administracion-general-de-aduanas-de-china}}) firmaron el martes el ' +
    '{{Protocolo Fitosanitario para la Exportación de Granadas Frescas|AGREEMENT}}, que abre el mercado chino a esa ' +
    'fruta peruana. ' +
    'Rubricaron el texto el titular del {{Midagri|GOVERNMENT|ministerio-de-desarrollo-agrario-y-riego}}, ' +
    '{{Raúl Quispe Salazar|PERSON}}, y el viceministro de la {{GACC|GOVERNMENT|administracion-general-de-aduanas-de-china}}, ' +
    '{{Zhou Hanxin|PERSON}}, en presencia del embajador del [[Perú|peru]] en [[China|china]], ' +
    '{{Alberto Ruiz Tello|PERSON}}. ' +
    'El {{Midagri|GOVERNMENT|ministerio-de-desarrollo-agrario-y-riego}} calcula que las ventas de granada a ' +
    '[[China|china]] podrían alcanzar US$ 60 millones anuales en 2028. ' +
    'La negociación, que duró seis años, estuvo a cargo del {{Servicio Nacional de Sanidad Agraria|GOVERNMENT}} ' +
    '({{Senasa|GOVERNMENT|servicio-nacional-de-sanidad-agraria}}), organismo adscrito al ' +
    '{{Midagri|GOVERNMENT|ministerio-de-desarrollo-agrario-y-riego}} que certificará los huertos y las plantas de ' +
    'empaque. ' +
    '“[[China|china]] es el mercado que esperábamos desde hace una década”, dijo {{Julia Barrenechea|PERSON}}, ' +
    'presidenta de la asociación de productores {{ProGranada|ORGANIZATION}}, que agrupa a 300 agricultores de ' +
    '{{Ica|PLACE}} y {{Arequipa|PLACE}}. ' +
    'El [[Perú|peru]] y [[China|china]] son partes del [[TLC|china-peru-fta]] bilateral desde 2010, y el comercio ' +
    'agrícola entre ambos creció un 12% en 2024. ' +
    'La {{Asociación de Exportadores|ORGANIZATION}} ({{ADEX|ORGANIZATION|asociacion-de-exportadores}}) pidió al ' +
    '{{Midagri|GOVERNMENT|ministerio-de-desarrollo-agrario-y-riego}} negociar ahora el acceso de la mandarina y del ' +
    'espárrago fresco.',
  relationships: [
    {
      type: 'SIGNED',
      source: 'ministerio-de-desarrollo-agrario-y-riego',
      target: 'protocolo-fitosanitario-para-la-exportacion-de-granadas-frescas',
      sentence: 1,
      validFrom: '2025-01-21',
    },
    {
      type: 'SIGNED',
      source: 'administracion-general-de-aduanas-de-china',
      target: 'protocolo-fitosanitario-para-la-exportacion-de-granadas-frescas',
      sentence: 1,
      validFrom: '2025-01-21',
    },
    { type: 'LEADS', source: 'raul-quispe-salazar', target: 'ministerio-de-desarrollo-agrario-y-riego', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhou-hanxin', target: 'administracion-general-de-aduanas-de-china', sentence: 2 },
    {
      type: 'SIGNED',
      source: 'raul-quispe-salazar',
      target: 'protocolo-fitosanitario-para-la-exportacion-de-granadas-frescas',
      sentence: 2,
    },
    { type: 'SIGNED', source: 'zhou-hanxin', target: 'protocolo-fitosanitario-para-la-exportacion-de-granadas-frescas', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'alberto-ruiz-tello', target: 'peru', sentence: 2 },
    { type: 'STATED', source: 'ministerio-de-desarrollo-agrario-y-riego', target: 'china', sentence: 3 },
    {
      type: 'NEGOTIATED',
      source: 'servicio-nacional-de-sanidad-agraria',
      target: 'protocolo-fitosanitario-para-la-exportacion-de-granadas-frescas',
      sentence: 4,
    },
    { type: 'PART_OF', source: 'servicio-nacional-de-sanidad-agraria', target: 'ministerio-de-desarrollo-agrario-y-riego', sentence: 4 },
    { type: 'STATED', source: 'julia-barrenechea', target: 'china', sentence: 5 },
    { type: 'LEADS', source: 'julia-barrenechea', target: 'progranada', sentence: 5 },
    { type: 'PARTY_TO', source: 'peru', target: 'china-peru-fta', sentence: 6, validFrom: '2010' },
    { type: 'PARTY_TO', source: 'china', target: 'china-peru-fta', sentence: 6, validFrom: '2010' },
    {
      type: 'SEEKS_COOPERATION_WITH',
      source: 'asociacion-de-exportadores',
      target: 'ministerio-de-desarrollo-agrario-y-riego',
      sentence: 7,
    },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Compradores chinos en Expoalimentaria: PromPerú, ADEX, un importador de Cantón, el ministro, la rueda de negocios (Spanish). */
export const article: CorpusArticle = {
  name: 'finance: Compradores chinos cierran negocios por US$ 95 millones en Expoalimentaria',
  language: 'es',
  publishedAt: '2024-09-28',
  annotated:
    '[[LIMA|lima]], 27 de septiembre — Una delegación de 60 importadores chinos cerró compromisos de compra por ' +
    'US$ 95 millones en la feria {{Expoalimentaria 2024|EVENT}}, que concluyó el 27 de septiembre en el ' +
    '{{Centro de Exposiciones Jockey|PLACE}}, informó la {{Asociación de Exportadores|ORGANIZATION}} ' +
    '({{ADEX|ORGANIZATION|asociacion-de-exportadores}}). ' +
    'El gremio, que organiza la feria desde 2009, precisó que los pedidos se concentraron en arándanos, pota congelada, ' +
    'cacao y quinua. ' +
    'La delegación fue encabezada por {{Li Ming|PERSON}}, vicepresidente de la {{Cámara de Comercio de Importadores y ' +
    'Exportadores de Alimentos de China|ORGANIZATION}}, quien visitó además plantas de procesamiento en {{Huacho|PLACE}}. ' +
    'La importadora {{Guangzhou Jiangnan Fruit|COMPANY}}, con sede en {{Cantón|PLACE}}, firmó con la agroexportadora ' +
    '{{Danper|COMPANY}} un contrato para comprar 4.000 toneladas de espárragos. ' +
    'La rueda de negocios con [[China|china]] fue organizada por la {{Comisión de Promoción del Perú para la ' +
    'Exportación y el Turismo|GOVERNMENT}} ({{PromPerú|GOVERNMENT|comision-de-promocion-del-peru-para-la-exportacion-y-el-' +
    'turismo}}), adscrita al [[Ministerio de Comercio Exterior y Turismo|mincetur]]. ' +
    'Su presidenta ejecutiva, {{Ana María Choquehuanca|PERSON}}, sostuvo que [[China|china]] ya es el primer comprador ' +
    'de pota y harina de pescado peruanas. ' +
    'El ministro de Comercio Exterior, {{Juan Carlos Mathews|PERSON}}, inauguró la feria el 25 de septiembre junto al ' +
    'embajador chino, {{Song Yang|PERSON}}. ' +
    'Dijo que el [[Perú|peru]] buscará atraer inversión china a la cadena de frío de los puertos del norte.',
  relationships: [
    { type: 'HOSTED', source: 'centro-de-exposiciones-jockey', target: 'expoalimentaria-2024', sentence: 1 },
    { type: 'STATED', source: 'asociacion-de-exportadores', target: 'expoalimentaria-2024', sentence: 1 },
    { type: 'HOSTED', source: 'asociacion-de-exportadores', target: 'expoalimentaria-2024', sentence: 2, validFrom: '2009' },
    { type: 'STATED', source: 'asociacion-de-exportadores', target: 'china', sentence: 2 },
    {
      type: 'LEADS',
      source: 'li-ming',
      target: 'camara-de-comercio-de-importadores-y-exportadores-de-alimentos-de-china',
      sentence: 3,
    },
    { type: 'VISITED', source: 'li-ming', target: 'huacho', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'guangzhou-jiangnan-fruit', target: 'canton', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'guangzhou-jiangnan-fruit', target: 'danper', sentence: 4 },
    {
      type: 'PART_OF',
      source: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo',
      target: 'mincetur',
      sentence: 5,
    },
    {
      type: 'LEADS',
      source: 'ana-maria-choquehuanca',
      target: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo',
      sentence: 6,
    },
    { type: 'STATED', source: 'ana-maria-choquehuanca', target: 'china', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'juan-carlos-mathews', target: 'mincetur', sentence: 7 },
    { type: 'ATTENDED', source: 'juan-carlos-mathews', target: 'expoalimentaria-2024', sentence: 7, validFrom: '2024-09-25' },
    { type: 'ATTENDED', source: 'li-ming', target: 'expoalimentaria-2024', sentence: 3 },
    { type: 'ATTENDED', source: 'song-yang', target: 'expoalimentaria-2024', sentence: 7, validFrom: '2024-09-25' },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'juan-carlos-mathews', target: 'peru', sentence: 8 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'peru', target: 'china', sentence: 8 },
  ],
};

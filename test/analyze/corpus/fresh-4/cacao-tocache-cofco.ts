import type { CorpusArticle } from '../corpus-article.js';

/**
 * Una cooperativa cacaotera de San Martín firma un contrato de venta con COFCO International: Devida, sede, firma (castellano).
 */
export const article: CorpusArticle = {
  name: 'cacao-tocache-cofco',
  language: 'es',
  publishedAt: '2026-05-13',
  annotated:
    '{{TARAPOTO|PLACE}}, 12 de mayo — La {{Cooperativa Agraria Cacaotera Alto Huallaga|ORGANIZATION}} firmó el lunes ' +
    'un contrato de US$ 48 millones para vender 2.000 toneladas de granos de cacao al año a ' +
    '{{COFCO International|COMPANY}}, el brazo comercial del grupo estatal chino {{COFCO|COMPANY}}. ' +
    'El acuerdo, por cinco años, es el primero de una cooperativa peruana con un comprador chino, según la ' +
    '{{Comisión Nacional para el Desarrollo y Vida sin Drogas|GOVERNMENT}} ' +
    '({{Devida|GOVERNMENT|comision-nacional-para-el-desarrollo-y-vida-sin-drogas}}). ' +
    '{{Devida|GOVERNMENT|comision-nacional-para-el-desarrollo-y-vida-sin-drogas}} apoya desde 2012 a los productores ' +
    'de la cooperativa, que reemplazaron cultivos de coca por cacao en el valle del {{Huallaga|PLACE}}. ' +
    'La cooperativa, con sede en {{Tocache|PLACE}}, reúne a 1.400 familias de la región {{San Martín|PLACE}}. ' +
    'Su presidenta, {{Elsa Panduro Ríos|PERSON}}, dijo que el comprador pagará una prima de US$ 300 por tonelada sobre ' +
    'el precio de la {{Bolsa de Nueva York|ORGANIZATION}} por el cacao con certificación orgánica. ' +
    '{{COFCO International|COMPANY}}, con sede en {{Ginebra|PLACE}}, compra en el [[Perú|peru]] café, cacao y pota, y ' +
    'abrió una oficina en [[Lima|lima]] en 2023. ' +
    'El cacao saldrá en contenedores refrigerados por el [[Puerto de Chancay|chancay-port]] hacia {{Tianjin|PLACE}}, ' +
    'donde la empresa tiene una planta de molienda. ' +
    'El ministro de Desarrollo Agrario y Riego, {{Óscar Zea Chávez|PERSON}}, asistió a la firma en ' +
    '{{Tarapoto|PLACE}} junto al embajador chino {{Song Yang|PERSON}}. ' +
    'Las exportaciones peruanas de cacao a [[China|china]] sumaron apenas US$ 6 millones en 2025, frente a ' +
    'US$ 420 millones a {{Europa|PLACE}}.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'cooperativa-agraria-cacaotera-alto-huallaga',
      target: 'cofco-international',
      sentence: 1,
      validFrom: '2026-05-11',
      quantities: [{ value: 48000000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'cofco-international', target: 'cofco', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'cofco', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'comision-nacional-para-el-desarrollo-y-vida-sin-drogas', target: 'cofco-international', sentence: 2 },
    {
      type: 'COOPERATES_WITH',
      source: 'comision-nacional-para-el-desarrollo-y-vida-sin-drogas',
      target: 'cooperativa-agraria-cacaotera-alto-huallaga',
      sentence: 3,
      validFrom: '2012',
    },
    { type: 'LOCATED_IN', source: 'cooperativa-agraria-cacaotera-alto-huallaga', target: 'huallaga', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'cooperativa-agraria-cacaotera-alto-huallaga', target: 'tocache', sentence: 4 },
    { type: 'LOCATED_IN', source: 'tocache', target: 'san-martin', sentence: 4 },
    { type: 'LEADS', source: 'elsa-panduro-rios', target: 'cooperativa-agraria-cacaotera-alto-huallaga', sentence: 5 },
    { type: 'STATED', source: 'elsa-panduro-rios', target: 'cofco-international', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'cofco-international', target: 'ginebra', sentence: 6 },
    { type: 'LOCATED_IN', source: 'cofco-international', target: 'lima', sentence: 6, validFrom: '2023' },
    { type: 'HOLDS_OFFICE_IN', source: 'oscar-zea-chavez', target: 'peru', sentence: 8 },
    { type: 'VISITED', source: 'oscar-zea-chavez', target: 'tarapoto', sentence: 8 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 8 },
    { type: 'VISITED', source: 'song-yang', target: 'tarapoto', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * A Cajamarca coffee cooperative sells on Tmall Global during Double 11: Promperú’s programme, a cacao brand’s importer, Mincetur’s request
 * to Alibaba (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Café peruano en Tmall Global',
  language: 'es',
  publishedAt: '2025-11-12',
  annotated:
    '[[LIMA|lima]], 11 de noviembre — La {{Cooperativa Agraria Cafetalera Alto Chinchipe|ORGANIZATION}}, de ' +
    '{{San Ignacio|PLACE}} ({{Cajamarca|PLACE}}), ha vendido 18 toneladas de café tostado desde que abrió en septiembre ' +
    'una tienda en {{Tmall Global|COMPANY}}, la plataforma de comercio transfronterizo del grupo chino ' +
    '{{Alibaba|COMPANY}}. ' +
    'Según la cooperativa, casi la mitad de esas ventas se hizo en las 24 horas del {{Doble 11|EVENT}}, la mayor ' +
    'jornada de compras en línea de [[China|china]], que terminó este martes. ' +
    'La tienda forma parte del programa {{Ruta Digital Asia|PROGRAM}}, con el que la ' +
    '{{Comisión de Promoción del Perú para la Exportación y el Turismo|GOVERNMENT}} ' +
    '({{Promperú|GOVERNMENT|comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo}}) ha llevado desde 2023 a ' +
    '42 marcas peruanas de café, cacao y quinua a {{Tmall Global|COMPANY}} y a {{JD.com|COMPANY}}. ' +
    'Su presidenta ejecutiva, {{Lucía Bermúdez Santillana|PERSON}}, afirmó que un kilo de café peruano de especialidad ' +
    'se vende en [[China|china]] hasta cuatro veces más caro que en la bolsa de {{Nueva York|PLACE}}. ' +
    'En cacao, la marca {{Amazonas Chocolate|COMPANY}}, de {{Chachapoyas|PLACE}}, firmó en octubre un contrato de ' +
    'distribución con la importadora {{Shanghai Yunhe Trading|COMPANY}}, que venderá sus tabletas también en ' +
    '{{Douyin|MEDIA}}. ' +
    'De acuerdo con la {{Asociación de Exportadores|ORGANIZATION}} ' +
    '({{ADEX|ORGANIZATION|asociacion-de-exportadores}}), los envíos de café peruano a [[China|china]] crecieron 65% ' +
    'entre enero y septiembre, hasta US$ 38 millones. ' +
    'Aun así, el gigante asiático compra menos del 3% del café que exporta el [[Perú|peru]]. ' +
    'El viceministro de Comercio Exterior, {{Ernesto Palacios Huertas|PERSON}}, dijo que el ' +
    '[[Ministerio de Comercio Exterior y Turismo|mincetur]] pedirá a {{Alibaba|COMPANY}} abrir en ' +
    '{{Tmall Global|COMPANY}} un pabellón permanente de productos peruanos.',
  relationships: [
    { type: 'HEADQUARTERED_IN', source: 'cooperativa-agraria-cafetalera-alto-chinchipe', target: 'san-ignacio', sentence: 1 },
    { type: 'LOCATED_IN', source: 'san-ignacio', target: 'cajamarca', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'cooperativa-agraria-cafetalera-alto-chinchipe',
      target: 'tmall-global',
      sentence: 1,
      validFrom: '2025-09',
    },
    { type: 'PART_OF', source: 'tmall-global', target: 'alibaba', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'alibaba', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'cooperativa-agraria-cafetalera-alto-chinchipe', target: 'doble-11', sentence: 2 },
    { type: 'PARTICIPATES_IN', source: 'cooperativa-agraria-cafetalera-alto-chinchipe', target: 'ruta-digital-asia', sentence: 3 },
    { type: 'LEADS', source: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo', target: 'ruta-digital-asia', sentence: 3 },
    {
      type: 'PARTNERS_WITH',
      source: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo',
      target: 'tmall-global',
      sentence: 3,
      validFrom: '2023',
    },
    {
      type: 'PARTNERS_WITH',
      source: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo',
      target: 'jd-com',
      sentence: 3,
      validFrom: '2023',
    },
    {
      type: 'LEADS',
      source: 'lucia-bermudez-santillana',
      target: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo',
      sentence: 4,
    },
    { type: 'STATED', source: 'lucia-bermudez-santillana', target: 'china', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'amazonas-chocolate', target: 'chachapoyas', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'amazonas-chocolate', target: 'shanghai-yunhe-trading', sentence: 5, validFrom: '2025-10' },
    { type: 'STATED', source: 'asociacion-de-exportadores', target: 'china', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'ernesto-palacios-huertas', target: 'mincetur', sentence: 8 },
    { type: 'STATED', source: 'ernesto-palacios-huertas', target: 'alibaba', sentence: 8 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'mincetur', target: 'alibaba', sentence: 8 },
  ],
};

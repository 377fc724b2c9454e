import type { CorpusArticle } from '../corpus-article.js';

/**
 * La Molina’s agrarian university and China Agricultural University launch a double-degree
 * programme: funder, rectors, the potato centre (Spanish).
 */
export const article: CorpusArticle = {
  name: 'fresh-doble-titulacion-agraria',
  language: 'es',
  publishedAt: '2025-10-22',
  annotated:
    'La {{Universidad Nacional Agraria La Molina|ORGANIZATION}} ' +
    '({{UNALM|ORGANIZATION|universidad-nacional-agraria-la-molina}}) y la ' +
    '{{Universidad Agrícola de China|ORGANIZATION}} ({{CAU|ORGANIZATION|universidad-agricola-de-china}}) lanzaron el ' +
    'martes el {{Programa Andes-Pacífico de Doble Titulación|PROGRAM}}, que permitirá a sus alumnos obtener los ' +
    'títulos de ambas casas de estudio. ' +
    'El programa recibirá US$ 2,4 millones en cinco años del ' +
    '{{Ministerio de Agricultura y Asuntos Rurales|GOVERNMENT}} de [[China|china]]. ' +
    'Cada año, 25 estudiantes peruanos cursarán dos semestres en el campus de la ' +
    '{{CAU|ORGANIZATION|universidad-agricola-de-china}} en {{Pekín|PLACE}}, y 10 alumnos chinos estudiarán en el ' +
    'distrito limeño de {{La Molina|PLACE}}. ' +
    'La rectora de la {{UNALM|ORGANIZATION|universidad-nacional-agraria-la-molina}}, {{Teresa Huamán Rojas|PERSON}}, ' +
    'dijo que la cooperación con la {{CAU|ORGANIZATION|universidad-agricola-de-china}} se centrará en el riego ' +
    'tecnificado y en el mejoramiento genético de la papa, cultivo originario de los {{Andes|PLACE}}. ' +
    'El vicepresidente de la {{CAU|ORGANIZATION|universidad-agricola-de-china}}, {{Ma Lianhe|PERSON}}, llegó a ' +
    '[[Lima|lima]] al frente de una delegación de 12 académicos que también visitará el ' +
    '{{Centro Internacional de la Papa|ORGANIZATION}} ({{CIP|ORGANIZATION|centro-internacional-de-la-papa}}). ' +
    'El {{CIP|ORGANIZATION|centro-internacional-de-la-papa}}, con sede en {{La Molina|PLACE}}, tiene desde 2017 una ' +
    'oficina regional, el {{Centro CIP-China para Asia y el Pacífico|ORGANIZATION}}, en el distrito pekinés de ' +
    '{{Yanqing|PLACE}}. ' +
    'Según la {{Superintendencia Nacional de Educación Superior Universitaria|GOVERNMENT}} ' +
    '({{Sunedu|GOVERNMENT|superintendencia-nacional-de-educacion-superior-universitaria}}), unos 600 peruanos ' +
    'estudian hoy en universidades de [[China|china]], el triple que en 2015. ' +
    'El lanzamiento contó con la presencia del titular del {{Ministerio de Desarrollo Agrario y Riego|GOVERNMENT}} ' +
    '({{Midagri|GOVERNMENT|ministerio-de-desarrollo-agrario-y-riego}}), {{Hernán Valdivia Coaguila|PERSON}}, y del ' +
    'consejero agrícola de la embajada de [[China|china]], {{Liu Jiaming|PERSON}}.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'universidad-nacional-agraria-la-molina',
      target: 'universidad-agricola-de-china',
      sentence: 1,
      validFrom: '2025-10-21',
    },
    {
      type: 'PARTICIPATES_IN',
      source: 'universidad-nacional-agraria-la-molina',
      target: 'programa-andes-pacifico-de-doble-titulacion',
      sentence: 1,
      validFrom: '2025-10-21',
    },
    {
      type: 'PARTICIPATES_IN',
      source: 'universidad-agricola-de-china',
      target: 'programa-andes-pacifico-de-doble-titulacion',
      sentence: 1,
      validFrom: '2025-10-21',
    },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'programa-andes-pacifico-de-doble-titulacion',
      target: 'ministerio-de-agricultura-y-asuntos-rurales',
      sentence: 2,
      quantities: [{ value: 2400000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'ministerio-de-agricultura-y-asuntos-rurales', target: 'china', sentence: 2 },
    { type: 'LOCATED_IN', source: 'universidad-agricola-de-china', target: 'pekin', sentence: 3 },
    { type: 'LOCATED_IN', source: 'la-molina', target: 'lima', sentence: 3 },
    { type: 'LEADS', source: 'teresa-huaman-rojas', target: 'universidad-nacional-agraria-la-molina', sentence: 4 },
    { type: 'STATED', source: 'teresa-huaman-rojas', target: 'universidad-agricola-de-china', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'ma-lianhe', target: 'universidad-agricola-de-china', sentence: 5 },
    { type: 'VISITED', source: 'ma-lianhe', target: 'lima', sentence: 5 },
    { type: 'VISITED', source: 'ma-lianhe', target: 'centro-internacional-de-la-papa', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'centro-internacional-de-la-papa', target: 'la-molina', sentence: 6 },
    {
      type: 'PART_OF',
      source: 'centro-cip-china-para-asia-y-el-pacifico',
      target: 'centro-internacional-de-la-papa',
      sentence: 6,
      validFrom: '2017',
    },
    { type: 'LOCATED_IN', source: 'centro-cip-china-para-asia-y-el-pacifico', target: 'yanqing', sentence: 6 },
    { type: 'LOCATED_IN', source: 'yanqing', target: 'pekin', sentence: 6 },
    { type: 'STATED', source: 'superintendencia-nacional-de-educacion-superior-universitaria', target: 'china', sentence: 7 },
    { type: 'LEADS', source: 'hernan-valdivia-coaguila', target: 'ministerio-de-desarrollo-agrario-y-riego', sentence: 8 },
    { type: 'HOLDS_OFFICE_IN', source: 'liu-jiaming', target: 'china', sentence: 8 },
  ],
};

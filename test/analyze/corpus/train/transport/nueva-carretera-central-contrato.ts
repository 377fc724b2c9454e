import type { CorpusArticle } from '../../corpus-article.js';

/**
 * The MTC awards the first stretch of the Nueva Carretera Central to a PowerChina-led consortium: shares, financing, oversight
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'transport: consorcio liderado por PowerChina construirá la Nueva Carretera Central',
  language: 'es',
  publishedAt: '2026-01-15',
  annotated:
    '[[LIMA|lima]], 14 de enero — El {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}}) firmó este miércoles con el consorcio ' +
    '{{Vías Andinas del Centro|COMPANY}}, liderado por la china {{Power Construction Corporation of China|COMPANY}} ' +
    '({{PowerChina|COMPANY|power-construction-corporation-of-china}}), el contrato para construir el primer tramo de la ' +
    '{{Nueva Carretera Central|INFRASTRUCTURE}}, por S/ 4.100 millones. ' +
    'El tramo, de 60 kilómetros, unirá {{Chosica|PLACE}} con {{La Oroya|PLACE}}, en la región {{Junín|PLACE}}, y ' +
    'cruzará la cordillera por un túnel de 11 kilómetros. ' +
    '{{PowerChina|COMPANY|power-construction-corporation-of-china}} posee el 70% del consorcio; el 30% restante ' +
    'pertenece a la peruana {{Cosapi|COMPANY}}. ' +
    'El titular del {{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}}, {{Gustavo Salcedo Ferrer|PERSON}}, ' +
    'indicó que las obras comenzarán en abril y durarán cinco años. ' +
    'Precisó que la carretera se financiará con bonos soberanos y con un préstamo del ' +
    '{{Banco de Desarrollo de China|COMPANY}}, con el que el {{Ministerio de Economía y Finanzas|GOVERNMENT}} negocia ' +
    'desde octubre. ' +
    'La {{Contraloría General de la República|GOVERNMENT}} vigilará la ejecución mediante un control concurrente, ' +
    'informó la entidad. ' +
    'La empresa china, con sede en {{Pekín|PLACE}}, ya construyó en el país la ' +
    '{{Vía de Evitamiento de Huancayo|INFRASTRUCTURE}}, en la misma región. ' +
    'Los gremios de transportistas del centro, agrupados en la {{Federación de Transportistas de Junín|ORGANIZATION}}, ' +
    'pidieron al ministerio que la obra no cierre la vía actual durante las cosechas.',
  relationships: [
    { type: 'LEADS', source: 'power-construction-corporation-of-china', target: 'vias-andinas-del-centro', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'power-construction-corporation-of-china', target: 'china', sentence: 1 },
    {
      type: 'BUILT',
      source: 'vias-andinas-del-centro',
      target: 'nueva-carretera-central',
      sentence: 1,
      quantities: [{ value: 4100000000, unit: 'PEN' }],
    },
    {
      type: 'PARTNERS_WITH',
      source: 'ministerio-de-transportes-y-comunicaciones',
      target: 'vias-andinas-del-centro',
      sentence: 1,
      validFrom: '2026-01-14',
    },
    { type: 'LOCATED_IN', source: 'la-oroya', target: 'junin', sentence: 2 },
    {
      type: 'OWNS',
      source: 'power-construction-corporation-of-china',
      target: 'vias-andinas-del-centro',
      sentence: 3,
      quantities: [{ value: 70, unit: '%' }],
    },
    { type: 'OWNS', source: 'cosapi', target: 'vias-andinas-del-centro', sentence: 3, quantities: [{ value: 30, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'cosapi', target: 'peru', sentence: 3 },
    { type: 'LEADS', source: 'gustavo-salcedo-ferrer', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 4 },
    { type: 'STATED', source: 'gustavo-salcedo-ferrer', target: 'nueva-carretera-central', sentence: 4 },
    { type: 'STATED', source: 'gustavo-salcedo-ferrer', target: 'banco-de-desarrollo-de-china', sentence: 5 },
    { type: 'RECEIVED_INVESTMENT', source: 'nueva-carretera-central', target: 'banco-de-desarrollo-de-china', sentence: 5 },
    {
      type: 'DISCUSSED',
      source: 'ministerio-de-economia-y-finanzas',
      target: 'banco-de-desarrollo-de-china',
      sentence: 5,
      validFrom: '2025-10',
    },
    { type: 'REGULATES', source: 'contraloria-general-de-la-republica', target: 'nueva-carretera-central', sentence: 6 },
    { type: 'STATED', source: 'contraloria-general-de-la-republica', target: 'nueva-carretera-central', sentence: 6 },
    { type: 'HEADQUARTERED_IN', source: 'power-construction-corporation-of-china', target: 'pekin', sentence: 7 },
    { type: 'LOCATED_IN', source: 'via-de-evitamiento-de-huancayo', target: 'junin', sentence: 7 },
    {
      type: 'BUILT',
      source: 'power-construction-corporation-of-china',
      target: 'via-de-evitamiento-de-huancayo',
      sentence: 7,
    },
    { type: 'STATED', source: 'federacion-de-transportistas-de-junin', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Consorcio chino presenta la única oferta por la Línea 3 del Metro de Lima (held out)',
  language: 'es',
  publishedAt: '2025-06-12',
  annotated:
    '[[LIMA|lima]], 12 de junio — El consorcio {{Metro Andino|COMPANY}}, liderado por la estatal china ' +
    '{{Power Construction Corporation of China|COMPANY}} ' +
    '({{PowerChina|COMPANY|power-construction-corporation-of-china}}), ' +
    'presentó este miércoles la única oferta para construir la {{Línea 3 del Metro de Lima|INFRASTRUCTURE}}, un tramo ' +
    'subterráneo de 34 kilómetros entre {{Comas|PLACE}} y {{Chorrillos|PLACE}}. ' +
    'La {{Autoridad de Transporte Urbano para Lima y Callao|GOVERNMENT}} ' +
    '({{ATU|GOVERNMENT|autoridad-de-transporte-urbano-para-lima-y-callao}}), que convocó el concurso en 2024, ' +
    'supervisará las obras y fijará la tarifa del pasaje. ' +
    'El proyecto costará unos US$ 5.000 millones, que el {{Ministerio de Economía y Finanzas|GOVERNMENT}} ' +
    '({{MEF|GOVERNMENT|ministerio-de-economia-y-finanzas}}) pagará al concesionario en cuotas durante 25 años. ' +
    '{{PowerChina|COMPANY|power-construction-corporation-of-china}}, con sede en {{Pekín|PLACE}}, controla el 70% del ' +
    'consorcio, y el 30% restante está en manos de la peruana {{Constructora Huascarán|COMPANY}}. ' +
    'El presidente de la {{ATU|GOVERNMENT|autoridad-de-transporte-urbano-para-lima-y-callao}}, ' +
    '{{Renzo Salazar Ugarte|PERSON}}, sostuvo que la falta de competidores no invalida el proceso y que el contrato ' +
    'podría firmarse en octubre. ' +
    'Otros dos postores, uno de {{España|COUNTRY}} y otro de {{Corea del Sur|COUNTRY}}, se retiraron en mayo alegando ' +
    'que las bases trasladaban demasiados riesgos al constructor. ' +
    'El titular de la {{Comisión de Transportes y Comunicaciones|GOVERNMENT}} del [[Congreso|peru-congress]], el ' +
    'legislador {{Alfredo Cárdenas Rivas|PERSON}}, pidió a la {{Contraloría General de la República|GOVERNMENT}} una ' +
    'auditoría del concurso. ' +
    'Según la propuesta técnica del consorcio, los 27 trenes de la línea serían fabricados por ' +
    '{{CRRC Changchun|COMPANY}}, filial del gigante ferroviario chino {{CRRC|COMPANY}}.',
  relationships: [
    { type: 'LEADS', source: 'power-construction-corporation-of-china', target: 'metro-andino', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'power-construction-corporation-of-china', target: 'china', sentence: 1 },
    { type: 'PLANS', source: 'metro-andino', target: 'linea-3-del-metro-de-lima', sentence: 1, validFrom: '2025-06-11' },
    {
      type: 'PLANS',
      source: 'autoridad-de-transporte-urbano-para-lima-y-callao',
      target: 'linea-3-del-metro-de-lima',
      sentence: 2,
      validFrom: '2024',
    },
    { type: 'REGULATES', source: 'autoridad-de-transporte-urbano-para-lima-y-callao', target: 'linea-3-del-metro-de-lima', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'ministerio-de-economia-y-finanzas',
      target: 'linea-3-del-metro-de-lima',
      sentence: 3,
      quantities: [{ value: 5000000000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'power-construction-corporation-of-china', target: 'pekin', sentence: 4 },
    {
      type: 'OWNS',
      source: 'power-construction-corporation-of-china',
      target: 'metro-andino',
      sentence: 4,
      quantities: [{ value: 70, unit: '%' }],
    },
    { type: 'OWNS', source: 'constructora-huascaran', target: 'metro-andino', sentence: 4, quantities: [{ value: 30, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'constructora-huascaran', target: 'peru', sentence: 4 },
    { type: 'LEADS', source: 'renzo-salazar-ugarte', target: 'autoridad-de-transporte-urbano-para-lima-y-callao', sentence: 5 },
    { type: 'STATED', source: 'renzo-salazar-ugarte', target: 'linea-3-del-metro-de-lima', sentence: 5 },
    { type: 'LEADS', source: 'alfredo-cardenas-rivas', target: 'comision-de-transportes-y-comunicaciones', sentence: 7 },
    { type: 'PART_OF', source: 'comision-de-transportes-y-comunicaciones', target: 'peru-congress', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'alfredo-cardenas-rivas', target: 'peru-congress', sentence: 7 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'alfredo-cardenas-rivas', target: 'contraloria-general-de-la-republica', sentence: 7 },
    { type: 'PARTNERS_WITH', source: 'metro-andino', target: 'crrc-changchun', sentence: 8 },
    { type: 'PART_OF', source: 'crrc-changchun', target: 'crrc', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'crrc', target: 'china', sentence: 8 },
  ],
};

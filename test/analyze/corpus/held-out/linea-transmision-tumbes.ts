import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Consorcio chino gana la línea de transmisión a Ecuador (held out)',
  language: 'es',
  publishedAt: '2024-10-17',
  annotated:
    '[[LIMA|lima]], 17 de octubre — La {{Agencia de Promoción de la Inversión Privada|GOVERNMENT}} ' +
    '({{ProInversión|GOVERNMENT|agencia-de-promocion-de-la-inversion-privada}}) adjudicó este miércoles al consorcio ' +
    '{{Yana Transmisión|COMPANY}}, de capital mayoritariamente chino, el contrato para construir y operar durante 30 ' +
    'años la {{Línea de Transmisión Zorritos–Frontera|INFRASTRUCTURE}}, de 500 kilovoltios. ' +
    'El consorcio pertenece en un 75% a {{China Electric Power Equipment and Technology|COMPANY}} ' +
    '({{CET|COMPANY|china-electric-power-equipment-and-technology}}), filial de la estatal ' +
    '{{State Grid Corporation of China|COMPANY}}, y en un 25% a la peruana {{Andina de Energía|COMPANY}}. ' +
    'La inversión prevista asciende a US$ 412 millones y la línea, de 90 kilómetros, atravesará la región de ' +
    '{{Tumbes|PLACE}} hasta la frontera con {{Ecuador|COUNTRY}}. ' +
    'La obra permitirá vender electricidad a {{Ecuador|COUNTRY}}, que sufrió este año apagones de hasta 14 horas ' +
    'diarias, afirmó el viceministro de Electricidad, {{Luis Fernández Ríos|PERSON}}. ' +
    'El {{Organismo Supervisor de la Inversión en Energía y Minería|GOVERNMENT}} ' +
    '({{Osinergmin|GOVERNMENT|organismo-supervisor-de-la-inversion-en-energia-y-mineria}}) supervisará la construcción ' +
    'y fijará el peaje que {{Yana Transmisión|COMPANY}} cobrará a los usuarios. ' +
    '{{CET|COMPANY|china-electric-power-equipment-and-technology}} ya construyó en 2021 la ' +
    '{{Subestación Nueva Carhuaquero|INFRASTRUCTURE}}, en {{Lambayeque|PLACE}}. ' +
    '{{Ernesto Villanueva|PERSON}}, congresista y presidente de la comisión de energía del ' +
    '[[Congreso de la República|peru-congress]], cuestionó la adjudicación y pidió a la ' +
    '{{Contraloría General de la República|GOVERNMENT}} que revise el contrato. ' +
    'Las empresas chinas controlan ya cerca del 30% de la transmisión eléctrica del [[Perú|peru]], estima la ' +
    '{{Sociedad Nacional de Minería, Petróleo y Energía|ORGANIZATION}} ' +
    '({{SNMPE|ORGANIZATION|sociedad-nacional-de-mineria-petroleo-y-energia}}).',
  relationships: [
    { type: 'BUILT', source: 'yana-transmision', target: 'linea-de-transmision-zorritos-frontera', sentence: 1 },
    { type: 'OPERATES', source: 'yana-transmision', target: 'linea-de-transmision-zorritos-frontera', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'yana-transmision', target: 'china', sentence: 1 },
    {
      type: 'OWNS',
      source: 'china-electric-power-equipment-and-technology',
      target: 'yana-transmision',
      sentence: 2,
      quantities: [{ value: 75, unit: '%' }],
    },
    { type: 'OWNS', source: 'andina-de-energia', target: 'yana-transmision', sentence: 2, quantities: [{ value: 25, unit: '%' }] },
    {
      type: 'PART_OF',
      source: 'china-electric-power-equipment-and-technology',
      target: 'state-grid-corporation-of-china',
      sentence: 2,
    },
    { type: 'AFFILIATED_WITH', source: 'andina-de-energia', target: 'peru', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'yana-transmision',
      target: 'linea-de-transmision-zorritos-frontera',
      sentence: 3,
      quantities: [{ value: 412000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'linea-de-transmision-zorritos-frontera', target: 'tumbes', sentence: 3 },
    { type: 'STATED', source: 'luis-fernandez-rios', target: 'ecuador', sentence: 4 },
    {
      type: 'REGULATES',
      source: 'organismo-supervisor-de-la-inversion-en-energia-y-mineria',
      target: 'linea-de-transmision-zorritos-frontera',
      sentence: 5,
    },
    { type: 'REGULATES', source: 'organismo-supervisor-de-la-inversion-en-energia-y-mineria', target: 'yana-transmision', sentence: 5 },
    {
      type: 'BUILT',
      source: 'china-electric-power-equipment-and-technology',
      target: 'subestacion-nueva-carhuaquero',
      sentence: 6,
      validFrom: '2021',
    },
    { type: 'LOCATED_IN', source: 'subestacion-nueva-carhuaquero', target: 'lambayeque', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'ernesto-villanueva', target: 'peru-congress', sentence: 7 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'ernesto-villanueva', target: 'contraloria-general-de-la-republica', sentence: 7 },
    { type: 'STATED', source: 'sociedad-nacional-de-mineria-petroleo-y-energia', target: 'peru', sentence: 8 },
  ],
};

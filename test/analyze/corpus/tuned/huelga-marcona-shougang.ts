import type { CorpusArticle } from '../corpus-article.js';

/** A strike at the Chinese-owned Marcona iron mine and the labour ministry’s response: owners, union, ministers, Congress (Spanish). */
export const article: CorpusArticle = {
  name: 'Huelga en la mina de Marcona',
  language: 'es',
  publishedAt: '2025-07-03',
  annotated:
    '{{SAN JUAN DE MARCONA|PLACE}}, 2 de julio — El {{Sindicato de Obreros Mineros de Shougang|ORGANIZATION}} inició ' +
    'el miércoles una huelga indefinida en la mina de hierro de {{Marcona|INFRASTRUCTURE}}, en la región ' +
    '{{Ica|PLACE}}, para exigir un aumento salarial del 8%. ' +
    'La mina, que la estatal {{Hierro Perú|COMPANY}} vendió en 1992 a la siderúrgica china {{Shougang|COMPANY}} por ' +
    'US$ 120 millones, es operada por su filial {{Shougang Hierro Perú|COMPANY}}. ' +
    'El secretario general del sindicato, {{Marco Huamaní Cisneros|PERSON}}, dijo a {{RPP|MEDIA}} que la empresa no ' +
    'ha cumplido el convenio colectivo firmado en 2023. ' +
    'El {{Ministerio de Trabajo y Promoción del Empleo|GOVERNMENT}} ' +
    '({{MTPE|GOVERNMENT|ministerio-de-trabajo-y-promocion-del-empleo}}) declaró improcedente la huelga el jueves y ' +
    'convocó a ambas partes a una reunión en [[Lima|lima]] el 8 de julio. ' +
    'La titular del {{MTPE|GOVERNMENT|ministerio-de-trabajo-y-promocion-del-empleo}}, ' +
    '{{Daniela Ríos Olaya|PERSON}}, afirmó que {{Shougang Hierro Perú|COMPANY}} deberá presentar antes de esa fecha ' +
    'una nueva oferta salarial. ' +
    'En un comunicado, la empresa señaló que ha invertido US$ 1.500 millones desde 2018 en la ampliación de ' +
    '{{Marcona|INFRASTRUCTURE}}. ' +
    '{{Raúl Huamán Sotelo|PERSON}}, congresista por {{Ica|PLACE}}, pidió que la {{Comisión de Trabajo|GOVERNMENT}} ' +
    'del [[Congreso de la República|peru-congress]] cite a {{Wang Jun|PERSON}}, gerente general de ' +
    '{{Shougang Hierro Perú|COMPANY}}. ' +
    'Según el {{Banco Central de Reserva del Perú|GOVERNMENT}} ' +
    '({{BCRP|GOVERNMENT|banco-central-de-reserva-del-peru}}), [[China|china]] compra cerca del 70% del hierro que ' +
    'exporta el [[Perú|peru]].',
  relationships: [
    { type: 'LOCATED_IN', source: 'marcona', target: 'ica', sentence: 1 },
    { type: 'SOLD', source: 'hierro-peru', target: 'marcona', sentence: 2, validFrom: '1992' },
    {
      type: 'ACQUIRED',
      source: 'shougang',
      target: 'marcona',
      sentence: 2,
      validFrom: '1992',
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'shougang', target: 'china', sentence: 2 },
    { type: 'OPERATES', source: 'shougang-hierro-peru', target: 'marcona', sentence: 2 },
    { type: 'PART_OF', source: 'shougang-hierro-peru', target: 'shougang', sentence: 2 },
    { type: 'LEADS', source: 'marco-huamani-cisneros', target: 'sindicato-de-obreros-mineros-de-shougang', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'marco-huamani-cisneros', target: 'rpp', sentence: 3 },
    { type: 'STATED', source: 'marco-huamani-cisneros', target: 'shougang-hierro-peru', sentence: 3 },
    { type: 'LEADS', source: 'daniela-rios-olaya', target: 'ministerio-de-trabajo-y-promocion-del-empleo', sentence: 5 },
    { type: 'STATED', source: 'daniela-rios-olaya', target: 'shougang-hierro-peru', sentence: 5 },
    {
      type: 'INVESTED_IN',
      source: 'shougang-hierro-peru',
      target: 'marcona',
      sentence: 6,
      validFrom: '2018',
      quantities: [{ value: 1500000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'shougang-hierro-peru', target: 'marcona', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'raul-huaman-sotelo', target: 'peru-congress', sentence: 7 },
    { type: 'PART_OF', source: 'comision-de-trabajo', target: 'peru-congress', sentence: 7 },
    { type: 'LEADS', source: 'wang-jun', target: 'shougang-hierro-peru', sentence: 7 },
    { type: 'STATED', source: 'banco-central-de-reserva-del-peru', target: 'china', sentence: 8 },
  ],
};

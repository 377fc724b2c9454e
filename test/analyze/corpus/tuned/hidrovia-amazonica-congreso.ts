import type { CorpusArticle } from '../corpus-article.js';

/**
 * A congressional committee debates the Amazon waterway concession held by a Sinohydro-led consortium: owners, grantor, critics (Spanish).
 */
export const article: CorpusArticle = {
  name: 'El Congreso debate la Hidrovía Amazónica',
  language: 'es',
  publishedAt: '2025-10-09',
  annotated:
    '[[LIMA|lima]], 8 de octubre — La {{Comisión de Transportes y Comunicaciones|GOVERNMENT}} del ' +
    '[[Congreso de la República|peru-congress]] debatió el miércoles un proyecto de ley que declara de interés nacional ' +
    'la {{Hidrovía Amazónica|INFRASTRUCTURE}}, una vía fluvial concesionada a un consorcio con capital chino. ' +
    'El consorcio, {{Cohidro|COMPANY}}, está formado por la china {{Sinohydro|COMPANY}}, que tiene el 51%, y la ' +
    'peruana {{Construcción y Administración|COMPANY}}. ' +
    'En 2017, el {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}}) le otorgó la concesión por 20 años para dragar y ' +
    'mantener 2.687 kilómetros de los ríos {{Marañón|PLACE}}, {{Huallaga|PLACE}}, {{Ucayali|PLACE}} y ' +
    '{{Amazonas|PLACE}}. ' +
    'Las obras, valoradas en US$ 95 millones, siguen sin empezar porque el {{Senace|GOVERNMENT}} observó en 2022 el ' +
    'estudio de impacto ambiental del consorcio. ' +
    'El autor del proyecto de ley, el congresista por {{Loreto|PLACE}} {{Jorge Pinedo Arévalo|PERSON}}, afirmó que la ' +
    'hidrovía reducirá a la mitad el costo de transportar carga entre {{Iquitos|PLACE}} y {{Yurimaguas|PLACE}}. ' +
    'La {{Asociación Interétnica de Desarrollo de la Selva Peruana|ORGANIZATION}} ' +
    '({{Aidesep|ORGANIZATION|asociacion-interetnica-de-desarrollo-de-la-selva-peruana}}) advirtió, en cambio, que el ' +
    'dragado dañará la pesca de más de 400 comunidades indígenas y pidió una nueva consulta previa. ' +
    'El presidente de la comisión, {{Luis Ramírez Tello|PERSON}}, anunció que citará al gerente general de ' +
    '{{Cohidro|COMPANY}}, {{Chen Guoqiang|PERSON}}, y al titular del ' +
    '{{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}}, {{Manuel Aliaga Torres|PERSON}}. ' +
    '{{Sinohydro|COMPANY}} es filial de la estatal china {{PowerChina|COMPANY}}, una de las mayores constructoras de ' +
    'represas del mundo.',
  relationships: [
    { type: 'PART_OF', source: 'comision-de-transportes-y-comunicaciones', target: 'peru-congress', sentence: 1 },
    { type: 'OWNS', source: 'sinohydro', target: 'cohidro', sentence: 2, quantities: [{ value: 51, unit: '%' }] },
    { type: 'OWNS', source: 'construccion-y-administracion', target: 'cohidro', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'sinohydro', target: 'china', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'construccion-y-administracion', target: 'peru', sentence: 2 },
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'ministerio-de-transportes-y-comunicaciones',
      target: 'cohidro',
      sentence: 3,
      validFrom: '2017',
    },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-pinedo-arevalo', target: 'peru-congress', sentence: 5 },
    { type: 'STATED', source: 'jorge-pinedo-arevalo', target: 'hidrovia-amazonica', sentence: 5 },
    { type: 'STATED', source: 'asociacion-interetnica-de-desarrollo-de-la-selva-peruana', target: 'hidrovia-amazonica', sentence: 6 },
    { type: 'LEADS', source: 'luis-ramirez-tello', target: 'comision-de-transportes-y-comunicaciones', sentence: 7 },
    { type: 'LEADS', source: 'chen-guoqiang', target: 'cohidro', sentence: 7 },
    { type: 'LEADS', source: 'manuel-aliaga-torres', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 7 },
    { type: 'PART_OF', source: 'sinohydro', target: 'powerchina', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'powerchina', target: 'china', sentence: 8 },
  ],
};

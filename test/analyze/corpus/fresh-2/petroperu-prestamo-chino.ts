import type { CorpusArticle } from '../corpus-article.js';

/**
 * Petroperú negocia un préstamo del Banco de Desarrollo de China por la deuda de Talara: refinería, constructora, accionista, Sinopec,
 * calificadora, Congreso (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Petroperú negocia un préstamo chino',
  language: 'es',
  publishedAt: '2025-08-14',
  annotated:
    '{{Petroperú|COMPANY}} negocia con el {{Banco de Desarrollo de China|COMPANY}} un préstamo de hasta ' +
    'US$ 1.000 millones para refinanciar la deuda que dejó la modernización de la ' +
    '{{Refinería de Talara|INFRASTRUCTURE}}, confirmó el miércoles su presidente, {{Óscar Medina Ruiz|PERSON}}. ' +
    'La estatal opera desde 2023 la refinería, ubicada en {{Piura|PLACE}}, cuya ampliación costó más de ' +
    'US$ 6.500 millones y estuvo a cargo de la española {{Técnicas Reunidas|COMPANY}}. ' +
    'Según {{Medina|PERSON|oscar-medina-ruiz}}, la entidad china ofrece un plazo de 15 años, pero pide como garantía ' +
    'una parte de las ventas de combustible de la petrolera. ' +
    'El {{Ministerio de Economía y Finanzas|GOVERNMENT}} ({{MEF|GOVERNMENT|ministerio-de-economia-y-finanzas}}), ' +
    'único accionista de la empresa, tendrá la última palabra. ' +
    'Su titular, {{Julio Cárdenas Paredes|PERSON}}, dijo a {{Gestión|MEDIA}} que el Gobierno no volverá a inyectar ' +
    'capital en la petrolera y que cualquier crédito deberá pagarse con sus propios ingresos. ' +
    'En mayo, {{Medina|PERSON|oscar-medina-ruiz}} viajó a {{Pekín|PLACE}}, donde se reunió con directivos de ' +
    '{{Sinopec|COMPANY}}, interesada en comprar diésel producido en {{Talara|INFRASTRUCTURE|refineria-de-talara}}. ' +
    'La calificadora {{Fitch Ratings|COMPANY}} rebajó en julio la nota de {{Petroperú|COMPANY}} y advirtió que la ' +
    'compañía no podrá pagar sus bonos con vencimiento en 2032 sin apoyo del Estado. ' +
    'El congresista {{Alfonso Quiroz Tello|PERSON}}, que preside la {{Comisión de Energía y Minas|GOVERNMENT}} del ' +
    '[[Congreso|peru-congress]], pidió que la {{Contraloría General de la República|GOVERNMENT}} revise el préstamo ' +
    'antes de su firma.',
  relationships: [
    {
      type: 'SEEKS_COOPERATION_WITH',
      source: 'petroperu',
      target: 'banco-de-desarrollo-de-china',
      sentence: 1,
      quantities: [{ value: 1000000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'oscar-medina-ruiz', target: 'petroperu', sentence: 1 },
    { type: 'STATED', source: 'oscar-medina-ruiz', target: 'petroperu', sentence: 1, validFrom: '2025-08-13' },
    { type: 'OPERATES', source: 'petroperu', target: 'refineria-de-talara', sentence: 2, validFrom: '2023' },
    { type: 'LOCATED_IN', source: 'refineria-de-talara', target: 'piura', sentence: 2 },
    {
      type: 'BUILT',
      source: 'tecnicas-reunidas',
      target: 'refineria-de-talara',
      sentence: 2,
      quantities: [{ value: 6500000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'oscar-medina-ruiz', target: 'banco-de-desarrollo-de-china', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'banco-de-desarrollo-de-china', target: 'china', sentence: 3 },
    { type: 'OWNS', source: 'ministerio-de-economia-y-finanzas', target: 'petroperu', sentence: 4 },
    { type: 'LEADS', source: 'julio-cardenas-paredes', target: 'ministerio-de-economia-y-finanzas', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'julio-cardenas-paredes', target: 'gestion', sentence: 5 },
    { type: 'STATED', source: 'julio-cardenas-paredes', target: 'petroperu', sentence: 5 },
    { type: 'VISITED', source: 'oscar-medina-ruiz', target: 'pekin', sentence: 6, validFrom: '2025-05' },
    { type: 'MET', source: 'oscar-medina-ruiz', target: 'sinopec', sentence: 6, validFrom: '2025-05' },
    { type: 'STATED', source: 'fitch-ratings', target: 'petroperu', sentence: 7, validFrom: '2025-07' },
    { type: 'HOLDS_OFFICE_IN', source: 'alfonso-quiroz-tello', target: 'peru-congress', sentence: 8 },
    { type: 'LEADS', source: 'alfonso-quiroz-tello', target: 'comision-de-energia-y-minas', sentence: 8 },
    { type: 'PART_OF', source: 'comision-de-energia-y-minas', target: 'peru-congress', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * Senace approves the expansion of Chinalco’s Toromocho copper mine and the Morococha community objects: operator, owner, regulators,
 * Congress (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Senace aprueba la ampliación de Toromocho',
  language: 'es',
  publishedAt: '2025-05-22',
  annotated:
    '{{HUANCAYO|PLACE}}, 21 de mayo — El ' +
    '{{Servicio Nacional de Certificación Ambiental para las Inversiones Sostenibles|GOVERNMENT}} ' +
    '({{Senace|GOVERNMENT|servicio-nacional-de-certificacion-ambiental-para-las-inversiones-sostenibles}}) aprobó el ' +
    'martes la ampliación de la mina de cobre {{Toromocho|INFRASTRUCTURE}}, que opera ' +
    '{{Minera Chinalco Perú|COMPANY}} en la región {{Junín|PLACE}}. ' +
    'La autorización permite a la empresa, filial de la estatal china [[Chinalco|chinalco]], elevar en 12 metros el ' +
    'muro de su depósito de relaves y subir la producción a 170.000 toneladas de mineral por día. ' +
    'La minera invertirá US$ 1.355 millones en el proyecto, informó en un comunicado. ' +
    'La {{Comunidad Campesina de Morococha|ORGANIZATION}} rechazó la decisión y sostuvo que el río ' +
    '{{Rumichaca|PLACE}}, que nace cerca del tajo, ya presenta niveles altos de arsénico. ' +
    'Su presidente, {{Teodoro Quispe Huamán|PERSON}}, dijo a {{Exitosa|MEDIA}} que el ' +
    '{{Ministerio de Energía y Minas|GOVERNMENT}} no ha respondido a sus pedidos de diálogo y que la comunidad ' +
    'bloqueará la {{Carretera Central|INFRASTRUCTURE}} desde el lunes. ' +
    'Unas 5.000 personas fueron reasentadas entre 2012 y 2015 en {{Nueva Morococha|PLACE}}, una ciudad que la empresa ' +
    'construyó a diez kilómetros del antiguo pueblo. ' +
    'El {{Organismo de Evaluación y Fiscalización Ambiental|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|organismo-de-evaluacion-y-fiscalizacion-ambiental}}), que supervisa la mina, la sancionó en ' +
    '2022 por un derrame de relaves en el {{Rumichaca|PLACE}}. ' +
    'El congresista por {{Junín|PLACE}} {{Wilson Rojas Palomino|PERSON}} pidió que la ' +
    '{{Comisión de Energía y Minas|GOVERNMENT}} del [[Congreso de la República|peru-congress]] cite al gerente general ' +
    'de la minera, {{Li Wenhao|PERSON}}. ' +
    '[[Chinalco|chinalco]] adquirió {{Toromocho|INFRASTRUCTURE}} en 2007, y la mina produce cobre desde diciembre de 2013.',
  relationships: [
    { type: 'OPERATES', source: 'minera-chinalco-peru', target: 'toromocho', sentence: 1 },
    { type: 'LOCATED_IN', source: 'toromocho', target: 'junin', sentence: 1 },
    { type: 'PART_OF', source: 'minera-chinalco-peru', target: 'chinalco', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'chinalco', target: 'china', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'minera-chinalco-peru',
      target: 'toromocho',
      sentence: 3,
      quantities: [{ value: 1355000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'minera-chinalco-peru', target: 'toromocho', sentence: 3 },
    { type: 'STATED', source: 'comunidad-campesina-de-morococha', target: 'rumichaca', sentence: 4 },
    { type: 'LEADS', source: 'teodoro-quispe-huaman', target: 'comunidad-campesina-de-morococha', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'teodoro-quispe-huaman', target: 'exitosa', sentence: 5 },
    { type: 'STATED', source: 'teodoro-quispe-huaman', target: 'ministerio-de-energia-y-minas', sentence: 5 },
    { type: 'BUILT', source: 'minera-chinalco-peru', target: 'nueva-morococha', sentence: 6 },
    { type: 'REGULATES', source: 'organismo-de-evaluacion-y-fiscalizacion-ambiental', target: 'toromocho', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'wilson-rojas-palomino', target: 'peru-congress', sentence: 8 },
    { type: 'PART_OF', source: 'comision-de-energia-y-minas', target: 'peru-congress', sentence: 8 },
    { type: 'LEADS', source: 'li-wenhao', target: 'minera-chinalco-peru', sentence: 8 },
    { type: 'ACQUIRED', source: 'chinalco', target: 'toromocho', sentence: 9, validFrom: '2007' },
  ],
};

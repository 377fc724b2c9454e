import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Perú y China firman un memorando de turismo y anuncian un vuelo directo (held out)',
  language: 'es',
  publishedAt: '2025-08-21',
  annotated:
    '{{PEKÍN|PLACE}} — El [[Ministerio de Comercio Exterior y Turismo|mincetur]] ([[Mincetur|mincetur]]) del ' +
    '[[Perú|peru]] y el {{Ministerio de Cultura y Turismo de China|GOVERNMENT}} suscribieron el martes un ' +
    '{{Memorando de Entendimiento sobre Cooperación Turística|AGREEMENT}} que busca duplicar hasta 2030 el número ' +
    'de visitantes chinos que llegan al país andino. ' +
    'El documento fue rubricado por la titular del [[Mincetur|mincetur]], {{Elena Carbajal|PERSON}}, y por el ' +
    'viceministro chino {{Gao Zhengping|PERSON}}, durante la primera visita oficial de la ministra a [[China|china]]. ' +
    'Como parte del acuerdo, la estatal china {{China Southern Airlines|COMPANY}}, con sede en {{Cantón|PLACE}}, ' +
    'abrirá en diciembre una ruta entre [[Shenzhen|shenzhen]] y el ' +
    '{{Aeropuerto Internacional Jorge Chávez|INFRASTRUCTURE}}, en el {{Callao|PLACE}}, con una escala técnica en ' +
    '{{Auckland|PLACE}}. ' +
    '{{Lima Airport Partners|COMPANY}} ({{LAP|COMPANY|lima-airport-partners}}), concesionaria del terminal y ' +
    'controlada por la alemana {{Fraport|COMPANY}}, calcula que los vuelos de la aerolínea traerán 40.000 pasajeros ' +
    'al año. ' +
    'El año pasado llegaron al [[Perú|peru]] unos 30.000 turistas chinos, la mayoría con destino a ' +
    '{{Machu Picchu|PLACE}}, según {{PromPerú|GOVERNMENT}}, la agencia de promoción adscrita al ' +
    '[[Mincetur|mincetur]]. ' +
    '{{Carbajal|PERSON|elena-carbajal}} adelantó además que el Gobierno estudia ampliar la exención de visas a los ' +
    'turistas chinos, un pedido que la {{Asociación Peruana de Agencias de Viajes y Turismo|ORGANIZATION}} ' +
    '({{Apavit|ORGANIZATION|asociacion-peruana-de-agencias-de-viajes-y-turismo}}) viene planteando desde 2023. ' +
    'El memorando se enmarca en [[la Franja y la Ruta|belt-and-road-initiative]], iniciativa a la que el ' +
    '[[Perú|peru]] se adhirió en 2019.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'mincetur', target: 'peru', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'mincetur',
      target: 'memorando-de-entendimiento-sobre-cooperacion-turistica',
      sentence: 1,
      validFrom: '2025-08-19',
    },
    {
      type: 'SIGNED',
      source: 'ministerio-de-cultura-y-turismo-de-china',
      target: 'memorando-de-entendimiento-sobre-cooperacion-turistica',
      sentence: 1,
      validFrom: '2025-08-19',
    },
    { type: 'LEADS', source: 'elena-carbajal', target: 'mincetur', sentence: 2 },
    { type: 'SIGNED', source: 'elena-carbajal', target: 'memorando-de-entendimiento-sobre-cooperacion-turistica', sentence: 2 },
    { type: 'SIGNED', source: 'gao-zhengping', target: 'memorando-de-entendimiento-sobre-cooperacion-turistica', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'gao-zhengping', target: 'china', sentence: 2 },
    { type: 'VISITED', source: 'elena-carbajal', target: 'china', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-southern-airlines', target: 'china', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'china-southern-airlines', target: 'canton', sentence: 3 },
    { type: 'LOCATED_IN', source: 'aeropuerto-internacional-jorge-chavez', target: 'callao', sentence: 3 },
    { type: 'OPERATES', source: 'lima-airport-partners', target: 'aeropuerto-internacional-jorge-chavez', sentence: 4 },
    { type: 'OWNS', source: 'fraport', target: 'lima-airport-partners', sentence: 4 },
    { type: 'STATED', source: 'lima-airport-partners', target: 'china-southern-airlines', sentence: 4 },
    { type: 'STATED', source: 'promperu', target: 'peru', sentence: 5 },
    { type: 'PART_OF', source: 'promperu', target: 'mincetur', sentence: 5 },
    { type: 'STATED', source: 'elena-carbajal', target: 'china', sentence: 6 },
    {
      type: 'SEEKS_COOPERATION_WITH',
      source: 'asociacion-peruana-de-agencias-de-viajes-y-turismo',
      target: 'peru',
      sentence: 6,
      validFrom: '2023',
    },
    { type: 'PART_OF', source: 'memorando-de-entendimiento-sobre-cooperacion-turistica', target: 'belt-and-road-initiative', sentence: 7 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 7, validFrom: '2019' },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Trujillo’s mayor signs a sister-city agreement with Qingdao: a port visit, Salaverry, a councillor’s criticism (Spanish). */
export const article: CorpusArticle = {
  name: 'Hermanamiento entre Trujillo y Qingdao',
  language: 'es',
  publishedAt: '2025-10-23',
  annotated:
    '{{QINGDAO|PLACE}}, 22 de octubre — El alcalde provincial de {{Trujillo|PLACE}}, ' +
    '{{Arturo Villanueva Castro|PERSON}}, y el alcalde de {{Qingdao|PLACE}}, {{Geng Lixin|PERSON}}, firmaron el ' +
    'miércoles un convenio de hermanamiento, el primero de {{Trujillo|PLACE}} con una ciudad de [[China|china]]. ' +
    '{{Trujillo|PLACE}}, capital de la región {{La Libertad|PLACE}} y tercera ciudad del [[Perú|peru]], se compromete ' +
    'a intercambiar con {{Qingdao|PLACE}} experiencias en turismo, gestión portuaria y formación técnica durante cinco ' +
    'años. ' +
    '{{Villanueva|PERSON|arturo-villanueva-castro}}, que encabeza una delegación de 14 funcionarios y empresarios ' +
    'liberteños, visitó el martes la terminal de contenedores de {{Qianwan|INFRASTRUCTURE}}, operada por el grupo ' +
    'estatal chino {{Shandong Port Group|COMPANY}}. ' +
    'El alcalde dijo a la agencia {{Andina|MEDIA}} que busca inversión china para ampliar el puerto de ' +
    '{{Salaverry|INFRASTRUCTURE}}, a 15 kilómetros de la ciudad, que opera desde 2018 la concesionaria ' +
    '{{Salaverry Terminal Internacional|COMPANY}}. ' +
    '{{Qingdao|PLACE}}, en la provincia de {{Shandong|PLACE}}, tiene unos diez millones de habitantes y uno de los ' +
    'mayores puertos de contenedores del mundo. ' +
    'En {{Trujillo|PLACE}}, el regidor opositor {{César Ruiz Chávez|PERSON}}, del ' +
    '{{Concejo Provincial de Trujillo|GOVERNMENT}}, criticó que el alcalde pague el viaje con 180.000 soles del ' +
    'presupuesto municipal. ' +
    'Según la {{Cámara de Comercio de La Libertad|ORGANIZATION}}, el memorando de cooperación agrícola que el ' +
    '{{Gobierno Regional de La Libertad|GOVERNMENT}} firmó en 2019 con la provincia de {{Shandong|PLACE}} no ha dado ' +
    'resultados concretos. ' +
    'La {{Cancillería|GOVERNMENT}} calcula que unas 20 ciudades peruanas tienen hoy convenios de hermanamiento con ' +
    'ciudades de [[China|china]].',
  relationships: [
    { type: 'LEADS', source: 'arturo-villanueva-castro', target: 'trujillo', sentence: 1 },
    { type: 'LEADS', source: 'geng-lixin', target: 'qingdao', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'trujillo', target: 'qingdao', sentence: 1, validFrom: '2025-10-22' },
    { type: 'LOCATED_IN', source: 'qingdao', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'trujillo', target: 'la-libertad', sentence: 2 },
    { type: 'LOCATED_IN', source: 'trujillo', target: 'peru', sentence: 2 },
    { type: 'VISITED', source: 'arturo-villanueva-castro', target: 'qianwan', sentence: 3, validFrom: '2025-10-21' },
    { type: 'OPERATES', source: 'shandong-port-group', target: 'qianwan', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'shandong-port-group', target: 'china', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'arturo-villanueva-castro', target: 'andina', sentence: 4 },
    { type: 'STATED', source: 'arturo-villanueva-castro', target: 'salaverry', sentence: 4 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'arturo-villanueva-castro', target: 'china', sentence: 4 },
    { type: 'OPERATES', source: 'salaverry-terminal-internacional', target: 'salaverry', sentence: 4, validFrom: '2018' },
    { type: 'LOCATED_IN', source: 'qingdao', target: 'shandong', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'cesar-ruiz-chavez', target: 'concejo-provincial-de-trujillo', sentence: 6 },
    { type: 'STATED', source: 'cesar-ruiz-chavez', target: 'arturo-villanueva-castro', sentence: 6 },
    { type: 'STATED', source: 'camara-de-comercio-de-la-libertad', target: 'gobierno-regional-de-la-libertad', sentence: 7 },
    { type: 'PARTNERS_WITH', source: 'gobierno-regional-de-la-libertad', target: 'shandong', sentence: 7, validFrom: '2019' },
    { type: 'STATED', source: 'cancilleria', target: 'china', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * The Lunar New Year festival in Lima’s Chinatown: organisers, the mayor, the ambassador, a
 * restored arch, classes, a closing concert (Spanish).
 */
export const article: CorpusArticle = {
  name: 'fresh-festival-primavera-barrio-chino',
  language: 'es',
  publishedAt: '2025-02-03',
  annotated:
    '[[LIMA|lima]], 2 de febrero — Miles de personas recorrieron el domingo la calle {{Capón|PLACE}}, en el ' +
    '{{Barrio Chino|PLACE}} de [[Lima|lima]], durante el {{Festival de la Primavera|EVENT}}, la fiesta del Año Nuevo ' +
    'Lunar que organiza cada año la {{Sociedad Central de Beneficencia China|ORGANIZATION}}. ' +
    'La inauguración del {{Festival de la Primavera|EVENT}} fue encabezada por el presidente de la ' +
    '{{Beneficencia China|ORGANIZATION|sociedad-central-de-beneficencia-china}}, {{Carlos Chiang Lau|PERSON}}, y por el ' +
    'alcalde de [[Lima|lima]], {{Julio César Alcántara|PERSON}}. ' +
    'Entre los invitados estuvo el embajador de [[China|china]], {{Song Yang|PERSON}}, quien dijo que la comunidad de ' +
    'origen chino en el [[Perú|peru]], estimada en más de un millón de personas, es «un puente vivo» entre ambos ' +
    'países. ' +
    'Los primeros inmigrantes chinos llegaron al [[Perú|peru]] en 1849 para trabajar en las haciendas de la costa, y ' +
    'la {{Beneficencia|ORGANIZATION|sociedad-central-de-beneficencia-china}} fue fundada en 1886. ' +
    'La {{Municipalidad de Lima|GOVERNMENT}} anunció que en abril restaurará el {{Arco Chino|INFRASTRUCTURE}} de la ' +
    'calle {{Capón|PLACE}}, levantado en 1971, con una donación de US$ 300.000 de [[China|china]]. ' +
    'Además, el {{Instituto Confucio|ORGANIZATION}} de la {{Universidad Ricardo Palma|ORGANIZATION}} dictará desde ' +
    'marzo clases gratuitas de mandarín en alianza con el {{Ministerio de Cultura|GOVERNMENT}}. ' +
    'El festival se cerrará el 9 de febrero con {{Sonidos de Oriente|EVENT}}, un concierto de la ' +
    '{{Orquesta Sinfónica Nacional|ORGANIZATION}} con solistas chinos en el {{Gran Teatro Nacional|INFRASTRUCTURE}}.',
  relationships: [
    { type: 'LOCATED_IN', source: 'capon', target: 'barrio-chino', sentence: 1 },
    { type: 'LOCATED_IN', source: 'barrio-chino', target: 'lima', sentence: 1 },
    { type: 'HOSTED', source: 'lima', target: 'festival-de-la-primavera', sentence: 1, validFrom: '2025-02-02' },
    { type: 'HOSTED', source: 'sociedad-central-de-beneficencia-china', target: 'festival-de-la-primavera', sentence: 1 },
    { type: 'PRESIDED_OVER', source: 'carlos-chiang-lau', target: 'festival-de-la-primavera', sentence: 2 },
    { type: 'PRESIDED_OVER', source: 'julio-cesar-alcantara', target: 'festival-de-la-primavera', sentence: 2 },
    { type: 'LEADS', source: 'carlos-chiang-lau', target: 'sociedad-central-de-beneficencia-china', sentence: 2 },
    { type: 'LEADS', source: 'julio-cesar-alcantara', target: 'lima', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 3 },
    { type: 'ATTENDED', source: 'song-yang', target: 'festival-de-la-primavera', sentence: 3 },
    { type: 'STATED', source: 'song-yang', target: 'peru', sentence: 3 },
    { type: 'STATED', source: 'municipalidad-de-lima', target: 'arco-chino', sentence: 5 },
    { type: 'LOCATED_IN', source: 'arco-chino', target: 'capon', sentence: 5 },
    {
      type: 'COOPERATES_WITH',
      source: 'china',
      target: 'municipalidad-de-lima',
      sentence: 5,
      quantities: [{ value: 300000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'instituto-confucio', target: 'universidad-ricardo-palma', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'instituto-confucio', target: 'ministerio-de-cultura', sentence: 6, validFrom: '2025-03' },
    { type: 'PART_OF', source: 'sonidos-de-oriente', target: 'festival-de-la-primavera', sentence: 7 },
    { type: 'HOSTED', source: 'gran-teatro-nacional', target: 'sonidos-de-oriente', sentence: 7, validFrom: '2025-02-09' },
  ],
};

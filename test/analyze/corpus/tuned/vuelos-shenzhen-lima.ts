import type { CorpusArticle } from '../corpus-article.js';

/**
 * China Southern Airlines opens a Shenzhen–Lima route as Chinese tourist arrivals grow: ministry, Promperú, Trip.com, airport (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Vuelos entre Shenzhen y Lima y turistas chinos',
  language: 'es',
  publishedAt: '2025-10-16',
  annotated:
    '[[LIMA|lima]], 15 de octubre — La aerolínea {{China Southern Airlines|COMPANY}} inaugurará el 2 de diciembre la ' +
    'primera ruta entre [[Shenzhen|shenzhen]] y [[Lima|lima]] sin cambio de avión, con tres vuelos semanales y una ' +
    'escala técnica en {{Auckland|PLACE}}, informó el miércoles el ' +
    '[[Ministerio de Comercio Exterior y Turismo|mincetur]]. ' +
    'La compañía estatal, con sede en {{Cantón|PLACE}}, es la mayor aerolínea de [[China|china]] por número de ' +
    'pasajeros y operará la ruta con aviones de 270 asientos. ' +
    'La ministra del sector, {{Elena Vargas Paredes|PERSON}}, dijo a {{Andina|MEDIA}} que el [[Perú|peru]] espera ' +
    'recibir 60.000 turistas chinos en 2026, casi el doble que este año. ' +
    'Según la {{Comisión de Promoción del Perú para la Exportación y el Turismo|GOVERNMENT}} ' +
    '({{Promperú|GOVERNMENT|comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo}}), entre enero y ' +
    'septiembre llegaron al país 31.400 visitantes de [[China|china]], un 22% más que en el mismo periodo de 2024. ' +
    '{{Cusco|PLACE}} y {{Machu Picchu|PLACE}} son sus destinos preferidos, y cada viajero gasta en promedio US$ 2.100 ' +
    'por estadía, la cifra más alta entre los turistas asiáticos. ' +
    'En agosto, el [[Mincetur|mincetur]] firmó un memorando de promoción turística con la agencia de viajes en línea ' +
    '{{Trip.com|COMPANY}}, con sede en {{Shanghái|PLACE}}. ' +
    'El gerente de {{China Southern Airlines|COMPANY}} para {{Sudamérica|PLACE}}, {{Liu Yang|PERSON}}, señaló que los ' +
    'vuelos también llevarán carga, sobre todo arándanos y uvas, desde [[Lima|lima]] hacia el sur de [[China|china]]. ' +
    '{{Lima Airport Partners|COMPANY}}, que opera el {{Aeropuerto Internacional Jorge Chávez|INFRASTRUCTURE}}, en el ' +
    '{{Callao|PLACE}}, prevé que la nueva terminal, abierta en junio, absorba el aumento del tráfico desde ' +
    '{{Asia|PLACE}}.',
  relationships: [
    { type: 'STATED', source: 'mincetur', target: 'china-southern-airlines', sentence: 1, validFrom: '2025-10-15' },
    { type: 'HEADQUARTERED_IN', source: 'china-southern-airlines', target: 'canton', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-southern-airlines', target: 'china', sentence: 2 },
    { type: 'LEADS', source: 'elena-vargas-paredes', target: 'mincetur', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'elena-vargas-paredes', target: 'andina', sentence: 3 },
    { type: 'STATED', source: 'elena-vargas-paredes', target: 'peru', sentence: 3 },
    { type: 'STATED', source: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo', target: 'china', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'mincetur', target: 'trip-com', sentence: 6, validFrom: '2025-08' },
    { type: 'HEADQUARTERED_IN', source: 'trip-com', target: 'shanghai', sentence: 6 },
    { type: 'LEADS', source: 'liu-yang', target: 'china-southern-airlines', sentence: 7 },
    { type: 'STATED', source: 'liu-yang', target: 'china-southern-airlines', sentence: 7 },
    { type: 'OPERATES', source: 'lima-airport-partners', target: 'aeropuerto-internacional-jorge-chavez', sentence: 8 },
    { type: 'LOCATED_IN', source: 'aeropuerto-internacional-jorge-chavez', target: 'callao', sentence: 8 },
  ],
};

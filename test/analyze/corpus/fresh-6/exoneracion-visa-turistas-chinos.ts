import type { CorpusArticle } from '../corpus-article.js';

/** El gobierno exonera de visa a los turistas chinos desde enero; ministerio, promotores de turismo, aerolíneas y consulado (Spanish). */
export const article: CorpusArticle = {
  name: 'El Perú exonera de visa a los turistas chinos',
  language: 'es',
  publishedAt: '2025-11-27',
  annotated:
    '[[LIMA|lima]], 26 de noviembre — Los ciudadanos chinos podrán entrar al [[Perú|peru]] como turistas sin visa y ' +
    'por hasta 90 días a partir del 1 de enero, según un decreto supremo publicado este miércoles en el diario ' +
    'oficial {{El Peruano|MEDIA}}. El decreto pone en marcha el {{Plan Perú Abierto|PLAN}}, que el {{Consejo de ' +
    'Ministros|GOVERNMENT}} aprobó el 19 de noviembre a propuesta del {{Ministerio de Relaciones ' +
    'Exteriores|GOVERNMENT}} y del [[Ministerio de Comercio Exterior y Turismo|mincetur]] ([[Mincetur|mincetur]]). ' +
    'Hasta ahora, solo los viajeros chinos con visa vigente de {{Estados Unidos|COUNTRY}}, {{Canadá|COUNTRY}} o la ' +
    '{{Unión Europea|ORGANIZATION}} podían ingresar sin ese trámite. La ministra de Comercio Exterior y Turismo, ' +
    '{{Rocío Vargas Tello|PERSON}}, dijo que el [[Perú|peru]] espera recibir 100.000 turistas chinos en 2026, el ' +
    'triple que en 2024. Según {{Promperú|GOVERNMENT}}, un viajero chino gasta en promedio US$ 2.400 por visita, más ' +
    'que cualquier otro visitante de {{Asia|PLACE}}. En octubre, la aerolínea {{LATAM Airlines|COMPANY}} y la china ' +
    '{{Hainan Airlines|COMPANY}} firmaron un acuerdo de código compartido para vender vuelos entre [[Lima|lima]] y ' +
    '{{Pekín|PLACE}} con escala en {{Ciudad de México|PLACE}}. El cónsul general del [[Perú|peru]] en ' +
    '{{Shanghái|PLACE}}, {{Alonso Ríos Ferreyra|PERSON}}, afirmó que las agencias de viaje chinas ya preparan ' +
    'paquetes a {{Machu Picchu|PLACE}} y que su oficina, que tramitó 18.000 visas en 2024, podrá dedicarse ahora a ' +
    'promover inversiones. La {{Cámara Nacional de Turismo|ORGANIZATION}} ' +
    '({{Canatur|ORGANIZATION|camara-nacional-de-turismo}}) saludó el {{Plan Perú Abierto|PLAN}} y dijo que los ' +
    'hoteles de {{Cusco|PLACE}} ya buscan guías que hablen mandarín.',
  relationships: [
    { type: 'ADOPTED', source: 'consejo-de-ministros', target: 'plan-peru-abierto', sentence: 2, validFrom: '2025-11-19' },
    { type: 'PLANS', source: 'ministerio-de-relaciones-exteriores', target: 'plan-peru-abierto', sentence: 2 },
    { type: 'PLANS', source: 'mincetur', target: 'plan-peru-abierto', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'rocio-vargas-tello', target: 'mincetur', sentence: 4 },
    { type: 'STATED', source: 'rocio-vargas-tello', target: 'peru', sentence: 4 },
    { type: 'STATED', source: 'promperu', target: 'china', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'latam-airlines', target: 'hainan-airlines', sentence: 6, validFrom: '2025-10' },
    { type: 'AFFILIATED_WITH', source: 'hainan-airlines', target: 'china', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'alonso-rios-ferreyra', target: 'peru', sentence: 7 },
    { type: 'STATED', source: 'alonso-rios-ferreyra', target: 'machu-picchu', sentence: 7 },
    { type: 'STATED', source: 'camara-nacional-de-turismo', target: 'plan-peru-abierto', sentence: 8 },
  ],
};

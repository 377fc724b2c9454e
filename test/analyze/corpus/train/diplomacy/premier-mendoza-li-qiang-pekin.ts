import type { CorpusArticle } from '../../corpus-article.js';

/**
 * El primer ministro chino recibe al presidente del Consejo de Ministros del Perú: memorando ferroviario, plan de cooperación, COSCO
 * (español).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: Li Qiang recibe al jefe del gabinete peruano en Pekín',
  language: 'es',
  publishedAt: '2025-10-15',
  annotated:
    '{{PEKÍN|PLACE}}, 14 de octubre — El primer ministro chino, {{Li Qiang|PERSON}}, recibió este martes en el ' +
    '{{Gran Palacio del Pueblo|PLACE}} al presidente del {{Consejo de Ministros|GOVERNMENT}} del [[Perú|peru]], ' +
    '{{Alonso Mendoza Tello|PERSON}}, quien realiza una visita oficial de cinco días a [[China|china]]. ' +
    'Ambos conversaron sobre el comercio agrícola y sobre un ferrocarril entre el puerto de ' +
    '[[Chancay|chancay-port]] y la sierra central, según un comunicado de la {{Cancillería|GOVERNMENT}} peruana. ' +
    '{{Mendoza|PERSON|alonso-mendoza-tello}} firmó luego con el ministro de Comercio chino, {{Wang ' +
    'Wentao|PERSON}}, un {{Memorando de Entendimiento sobre Cooperación Ferroviaria|AGREEMENT}} que prevé ' +
    'estudios de factibilidad. ' +
    'También suscribió con la {{Comisión Nacional de Desarrollo y Reforma|GOVERNMENT}} ' +
    '({{NDRC|GOVERNMENT|comision-nacional-de-desarrollo-y-reforma}}) el {{Plan de Cooperación Perú–China ' +
    '2025-2030|PLAN}}, que incorpora proyectos peruanos a [[la Franja y la Ruta|belt-and-road-initiative]]. ' +
    'El [[Perú|peru]] se adhirió a esa iniciativa en 2019. ' +
    'Por la tarde, el jefe del gabinete se reunió con directivos de {{China Railway Group|COMPANY}} y de [[COSCO ' +
    'Shipping|cosco-shipping]], que opera el terminal de [[Chancay|chancay-port]] desde noviembre de 2024. ' +
    'El miércoles viajará a [[Shenzhen|shenzhen]], sede de [[Huawei|huawei]], y luego a {{Shanghái|PLACE}}. ' +
    'El embajador peruano en [[China|china]], {{Gonzalo Ríos Olaechea|PERSON}}, declaró a la agencia ' +
    '{{Xinhua|MEDIA}} que [[Lima|peru]] espera cerrar en 2026 el financiamiento del ferrocarril.',
  relationships: [
    { type: 'HOSTED', source: 'li-qiang', target: 'alonso-mendoza-tello', sentence: 1, validFrom: '2025-10-14' },
    { type: 'HOLDS_OFFICE_IN', source: 'li-qiang', target: 'china', sentence: 1 },
    { type: 'LEADS', source: 'alonso-mendoza-tello', target: 'consejo-de-ministros', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'consejo-de-ministros', target: 'peru', sentence: 1 },
    { type: 'VISITED', source: 'alonso-mendoza-tello', target: 'china', sentence: 1 },
    { type: 'DISCUSSED', source: 'li-qiang', target: 'alonso-mendoza-tello', sentence: 2 },
    { type: 'STATED', source: 'cancilleria', target: 'chancay-port', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'cancilleria', target: 'peru', sentence: 2 },
    { type: 'SIGNED', source: 'alonso-mendoza-tello', target: 'memorando-de-entendimiento-sobre-cooperacion-ferroviaria', sentence: 3 },
    { type: 'SIGNED', source: 'wang-wentao', target: 'memorando-de-entendimiento-sobre-cooperacion-ferroviaria', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'wang-wentao', target: 'china', sentence: 3 },
    { type: 'SIGNED', source: 'alonso-mendoza-tello', target: 'plan-de-cooperacion-peru-china-2025-2030', sentence: 4 },
    {
      type: 'SIGNED',
      source: 'comision-nacional-de-desarrollo-y-reforma',
      target: 'plan-de-cooperacion-peru-china-2025-2030',
      sentence: 4,
    },
    { type: 'PART_OF', source: 'plan-de-cooperacion-peru-china-2025-2030', target: 'belt-and-road-initiative', sentence: 4 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 5, validFrom: '2019' },
    { type: 'MET', source: 'alonso-mendoza-tello', target: 'china-railway-group', sentence: 6 },
    { type: 'MET', source: 'alonso-mendoza-tello', target: 'cosco-shipping', sentence: 6 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 6, validFrom: '2024-11' },
    { type: 'HEADQUARTERED_IN', source: 'huawei', target: 'shenzhen', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'gonzalo-rios-olaechea', target: 'peru', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'gonzalo-rios-olaechea', target: 'xinhua', sentence: 8 },
    { type: 'STATED', source: 'gonzalo-rios-olaechea', target: 'peru', sentence: 8 },
  ],
};

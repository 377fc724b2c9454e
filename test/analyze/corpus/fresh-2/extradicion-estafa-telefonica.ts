import type { CorpusArticle } from '../corpus-article.js';

/**
 * El Perú extradita a China a un acusado de estafas telefónicas: policía, delegación china, tratado, ministerio, embajada, memorando
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Extradición a China por estafas telefónicas',
  language: 'es',
  publishedAt: '2025-11-27',
  annotated:
    'El [[Perú|peru]] extraditó el miércoles a [[China|china]] a {{Chen Haoyu|PERSON}}, un empresario de 41 años ' +
    'acusado en su país de dirigir una red de estafas telefónicas con más de 3.000 víctimas. ' +
    'Agentes de la {{Policía Nacional del Perú|GOVERNMENT}} ({{PNP|GOVERNMENT|policia-nacional-del-peru}}) lo ' +
    'entregaron en el {{Aeropuerto Internacional Jorge Chávez|INFRASTRUCTURE}} a una delegación del ' +
    '{{Ministerio de Seguridad Pública|GOVERNMENT}} chino que había llegado a [[Lima|lima]] dos días antes. ' +
    '{{Chen|PERSON|chen-haoyu}} había sido capturado en marzo en un departamento de {{Miraflores|PLACE}}, tras una ' +
    'notificación roja de {{Interpol|ORGANIZATION}}, según informó entonces la policía. ' +
    'La {{Corte Suprema|GOVERNMENT}} declaró procedente la extradición en agosto, y el ' +
    '{{Consejo de Ministros|GOVERNMENT}} la autorizó con una resolución publicada el 14 de noviembre en el diario ' +
    'oficial {{El Peruano|MEDIA}}. ' +
    'Es la primera entrega bajo el {{Tratado de Extradición entre el Perú y China|AGREEMENT}}, que ambos países ' +
    'firmaron en {{Pekín|PLACE}} en 2013. ' +
    'El procurador del {{Ministerio del Interior|GOVERNMENT}}, {{Jorge Luis Aranda Rey|PERSON}}, dijo a ' +
    '{{Canal N|MEDIA}} que el ministerio tramita otras 11 solicitudes de [[Pekín|china]] contra ciudadanos chinos ' +
    'detenidos en el país. ' +
    'La {{Embajada de China|GOVERNMENT}} en [[Lima|lima]] agradeció en un comunicado la «eficiente cooperación ' +
    'judicial» de las autoridades peruanas. ' +
    'Ambos gobiernos firmaron en noviembre de 2024 un memorando para intercambiar información sobre delitos ' +
    'informáticos, durante la visita de [[Xi Jinping|xi-jinping]] a [[Lima|lima]] para la ' +
    '[[cumbre de APEC|apec-summit]].',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'ministerio-de-seguridad-publica', target: 'china', sentence: 2 },
    { type: 'VISITED', source: 'ministerio-de-seguridad-publica', target: 'lima', sentence: 2, validFrom: '2025-11-24' },
    { type: 'STATED', source: 'policia-nacional-del-peru', target: 'chen-haoyu', sentence: 3, validFrom: '2025-03' },
    { type: 'COMMUNICATED_VIA', source: 'consejo-de-ministros', target: 'el-peruano', sentence: 4, validFrom: '2025-11-14' },
    { type: 'SIGNED', source: 'peru', target: 'tratado-de-extradicion-entre-el-peru-y-china', sentence: 5, validFrom: '2013' },
    { type: 'SIGNED', source: 'china', target: 'tratado-de-extradicion-entre-el-peru-y-china', sentence: 5, validFrom: '2013' },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-luis-aranda-rey', target: 'ministerio-del-interior', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'jorge-luis-aranda-rey', target: 'canal-n', sentence: 6 },
    { type: 'STATED', source: 'jorge-luis-aranda-rey', target: 'ministerio-del-interior', sentence: 6 },
    { type: 'LOCATED_IN', source: 'embajada-de-china', target: 'lima', sentence: 7 },
    { type: 'STATED', source: 'embajada-de-china', target: 'peru', sentence: 7 },
    { type: 'COOPERATES_WITH', source: 'peru', target: 'china', sentence: 8, validFrom: '2024-11' },
    { type: 'VISITED', source: 'xi-jinping', target: 'lima', sentence: 8, validFrom: '2024-11' },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 8, validFrom: '2024-11' },
  ],
};

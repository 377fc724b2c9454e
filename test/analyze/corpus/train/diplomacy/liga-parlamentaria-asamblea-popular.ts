import type { CorpusArticle } from '../../corpus-article.js';

/**
 * Una delegación de la liga parlamentaria de amistad Perú-China visita Pekín, Shanghái y Shenzhen: reuniones, tratado de
 * extradición, críticas (español).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: Congresistas de la liga de amistad Perú-China se reúnen con la Asamblea Popular Nacional',
  language: 'es',
  publishedAt: '2024-09-20',
  annotated:
    '{{PEKÍN|PLACE}}, 19 de septiembre — Una delegación de la {{Liga Parlamentaria de Amistad Perú-China|GROUP}}, ' +
    'encabezada por su presidenta, {{Carmen Olivares Puente|PERSON}}, se reunió este jueves con {{Zheng ' +
    'Guohua|PERSON}}, vicepresidente del Comité Permanente de la {{Asamblea Popular Nacional|GOVERNMENT}} ' +
    '({{APN|GOVERNMENT|asamblea-popular-nacional}}). ' +
    'El encuentro abordó la cooperación entre ambos parlamentos y la seguridad de las inversiones chinas en el ' +
    '[[Perú|peru]], según un comunicado del [[Congreso de la República|peru-congress]]. ' +
    '{{Olivares|PERSON|carmen-olivares-puente}}, de la bancada de {{Fuerza Popular|ORGANIZATION}}, dijo a la ' +
    'agencia {{Andina|MEDIA}} que la liga busca acelerar la ratificación del {{Tratado de Extradición entre el ' +
    'Perú y China|AGREEMENT}}. ' +
    'El tratado fue suscrito por [[Lima|peru]] y [[Pekín|china]] en 2013, pero nunca llegó al pleno. ' +
    'La delegación visitó también la {{Universidad de Pekín|ORGANIZATION}} y la sede de [[Huawei|huawei]] en ' +
    '[[Shenzhen|shenzhen]]. ' +
    'El martes, el vicealcalde de {{Shanghái|PLACE}}, {{Liu Hongbin|PERSON}}, recibió a los legisladores y les ' +
    'mostró el puerto de {{Yangshan|INFRASTRUCTURE}}, operado por el {{Shanghai International Port ' +
    'Group|COMPANY}} ({{SIPG|COMPANY|shanghai-international-port-group}}). ' +
    'El viaje fue criticado por el congresista {{Alfonso Prado Quispe|PERSON}}, del {{Partido ' +
    'Morado|ORGANIZATION}}, quien afirmó en su cuenta de {{Facebook|MEDIA}} que debió ser autorizado por el ' +
    'pleno. ' +
    'La liga respondió que los pasajes fueron pagados por la {{APN|GOVERNMENT|asamblea-popular-nacional}} china.',
  relationships: [
    { type: 'LEADS', source: 'carmen-olivares-puente', target: 'liga-parlamentaria-de-amistad-peru-china', sentence: 1 },
    { type: 'MET', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'zheng-guohua', sentence: 1, validFrom: '2024-09-19' },
    { type: 'HOLDS_OFFICE_IN', source: 'zheng-guohua', target: 'asamblea-popular-nacional', sentence: 1 },
    { type: 'DISCUSSED', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'zheng-guohua', sentence: 2 },
    { type: 'STATED', source: 'peru-congress', target: 'asamblea-popular-nacional', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'carmen-olivares-puente', target: 'fuerza-popular', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'carmen-olivares-puente', target: 'andina', sentence: 3 },
    { type: 'STATED', source: 'carmen-olivares-puente', target: 'tratado-de-extradicion-entre-el-peru-y-china', sentence: 3 },
    { type: 'SIGNED', source: 'peru', target: 'tratado-de-extradicion-entre-el-peru-y-china', sentence: 4, validFrom: '2013' },
    { type: 'SIGNED', source: 'china', target: 'tratado-de-extradicion-entre-el-peru-y-china', sentence: 4, validFrom: '2013' },
    { type: 'VISITED', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'universidad-de-pekin', sentence: 5 },
    { type: 'VISITED', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'huawei', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'huawei', target: 'shenzhen', sentence: 5 },
    { type: 'HOSTED', source: 'liu-hongbin', target: 'liga-parlamentaria-de-amistad-peru-china', sentence: 6, validFrom: '2024-09-17' },
    { type: 'HOLDS_OFFICE_IN', source: 'liu-hongbin', target: 'shanghai', sentence: 6 },
    { type: 'OPERATES', source: 'shanghai-international-port-group', target: 'yangshan', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'alfonso-prado-quispe', target: 'partido-morado', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'alfonso-prado-quispe', target: 'facebook', sentence: 7 },
    { type: 'STATED', source: 'alfonso-prado-quispe', target: 'liga-parlamentaria-de-amistad-peru-china', sentence: 7 },
    { type: 'STATED', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'asamblea-popular-nacional', sentence: 8 },
  ],
};

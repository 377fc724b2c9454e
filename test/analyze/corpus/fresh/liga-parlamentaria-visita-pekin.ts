import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s parliamentary friendship league with China visits Beijing and Shenzhen: hosts, meetings,
 * requests, an ethics complaint (Spanish).
 */
export const article: CorpusArticle = {
  name: 'fresh-liga-parlamentaria-visita-pekin',
  language: 'es',
  publishedAt: '2025-05-15',
  annotated:
    '{{PEKÍN|PLACE}}, 15 de mayo ({{Andina|MEDIA}}) — Una delegación de la ' +
    '{{Liga Parlamentaria de Amistad Perú-China|GOVERNMENT}} inició el miércoles una visita oficial a ' +
    '[[China|china]], invitada por la {{Asamblea Popular Nacional|GOVERNMENT}} ' +
    '({{APN|GOVERNMENT|asamblea-popular-nacional}}). ' +
    'La liga, que preside el congresista {{Martín Sotomayor Ccahuana|PERSON}}, es uno de los 90 grupos de amistad ' +
    'del [[Congreso de la República|peru-congress]] y fue reinstalada en 2021. ' +
    'En el {{Gran Palacio del Pueblo|PLACE}}, los siete legisladores se reunieron el jueves con ' +
    '{{Huang Minglu|PERSON}}, vicepresidente del {{Comité Permanente|GOVERNMENT}} de la ' +
    '{{APN|GOVERNMENT|asamblea-popular-nacional}}. ' +
    '{{Sotomayor|PERSON|martin-sotomayor-ccahuana}} afirmó que la delegación pidió a [[Pekín|china]] más becas para ' +
    'estudiantes peruanos y la apertura de su mercado a la quinua de {{Puno|PLACE}}. ' +
    'El viernes, los congresistas viajarán a [[Shenzhen|shenzhen]], donde visitarán la sede de [[Huawei|huawei]] y ' +
    'una planta de autobuses eléctricos de {{BYD|COMPANY}}. ' +
    'La vicepresidenta de la liga, {{Rosa Elvira Quispe Mamani|PERSON}}, dijo a {{Exitosa|MEDIA}} que la ' +
    '{{APN|GOVERNMENT|asamblea-popular-nacional}} paga los pasajes y el alojamiento, por lo que el viaje no cuesta ' +
    'nada al Estado peruano. ' +
    'Sin embargo, el colectivo {{Transparencia Parlamentaria|ORGANIZATION}} presentó una denuncia ante la ' +
    '{{Comisión de Ética|GOVERNMENT}} del [[Congreso|peru-congress]], pues considera que un gobierno extranjero no ' +
    'debe financiar viajes de legisladores. ' +
    '[[China|china]] es el primer socio comercial del [[Perú|peru]] desde 2014, y ambos países firmaron en 2009 un ' +
    '[[tratado de libre comercio|china-peru-fta]] que entró en vigor al año siguiente.',
  relationships: [
    { type: 'VISITED', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'china', sentence: 1, validFrom: '2025-05-14' },
    { type: 'HOSTED', source: 'asamblea-popular-nacional', target: 'liga-parlamentaria-de-amistad-peru-china', sentence: 1 },
    { type: 'LEADS', source: 'martin-sotomayor-ccahuana', target: 'liga-parlamentaria-de-amistad-peru-china', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'martin-sotomayor-ccahuana', target: 'peru-congress', sentence: 2 },
    { type: 'PART_OF', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'peru-congress', sentence: 2 },
    { type: 'MET', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'huang-minglu', sentence: 3, validFrom: '2025-05-15' },
    { type: 'HOLDS_OFFICE_IN', source: 'huang-minglu', target: 'comite-permanente', sentence: 3 },
    { type: 'PART_OF', source: 'comite-permanente', target: 'asamblea-popular-nacional', sentence: 3 },
    { type: 'STATED', source: 'martin-sotomayor-ccahuana', target: 'china', sentence: 4 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'china', sentence: 4 },
    { type: 'VISITED', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'shenzhen', sentence: 5 },
    { type: 'VISITED', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'huawei', sentence: 5 },
    { type: 'VISITED', source: 'liga-parlamentaria-de-amistad-peru-china', target: 'byd', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'huawei', target: 'shenzhen', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'rosa-elvira-quispe-mamani', target: 'liga-parlamentaria-de-amistad-peru-china', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'rosa-elvira-quispe-mamani', target: 'exitosa', sentence: 6 },
    { type: 'STATED', source: 'rosa-elvira-quispe-mamani', target: 'asamblea-popular-nacional', sentence: 6 },
    { type: 'PART_OF', source: 'comision-de-etica', target: 'peru-congress', sentence: 7 },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 8, validFrom: '2014' },
    { type: 'SIGNED', source: 'china', target: 'china-peru-fta', sentence: 8, validFrom: '2009' },
    { type: 'SIGNED', source: 'peru', target: 'china-peru-fta', sentence: 8, validFrom: '2009' },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Perú y China firman el protocolo fitosanitario de cítricos y granada: Senasa, la aduana china, el ministro, gremios (Spanish). */
export const article: CorpusArticle = {
  name: 'finance: Senasa y la aduana china firman protocolo para cítricos y granada',
  language: 'es',
  publishedAt: '2024-08-15',
  annotated:
    '[[LIMA|lima]], 14 de agosto — El {{Servicio Nacional de Sanidad Agraria|GOVERNMENT}} ' +
    '({{Senasa|GOVERNMENT|servicio-nacional-de-sanidad-agraria}}) y la {{Administración General de Aduanas|GOVERNMENT}} ' +
    'de [[China|china]] firmaron el {{Protocolo Fitosanitario de Cítricos y Granada|AGREEMENT}}, que abre el mercado ' +
    'chino a mandarinas, naranjas y granadas peruanas. ' +
    'El documento fue suscrito en {{Pekín|PLACE}} por el jefe del organismo peruano, {{Miguel Quevedo Valle|PERSON}}, ' +
    'y por el viceministro de la aduana china, {{Zhao Zenglian|PERSON}}, en presencia del ministro de Desarrollo ' +
    'Agrario y Riego, {{Ángel Manero Campos|PERSON}}. ' +
    '{{Manero|PERSON|angel-manero-campos}}, que realiza una visita oficial a [[China|china]] hasta el 16 de agosto, se ' +
    'reunió además con directivos de la importadora {{Goodfarmer|COMPANY}}, con sede en {{Shanghái|PLACE}}. ' +
    'Según el ministro, las exportaciones de cítricos a ese mercado podrían alcanzar US$ 100 millones en tres años. ' +
    'El protocolo se negoció durante seis años al amparo del [[Tratado de Libre Comercio Perú-China|china-peru-fta]], ' +
    'vigente desde 2010. ' +
    'La {{Asociación de Gremios Productores Agrarios del Perú|ORGANIZATION}} ' +
    '({{AGAP|ORGANIZATION|asociacion-de-gremios-productores-agrarios-del-peru}}), que preside ' +
    '{{Gabriel Amaro Alzamora|PERSON}}, celebró la firma. ' +
    'Agregó que los huertos de mandarina de {{Huaral|PLACE}} y {{Chincha|PLACE}} deberán inscribirse ante el ' +
    '{{Senasa|GOVERNMENT|servicio-nacional-de-sanidad-agraria}} antes de la primera campaña. ' +
    '[[China|china]] es el segundo destino de las exportaciones agrarias peruanas, después de ' +
    '{{Estados Unidos|COUNTRY}}, según la {{Asociación de Exportadores|ORGANIZATION}} ' +
    '({{ADEX|ORGANIZATION|asociacion-de-exportadores}}).',
  relationships: [
    {
      type: 'SIGNED',
      source: 'servicio-nacional-de-sanidad-agraria',
      target: 'protocolo-fitosanitario-de-citricos-y-granada',
      sentence: 1,
    },
    { type: 'SIGNED', source: 'administracion-general-de-aduanas', target: 'protocolo-fitosanitario-de-citricos-y-granada', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'administracion-general-de-aduanas', target: 'china', sentence: 1 },
    { type: 'SIGNED', source: 'miguel-quevedo-valle', target: 'protocolo-fitosanitario-de-citricos-y-granada', sentence: 2 },
    { type: 'SIGNED', source: 'zhao-zenglian', target: 'protocolo-fitosanitario-de-citricos-y-granada', sentence: 2 },
    { type: 'LEADS', source: 'miguel-quevedo-valle', target: 'servicio-nacional-de-sanidad-agraria', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhao-zenglian', target: 'administracion-general-de-aduanas', sentence: 2 },
    { type: 'ATTENDED', source: 'angel-manero-campos', target: 'protocolo-fitosanitario-de-citricos-y-granada', sentence: 2 },
    { type: 'VISITED', source: 'angel-manero-campos', target: 'china', sentence: 3 },
    { type: 'MET', source: 'angel-manero-campos', target: 'goodfarmer', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'goodfarmer', target: 'shanghai', sentence: 3 },
    { type: 'STATED', source: 'angel-manero-campos', target: 'china', sentence: 4 },
    {
      type: 'NEGOTIATED',
      source: 'servicio-nacional-de-sanidad-agraria',
      target: 'protocolo-fitosanitario-de-citricos-y-granada',
      sentence: 5,
    },
    {
      type: 'NEGOTIATED',
      source: 'administracion-general-de-aduanas',
      target: 'protocolo-fitosanitario-de-citricos-y-granada',
      sentence: 5,
    },
    { type: 'LEADS', source: 'gabriel-amaro-alzamora', target: 'asociacion-de-gremios-productores-agrarios-del-peru', sentence: 6 },
    {
      type: 'STATED',
      source: 'asociacion-de-gremios-productores-agrarios-del-peru',
      target: 'protocolo-fitosanitario-de-citricos-y-granada',
      sentence: 6,
    },
    {
      type: 'STATED',
      source: 'asociacion-de-gremios-productores-agrarios-del-peru',
      target: 'servicio-nacional-de-sanidad-agraria',
      sentence: 7,
    },
    { type: 'STATED', source: 'asociacion-de-exportadores', target: 'china', sentence: 8 },
  ],
};

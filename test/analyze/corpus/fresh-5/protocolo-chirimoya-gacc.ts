import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'protocolo-chirimoya-gacc',
  language: 'es',
  publishedAt: '2024-07-11',
  annotated:
    'El {{Servicio Nacional de Sanidad Agraria|GOVERNMENT}} ' +
    '({{Senasa|GOVERNMENT|servicio-nacional-de-sanidad-agraria}}) y la {{Administración General de Aduanas de ' +
    'China|GOVERNMENT}} ({{GACC|GOVERNMENT|administracion-general-de-aduanas-de-china}}) firmaron el ' +
    'martes en {{Pekín|PLACE}} el {{Protocolo de Requisitos Fitosanitarios para la Chirimoya Fresca|AGREEMENT}}, ' +
    'tras seis años de negociaciones. El documento fue suscrito por el jefe del ' +
    '{{Senasa|GOVERNMENT|servicio-nacional-de-sanidad-agraria}}, {{Teodoro Huarcaya|PERSON}}, y por el ' +
    'subdirector de la {{GACC|GOVERNMENT|administracion-general-de-aduanas-de-china}}, {{Huang Guoqiang|PERSON}}. ' +
    'Según el texto, la fruta deberá proceder de huertos y plantas de empaque registrados ante la ' +
    'autoridad peruana y recibir un tratamiento en frío contra la mosca de la fruta antes del embarque. ' +
    'Desde [[Lima|lima]], el ministro de Desarrollo Agrario y Riego, {{Arturo Villacorta|PERSON}}, ' +
    'afirmó que el protocolo abre “un mercado de 1.400 millones de consumidores” a los pequeños ' +
    'productores de la sierra. La agroexportadora {{Frutos de Cumbe|COMPANY}}, con sede en ' +
    '{{Huarochirí|PLACE}}, firmó en mayo una carta de intención con la importadora china ' +
    '{{Goodfarmer|COMPANY}}, de [[Shenzhen|shenzhen]], y prevé enviar su primer contenedor a comienzos ' +
    'de 2025. “Es una fruta que los consumidores chinos todavía no conocen, pero el mercado de productos ' +
    'premium crece cada año”, dijo a la agencia {{Andina|MEDIA}} su gerenta, {{Patricia Rojas|PERSON}}. ' +
    'El [[Ministerio de Comercio Exterior y Turismo|mincetur]] ([[Mincetur|mincetur]]) estima que los ' +
    'envíos de chirimoya a [[China|china]] podrían llegar a US$ 15 millones anuales en tres años. La ' +
    '{{Asociación de Gremios Productores Agrarios del Perú|ORGANIZATION}} ' +
    '({{AGAP|ORGANIZATION|asociacion-de-gremios-productores-agrarios-del-peru}}) saludó el acuerdo, pero ' +
    'pidió acelerar la apertura para el aguaymanto y la pitahaya, cuyos protocolos siguen en negociación ' +
    'con la {{GACC|GOVERNMENT|administracion-general-de-aduanas-de-china}}. La ceremonia, celebrada en ' +
    'la sede de la aduana china, fue presidida por el embajador peruano {{Ernesto Vidal|PERSON}}, quien ' +
    'recordó que el [[TLC|china-peru-fta]] entre ambos países cumplirá quince años de vigencia en 2025.',
  relationships: [
    {
      type: 'SIGNED',
      source: 'servicio-nacional-de-sanidad-agraria',
      target: 'protocolo-de-requisitos-fitosanitarios-para-la-chirimoya-fresca',
      sentence: 1,
      validFrom: '2024-07-09',
    },
    {
      type: 'SIGNED',
      source: 'administracion-general-de-aduanas-de-china',
      target: 'protocolo-de-requisitos-fitosanitarios-para-la-chirimoya-fresca',
      sentence: 1,
      validFrom: '2024-07-09',
    },
    {
      type: 'NEGOTIATED',
      source: 'servicio-nacional-de-sanidad-agraria',
      target: 'protocolo-de-requisitos-fitosanitarios-para-la-chirimoya-fresca',
      sentence: 1,
    },
    {
      type: 'NEGOTIATED',
      source: 'administracion-general-de-aduanas-de-china',
      target: 'protocolo-de-requisitos-fitosanitarios-para-la-chirimoya-fresca',
      sentence: 1,
    },
    { type: 'SIGNED', source: 'teodoro-huarcaya', target: 'protocolo-de-requisitos-fitosanitarios-para-la-chirimoya-fresca', sentence: 2 },
    { type: 'SIGNED', source: 'huang-guoqiang', target: 'protocolo-de-requisitos-fitosanitarios-para-la-chirimoya-fresca', sentence: 2 },
    { type: 'LEADS', source: 'teodoro-huarcaya', target: 'servicio-nacional-de-sanidad-agraria', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'huang-guoqiang', target: 'administracion-general-de-aduanas-de-china', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'servicio-nacional-de-sanidad-agraria', target: 'peru', sentence: 3 },
    { type: 'STATED', source: 'arturo-villacorta', target: 'protocolo-de-requisitos-fitosanitarios-para-la-chirimoya-fresca', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'frutos-de-cumbe', target: 'huarochiri', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'frutos-de-cumbe', target: 'goodfarmer', sentence: 5, validFrom: '2024-05' },
    { type: 'AFFILIATED_WITH', source: 'goodfarmer', target: 'china', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'goodfarmer', target: 'shenzhen', sentence: 5 },
    { type: 'LEADS', source: 'patricia-rojas', target: 'frutos-de-cumbe', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'patricia-rojas', target: 'andina', sentence: 6 },
    { type: 'STATED', source: 'patricia-rojas', target: 'china', sentence: 6 },
    { type: 'STATED', source: 'mincetur', target: 'china', sentence: 7 },
    {
      type: 'STATED',
      source: 'asociacion-de-gremios-productores-agrarios-del-peru',
      target: 'protocolo-de-requisitos-fitosanitarios-para-la-chirimoya-fresca',
      sentence: 8,
    },
    { type: 'AFFILIATED_WITH', source: 'administracion-general-de-aduanas-de-china', target: 'china', sentence: 9 },
    { type: 'HOLDS_OFFICE_IN', source: 'ernesto-vidal', target: 'peru', sentence: 9 },
    { type: 'STATED', source: 'ernesto-vidal', target: 'china-peru-fta', sentence: 9 },
  ],
};

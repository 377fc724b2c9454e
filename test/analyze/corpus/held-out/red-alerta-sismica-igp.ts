import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'El IGP y China acuerdan una red de alerta sísmica en la costa (held out)',
  language: 'es',
  publishedAt: '2025-10-16',
  annotated:
    '[[LIMA|lima]], 16 de octubre — El {{Instituto Geofísico del Perú|GOVERNMENT}} ' +
    '({{IGP|GOVERNMENT|instituto-geofisico-del-peru}}) y la {{Administración de Terremotos de China|GOVERNMENT}} ' +
    '({{CEA|GOVERNMENT|administracion-de-terremotos-de-china}}) firmaron este miércoles el ' +
    '{{Convenio de Cooperación en Sismología|AGREEMENT}}, que prevé una red de alerta temprana a lo largo de la ' +
    'costa peruana. ' +
    'La red, bautizada {{Red Sísmica del Pacífico Sur|INFRASTRUCTURE}}, tendrá 120 estaciones entre ' +
    '{{Tumbes|PLACE}} y {{Tacna|PLACE}} y será financiada con una donación de US$ 18 millones de la ' +
    '{{Agencia China de Cooperación Internacional para el Desarrollo|GOVERNMENT}} ' +
    '({{CIDCA|GOVERNMENT|agencia-china-de-cooperacion-internacional-para-el-desarrollo}}). ' +
    'Los sensores los fabricará {{Zhongke Seismic Instruments|COMPANY}}, una empresa de {{Wuhan|PLACE}}, y serán ' +
    'instalados por técnicos del {{IGP|GOVERNMENT|instituto-geofisico-del-peru}} a quienes la ' +
    '{{CEA|GOVERNMENT|administracion-de-terremotos-de-china}} capacitará en {{Kunming|PLACE}}. ' +
    'El {{IGP|GOVERNMENT|instituto-geofisico-del-peru}}, adscrito al {{Ministerio del Ambiente|GOVERNMENT}}, operará ' +
    'la red y enviará las alertas al {{Instituto Nacional de Defensa Civil|GOVERNMENT}} ' +
    '({{Indeci|GOVERNMENT|instituto-nacional-de-defensa-civil}}), que activará sirenas en 40 ciudades costeras. ' +
    '“Con esta red, un sismo frente a [[Lima|lima]] nos daría entre 20 y 40 segundos de aviso, suficiente para ' +
    'detener trenes y evacuar escuelas”, explicó la presidenta ejecutiva del ' +
    '{{IGP|GOVERNMENT|instituto-geofisico-del-peru}}, {{Rosa Quispe Lazo|PERSON}}. ' +
    'La {{CEA|GOVERNMENT|administracion-de-terremotos-de-china}}, que depende del {{Consejo de Estado|GOVERNMENT}} ' +
    'chino, ya coopera en vigilancia sísmica con {{Chile|COUNTRY}} y {{Ecuador|COUNTRY}}. ' +
    'La primera fase, que cubrirá [[Lima|lima]] e {{Ica|PLACE}}, estará lista en 2027, según el ministro del ' +
    'Ambiente, {{Óscar Llerena Paz|PERSON}}.',
  relationships: [
    {
      type: 'SIGNED',
      source: 'instituto-geofisico-del-peru',
      target: 'convenio-de-cooperacion-en-sismologia',
      sentence: 1,
      validFrom: '2025-10-15',
    },
    {
      type: 'SIGNED',
      source: 'administracion-de-terremotos-de-china',
      target: 'convenio-de-cooperacion-en-sismologia',
      sentence: 1,
      validFrom: '2025-10-15',
    },
    {
      type: 'INVESTED_IN',
      source: 'agencia-china-de-cooperacion-internacional-para-el-desarrollo',
      target: 'red-sismica-del-pacifico-sur',
      sentence: 2,
      quantities: [{ value: 18000000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'zhongke-seismic-instruments', target: 'wuhan', sentence: 3 },
    { type: 'BUILT', source: 'instituto-geofisico-del-peru', target: 'red-sismica-del-pacifico-sur', sentence: 3 },
    { type: 'TRAINS', source: 'administracion-de-terremotos-de-china', target: 'instituto-geofisico-del-peru', sentence: 3 },
    { type: 'PART_OF', source: 'instituto-geofisico-del-peru', target: 'ministerio-del-ambiente', sentence: 4 },
    { type: 'OPERATES', source: 'instituto-geofisico-del-peru', target: 'red-sismica-del-pacifico-sur', sentence: 4 },
    { type: 'COOPERATES_WITH', source: 'instituto-geofisico-del-peru', target: 'instituto-nacional-de-defensa-civil', sentence: 4 },
    { type: 'STATED', source: 'rosa-quispe-lazo', target: 'red-sismica-del-pacifico-sur', sentence: 5 },
    { type: 'LEADS', source: 'rosa-quispe-lazo', target: 'instituto-geofisico-del-peru', sentence: 5 },
    { type: 'PART_OF', source: 'administracion-de-terremotos-de-china', target: 'consejo-de-estado', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'consejo-de-estado', target: 'china', sentence: 6 },
    { type: 'COOPERATES_WITH', source: 'administracion-de-terremotos-de-china', target: 'chile', sentence: 6 },
    { type: 'COOPERATES_WITH', source: 'administracion-de-terremotos-de-china', target: 'ecuador', sentence: 6 },
    { type: 'STATED', source: 'oscar-llerena-paz', target: 'red-sismica-del-pacifico-sur', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'oscar-llerena-paz', target: 'peru', sentence: 7 },
  ],
};

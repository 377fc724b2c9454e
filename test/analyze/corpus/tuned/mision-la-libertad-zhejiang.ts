import type { CorpusArticle } from '../corpus-article.js';

/**
 * The governor of La Libertad leads a trade mission to Zhejiang: his hosts, a twinning letter, Alibaba, the port of Ningbo, Chavimochic
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Misión comercial de La Libertad en Zhejiang',
  language: 'es',
  publishedAt: '2025-05-20',
  annotated:
    '{{HANGZHOU|PLACE}}, 19 de mayo — El gobernador regional de {{La Libertad|PLACE}}, ' +
    '{{Manuel Ganoza Paredes|PERSON}}, inició el domingo en la provincia china de {{Zhejiang|PLACE}} una misión ' +
    'comercial de cinco días con 35 empresarios agroexportadores y pesqueros. ' +
    'El lunes se reunió en {{Hangzhou|PLACE}} con el vicegobernador de la provincia, {{Lu Zhenhua|PERSON}}, y ambos ' +
    'firmaron una carta de intención para hermanar las dos regiones. ' +
    'Según el {{Gobierno Regional de La Libertad|GOVERNMENT}}, empresas de {{Zhejiang|PLACE}} compraron el año pasado ' +
    'productos liberteños por US$ 210 millones, sobre todo espárragos, arándanos y harina de pescado. ' +
    'El programa incluye una visita a la sede de {{Alibaba|COMPANY}} en {{Hangzhou|PLACE}}, donde los exportadores ' +
    'recibirán una capacitación sobre comercio electrónico. ' +
    'También está prevista una reunión con directivos del {{Grupo Portuario de Ningbo-Zhoushan|COMPANY}}, que opera ' +
    'el puerto de {{Ningbo-Zhoushan|INFRASTRUCTURE}}, uno de los de mayor movimiento de carga del mundo, ' +
    'y estudia una ruta directa hacia ' +
    '[[Chancay|chancay-port]]. ' +
    '{{Ganoza|PERSON|manuel-ganoza-paredes}} dijo a la agencia {{Andina|MEDIA}} que buscará inversión china para ' +
    'terminar el proyecto de irrigación {{Chavimochic|INFRASTRUCTURE}}, cuya tercera etapa está paralizada desde 2017. ' +
    'Para concluir la presa {{Palo Redondo|INFRASTRUCTURE}}, pieza central de esa etapa, faltan unos US$ 700 millones, ' +
    'según el {{Ministerio de Desarrollo Agrario y Riego|GOVERNMENT}} ' +
    '({{Midagri|GOVERNMENT|ministerio-de-desarrollo-agrario-y-riego}}), que cofinancia la obra. ' +
    'El embajador del [[Perú|peru]] en [[China|china]], {{Rodolfo Coronado Molina|PERSON}}, acompaña a la delegación ' +
    'y tiene previsto reunirse el jueves en {{Shanghái|PLACE}} con ejecutivos de [[COSCO Shipping|cosco-shipping]], ' +
    'la naviera estatal china que opera [[Chancay|chancay-port]].',
  relationships: [
    { type: 'LEADS', source: 'manuel-ganoza-paredes', target: 'la-libertad', sentence: 1 },
    { type: 'VISITED', source: 'manuel-ganoza-paredes', target: 'zhejiang', sentence: 1, validFrom: '2025-05-18' },
    { type: 'LOCATED_IN', source: 'zhejiang', target: 'china', sentence: 1 },
    { type: 'MET', source: 'manuel-ganoza-paredes', target: 'lu-zhenhua', sentence: 2, validFrom: '2025-05-19' },
    { type: 'HOLDS_OFFICE_IN', source: 'lu-zhenhua', target: 'zhejiang', sentence: 2 },
    { type: 'COOPERATES_WITH', source: 'la-libertad', target: 'zhejiang', sentence: 2, validFrom: '2025-05-19' },
    { type: 'STATED', source: 'gobierno-regional-de-la-libertad', target: 'zhejiang', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'alibaba', target: 'hangzhou', sentence: 4 },
    { type: 'OPERATES', source: 'grupo-portuario-de-ningbo-zhoushan', target: 'ningbo-zhoushan', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'manuel-ganoza-paredes', target: 'andina', sentence: 6 },
    { type: 'STATED', source: 'manuel-ganoza-paredes', target: 'chavimochic', sentence: 6 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'manuel-ganoza-paredes', target: 'china', sentence: 6 },
    { type: 'PART_OF', source: 'palo-redondo', target: 'chavimochic', sentence: 7 },
    { type: 'STATED', source: 'ministerio-de-desarrollo-agrario-y-riego', target: 'palo-redondo', sentence: 7 },
    { type: 'INVESTED_IN', source: 'ministerio-de-desarrollo-agrario-y-riego', target: 'palo-redondo', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'rodolfo-coronado-molina', target: 'peru', sentence: 8 },
    { type: 'MET', source: 'rodolfo-coronado-molina', target: 'cosco-shipping', sentence: 8, validFrom: '2025-05-22' },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'china', sentence: 8 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 8 },
  ],
};

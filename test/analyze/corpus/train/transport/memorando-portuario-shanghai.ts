import type { CorpusArticle } from '../../corpus-article.js';

/**
 * Peru's and China's transport ministers sign a port memorandum in Shanghai: SIPG, COSCO, a Xinhua interview, the Belt and Road
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'transport: Perú y China firman en Shanghái un memorando de cooperación portuaria',
  language: 'es',
  publishedAt: '2026-03-05',
  annotated:
    '{{SHANGHÁI|PLACE}}, 4 de marzo — El ministro de Transportes y Comunicaciones del [[Perú|peru]], ' +
    '{{Marco Antonio Zevallos Ruiz|PERSON}}, y el ministro de Transporte de [[China|china]], {{Liu Wei|PERSON}}, ' +
    'suscribieron este miércoles un {{Memorando de Entendimiento sobre Cooperación Portuaria|AGREEMENT}}. ' +
    'El documento prevé el intercambio de datos aduaneros entre [[Chancay|chancay-port]] y el ' +
    '{{Puerto de Shanghái|INFRASTRUCTURE}}, el más activo del mundo. ' +
    'Tras la firma, el ministro peruano se reunió con {{Yan Jun|PERSON}}, presidente de ' +
    '{{Shanghai International Port Group|COMPANY}} ({{SIPG|COMPANY|shanghai-international-port-group}}), que opera las ' +
    'terminales del puerto. ' +
    'La empresa, controlada por el {{Gobierno Municipal de Shanghái|GOVERNMENT}}, evalúa invertir US$ 500 millones en un ' +
    'terminal de granos en el {{Callao|PLACE}}, según fuentes del ministerio. ' +
    'El jueves la delegación visitará la sede de [[COSCO Shipping|cosco-shipping]], dueña del 60% de ' +
    '[[Chancay|chancay-port]], donde será recibida por su presidente, {{Zhu Mingliang|PERSON}}. ' +
    'La naviera estatal, con sede en {{Shanghái|PLACE}}, opera el terminal peruano desde su inauguración en noviembre de 2024. ' +
    '{{Zevallos|PERSON|marco-antonio-zevallos-ruiz}} dijo a la agencia {{Xinhua|MEDIA}} que el [[Perú|peru]] busca ' +
    'capital chino para modernizar los puertos de ' +
    '{{Salaverry|INFRASTRUCTURE}} e {{Ilo|INFRASTRUCTURE}}. ' +
    'La visita se enmarca en [[la Franja y la Ruta|belt-and-road-initiative]], a la que el [[Perú|peru]] se adhirió ' +
    'en 2019.',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'marco-antonio-zevallos-ruiz', target: 'peru', sentence: 1 },
    { type: 'HOLDS_OFFICE_IN', source: 'liu-wei', target: 'china', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'marco-antonio-zevallos-ruiz',
      target: 'memorando-de-entendimiento-sobre-cooperacion-portuaria',
      sentence: 1,
      validFrom: '2026-03-04',
    },
    {
      type: 'SIGNED',
      source: 'liu-wei',
      target: 'memorando-de-entendimiento-sobre-cooperacion-portuaria',
      sentence: 1,
      validFrom: '2026-03-04',
    },
    { type: 'PARTY_TO', source: 'peru', target: 'memorando-de-entendimiento-sobre-cooperacion-portuaria', sentence: 1 },
    { type: 'PARTY_TO', source: 'china', target: 'memorando-de-entendimiento-sobre-cooperacion-portuaria', sentence: 1 },
    { type: 'COOPERATES_WITH', source: 'chancay-port', target: 'puerto-de-shanghai', sentence: 2 },
    { type: 'MET', source: 'marco-antonio-zevallos-ruiz', target: 'yan-jun', sentence: 3 },
    { type: 'LEADS', source: 'yan-jun', target: 'shanghai-international-port-group', sentence: 3 },
    { type: 'OPERATES', source: 'shanghai-international-port-group', target: 'puerto-de-shanghai', sentence: 3 },
    { type: 'OWNS', source: 'gobierno-municipal-de-shanghai', target: 'shanghai-international-port-group', sentence: 4 },
    { type: 'VISITED', source: 'marco-antonio-zevallos-ruiz', target: 'cosco-shipping', sentence: 5 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 5, quantities: [{ value: 60, unit: '%' }] },
    { type: 'LEADS', source: 'zhu-mingliang', target: 'cosco-shipping', sentence: 5 },
    { type: 'HOSTED', source: 'zhu-mingliang', target: 'marco-antonio-zevallos-ruiz', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'cosco-shipping', target: 'shanghai', sentence: 6 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 6, validFrom: '2024-11' },
    { type: 'COMMUNICATED_VIA', source: 'marco-antonio-zevallos-ruiz', target: 'xinhua', sentence: 7 },
    { type: 'STATED', source: 'marco-antonio-zevallos-ruiz', target: 'peru', sentence: 7 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'peru', target: 'china', sentence: 7 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 8, validFrom: '2019' },
  ],
};

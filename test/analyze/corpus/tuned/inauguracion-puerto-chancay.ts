import type { CorpusArticle } from '../corpus-article.js';

/** Xi Jinping and Dina Boluarte open the Port of Chancay: its owners, operator, builder and regulator (Spanish). */
export const article: CorpusArticle = {
  name: 'Inauguración del puerto de Chancay',
  language: 'es',
  publishedAt: '2024-11-15',
  annotated:
    'El presidente de [[China|china]], [[Xi Jinping|xi-jinping]], y la presidenta [[Dina Boluarte|dina-boluarte]] ' +
    'inauguraron el [[puerto de Chancay|chancay-port]] el 14 de noviembre de 2024 desde [[Lima|lima]]. ' +
    'La ceremonia, transmitida por videoconferencia desde el {{Palacio de Gobierno|PLACE}}, abrió la visita de ' +
    'Estado de [[Xi|xi-jinping]] al [[Perú|peru]], que coincide con la [[cumbre de APEC|apec-summit]]. ' +
    'Antes, [[Boluarte|dina-boluarte]] recibió a [[Xi|xi-jinping]] en el palacio y ambos mandatarios se reunieron ' +
    'durante una hora. ' +
    '{{Cosco Shipping Ports|COMPANY}}, filial de [[COSCO Shipping|cosco-shipping]], es dueña del 60% de ' +
    '[[Chancay|chancay-port]], y la minera {{Volcan|COMPANY}} posee el 40% restante. ' +
    'La empresa operadora, {{Cosco Shipping Ports Chancay Perú|COMPANY}}, invirtió US$ 1.300 millones en la primera ' +
    'etapa de [[Chancay|chancay-port]]. ' +
    'La estatal {{China Harbour Engineering Company|COMPANY}} ({{CHEC|COMPANY|china-harbour-engineering-company}}) ' +
    'construyó el [[puerto de Chancay|chancay-port]] entre 2021 y 2024. ' +
    'Desde junio, el {{Organismo Supervisor de la Inversión en Infraestructura de Transporte de Uso Público|GOVERNMENT}} ' +
    '({{Ositrán|GOVERNMENT|organismo-supervisor-de-la-inversion-en-infraestructura-de-transporte-de-uso-publico}}) ' +
    'supervisa las tarifas de [[Chancay|chancay-port]]. ' +
    '[[Pekín|china]] presenta [[Chancay|chancay-port]] como una obra emblemática de ' +
    '[[la Franja y la Ruta|belt-and-road-initiative]]. ' +
    'Según el [[Ministerio de Comercio Exterior y Turismo|mincetur]] ([[Mincetur|mincetur]]), ' +
    '[[Chancay|chancay-port]] reducirá a 23 días el viaje de la carga hacia {{Shanghái|PLACE}}.',
  relationships: [
    { type: 'LEADS', source: 'xi-jinping', target: 'china', sentence: 1 },
    { type: 'VISITED', source: 'xi-jinping', target: 'peru', sentence: 2 },
    { type: 'HOSTED', source: 'dina-boluarte', target: 'xi-jinping', sentence: 3 },
    { type: 'MET', source: 'dina-boluarte', target: 'xi-jinping', sentence: 3 },
    { type: 'PART_OF', source: 'cosco-shipping-ports', target: 'cosco-shipping', sentence: 4 },
    { type: 'OWNS', source: 'cosco-shipping-ports', target: 'chancay-port', sentence: 4, quantities: [{ value: 60, unit: '%' }] },
    { type: 'OWNS', source: 'volcan', target: 'chancay-port', sentence: 4, quantities: [{ value: 40, unit: '%' }] },
    { type: 'OPERATES', source: 'cosco-shipping-ports-chancay-peru', target: 'chancay-port', sentence: 5 },
    {
      type: 'INVESTED_IN',
      source: 'cosco-shipping-ports-chancay-peru',
      target: 'chancay-port',
      sentence: 5,
      quantities: [{ value: 1300000000, unit: 'USD' }],
    },
    { type: 'BUILT', source: 'china-harbour-engineering-company', target: 'chancay-port', sentence: 6, validFrom: '2021' },
    {
      type: 'REGULATES',
      source: 'organismo-supervisor-de-la-inversion-en-infraestructura-de-transporte-de-uso-publico',
      target: 'chancay-port',
      sentence: 7,
      validFrom: '2024-06',
    },
    { type: 'STATED', source: 'china', target: 'chancay-port', sentence: 8 },
    { type: 'STATED', source: 'mincetur', target: 'chancay-port', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'La APN desiste de anular la exclusividad de Chancay (held out)',
  language: 'es',
  publishedAt: '2024-07-10',
  annotated:
    '[[LIMA|lima]] — La {{Autoridad Portuaria Nacional|GOVERNMENT}} ' +
    '({{APN|GOVERNMENT|autoridad-portuaria-nacional}}) desistió de anular la exclusividad que otorgó en 2021 a ' +
    '{{Cosco Shipping Ports Chancay Perú|COMPANY}}, la empresa que opera el [[Puerto de Chancay|chancay-port]]. ' +
    'La entidad había pedido en marzo al {{Poder Judicial|GOVERNMENT}} que dejara sin efecto esa resolución, al ' +
    'sostener que solo el {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}}) podía concederla. ' +
    'El [[Congreso de la República|peru-congress]] aprobó en junio una ley que respalda esa exclusividad, y el ' +
    '{{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}} anunció que no la objetaría. ' +
    'El {{Organismo Supervisor de la Inversión en Infraestructura de Transporte de Uso Público|GOVERNMENT}} ' +
    '({{Ositrán|GOVERNMENT|organismo-supervisor-de-la-inversion-en-infraestructura-de-transporte-de-uso-publico}}) ' +
    'supervisará las tarifas del terminal de [[Chancay|chancay-port]]. ' +
    '“La exclusividad da seguridad jurídica a una inversión de US$ 3.500 millones”, declaró {{Luis Huamán|PERSON}}, ' +
    'gerente general de {{Cosco Shipping Ports Chancay Perú|COMPANY}}. ' +
    '{{Washington|COUNTRY|united-states}} ha advertido que [[Chancay|chancay-port]] podría servir a fines militares ' +
    'de [[Pekín|china]], algo que [[Lima|peru]] rechaza. ' +
    '[[Chancay|chancay-port]] se encuentra a 80 kilómetros al norte de [[Lima|lima]], en el distrito de ' +
    '{{Chancay|PLACE}}, en la provincia de {{Huaral|PLACE}}. ' +
    'El alcalde de {{Chancay|PLACE}}, {{Juan Álvarez|PERSON}}, pidió al ' +
    '{{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}} una vía de evitamiento para que los camiones no ' +
    'crucen la ciudad. ' +
    'La {{Cámara de Comercio de Lima|ORGANIZATION}} estima que [[Chancay|chancay-port]] movilizará un millón de ' +
    'contenedores en su primer año de operación.',
  relationships: [
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'autoridad-portuaria-nacional',
      target: 'cosco-shipping-ports-chancay-peru',
      sentence: 1,
      validFrom: '2021',
    },
    { type: 'OPERATES', source: 'cosco-shipping-ports-chancay-peru', target: 'chancay-port', sentence: 1 },
    {
      type: 'REGULATES',
      source: 'organismo-supervisor-de-la-inversion-en-infraestructura-de-transporte-de-uso-publico',
      target: 'chancay-port',
      sentence: 4,
    },
    { type: 'LEADS', source: 'luis-huaman', target: 'cosco-shipping-ports-chancay-peru', sentence: 5 },
    { type: 'STATED', source: 'united-states', target: 'chancay-port', sentence: 6 },
    { type: 'LOCATED_IN', source: 'chancay-port', target: 'chancay', sentence: 7 },
    { type: 'LOCATED_IN', source: 'chancay', target: 'huaral', sentence: 7 },
    { type: 'LEADS', source: 'juan-alvarez', target: 'chancay', sentence: 8 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'juan-alvarez', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 8 },
    { type: 'STATED', source: 'camara-de-comercio-de-lima', target: 'chancay-port', sentence: 9 },
  ],
};

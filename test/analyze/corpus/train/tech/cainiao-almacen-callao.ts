import type { CorpusArticle } from '../../corpus-article.js';

/** Cainiao abre un almacén en Callao para AliExpress: inversión, socio local, Chancay, aduanas, gremio de comercio (Spanish). */
export const article: CorpusArticle = {
  name: 'tech: Cainiao inaugura centro logístico en el Callao para AliExpress',
  language: 'es',
  publishedAt: '2025-03-27',
  annotated:
    '{{CALLAO|PLACE}}, 26 de marzo — {{Cainiao|COMPANY}}, el brazo logístico del grupo chino {{Alibaba|COMPANY}}, ' +
    'inauguró este miércoles un almacén de 25.000 metros cuadrados en el {{Callao|PLACE}}, con una inversión de ' +
    'US$ 40 millones. ' +
    'El {{Centro Logístico Cainiao Callao|INFRASTRUCTURE}}, ubicado a tres kilómetros del {{Aeropuerto Internacional ' +
    'Jorge Chávez|INFRASTRUCTURE}}, procesará hasta 300.000 paquetes diarios de la plataforma {{AliExpress|COMPANY}}. ' +
    'Lo operará la peruana {{Ransa|COMPANY}}, empresa del {{Grupo Romero|COMPANY}}, en virtud de un contrato de diez ' +
    'años firmado en 2024. ' +
    'El director de {{Cainiao|COMPANY}} para {{América Latina|PLACE}}, {{Kevin Zhou|PERSON}}, explicó que la ' +
    'compañía dejará de enviar los pedidos por {{Miami|PLACE}} y los traerá en barco hasta el ' +
    '[[Puerto de Chancay|chancay-port]], que opera [[COSCO Shipping|cosco-shipping]]. ' +
    'Con ello, señaló, el plazo de entrega bajará de 15 a siete días. ' +
    'La {{Superintendencia Nacional de Aduanas y de Administración Tributaria|GOVERNMENT}} ' +
    '({{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}) instalará en el almacén ' +
    'un puesto de control, según su jefe, {{Gerardo López|PERSON}}. ' +
    'Este sostuvo que las compras por internet desde [[China|china]] sumaron US$ 900 millones en 2024. ' +
    'La {{Cámara de Comercio de Lima|ORGANIZATION}} criticó la apertura y pidió al [[Congreso de la República|peru-congress]] ' +
    'aprobar un impuesto a los envíos de menor valor. ' +
    '{{Alibaba|COMPANY}}, con sede en {{Hangzhou|PLACE}}, ya opera almacenes similares en {{Brasil|COUNTRY}} y ' +
    '{{México|COUNTRY}}.',
  relationships: [
    { type: 'PART_OF', source: 'cainiao', target: 'alibaba', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'alibaba', target: 'china', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'cainiao',
      target: 'callao',
      sentence: 1,
      validFrom: '2025-03-26',
      quantities: [{ value: 40000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'centro-logistico-cainiao-callao', target: 'callao', sentence: 1 },
    { type: 'OPERATES', source: 'ransa', target: 'centro-logistico-cainiao-callao', sentence: 3 },
    { type: 'PART_OF', source: 'ransa', target: 'grupo-romero', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'ransa', target: 'peru', sentence: 3 },
    { type: 'PARTNERS_WITH', source: 'ransa', target: 'cainiao', sentence: 3, validFrom: '2024' },
    { type: 'LEADS', source: 'kevin-zhou', target: 'cainiao', sentence: 4 },
    { type: 'STATED', source: 'kevin-zhou', target: 'chancay-port', sentence: 4 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 4 },
    { type: 'STATED', source: 'kevin-zhou', target: 'cainiao', sentence: 5 },
    { type: 'LEADS', source: 'gerardo-lopez', target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria', sentence: 6 },
    { type: 'STATED', source: 'gerardo-lopez', target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria', sentence: 6 },
    { type: 'STATED', source: 'gerardo-lopez', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'camara-de-comercio-de-lima', target: 'centro-logistico-cainiao-callao', sentence: 8 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'camara-de-comercio-de-lima', target: 'peru-congress', sentence: 8 },
    { type: 'HEADQUARTERED_IN', source: 'alibaba', target: 'hangzhou', sentence: 9 },
    { type: 'LOCATED_IN', source: 'alibaba', target: 'brasil', sentence: 9 },
    { type: 'LOCATED_IN', source: 'alibaba', target: 'mexico', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** MMG hires COSCO Shipping to carry Las Bambas copper concentrate to China: ports, their operators, regulator, ministry (Spanish). */
export const article: CorpusArticle = {
  name: 'Contrato de fletes de cobre entre MMG y COSCO',
  language: 'es',
  publishedAt: '2025-07-16',
  annotated:
    '[[LIMA|lima]], 15 de julio — [[MMG|mmg]], la minera de capitales chinos que opera [[Las Bambas|las-bambas]], firmó ' +
    'con [[COSCO Shipping|cosco-shipping]] un contrato de US$ 320 millones para llevar concentrado de cobre a ' +
    '[[China|china]] durante cinco años, informaron ambas empresas el martes. ' +
    'El acuerdo cubre unos 1,2 millones de toneladas al año, que serán embarcadas en el puerto de ' +
    '{{Matarani|INFRASTRUCTURE}}, en {{Arequipa|PLACE}}, en buques de la naviera estatal china. ' +
    '{{Matarani|INFRASTRUCTURE}} es operado desde 1999 por {{Tisur|COMPANY}}, filial del conglomerado peruano ' +
    '{{Grupo Romero|COMPANY}}. ' +
    'La empresa invirtió US$ 250 millones en un nuevo muelle de minerales, inaugurado en 2024, que puede recibir buques ' +
    'de hasta 70.000 toneladas. ' +
    'Hasta ahora, el concentrado de [[Las Bambas|las-bambas]], en {{Apurímac|PLACE}}, recorría en camiones más de 400 ' +
    'kilómetros por el {{Corredor Minero del Sur|INFRASTRUCTURE}}, bloqueado con frecuencia por comunidades campesinas. ' +
    '{{Ignacio Salcedo Vera|PERSON}}, gerente general de [[MMG|mmg]] en el [[Perú|peru]], aseguró a {{Gestión|MEDIA}} que ' +
    'el contrato con [[COSCO|cosco-shipping]] reducirá en 15% el costo logístico por tonelada. ' +
    'Parte de la carga será trasbordada en [[Chancay|chancay-port]], el terminal del que ' +
    '[[COSCO Shipping|cosco-shipping]] posee el 60%, antes de zarpar hacia {{Shanghái|PLACE}}. ' +
    'La {{Autoridad Portuaria Nacional|GOVERNMENT}} ({{APN|GOVERNMENT|autoridad-portuaria-nacional}}), que supervisa ' +
    'ambos terminales, informó que revisará la capacidad de almacenamiento de {{Matarani|INFRASTRUCTURE}}. ' +
    'Según el {{Ministerio de Energía y Minas|GOVERNMENT}} ({{Minem|GOVERNMENT|ministerio-de-energia-y-minas}}), ' +
    '[[China|china]] compró en 2024 el 72% del cobre que exportó el [[Perú|peru]].',
  relationships: [
    { type: 'OPERATES', source: 'mmg', target: 'las-bambas', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'mmg', target: 'china', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'mmg', target: 'cosco-shipping', sentence: 1, quantities: [{ value: 320000000, unit: 'USD' }] },
    { type: 'LOCATED_IN', source: 'matarani', target: 'arequipa', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'china', sentence: 2 },
    { type: 'OPERATES', source: 'tisur', target: 'matarani', sentence: 3, validFrom: '1999' },
    { type: 'PART_OF', source: 'tisur', target: 'grupo-romero', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'grupo-romero', target: 'peru', sentence: 3 },
    { type: 'INVESTED_IN', source: 'tisur', target: 'matarani', sentence: 4, quantities: [{ value: 250000000, unit: 'USD' }] },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'apurimac', sentence: 5 },
    { type: 'LEADS', source: 'ignacio-salcedo-vera', target: 'mmg', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'ignacio-salcedo-vera', target: 'gestion', sentence: 6 },
    { type: 'STATED', source: 'ignacio-salcedo-vera', target: 'cosco-shipping', sentence: 6 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 7, quantities: [{ value: 60, unit: '%' }] },
    { type: 'REGULATES', source: 'autoridad-portuaria-nacional', target: 'matarani', sentence: 8 },
    { type: 'REGULATES', source: 'autoridad-portuaria-nacional', target: 'chancay-port', sentence: 8 },
    { type: 'STATED', source: 'autoridad-portuaria-nacional', target: 'matarani', sentence: 8 },
    { type: 'STATED', source: 'ministerio-de-energia-y-minas', target: 'china', sentence: 9 },
  ],
};

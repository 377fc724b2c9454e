import type { CorpusArticle } from '../../corpus-article.js';

/** Un centro de datos en Arequipa con préstamo del ICBC: empresa conjunta, accionistas, constructora, gobierno regional (Spanish). */
export const article: CorpusArticle = {
  name: 'tech: ICBC financia centro de datos de Inca Data en Arequipa',
  language: 'es',
  publishedAt: '2025-10-30',
  annotated:
    '{{AREQUIPA|PLACE}}, 29 de octubre — El {{Industrial and Commercial Bank of China|COMPANY}} ' +
    '({{ICBC|COMPANY|industrial-and-commercial-bank-of-china}}) otorgó un préstamo de US$ 75 millones a {{Inca Data|COMPANY}} ' +
    'para construir un centro de datos en el parque industrial de {{Río Seco|PLACE}}, en {{Arequipa|PLACE}}. ' +
    '{{Inca Data|COMPANY}} es una empresa conjunta de la china {{Inspur|COMPANY}}, que posee el 55 % del capital, y de ' +
    'la arequipeña {{Corporación Aceros Sur|COMPANY}}, dueña del 45 % restante. ' +
    'El {{Centro de Datos Río Seco|INFRASTRUCTURE}} tendrá una potencia de 20 megavatios y dará servicio a mineras como ' +
    '{{Cerro Verde|INFRASTRUCTURE}} y {{Southern Copper|COMPANY}}. ' +
    'Lo edificará {{China Railway Tunnel Group|COMPANY}}, que ya trabaja en la región en la ampliación de la carretera ' +
    'a {{Puno|PLACE}}. ' +
    'La presidenta del directorio de {{Inca Data|COMPANY}}, {{María Elena Zegarra|PERSON}}, firmó el contrato de ' +
    'préstamo en [[Lima|lima]] con el gerente de la sucursal peruana del banco, {{Li Wei|PERSON}}. ' +
    'Dijo que la obra empezará en enero y que el centro operará desde 2027. ' +
    'La sucursal del {{ICBC|COMPANY|industrial-and-commercial-bank-of-china}} funciona en [[Lima|lima]] desde 2014 y ' +
    'es supervisada por la {{Superintendencia de Banca, Seguros y AFP|GOVERNMENT}}. ' +
    'El gobernador regional de {{Arequipa|PLACE}}, {{Rohel Sánchez|PERSON}}, recibió el mes pasado a una delegación de ' +
    '{{Inspur|COMPANY}} encabezada por su vicepresidente, {{Wang Endong|PERSON}}. ' +
    'Según el {{Gobierno Regional de Arequipa|GOVERNMENT}}, el proyecto creará 400 empleos durante la construcción.',
  relationships: [
    {
      type: 'INVESTED_IN',
      source: 'industrial-and-commercial-bank-of-china',
      target: 'inca-data',
      sentence: 1,
      quantities: [{ value: 75000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'rio-seco', target: 'arequipa', sentence: 1 },
    { type: 'LOCATED_IN', source: 'centro-de-datos-rio-seco', target: 'rio-seco', sentence: 1 },
    { type: 'BUILT', source: 'inca-data', target: 'centro-de-datos-rio-seco', sentence: 1 },
    { type: 'OWNS', source: 'inspur', target: 'inca-data', sentence: 2, quantities: [{ value: 55, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'inspur', target: 'china', sentence: 2 },
    { type: 'OWNS', source: 'corporacion-aceros-sur', target: 'inca-data', sentence: 2, quantities: [{ value: 45, unit: '%' }] },
    { type: 'PARTNERS_WITH', source: 'inspur', target: 'corporacion-aceros-sur', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'corporacion-aceros-sur', target: 'arequipa', sentence: 2 },
    { type: 'BUILT', source: 'china-railway-tunnel-group', target: 'centro-de-datos-rio-seco', sentence: 4 },
    { type: 'LOCATED_IN', source: 'china-railway-tunnel-group', target: 'arequipa', sentence: 4 },
    { type: 'LEADS', source: 'maria-elena-zegarra', target: 'inca-data', sentence: 5 },
    { type: 'MET', source: 'maria-elena-zegarra', target: 'li-wei', sentence: 5 },
    { type: 'LEADS', source: 'li-wei', target: 'industrial-and-commercial-bank-of-china', sentence: 5 },
    { type: 'STATED', source: 'maria-elena-zegarra', target: 'centro-de-datos-rio-seco', sentence: 6 },
    { type: 'OPERATES', source: 'inca-data', target: 'centro-de-datos-rio-seco', sentence: 6, validFrom: '2027' },
    { type: 'LOCATED_IN', source: 'industrial-and-commercial-bank-of-china', target: 'lima', sentence: 7, validFrom: '2014' },
    {
      type: 'REGULATES',
      source: 'superintendencia-de-banca-seguros-y-afp',
      target: 'industrial-and-commercial-bank-of-china',
      sentence: 7,
    },
    { type: 'LEADS', source: 'rohel-sanchez', target: 'arequipa', sentence: 8 },
    { type: 'HOSTED', source: 'rohel-sanchez', target: 'inspur', sentence: 8 },
    { type: 'LEADS', source: 'wang-endong', target: 'inspur', sentence: 8 },
    { type: 'STATED', source: 'gobierno-regional-de-arequipa', target: 'centro-de-datos-rio-seco', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Great Wall Motor will assemble pickups in Arequipa: the regional government, the park, its distributor, the port, Produce (Spanish). */
export const article: CorpusArticle = {
  name: 'Great Wall Motor ensamblará camionetas en Arequipa',
  language: 'es',
  publishedAt: '2025-11-19',
  annotated:
    '{{AREQUIPA|PLACE}}, 18 de noviembre — La automotriz china {{Great Wall Motor|COMPANY}} ' +
    '({{GWM|COMPANY|great-wall-motor}}) invertirá US$ 220 millones en {{Arequipa|PLACE}} en su primera planta de ' +
    'ensamblaje de {{Sudamérica|PLACE}}, anunció este martes el {{Gobierno Regional de Arequipa|GOVERNMENT}}. ' +
    'La fábrica se levantará en el {{Parque Industrial de Río Seco|PLACE}}, en el distrito de ' +
    '{{Cerro Colorado|PLACE}}, y desde 2027 armará unas 15.000 camionetas al año para el mercado andino. ' +
    'El gobernador regional, {{Víctor Hugo Rivera Chávez|PERSON}}, firmó el convenio de inversión con el vicepresidente ' +
    'de {{GWM|COMPANY|great-wall-motor}}, {{Liu Xiangdong|PERSON}}, en la sede del gobierno regional. ' +
    'Según {{Rivera|PERSON|victor-hugo-rivera-chavez}}, la planta generará 1.800 empleos directos y comprará ' +
    'neumáticos, vidrios y baterías a proveedores locales. ' +
    '{{GWM|COMPANY|great-wall-motor}}, con sede en {{Baoding|PLACE}}, en la provincia de {{Hebei|PLACE}}, vende sus ' +
    'vehículos en el [[Perú|peru]] desde 2012 a través de la distribuidora {{Grupo Pana|COMPANY}}. ' +
    'Las piezas llegarán desde {{Tianjin|PLACE}} al puerto de {{Matarani|INFRASTRUCTURE}}, que opera ' +
    '{{Terminal Internacional del Sur|COMPANY}} ({{Tisur|COMPANY|terminal-internacional-del-sur}}), y de allí por ' +
    'carretera a la fábrica. ' +
    'El titular del {{Ministerio de la Producción|GOVERNMENT}} ' +
    '({{Produce|GOVERNMENT|ministerio-de-la-produccion}}), {{Sergio González Guerrero|PERSON}}, dijo a la agencia ' +
    '{{Andina|MEDIA}} que el Ejecutivo evalúa extender a la planta los beneficios tributarios de las zonas económicas ' +
    'especiales. ' +
    'Agregó que otras dos automotrices chinas, {{BYD|COMPANY}} y {{Changan|COMPANY}}, han pedido información sobre ' +
    'terrenos junto al [[puerto de Chancay|chancay-port]].',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'great-wall-motor', target: 'china', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'great-wall-motor',
      target: 'arequipa',
      sentence: 1,
      quantities: [{ value: 220000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'gobierno-regional-de-arequipa', target: 'great-wall-motor', sentence: 1, validFrom: '2025-11-18' },
    { type: 'LOCATED_IN', source: 'parque-industrial-de-rio-seco', target: 'cerro-colorado', sentence: 2 },
    { type: 'LEADS', source: 'victor-hugo-rivera-chavez', target: 'gobierno-regional-de-arequipa', sentence: 3 },
    { type: 'LEADS', source: 'liu-xiangdong', target: 'great-wall-motor', sentence: 3 },
    { type: 'MET', source: 'victor-hugo-rivera-chavez', target: 'liu-xiangdong', sentence: 3 },
    { type: 'STATED', source: 'victor-hugo-rivera-chavez', target: 'great-wall-motor', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'great-wall-motor', target: 'baoding', sentence: 5 },
    { type: 'LOCATED_IN', source: 'baoding', target: 'hebei', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'great-wall-motor', target: 'grupo-pana', sentence: 5, validFrom: '2012' },
    { type: 'OPERATES', source: 'terminal-internacional-del-sur', target: 'matarani', sentence: 6 },
    { type: 'LEADS', source: 'sergio-gonzalez-guerrero', target: 'ministerio-de-la-produccion', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'sergio-gonzalez-guerrero', target: 'andina', sentence: 7 },
    { type: 'STATED', source: 'sergio-gonzalez-guerrero', target: 'great-wall-motor', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'byd', target: 'china', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'changan', target: 'china', sentence: 8 },
    { type: 'STATED', source: 'sergio-gonzalez-guerrero', target: 'byd', sentence: 8 },
    { type: 'STATED', source: 'sergio-gonzalez-guerrero', target: 'changan', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** A Chinese miner buys 49% of the Falchani lithium project in Puno: buyer, seller, concessions, ministry, communities (Spanish). */
export const article: CorpusArticle = {
  name: 'Zijin compra parte del proyecto de litio Falchani',
  language: 'es',
  publishedAt: '2025-06-12',
  annotated:
    '[[LIMA|lima]], 11 de junio — La china {{Zijin Mining|COMPANY}} acordó el miércoles comprar a la canadiense ' +
    '{{American Lithium|COMPANY}} el 49% del proyecto de litio {{Falchani|INFRASTRUCTURE}}, en {{Puno|PLACE}}, por ' +
    'US$ 180 millones. ' +
    '{{Falchani|INFRASTRUCTURE}}, situado en la meseta de {{Macusani|PLACE}} a 4.500 metros de altura, es el mayor ' +
    'yacimiento de litio en roca volcánica descubierto en el [[Perú|peru]]. ' +
    '{{Zijin|COMPANY|zijin-mining}}, con sede en {{Xiamen|PLACE}}, ya opera en el país el proyecto de cobre ' +
    '{{Río Blanco|INFRASTRUCTURE}}, en {{Piura|PLACE}}, que adquirió en 2007 junto con otras empresas chinas. ' +
    'El {{Instituto Geológico, Minero y Metalúrgico|GOVERNMENT}} ' +
    '({{Ingemmet|GOVERNMENT|instituto-geologico-minero-y-metalurgico}}) otorgó en 2018 a ' +
    '{{Macusani Yellowcake|COMPANY}}, filial de {{American Lithium|COMPANY}}, 32 concesiones en la zona. ' +
    'El {{Ministerio de Energía y Minas|GOVERNMENT}} ({{Minem|GOVERNMENT|ministerio-de-energia-y-minas}}), que ' +
    'dirige {{Alberto Salas Mendoza|PERSON}}, calcula que {{Falchani|INFRASTRUCTURE}} podría producir litio desde ' +
    '2029 y exportarlo por [[Chancay|chancay-port]]. ' +
    '{{Salas|PERSON|alberto-salas-mendoza}} se reunió el martes en [[Lima|lima]] con el embajador de ' +
    '[[China|china]], {{Liang Hui|PERSON}}, para revisar la operación. ' +
    'En {{Macusani|PLACE}}, la {{Federación de Comunidades Campesinas de Carabaya|ORGANIZATION}} exigió ser ' +
    'consultada antes de cualquier venta, según un comunicado difundido por {{Radio Onda Azul|MEDIA}}. ' +
    'Según el [[Ministerio de Comercio Exterior y Turismo|mincetur]], [[China|china]] compró en 2024 minerales ' +
    'peruanos por US$ 24.000 millones.',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'zijin-mining',
      target: 'falchani',
      sentence: 1,
      validFrom: '2025-06-11',
      quantities: [
        { value: 49, unit: '%' },
        { value: 180000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'american-lithium', target: 'falchani', sentence: 1, validFrom: '2025-06-11' },
    { type: 'LOCATED_IN', source: 'falchani', target: 'puno', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'zijin-mining', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'falchani', target: 'macusani', sentence: 2 },
    { type: 'LOCATED_IN', source: 'falchani', target: 'peru', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'zijin-mining', target: 'xiamen', sentence: 3 },
    { type: 'OPERATES', source: 'zijin-mining', target: 'rio-blanco', sentence: 3 },
    { type: 'LOCATED_IN', source: 'rio-blanco', target: 'piura', sentence: 3 },
    { type: 'ACQUIRED', source: 'zijin-mining', target: 'rio-blanco', sentence: 3, validFrom: '2007' },
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'instituto-geologico-minero-y-metalurgico',
      target: 'macusani-yellowcake',
      sentence: 4,
      validFrom: '2018',
    },
    { type: 'PART_OF', source: 'macusani-yellowcake', target: 'american-lithium', sentence: 4 },
    { type: 'LEADS', source: 'alberto-salas-mendoza', target: 'ministerio-de-energia-y-minas', sentence: 5 },
    { type: 'STATED', source: 'ministerio-de-energia-y-minas', target: 'falchani', sentence: 5 },
    { type: 'MET', source: 'alberto-salas-mendoza', target: 'liang-hui', sentence: 6, validFrom: '2025-06-10' },
    { type: 'HOLDS_OFFICE_IN', source: 'liang-hui', target: 'china', sentence: 6 },
    {
      type: 'COMMUNICATED_VIA',
      source: 'federacion-de-comunidades-campesinas-de-carabaya',
      target: 'radio-onda-azul',
      sentence: 7,
    },
    { type: 'STATED', source: 'mincetur', target: 'china', sentence: 8 },
  ],
};

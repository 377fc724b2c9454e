import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Cusco y Yunnan firman un hermanamiento (held out)',
  language: 'es',
  publishedAt: '2024-05-16',
  annotated:
    '{{CUSCO|PLACE}} — El {{Gobierno Regional del Cusco|GOVERNMENT}} y el {{Gobierno Popular de Yunnan|GOVERNMENT}}, ' +
    'en el suroeste de [[China|china]], firmaron el martes el {{Acuerdo de Hermanamiento Cusco-Yunnan|AGREEMENT}}, que ' +
    'promoverá el turismo, el comercio de café y el intercambio de estudiantes. ' +
    'El documento fue suscrito en {{Kunming|PLACE}}, capital de {{Yunnan|PLACE}}, por el gobernador regional ' +
    '{{Edwin Huamán Quispe|PERSON}} y por la vicegobernadora {{Li Hongmei|PERSON}}. ' +
    'La {{Central de Cooperativas Agrarias Cafetaleras|ORGANIZATION}} ' +
    '({{COCLA|ORGANIZATION|central-de-cooperativas-agrarias-cafetaleras}}), con sede en {{Quillabamba|PLACE}}, firmó en ' +
    'paralelo un contrato de US$ 3,6 millones con la importadora {{Yunnan Coffee Traders|COMPANY}} para venderle 600 ' +
    'toneladas de café. ' +
    'El {{Ministerio de Cultura|GOVERNMENT}}, que administra {{Machu Picchu|PLACE}}, registró el año pasado 18.000 ' +
    'visitantes chinos en la ciudadela, el doble que en 2019. ' +
    'Además, la {{Universidad Nacional de San Antonio Abad del Cusco|ORGANIZATION}} enviará cada año a 20 estudiantes ' +
    'a la {{Universidad de Yunnan|ORGANIZATION}}, con la que coopera desde 2022. ' +
    '“El {{Cusco|PLACE}} quiere ser la puerta de entrada del turista chino al continente”, afirmó ' +
    '{{Huamán|PERSON|edwin-huaman-quispe}}, que encabeza una delegación de 40 empresarios cusqueños. ' +
    '{{Huamán|PERSON|edwin-huaman-quispe}} visitará el viernes en {{Hangzhou|PLACE}} la sede del grupo de comercio ' +
    'electrónico {{Alibaba|COMPANY}}.',
  relationships: [
    {
      type: 'SIGNED',
      source: 'gobierno-regional-del-cusco',
      target: 'acuerdo-de-hermanamiento-cusco-yunnan',
      sentence: 1,
      validFrom: '2024-05-14',
    },
    {
      type: 'SIGNED',
      source: 'gobierno-popular-de-yunnan',
      target: 'acuerdo-de-hermanamiento-cusco-yunnan',
      sentence: 1,
      validFrom: '2024-05-14',
    },
    { type: 'AFFILIATED_WITH', source: 'gobierno-popular-de-yunnan', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'kunming', target: 'yunnan', sentence: 2 },
    { type: 'SIGNED', source: 'edwin-huaman-quispe', target: 'acuerdo-de-hermanamiento-cusco-yunnan', sentence: 2 },
    { type: 'SIGNED', source: 'li-hongmei', target: 'acuerdo-de-hermanamiento-cusco-yunnan', sentence: 2 },
    { type: 'LEADS', source: 'edwin-huaman-quispe', target: 'gobierno-regional-del-cusco', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'li-hongmei', target: 'gobierno-popular-de-yunnan', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'central-de-cooperativas-agrarias-cafetaleras', target: 'quillabamba', sentence: 3 },
    {
      type: 'PARTNERS_WITH',
      source: 'central-de-cooperativas-agrarias-cafetaleras',
      target: 'yunnan-coffee-traders',
      sentence: 3,
      quantities: [
        { value: 3600000, unit: 'USD' },
        { value: 600, unit: 'tonnes' },
      ],
    },
    { type: 'OPERATES', source: 'ministerio-de-cultura', target: 'machu-picchu', sentence: 4 },
    {
      type: 'COOPERATES_WITH',
      source: 'universidad-nacional-de-san-antonio-abad-del-cusco',
      target: 'universidad-de-yunnan',
      sentence: 5,
      validFrom: '2022',
    },
    { type: 'STATED', source: 'edwin-huaman-quispe', target: 'cusco', sentence: 6 },
    { type: 'VISITED', source: 'edwin-huaman-quispe', target: 'alibaba', sentence: 7, validFrom: '2024-05-17' },
    { type: 'HEADQUARTERED_IN', source: 'alibaba', target: 'hangzhou', sentence: 7 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'museo-sipan-shaanxi-intercambio',
  language: 'es',
  publishedAt: '2023-05-17',
  annotated:
    'El {{Museo Tumbas Reales de Sipán|ORGANIZATION}}, en {{Lambayeque|PLACE}}, y el {{Museo de Historia de ' +
    'Shaanxi|ORGANIZATION}} firmaron el lunes un convenio de intercambio que llevará una selección de ' +
    'joyas del {{Señor de Sipán|PERSON}} a {{Xi’an|PLACE}}, la antigua capital imperial famosa por sus ' +
    'guerreros de terracota. El acuerdo fue suscrito en [[Lima|lima]] por la directora del museo ' +
    'peruano, {{Rosa Chafloque|PERSON}}, y la subdirectora del museo chino, {{Yang Li|PERSON}}, en una ' +
    'ceremonia en la sede del {{Ministerio de Cultura|GOVERNMENT}}. La muestra, titulada {{Oro del Antiguo Perú|EVENT}}, ' +
    'reunirá 120 piezas de oro, plata y concha, y será inaugurada en septiembre de 2024 en el edificio ' +
    'principal del museo chino, en el centro de {{Xi’an|PLACE}}. A cambio, el museo de {{Shaanxi|PLACE}} ' +
    'enviará a {{Lambayeque|PLACE}} en 2025 la exposición {{Esplendor de la Ruta de la Seda|EVENT}}, con ' +
    'cerámicas y figuras funerarias de más de mil años de antigüedad. La ministra de Cultura, {{Silvia Montoya|PERSON}}, ' +
    'quien presidió la firma, dijo que el intercambio permitirá que millones de visitantes en ' +
    '[[China|china]] conozcan por primera vez la cultura mochica. El traslado y el seguro de las piezas ' +
    'serán financiados con US$ 1,2 millones de la {{Administración Nacional del Patrimonio Cultural|GOVERNMENT}} ' +
    'china, según el convenio. La {{Comisión de Promoción del Perú para la Exportación y el Turismo|GOVERNMENT}} ' +
    '({{PromPerú|GOVERNMENT|comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo}}) anunció ' +
    'que aprovechará la exposición en {{Xi’an|PLACE}} para promocionar la {{Ruta Moche|PROGRAM}} entre ' +
    'los viajeros chinos. La firma coincidió con la visita a [[Lima|lima]] de una delegación del ' +
    '{{Gobierno Provincial de Shaanxi|GOVERNMENT}}, encabezada por su vicegobernador, {{Liu Xiaoyan|PERSON}}. ' +
    'El martes, la delegación se reunió en {{Chiclayo|PLACE}} con el {{Gobierno Regional de Lambayeque|GOVERNMENT}}, ' +
    'que dirige {{Raúl Sialer|PERSON}}, para explorar un hermanamiento entre ambas regiones.',
  relationships: [
    { type: 'LOCATED_IN', source: 'museo-tumbas-reales-de-sipan', target: 'lambayeque', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'museo-tumbas-reales-de-sipan',
      target: 'museo-de-historia-de-shaanxi',
      sentence: 1,
      validFrom: '2023-05-15',
    },
    { type: 'LEADS', source: 'rosa-chafloque', target: 'museo-tumbas-reales-de-sipan', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'museo-tumbas-reales-de-sipan', target: 'peru', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'yang-li', target: 'museo-de-historia-de-shaanxi', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'museo-de-historia-de-shaanxi', target: 'china', sentence: 2 },
    { type: 'HOSTED', source: 'museo-de-historia-de-shaanxi', target: 'oro-del-antiguo-peru', sentence: 3, validFrom: '2024-09' },
    { type: 'LOCATED_IN', source: 'museo-de-historia-de-shaanxi', target: 'xi-an', sentence: 3 },
    { type: 'HOSTED', source: 'museo-tumbas-reales-de-sipan', target: 'esplendor-de-la-ruta-de-la-seda', sentence: 4, validFrom: '2025' },
    { type: 'HOLDS_OFFICE_IN', source: 'silvia-montoya', target: 'ministerio-de-cultura', sentence: 5 },
    { type: 'STATED', source: 'silvia-montoya', target: 'china', sentence: 5 },
    {
      type: 'INVESTED_IN',
      source: 'administracion-nacional-del-patrimonio-cultural',
      target: 'oro-del-antiguo-peru',
      sentence: 6,
      quantities: [{ value: 1200000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'administracion-nacional-del-patrimonio-cultural', target: 'china', sentence: 6 },
    {
      type: 'STATED',
      source: 'comision-de-promocion-del-peru-para-la-exportacion-y-el-turismo',
      target: 'oro-del-antiguo-peru',
      sentence: 7,
    },
    { type: 'VISITED', source: 'gobierno-provincial-de-shaanxi', target: 'lima', sentence: 8 },
    { type: 'LEADS', source: 'liu-xiaoyan', target: 'gobierno-provincial-de-shaanxi', sentence: 8 },
    { type: 'HOLDS_OFFICE_IN', source: 'liu-xiaoyan', target: 'gobierno-provincial-de-shaanxi', sentence: 8 },
    {
      type: 'MET',
      source: 'gobierno-provincial-de-shaanxi',
      target: 'gobierno-regional-de-lambayeque',
      sentence: 9,
      validFrom: '2023-05-16',
    },
    { type: 'LEADS', source: 'raul-sialer', target: 'gobierno-regional-de-lambayeque', sentence: 9 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'gobierno-provincial-de-shaanxi', target: 'gobierno-regional-de-lambayeque', sentence: 9 },
  ],
};

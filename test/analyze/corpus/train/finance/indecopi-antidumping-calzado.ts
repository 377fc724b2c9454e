import type { CorpusArticle } from '../../corpus-article.js';

/** Indecopi prorroga derechos antidumping al calzado chino y multa a una importadora: gremio, comisión, Sunat, Pekín (Spanish). */
export const article: CorpusArticle = {
  name: 'finance: Indecopi prorroga derechos antidumping al calzado chino y multa a importadora',
  language: 'es',
  publishedAt: '2026-03-05',
  annotated:
    '[[LIMA|lima]], 4 de marzo — El {{Instituto Nacional de Defensa de la Competencia y de la Protección de la ' +
    'Propiedad Intelectual|GOVERNMENT}} ({{Indecopi|GOVERNMENT|instituto-nacional-de-defensa-de-la-competencia-y-de-la-' +
    'proteccion-de-la-propiedad-intelectual}}) prorrogó por cinco años los derechos antidumping que pagan los zapatos ' +
    'importados de [[China|china]], informó el organismo el 4 de marzo. ' +
    'La medida, vigente desde 2016, fija un recargo de hasta US$ 4,50 por par. ' +
    'Fue dictada por la {{Comisión de Dumping, Subsidios y Eliminación de Barreras Comerciales No Arancelarias|GOVERNMENT}}, ' +
    'cuyo presidente, {{Renzo Rojas Jiménez|PERSON}}, dijo al diario {{El Comercio|MEDIA}} que el calzado chino sigue ' +
    'entrando a precios inferiores a su costo. ' +
    'La revisión fue solicitada por la {{Asociación de Productores de Calzado de Trujillo|ORGANIZATION}}, gremio con sede ' +
    'en el distrito de {{El Porvenir|PLACE}}, en {{La Libertad|PLACE}}, donde trabajan unos 8.000 talleres. ' +
    'Además, el regulador multó con US$ 560.000 a la importadora {{Inversiones Wenzhou Andina|COMPANY}}, filial de la ' +
    'china {{Zhejiang Aokang Shoes|COMPANY}}, por declarar como sandalias partidas de botines. ' +
    'La infracción fue detectada por la {{Superintendencia Nacional de Aduanas y de Administración Tributaria|GOVERNMENT}} ' +
    '({{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}) en el ' +
    '{{Terminal Portuario del Callao|INFRASTRUCTURE}} en 2025. ' +
    'La oficina comercial de la embajada de [[China|china]] en [[Lima|lima]] señaló que [[Pekín|china]] estudia llevar el ' +
    'caso a la comisión administradora del [[Tratado de Libre Comercio Perú-China|china-peru-fta]]. ' +
    'Según la {{Sociedad de Comercio Exterior del Perú|ORGANIZATION}} ' +
    '({{ComexPerú|ORGANIZATION|sociedad-de-comercio-exterior-del-peru}}), las compras de calzado chino sumaron US$ 380 ' +
    'millones en 2025.',
  relationships: [
    {
      type: 'STATED',
      source: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      target: 'china',
      sentence: 1,
      validFrom: '2026-03-04',
    },
    {
      type: 'PART_OF',
      source: 'comision-de-dumping-subsidios-y-eliminacion-de-barreras-comerciales-no-arancelarias',
      target: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      sentence: 3,
    },
    {
      type: 'LEADS',
      source: 'renzo-rojas-jimenez',
      target: 'comision-de-dumping-subsidios-y-eliminacion-de-barreras-comerciales-no-arancelarias',
      sentence: 3,
    },
    { type: 'COMMUNICATED_VIA', source: 'renzo-rojas-jimenez', target: 'el-comercio', sentence: 3 },
    { type: 'STATED', source: 'renzo-rojas-jimenez', target: 'china', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'asociacion-de-productores-de-calzado-de-trujillo', target: 'el-porvenir', sentence: 4 },
    { type: 'LOCATED_IN', source: 'el-porvenir', target: 'la-libertad', sentence: 4 },
    {
      type: 'REGULATES',
      source: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      target: 'inversiones-wenzhou-andina',
      sentence: 5,
      quantities: [{ value: 560000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'inversiones-wenzhou-andina', target: 'zhejiang-aokang-shoes', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'zhejiang-aokang-shoes', target: 'china', sentence: 5 },
    {
      type: 'REGULATES',
      source: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      target: 'inversiones-wenzhou-andina',
      sentence: 6,
      validFrom: '2025',
    },
    { type: 'STATED', source: 'china', target: 'china-peru-fta', sentence: 7 },
    { type: 'STATED', source: 'sociedad-de-comercio-exterior-del-peru', target: 'china', sentence: 8 },
  ],
};

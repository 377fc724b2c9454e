import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'El Indecopi impone derechos antidumping a las barras de acero chinas (held out)',
  language: 'es',
  publishedAt: '2025-09-04',
  annotated:
    '[[LIMA|lima]] — El {{Indecopi|GOVERNMENT}}, la autoridad peruana de competencia, impuso derechos ' +
    'antidumping provisionales de hasta 45% a las barras de construcción importadas de [[China|china]], a pedido ' +
    'de la siderúrgica peruana {{Aceros Arequipa|COMPANY}}. ' +
    'La medida, vigente desde el lunes y por cuatro meses, fue adoptada por la ' +
    '{{Comisión de Dumping y Subsidios|GOVERNMENT}}, un órgano del {{Indecopi|GOVERNMENT}} que halló márgenes ' +
    'de dumping de entre 20% y 45% en seis exportadores chinos. ' +
    'El arancel más alto recaerá sobre la china {{Hebei Hongtai Steel|COMPANY}}, una acería con sede en ' +
    '{{Tangshan|PLACE}} que el año pasado vendió al [[Perú|peru]] más de 200.000 toneladas de barras. ' +
    'La {{Sociedad Nacional de Industrias|ORGANIZATION}} ({{SNI|ORGANIZATION|sociedad-nacional-de-industrias}}) ' +
    'respaldó al {{Indecopi|GOVERNMENT}}, mientras que la {{Cámara Peruana de la Construcción|ORGANIZATION}} ' +
    '({{Capeco|ORGANIZATION|camara-peruana-de-la-construccion}}) le reprochó encarecer las viviendas sociales en ' +
    'plena escasez de vivienda. ' +
    'Según {{Aceros Arequipa|COMPANY}}, las importaciones de barras chinas se triplicaron desde 2022 y ya cubren el ' +
    '40% del mercado peruano. ' +
    '“El acero chino llega al [[Perú|peru]] por debajo de su costo de producción”, dijo a {{Gestión|MEDIA}} el ' +
    'gerente general de la empresa, {{Martín Ferrand|PERSON}}. ' +
    'El {{Ministerio de Comercio de China|GOVERNMENT}} ({{Mofcom|GOVERNMENT|ministerio-de-comercio-de-china}}) ' +
    'expresó su “profunda preocupación” y pidió a [[Lima|peru]] respetar las normas de la ' +
    '{{Organización Mundial del Comercio|ORGANIZATION}} ({{OMC|ORGANIZATION|organizacion-mundial-del-comercio}}). ' +
    'Es la primera vez que el [[Perú|peru]] grava el acero chino desde que ambos países firmaron en 2009 el ' +
    '[[TLC|china-peru-fta]], que eliminó los aranceles a la mayoría de los productos industriales.',
  relationships: [
    {
      type: 'SEEKS_COOPERATION_WITH',
      source: 'aceros-arequipa',
      target: 'indecopi',
      sentence: 1,
    },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'aceros-arequipa', target: 'peru', sentence: 1 },
    {
      type: 'PART_OF',
      source: 'comision-de-dumping-y-subsidios',
      target: 'indecopi',
      sentence: 2,
    },
    { type: 'AFFILIATED_WITH', source: 'hebei-hongtai-steel', target: 'china', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'hebei-hongtai-steel', target: 'tangshan', sentence: 3 },
    {
      type: 'STATED',
      source: 'sociedad-nacional-de-industrias',
      target: 'indecopi',
      sentence: 4,
    },
    {
      type: 'STATED',
      source: 'camara-peruana-de-la-construccion',
      target: 'indecopi',
      sentence: 4,
    },
    { type: 'STATED', source: 'aceros-arequipa', target: 'china', sentence: 5 },
    { type: 'STATED', source: 'martin-ferrand', target: 'china', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'martin-ferrand', target: 'gestion', sentence: 6 },
    { type: 'LEADS', source: 'martin-ferrand', target: 'aceros-arequipa', sentence: 6 },
    { type: 'STATED', source: 'ministerio-de-comercio-de-china', target: 'peru', sentence: 7 },
    { type: 'SIGNED', source: 'peru', target: 'china-peru-fta', sentence: 8, validFrom: '2009' },
    { type: 'SIGNED', source: 'china', target: 'china-peru-fta', sentence: 8, validFrom: '2009' },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * Indecopi imposes provisional anti-dumping duties on Chinese steel bars: complainants, their owner, the chamber, Beijing’s reply
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Derechos antidumping a las barras de acero chinas',
  language: 'es',
  publishedAt: '2025-09-25',
  annotated:
    '[[LIMA|lima]], 24 de septiembre — La ' +
    '{{Comisión de Dumping, Subsidios y Eliminación de Barreras Comerciales No Arancelarias|GOVERNMENT}} del ' +
    '{{Indecopi|GOVERNMENT}} impuso el miércoles derechos antidumping provisionales de entre 23% y 48% a las barras ' +
    'de construcción de acero importadas de [[China|china]]. ' +
    'La medida responde a una denuncia presentada en marzo por {{Corporación Aceros Arequipa|COMPANY}} y ' +
    '{{Siderperú|COMPANY}}, los dos fabricantes de acero del país, que acusaron a las acerías chinas de vender por ' +
    'debajo de su costo. ' +
    '{{Siderperú|COMPANY}}, con sede en {{Chimbote|PLACE}}, pertenece desde 2006 al grupo brasileño ' +
    '{{Gerdau|COMPANY}}. ' +
    'Según la comisión, las importaciones de barras chinas pasaron de 95.000 toneladas en 2022 a 410.000 toneladas en ' +
    '2024, mientras su precio cayó un 31%. ' +
    'Los derechos regirán por seis meses, hasta que concluya la investigación, y serán cobrados por la ' +
    '{{Sunat|GOVERNMENT}} en las aduanas. ' +
    'La {{Cámara de Comercio Peruano China|ORGANIZATION}} ' +
    '({{Capechi|ORGANIZATION|camara-de-comercio-peruano-china}}) criticó la decisión y advirtió que encarecerá hasta ' +
    'en 4% el costo de las obras de construcción. ' +
    'Su presidente, {{Héctor Lau Cornejo|PERSON}}, sostuvo que el [[TLC|china-peru-fta]] con [[China|china]] solo ' +
    'permite estas medidas si se demuestra un daño real a la industria nacional. ' +
    'En {{Pekín|PLACE}}, un portavoz del {{Ministerio de Comercio|GOVERNMENT}} chino dijo que su país «defenderá los ' +
    'derechos legítimos» de sus empresas y pidió al [[Perú|peru]] revisar la medida. ' +
    'De acuerdo con el [[Mincetur|mincetur]], el acero representó el 6% de las importaciones peruanas desde ' +
    '[[China|china]], que sumaron US$ 18.400 millones el año pasado.',
  relationships: [
    {
      type: 'PART_OF',
      source: 'comision-de-dumping-subsidios-y-eliminacion-de-barreras-comerciales-no-arancelarias',
      target: 'indecopi',
      sentence: 1,
    },
    { type: 'STATED', source: 'corporacion-aceros-arequipa', target: 'china', sentence: 2, validFrom: '2025-03' },
    { type: 'STATED', source: 'siderperu', target: 'china', sentence: 2, validFrom: '2025-03' },
    { type: 'HEADQUARTERED_IN', source: 'siderperu', target: 'chimbote', sentence: 3 },
    { type: 'OWNS', source: 'gerdau', target: 'siderperu', sentence: 3, validFrom: '2006' },
    {
      type: 'STATED',
      source: 'comision-de-dumping-subsidios-y-eliminacion-de-barreras-comerciales-no-arancelarias',
      target: 'china',
      sentence: 4,
    },
    {
      type: 'STATED',
      source: 'camara-de-comercio-peruano-china',
      target: 'comision-de-dumping-subsidios-y-eliminacion-de-barreras-comerciales-no-arancelarias',
      sentence: 6,
    },
    { type: 'LEADS', source: 'hector-lau-cornejo', target: 'camara-de-comercio-peruano-china', sentence: 7 },
    { type: 'STATED', source: 'hector-lau-cornejo', target: 'china-peru-fta', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'ministerio-de-comercio', target: 'china', sentence: 8 },
    { type: 'STATED', source: 'ministerio-de-comercio', target: 'peru', sentence: 8 },
    { type: 'STATED', source: 'mincetur', target: 'china', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Cofide recibe una línea de crédito del China Development Bank para pequeños agroexportadores: ministro, embajador, gremio (Spanish). */
export const article: CorpusArticle = {
  name: 'finance: Cofide obtiene crédito de US$ 200 millones del China Development Bank',
  language: 'es',
  publishedAt: '2025-04-10',
  annotated:
    '[[LIMA|lima]], 9 de abril — La {{Corporación Financiera de Desarrollo|COMPANY}} ' +
    '({{Cofide|COMPANY|corporacion-financiera-de-desarrollo}}), el banco de fomento del Estado peruano, suscribió este ' +
    'miércoles una línea de crédito por US$ 200 millones con el {{China Development Bank|COMPANY}}, informó la entidad. ' +
    'Los fondos se prestarán a pequeños productores de café, cacao y quinua a través de cajas municipales y ' +
    'cooperativas de {{Cajamarca|PLACE}}, {{San Martín|PLACE}} y {{Puno|PLACE}}. ' +
    'El acuerdo fue firmado en la sede de {{Cofide|COMPANY|corporacion-financiera-de-desarrollo}}, en el distrito de ' +
    '{{San Isidro|PLACE}}, por su presidente, {{Pedro Grados Smith|PERSON}}, y por el vicepresidente del banco chino, ' +
    '{{Zhou Qingyu|PERSON}}. ' +
    '{{Grados|PERSON|pedro-grados-smith}} señaló que el plazo es de doce años y que la tasa será ' +
    'menor que la de los bonos que emitió la corporación ' +
    'en 2023. ' +
    'El {{China Development Bank|COMPANY}}, con sede en {{Pekín|PLACE}}, depende del {{Consejo de Estado|GOVERNMENT}} ' +
    'de [[China|china]] y ya había prestado a {{Cofide|COMPANY|corporacion-financiera-de-desarrollo}} US$ 150 millones ' +
    'en 2018. ' +
    'A la ceremonia asistió el ministro de Economía y Finanzas, {{José Salardi|PERSON}}, quien destacó que el crédito ' +
    'no requiere garantía soberana. ' +
    'También estuvo presente el embajador de [[China|china]] en el [[Perú|peru]], {{Song Yang|PERSON}}. ' +
    'La {{Junta Nacional del Café|ORGANIZATION}}, que agrupa a unas 50 cooperativas, pidió que una parte de los ' +
    'recursos se destine a renovar cafetales afectados por la roya.',
  relationships: [
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'corporacion-financiera-de-desarrollo',
      target: 'china-development-bank',
      sentence: 1,
      validFrom: '2025-04-09',
      quantities: [{ value: 200000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'corporacion-financiera-de-desarrollo', target: 'peru', sentence: 1 },
    { type: 'STATED', source: 'corporacion-financiera-de-desarrollo', target: 'china-development-bank', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'corporacion-financiera-de-desarrollo', target: 'san-isidro', sentence: 3 },
    { type: 'LEADS', source: 'pedro-grados-smith', target: 'corporacion-financiera-de-desarrollo', sentence: 3 },
    { type: 'LEADS', source: 'zhou-qingyu', target: 'china-development-bank', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'china-development-bank', target: 'china', sentence: 3 },
    { type: 'STATED', source: 'pedro-grados-smith', target: 'china-development-bank', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'china-development-bank', target: 'pekin', sentence: 5 },
    { type: 'PART_OF', source: 'china-development-bank', target: 'consejo-de-estado', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'consejo-de-estado', target: 'china', sentence: 5 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'corporacion-financiera-de-desarrollo',
      target: 'china-development-bank',
      sentence: 5,
      validFrom: '2018',
      quantities: [{ value: 150000000, unit: 'USD' }],
    },
    { type: 'HOLDS_OFFICE_IN', source: 'jose-salardi', target: 'peru', sentence: 6 },
    { type: 'STATED', source: 'jose-salardi', target: 'china-development-bank', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'junta-nacional-del-cafe', target: 'corporacion-financiera-de-desarrollo', sentence: 8 },
  ],
};

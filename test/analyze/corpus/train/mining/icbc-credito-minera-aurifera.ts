import type { CorpusArticle } from '../../corpus-article.js';

/** ICBC Perú Bank lidera un crédito sindicado a una minera aurífera de Arequipa: bancos, matriz, mina, SBS, planta (Spanish). */
export const article: CorpusArticle = {
  name: 'mining: ICBC Perú Bank lidera crédito sindicado de US$ 300 millones a Minera Cerro Dorado',
  language: 'es',
  publishedAt: '2025-11-26',
  annotated:
    '[[LIMA|lima]], 25 de noviembre — {{ICBC Perú Bank|COMPANY}}, filial local del ' +
    '{{Industrial and Commercial Bank of China|COMPANY}}, encabezó un crédito sindicado de US$ 300 millones a favor de ' +
    '{{Minera Cerro Dorado|COMPANY}}, productora de oro con operaciones en el sur del país, informó el diario ' +
    '{{Gestión|MEDIA}}. ' +
    'En la operación participaron además el {{Bank of China Perú|COMPANY}} y el {{BBVA Perú|COMPANY}}, con 100 millones cada ' +
    'uno. ' +
    'Los fondos se destinarán a ampliar la mina {{Orcopampa Sur|INFRASTRUCTURE}}, ubicada en la provincia de ' +
    '{{Castilla|PLACE}}, región {{Arequipa|PLACE}}, y a construir una planta de lixiviación. ' +
    'La obra estará a cargo de la constructora china {{Sinohydro|COMPANY}}, que ya edificó la central hidroeléctrica ' +
    '{{Chaglla|INFRASTRUCTURE}} en {{Huánuco|PLACE}}. ' +
    'El gerente general del banco, {{Zhou Lin|PERSON}}, señaló que es el mayor financiamiento minero otorgado por una entidad ' +
    'china en el [[Perú|peru]] desde que la filial abrió sus puertas en 2014. ' +
    'Agregó que la cartera de créditos del banco a la minería creció 40% en los últimos dos años. ' +
    'Por su parte, la presidenta del directorio de la minera, {{Lucía Benavides Prado|PERSON}}, indicó que la compañía ' +
    'elevará su producción a 180.000 onzas anuales en 2027. ' +
    'La empresa pertenece al grupo familiar {{Inversiones Benavides|COMPANY}}, que controla el 85% de sus acciones. ' +
    'La {{Superintendencia de Banca, Seguros y AFP|GOVERNMENT}} ' +
    '({{SBS|GOVERNMENT|superintendencia-de-banca-seguros-y-afp}}), que supervisa a los bancos, autorizó la operación en octubre.',
  relationships: [
    { type: 'PART_OF', source: 'icbc-peru-bank', target: 'industrial-and-commercial-bank-of-china', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'icbc-peru-bank',
      target: 'minera-cerro-dorado',
      sentence: 1,
      quantities: [{ value: 300000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'gestion', target: 'icbc-peru-bank', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'bank-of-china-peru',
      target: 'minera-cerro-dorado',
      sentence: 2,
      quantities: [{ value: 100000000, unit: 'USD' }],
    },
    {
      type: 'INVESTED_IN',
      source: 'bbva-peru',
      target: 'minera-cerro-dorado',
      sentence: 2,
      quantities: [{ value: 100000000, unit: 'USD' }],
    },
    { type: 'PARTNERS_WITH', source: 'icbc-peru-bank', target: 'bank-of-china-peru', sentence: 2 },
    { type: 'PARTNERS_WITH', source: 'icbc-peru-bank', target: 'bbva-peru', sentence: 2 },
    { type: 'OPERATES', source: 'minera-cerro-dorado', target: 'orcopampa-sur', sentence: 3 },
    { type: 'LOCATED_IN', source: 'orcopampa-sur', target: 'castilla', sentence: 3 },
    { type: 'LOCATED_IN', source: 'castilla', target: 'arequipa', sentence: 3 },
    { type: 'BUILT', source: 'sinohydro', target: 'orcopampa-sur', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'sinohydro', target: 'china', sentence: 4 },
    { type: 'BUILT', source: 'sinohydro', target: 'chaglla', sentence: 4 },
    { type: 'LOCATED_IN', source: 'chaglla', target: 'huanuco', sentence: 4 },
    { type: 'LEADS', source: 'zhou-lin', target: 'icbc-peru-bank', sentence: 5 },
    { type: 'STATED', source: 'zhou-lin', target: 'minera-cerro-dorado', sentence: 5 },
    { type: 'LOCATED_IN', source: 'icbc-peru-bank', target: 'peru', sentence: 5, validFrom: '2014' },
    { type: 'STATED', source: 'zhou-lin', target: 'icbc-peru-bank', sentence: 6 },
    { type: 'LEADS', source: 'lucia-benavides-prado', target: 'minera-cerro-dorado', sentence: 7 },
    { type: 'STATED', source: 'lucia-benavides-prado', target: 'minera-cerro-dorado', sentence: 7 },
    { type: 'OWNS', source: 'inversiones-benavides', target: 'minera-cerro-dorado', sentence: 8, quantities: [{ value: 85, unit: '%' }] },
    { type: 'REGULATES', source: 'superintendencia-de-banca-seguros-y-afp', target: 'icbc-peru-bank', sentence: 9, validFrom: '2025-10' },
  ],
};

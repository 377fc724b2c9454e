import type { CorpusArticle } from '../../corpus-article.js';

/**
 * The MEF issues the rules of the Chancay special economic zone: Congress's law, COSCO's subsidiary and its land purchase, BYD, the
 * SNI (Spanish).
 */
export const article: CorpusArticle = {
  name: 'transport: el MEF publica el reglamento de la zona económica especial de Chancay',
  language: 'es',
  publishedAt: '2025-02-19',
  annotated:
    '[[LIMA|lima]], 18 de febrero — El {{Ministerio de Economía y Finanzas|GOVERNMENT}} ' +
    '({{MEF|GOVERNMENT|ministerio-de-economia-y-finanzas}}) aprobó este martes el reglamento de la ' +
    '{{Zona Económica Especial Privada de Chancay|PLAN}}, que fija un impuesto a la renta de 15% para las empresas que ' +
    'se instalen junto al puerto. ' +
    'La norma desarrolla la ley que el [[Congreso de la República|peru-congress]] aprobó en diciembre de 2024 y que ' +
    'promulgó la presidenta [[Dina Boluarte|dina-boluarte]]. ' +
    'Según el reglamento, la zona será administrada por {{Inversiones Portuarias Chancay|COMPANY}}, filial de ' +
    '[[COSCO Shipping|cosco-shipping]]. ' +
    'La filial, con sede en [[Lima|lima]], ya compró el fundo {{Santa Rosa de Peralvillo|PLACE}}, de 1.000 hectáreas y ' +
    'colindante con el terminal, a la agroexportadora {{Agrícola Huaral|COMPANY}} por US$ 80 millones. ' +
    'El viceministro de Economía, {{Javier Escalante Mory|PERSON}}, indicó que doce empresas chinas ya han mostrado ' +
    'interés en instalarse en la zona, entre ellas el fabricante de autos {{BYD|COMPANY}}. ' +
    'La automotriz, con sede en [[Shenzhen|shenzhen]], confirmó al diario {{Gestión|MEDIA}} que evalúa ensamblar allí ' +
    'buses eléctricos. ' +
    'La {{Sociedad Nacional de Industrias|ORGANIZATION}} ({{SNI|ORGANIZATION|sociedad-nacional-de-industrias}}) criticó ' +
    'que el régimen beneficie a un solo operador y pidió al [[Mincetur|mincetur]] extenderlo a otros puertos. ' +
    'Su presidente, {{Gabriel Tokeshi Arakaki|PERSON}}, advirtió que la industria nacional no podrá competir con las ' +
    'importaciones que ingresen por la zona.',
  relationships: [
    {
      type: 'ADOPTED',
      source: 'ministerio-de-economia-y-finanzas',
      target: 'zona-economica-especial-privada-de-chancay',
      sentence: 1,
      validFrom: '2025-02-18',
    },
    {
      type: 'ADOPTED',
      source: 'peru-congress',
      target: 'zona-economica-especial-privada-de-chancay',
      sentence: 2,
      validFrom: '2024-12',
    },
    { type: 'ADOPTED', source: 'dina-boluarte', target: 'zona-economica-especial-privada-de-chancay', sentence: 2 },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 2 },
    { type: 'OPERATES', source: 'inversiones-portuarias-chancay', target: 'zona-economica-especial-privada-de-chancay', sentence: 3 },
    { type: 'PART_OF', source: 'inversiones-portuarias-chancay', target: 'cosco-shipping', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'inversiones-portuarias-chancay', target: 'lima', sentence: 4 },
    {
      type: 'ACQUIRED',
      source: 'inversiones-portuarias-chancay',
      target: 'santa-rosa-de-peralvillo',
      sentence: 4,
      quantities: [{ value: 80000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'agricola-huaral', target: 'santa-rosa-de-peralvillo', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'javier-escalante-mory', target: 'ministerio-de-economia-y-finanzas', sentence: 5 },
    { type: 'STATED', source: 'javier-escalante-mory', target: 'zona-economica-especial-privada-de-chancay', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'byd', target: 'shenzhen', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'byd', target: 'gestion', sentence: 6 },
    { type: 'STATED', source: 'byd', target: 'zona-economica-especial-privada-de-chancay', sentence: 6 },
    { type: 'STATED', source: 'sociedad-nacional-de-industrias', target: 'zona-economica-especial-privada-de-chancay', sentence: 7 },
    { type: 'STATED', source: 'sociedad-nacional-de-industrias', target: 'mincetur', sentence: 7 },
    { type: 'LEADS', source: 'gabriel-tokeshi-arakaki', target: 'sociedad-nacional-de-industrias', sentence: 8 },
    { type: 'STATED', source: 'gabriel-tokeshi-arakaki', target: 'zona-economica-especial-privada-de-chancay', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * Huawei Cloud opens a data centre in Lurín and signs Reniec as its first client: investment, leaders, Congress, data worries (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Huawei Cloud abre un centro de datos en Lurín',
  language: 'es',
  publishedAt: '2025-06-20',
  annotated:
    '[[LIMA|lima]], 19 de junio — {{Huawei Cloud|COMPANY}}, la división de computación en la nube de ' +
    '[[Huawei|huawei]], inauguró este jueves el {{Campus Digital Lurín|INFRASTRUCTURE}}, un centro de datos situado ' +
    'en el distrito de {{Lurín|PLACE}} en el que invirtió US$ 150 millones, informó la empresa. ' +
    'Su primer cliente será el {{Registro Nacional de Identificación y Estado Civil|GOVERNMENT}} ' +
    '({{Reniec|GOVERNMENT|registro-nacional-de-identificacion-y-estado-civil}}), que firmó un contrato de cinco años ' +
    'por S/ 48 millones para alojar allí sus sistemas. ' +
    'El contrato fue suscrito por la jefa del ' +
    '{{Reniec|GOVERNMENT|registro-nacional-de-identificacion-y-estado-civil}}, {{Carmen Velarde Soto|PERSON}}, y el ' +
    'presidente de [[Huawei|huawei]] para {{América Latina|PLACE}}, {{Fang Liwei|PERSON}}. ' +
    'La {{Secretaría de Gobierno y Transformación Digital|GOVERNMENT}}, que depende de la ' +
    '{{Presidencia del Consejo de Ministros|GOVERNMENT}} ({{PCM|GOVERNMENT|presidencia-del-consejo-de-ministros}}), ' +
    'aprobó la contratación en mayo. ' +
    'La presidenta de la {{Comisión de Defensa Nacional|GOVERNMENT}} del ' +
    '[[Congreso de la República|peru-congress]], {{Rosa Ccahuana Quispe|PERSON}}, pidió al ' +
    '{{Reniec|GOVERNMENT|registro-nacional-de-identificacion-y-estado-civil}} explicar cómo protegerá los datos de ' +
    '34 millones de peruanos. ' +
    '[[Huawei|huawei]], con sede en [[Shenzhen|shenzhen]], opera en el [[Perú|peru]] desde 2004 y emplea a unas 900 ' +
    'personas en el país. ' +
    '{{Fang|PERSON|fang-liwei}} declaró al diario {{El Comercio|MEDIA}} que los datos no saldrán del territorio ' +
    'nacional y que la empresa cumple la ley peruana de protección de datos personales. ' +
    'Añadió que la firma planea abrir un segundo centro en {{Arequipa|PLACE}} antes de 2028.',
  relationships: [
    { type: 'PART_OF', source: 'huawei-cloud', target: 'huawei', sentence: 1 },
    { type: 'OPERATES', source: 'huawei-cloud', target: 'campus-digital-lurin', sentence: 1, validFrom: '2025-06-19' },
    {
      type: 'INVESTED_IN',
      source: 'huawei-cloud',
      target: 'campus-digital-lurin',
      sentence: 1,
      quantities: [{ value: 150000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'campus-digital-lurin', target: 'lurin', sentence: 1 },
    { type: 'STATED', source: 'huawei-cloud', target: 'campus-digital-lurin', sentence: 1, validFrom: '2025-06-19' },
    {
      type: 'PARTNERS_WITH',
      source: 'registro-nacional-de-identificacion-y-estado-civil',
      target: 'huawei-cloud',
      sentence: 2,
      quantities: [{ value: 48000000, unit: 'PEN' }],
    },
    { type: 'LEADS', source: 'carmen-velarde-soto', target: 'registro-nacional-de-identificacion-y-estado-civil', sentence: 3 },
    { type: 'LEADS', source: 'fang-liwei', target: 'huawei', sentence: 3 },
    { type: 'MET', source: 'carmen-velarde-soto', target: 'fang-liwei', sentence: 3 },
    {
      type: 'PART_OF',
      source: 'secretaria-de-gobierno-y-transformacion-digital',
      target: 'presidencia-del-consejo-de-ministros',
      sentence: 4,
    },
    { type: 'LEADS', source: 'rosa-ccahuana-quispe', target: 'comision-de-defensa-nacional', sentence: 5 },
    { type: 'PART_OF', source: 'comision-de-defensa-nacional', target: 'peru-congress', sentence: 5 },
    { type: 'STATED', source: 'rosa-ccahuana-quispe', target: 'registro-nacional-de-identificacion-y-estado-civil', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'huawei', target: 'shenzhen', sentence: 6 },
    { type: 'LOCATED_IN', source: 'huawei', target: 'peru', sentence: 6, validFrom: '2004' },
    { type: 'COMMUNICATED_VIA', source: 'fang-liwei', target: 'el-comercio', sentence: 7 },
    { type: 'STATED', source: 'fang-liwei', target: 'huawei-cloud', sentence: 7 },
    { type: 'STATED', source: 'fang-liwei', target: 'arequipa', sentence: 8 },
  ],
};

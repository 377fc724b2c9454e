import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s consumer watchdog fines a Chinese e-commerce platform over delivery times: its commission, the parent group, the reply, another
 * case, a bill (Spanish).
 */
export const article: CorpusArticle = {
  name: 'El Indecopi multa a AliExpress por los plazos de entrega',
  language: 'es',
  publishedAt: '2025-03-21',
  annotated:
    'El {{Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual|GOVERNMENT}} ' +
    '({{Indecopi|GOVERNMENT|instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual}}) ' +
    'multó con 450 UIT, unos S/ 2,4 millones, a la plataforma china de comercio electrónico {{AliExpress|COMPANY}} por ' +
    'anunciar plazos de entrega que no cumplía, según una resolución publicada el jueves. ' +
    'La sanción la impuso en primera instancia la {{Comisión de Protección al Consumidor|GOVERNMENT}} del organismo, ' +
    'tras recibir 312 reclamos de compradores de [[Lima|lima]], {{Arequipa|PLACE}} y {{Trujillo|PLACE}} durante 2024. ' +
    'La empresa pertenece al grupo {{Alibaba|COMPANY}}, con sede en {{Hangzhou|PLACE}}, y tiene quince días hábiles ' +
    'para apelar ante el {{Tribunal del Indecopi|GOVERNMENT}}. ' +
    'En un comunicado enviado a {{El Comercio|MEDIA}}, {{AliExpress|COMPANY}} atribuyó los retrasos a la congestión ' +
    'en la aduana del {{Callao|PLACE}} y anunció que evalúa recurrir la decisión del regulador. ' +
    'No es el primer caso de este tipo. ' +
    'En octubre, el organismo abrió un procedimiento contra {{Temu|COMPANY}}, otra tienda virtual china, por la ' +
    'seguridad de los juguetes que vende a menores. ' +
    'Su presidenta, {{Rocío Barreda Soto|PERSON}}, sostuvo que {{AliExpress|COMPANY}} y {{Temu|COMPANY}} “deben ' +
    'respetar las mismas reglas que cualquier bodega de barrio”. ' +
    'Las compras de peruanos en plataformas de [[China|china]] crecieron 60% el año pasado, calcula la ' +
    '{{Cámara de Comercio de Lima|ORGANIZATION}} ({{CCL|ORGANIZATION|camara-de-comercio-de-lima}}). ' +
    'El gremio respalda un proyecto de ley, presentado en enero en el [[Congreso|peru-congress]] por la legisladora ' +
    '{{Carmen Rivas Luyo|PERSON}}, que obligaría a estas empresas a nombrar un representante legal en el [[Perú|peru]].',
  relationships: [
    {
      type: 'REGULATES',
      source: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      target: 'aliexpress',
      sentence: 1,
    },
    { type: 'AFFILIATED_WITH', source: 'aliexpress', target: 'china', sentence: 1 },
    {
      type: 'PART_OF',
      source: 'comision-de-proteccion-al-consumidor',
      target: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      sentence: 2,
    },
    { type: 'PART_OF', source: 'aliexpress', target: 'alibaba', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'alibaba', target: 'hangzhou', sentence: 3 },
    {
      type: 'PART_OF',
      source: 'tribunal-del-indecopi',
      target: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      sentence: 3,
    },
    { type: 'COMMUNICATED_VIA', source: 'aliexpress', target: 'el-comercio', sentence: 4 },
    {
      type: 'STATED',
      source: 'aliexpress',
      target: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      sentence: 4,
    },
    {
      type: 'REGULATES',
      source: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      target: 'temu',
      sentence: 6,
      validFrom: '2024-10',
    },
    { type: 'AFFILIATED_WITH', source: 'temu', target: 'china', sentence: 6 },
    {
      type: 'LEADS',
      source: 'rocio-barreda-soto',
      target: 'instituto-nacional-de-defensa-de-la-competencia-y-de-la-proteccion-de-la-propiedad-intelectual',
      sentence: 7,
    },
    { type: 'STATED', source: 'rocio-barreda-soto', target: 'aliexpress', sentence: 7 },
    { type: 'STATED', source: 'rocio-barreda-soto', target: 'temu', sentence: 7 },
    { type: 'STATED', source: 'camara-de-comercio-de-lima', target: 'china', sentence: 8 },
    { type: 'HOLDS_OFFICE_IN', source: 'carmen-rivas-luyo', target: 'peru-congress', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * First Peruvian mandarins leave Chancay for China under a new citrus protocol: signatories,
 * Senasa, the exporter and its buyer, trade groups (Spanish).
 */
export const article: CorpusArticle = {
  name: 'fresh-protocolo-mandarinas-chancay',
  language: 'es',
  publishedAt: '2025-10-09',
  annotated:
    '{{HUARAL|PLACE}}, 9 de octubre — El primer contenedor de mandarinas peruanas con destino a [[China|china]] partió ' +
    'el miércoles del [[Puerto de Chancay|chancay-port]], en la provincia de {{Huaral|PLACE}}, con 22 toneladas de ' +
    'fruta de la agroexportadora {{Agroindustrias San Ramón|COMPANY}}. ' +
    'Es el primer envío bajo el {{Protocolo de Requisitos Fitosanitarios para Cítricos|AGREEMENT}}, que firmaron en ' +
    'julio el {{Servicio Nacional de Sanidad Agraria|GOVERNMENT}} ' +
    '({{Senasa|GOVERNMENT|servicio-nacional-de-sanidad-agraria}}) y la ' +
    '{{Administración General de Aduanas|GOVERNMENT}} de [[China|china]]. ' +
    'Según la jefa del {{Senasa|GOVERNMENT|servicio-nacional-de-sanidad-agraria}}, {{Vilma Gutiérrez Arce|PERSON}}, ' +
    'el protocolo exige mantener la fruta a menos de dos grados durante 18 días para eliminar la mosca de la fruta. ' +
    'La negociación, que comenzó en 2018, fue impulsada por el [[Mincetur|mincetur]] durante la visita de ' +
    '[[Xi Jinping|xi-jinping]] a [[Lima|lima]] en noviembre de 2024, cuando la capital acogió la ' +
    '[[cumbre de APEC|apec-summit]]. ' +
    '{{Agroindustrias San Ramón|COMPANY}}, que exporta mandarinas a {{Estados Unidos|COUNTRY}} desde 2005, vendió el ' +
    'lote a la importadora {{Guangzhou Jiali Fruits|COMPANY}}, con sede en {{Cantón|PLACE}}. ' +
    'Su gerente general, {{Rodrigo Salazar Chang|PERSON}}, dijo a {{Agraria.pe|MEDIA}} que la empresa espera enviar ' +
    '3.000 toneladas a [[China|china]] en 2026 y que invertirá US$ 4 millones en una planta de frío en ' +
    '{{Aucallama|PLACE}}. ' +
    'El presidente de la {{Asociación de Gremios Productores Agrarios del Perú|ORGANIZATION}} ' +
    '({{AGAP|ORGANIZATION|asociacion-de-gremios-productores-agrarios-del-peru}}), {{Javier Otoya Merino|PERSON}}, ' +
    'afirmó que [[China|china]] podría comprar 50.000 toneladas de cítricos peruanos al año. ' +
    'El [[Perú|peru]] exportó a [[China|china]] frutas frescas por US$ 1.180 millones en 2024, principalmente uvas y ' +
    'arándanos, según la {{Asociación de Exportadores|ORGANIZATION}} ' +
    '({{ADEX|ORGANIZATION|asociacion-de-exportadores}}).',
  relationships: [
    { type: 'LOCATED_IN', source: 'chancay-port', target: 'huaral', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'servicio-nacional-de-sanidad-agraria',
      target: 'protocolo-de-requisitos-fitosanitarios-para-citricos',
      sentence: 2,
      validFrom: '2025-07',
    },
    {
      type: 'SIGNED',
      source: 'administracion-general-de-aduanas',
      target: 'protocolo-de-requisitos-fitosanitarios-para-citricos',
      sentence: 2,
      validFrom: '2025-07',
    },
    { type: 'AFFILIATED_WITH', source: 'administracion-general-de-aduanas', target: 'china', sentence: 2 },
    { type: 'LEADS', source: 'vilma-gutierrez-arce', target: 'servicio-nacional-de-sanidad-agraria', sentence: 3 },
    { type: 'STATED', source: 'vilma-gutierrez-arce', target: 'protocolo-de-requisitos-fitosanitarios-para-citricos', sentence: 3 },
    {
      type: 'NEGOTIATED',
      source: 'mincetur',
      target: 'protocolo-de-requisitos-fitosanitarios-para-citricos',
      sentence: 4,
      validFrom: '2018',
    },
    { type: 'VISITED', source: 'xi-jinping', target: 'lima', sentence: 4, validFrom: '2024-11' },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 4, validFrom: '2024-11' },
    { type: 'PARTNERS_WITH', source: 'agroindustrias-san-ramon', target: 'guangzhou-jiali-fruits', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'guangzhou-jiali-fruits', target: 'canton', sentence: 5 },
    { type: 'LEADS', source: 'rodrigo-salazar-chang', target: 'agroindustrias-san-ramon', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'rodrigo-salazar-chang', target: 'agraria-pe', sentence: 6 },
    { type: 'STATED', source: 'rodrigo-salazar-chang', target: 'china', sentence: 6 },
    { type: 'LEADS', source: 'javier-otoya-merino', target: 'asociacion-de-gremios-productores-agrarios-del-peru', sentence: 7 },
    { type: 'STATED', source: 'javier-otoya-merino', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'asociacion-de-exportadores', target: 'peru', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * La naviera china SITC abre un servicio directo Callao–Shanghái: terminal, agente local, gremio, ministro (castellano).
 */
export const article: CorpusArticle = {
  name: 'ruta-sitc-callao-shanghai',
  language: 'es',
  publishedAt: '2026-03-05',
  annotated:
    '[[LIMA|lima]], 4 de marzo — La naviera china {{SITC International|COMPANY}} inaugurará el 14 de mayo un servicio ' +
    'semanal directo entre el {{Callao|PLACE}} y {{Shanghái|PLACE}}, el primero de la empresa hacia la costa oeste de ' +
    '{{Sudamérica|PLACE}}, informó este miércoles la {{Autoridad Portuaria Nacional|GOVERNMENT}} ' +
    '({{APN|GOVERNMENT|autoridad-portuaria-nacional}}). ' +
    'La ruta usará tres buques de 4.600 contenedores y hará escalas en el [[Puerto de Chancay|chancay-port]] y en ' +
    '{{Ningbo|PLACE}}, con un tránsito de 27 días hasta [[China|china]]. ' +
    'En el {{Callao|PLACE}}, los buques atracarán en el {{Muelle Sur|INFRASTRUCTURE}}, que opera ' +
    '{{DP World|COMPANY}} desde 2010. ' +
    'Su gerente general, {{Alejandro Torres Wu|PERSON}}, dijo que la terminal invertirá US$ 35 millones en dos grúas ' +
    'pórtico para atender la nueva demanda. ' +
    '{{SITC|COMPANY|sitc-international}}, con sede en {{Hong Kong|PLACE}}, opera más de 100 buques, sobre todo en ' +
    'rutas dentro de {{Asia|PLACE}}. ' +
    'La empresa firmó en enero un acuerdo de agenciamiento con la peruana {{Transmares Group|COMPANY}}, que gestionará ' +
    'sus reservas y trámites aduaneros en el país. ' +
    'El presidente de la {{Asociación Peruana de Agentes Marítimos|ORGANIZATION}} ' +
    '({{APAM|ORGANIZATION|asociacion-peruana-de-agentes-maritimos}}), {{Ricardo Bustamante Núñez|PERSON}}, estimó que ' +
    'los fletes a [[China|china]] podrían bajar hasta 15%. ' +
    'Hoy, [[COSCO Shipping|cosco-shipping]] y la danesa {{Maersk|COMPANY}} concentran cerca del 60% de la carga entre ' +
    'el [[Perú|peru]] y [[China|china]]. ' +
    'El ministro de Transportes y Comunicaciones, {{Raúl Céspedes Olaya|PERSON}}, dijo que la nueva ruta reducirá la ' +
    'congestión del [[Puerto de Chancay|chancay-port]], que recibió 1,2 millones de contenedores en 2025. ' +
    '{{SITC|COMPANY|sitc-international}} prevé sumar un segundo servicio, con escala en {{Paita|PLACE}}, a fines de 2026.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'sitc-international', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'autoridad-portuaria-nacional', target: 'sitc-international', sentence: 1, validFrom: '2026-03-04' },
    { type: 'LOCATED_IN', source: 'ningbo', target: 'china', sentence: 2 },
    { type: 'OPERATES', source: 'dp-world', target: 'muelle-sur', sentence: 3, validFrom: '2010' },
    { type: 'LOCATED_IN', source: 'muelle-sur', target: 'callao', sentence: 3 },
    { type: 'LEADS', source: 'alejandro-torres-wu', target: 'dp-world', sentence: 4 },
    { type: 'STATED', source: 'alejandro-torres-wu', target: 'muelle-sur', sentence: 4 },
    {
      type: 'INVESTED_IN',
      source: 'dp-world',
      target: 'muelle-sur',
      sentence: 4,
      quantities: [{ value: 35000000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'sitc-international', target: 'hong-kong', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'sitc-international', target: 'transmares-group', sentence: 6, validFrom: '2026-01' },
    { type: 'AFFILIATED_WITH', source: 'transmares-group', target: 'peru', sentence: 6 },
    { type: 'LEADS', source: 'ricardo-bustamante-nunez', target: 'asociacion-peruana-de-agentes-maritimos', sentence: 7 },
    { type: 'STATED', source: 'ricardo-bustamante-nunez', target: 'china', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'raul-cespedes-olaya', target: 'peru', sentence: 9 },
    { type: 'STATED', source: 'raul-cespedes-olaya', target: 'chancay-port', sentence: 9 },
  ],
};

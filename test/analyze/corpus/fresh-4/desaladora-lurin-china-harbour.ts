import type { CorpusArticle } from '../corpus-article.js';

/**
 * Sedapal adjudica a China Harbour la planta desalinizadora de Lurín: constructor, matriz, financiamiento, firmantes (castellano).
 */
export const article: CorpusArticle = {
  name: 'desaladora-lurin-china-harbour',
  language: 'es',
  publishedAt: '2025-08-21',
  annotated:
    '[[LIMA|lima]], 20 de agosto — {{Sedapal|COMPANY}}, la empresa estatal de agua de [[Lima|lima]], adjudicó el ' +
    'miércoles a {{China Harbour Engineering Company|COMPANY}} ' +
    '({{CHEC|COMPANY|china-harbour-engineering-company}}) la construcción de la ' +
    '{{Planta Desalinizadora Lurín|INFRASTRUCTURE}}, por S/ 1.850 millones. ' +
    'La planta, ubicada en el distrito de {{Lurín|PLACE}}, producirá 2,5 metros cúbicos de agua por segundo para unos ' +
    '800.000 habitantes del sur de la capital. ' +
    '{{CHEC|COMPANY|china-harbour-engineering-company}}, filial de la estatal ' +
    '{{China Communications Construction Company|COMPANY}} ' +
    '({{CCCC|COMPANY|china-communications-construction-company}}), superó en la licitación a un consorcio español ' +
    'liderado por {{Acciona|COMPANY}}. ' +
    'La obra se financiará con un préstamo de US$ 300 millones del {{Banco de Desarrollo de China|COMPANY}} y con ' +
    'recursos del {{Ministerio de Vivienda, Construcción y Saneamiento|GOVERNMENT}}. ' +
    'El ministro de Vivienda, {{Jorge Salinas Paz|PERSON}}, dijo que la planta estará lista en 2028 y que aliviará la ' +
    'dependencia de la ciudad del río {{Rímac|PLACE}}. ' +
    'La presidenta de {{Sedapal|COMPANY}}, {{Mónica Rivas Tello|PERSON}}, firmó el contrato con el gerente de ' +
    '{{CHEC|COMPANY|china-harbour-engineering-company}} en el [[Perú|peru]], {{Yang Bo|PERSON}}. ' +
    'La empresa china construyó el [[Puerto de Chancay|chancay-port]], inaugurado en noviembre de 2024. ' +
    'El {{Frente de Defensa de Lurín|ORGANIZATION}} pidió al ' +
    '{{Organismo de Evaluación y Fiscalización Ambiental|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|organismo-de-evaluacion-y-fiscalizacion-ambiental}}) vigilar la descarga de salmuera al mar. ' +
    'El {{OEFA|GOVERNMENT|organismo-de-evaluacion-y-fiscalizacion-ambiental}} respondió que supervisará la planta ' +
    'desde el inicio de las obras.',
  relationships: [
    {
      type: 'BUILT',
      source: 'china-harbour-engineering-company',
      target: 'planta-desalinizadora-lurin',
      sentence: 1,
      validFrom: '2025-08-20',
      quantities: [{ value: 1850000000, unit: 'PEN' }],
    },
    { type: 'PLANS', source: 'sedapal', target: 'planta-desalinizadora-lurin', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'sedapal', target: 'china-harbour-engineering-company', sentence: 1, validFrom: '2025-08-20' },
    { type: 'LOCATED_IN', source: 'sedapal', target: 'lima', sentence: 1 },
    { type: 'LOCATED_IN', source: 'planta-desalinizadora-lurin', target: 'lurin', sentence: 2 },
    { type: 'PART_OF', source: 'china-harbour-engineering-company', target: 'china-communications-construction-company', sentence: 3 },
    {
      type: 'INVESTED_IN',
      source: 'banco-de-desarrollo-de-china',
      target: 'planta-desalinizadora-lurin',
      sentence: 4,
      quantities: [{ value: 300000000, unit: 'USD' }],
    },
    {
      type: 'INVESTED_IN',
      source: 'ministerio-de-vivienda-construccion-y-saneamiento',
      target: 'planta-desalinizadora-lurin',
      sentence: 4,
    },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-salinas-paz', target: 'ministerio-de-vivienda-construccion-y-saneamiento', sentence: 5 },
    { type: 'STATED', source: 'jorge-salinas-paz', target: 'planta-desalinizadora-lurin', sentence: 5 },
    { type: 'LEADS', source: 'monica-rivas-tello', target: 'sedapal', sentence: 6 },
    { type: 'LEADS', source: 'yang-bo', target: 'china-harbour-engineering-company', sentence: 6 },
    { type: 'MET', source: 'monica-rivas-tello', target: 'yang-bo', sentence: 6 },
    { type: 'BUILT', source: 'china-harbour-engineering-company', target: 'chancay-port', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'china-harbour-engineering-company', target: 'china', sentence: 7 },
    {
      type: 'SEEKS_COOPERATION_WITH',
      source: 'frente-de-defensa-de-lurin',
      target: 'organismo-de-evaluacion-y-fiscalizacion-ambiental',
      sentence: 8,
    },
    { type: 'REGULATES', source: 'organismo-de-evaluacion-y-fiscalizacion-ambiental', target: 'planta-desalinizadora-lurin', sentence: 9 },
    { type: 'STATED', source: 'organismo-de-evaluacion-y-fiscalizacion-ambiental', target: 'planta-desalinizadora-lurin', sentence: 9 },
  ],
};

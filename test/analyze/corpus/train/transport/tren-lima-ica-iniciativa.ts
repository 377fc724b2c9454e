import type { CorpusArticle } from '../../corpus-article.js';

/** A Chinese consortium proposes the Lima–Ica railway to ProInversión: its members, the agency's head, a meeting, a governor (Spanish). */
export const article: CorpusArticle = {
  name: 'transport: consorcio chino propone el tren Lima-Ica',
  language: 'es',
  publishedAt: '2025-07-17',
  annotated:
    '[[LIMA|lima]], 16 de julio — La {{Agencia de Promoción de la Inversión Privada|GOVERNMENT}} ' +
    '({{ProInversión|GOVERNMENT|agencia-de-promocion-de-la-inversion-privada}}) informó este miércoles que recibió del ' +
    'consorcio chino {{Ferrocarril Costa Sur|COMPANY}} una iniciativa privada para construir y operar el ' +
    '{{Tren Lima-Ica|INFRASTRUCTURE}}, un proyecto de US$ 3.200 millones. ' +
    'El consorcio lo integran {{China Railway Engineering Corporation|COMPANY}} ' +
    '({{CREC|COMPANY|china-railway-engineering-corporation}}), con el 60%, y la estatal ' +
    '{{China Civil Engineering Construction Corporation|COMPANY}}, con el 40% restante. ' +
    'La vía férrea, de 320 kilómetros, partiría de la estación {{Desamparados|INFRASTRUCTURE}}, en el centro de ' +
    '[[Lima|lima]], y llegaría a {{Ica|PLACE}} en menos de tres horas. ' +
    'Según la directora ejecutiva de la agencia, {{Mariela Huamán Ordaya|PERSON}}, la propuesta será evaluada en un ' +
    'plazo de 90 días. ' +
    'Agregó que el {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}} deberá luego declararla de interés nacional. ' +
    'El presidente del consorcio, {{Li Guohua|PERSON}}, se reunió el martes con la ministra de Economía, ' +
    '{{Rosa Bueno Fiestas|PERSON}}, a quien presentó el trazado. ' +
    '{{CREC|COMPANY|china-railway-engineering-corporation}}, con sede en {{Pekín|PLACE}}, construyó en 2016 el ' +
    '{{Ferrocarril Adís Abeba-Yibuti|INFRASTRUCTURE}}, el primero electrificado de {{África|PLACE}}. ' +
    'El gobernador regional de {{Ica|PLACE}}, {{Cristian Palomino Vera|PERSON}}, dijo a la agencia {{Andina|MEDIA}} que el ' +
    'tren permitiría sacar por [[Chancay|chancay-port]] la uva y el espárrago de la región.',
  relationships: [
    {
      type: 'STATED',
      source: 'agencia-de-promocion-de-la-inversion-privada',
      target: 'ferrocarril-costa-sur',
      sentence: 1,
      validFrom: '2025-07-16',
    },
    { type: 'AFFILIATED_WITH', source: 'ferrocarril-costa-sur', target: 'china', sentence: 1 },
    {
      type: 'PLANS',
      source: 'ferrocarril-costa-sur',
      target: 'tren-lima-ica',
      sentence: 1,
      quantities: [{ value: 3200000000, unit: 'USD' }],
    },
    {
      type: 'OWNS',
      source: 'china-railway-engineering-corporation',
      target: 'ferrocarril-costa-sur',
      sentence: 2,
      quantities: [{ value: 60, unit: '%' }],
    },
    {
      type: 'OWNS',
      source: 'china-civil-engineering-construction-corporation',
      target: 'ferrocarril-costa-sur',
      sentence: 2,
      quantities: [{ value: 40, unit: '%' }],
    },
    { type: 'LOCATED_IN', source: 'desamparados', target: 'lima', sentence: 3 },
    { type: 'PART_OF', source: 'desamparados', target: 'tren-lima-ica', sentence: 3 },
    { type: 'LEADS', source: 'mariela-huaman-ordaya', target: 'agencia-de-promocion-de-la-inversion-privada', sentence: 4 },
    { type: 'STATED', source: 'mariela-huaman-ordaya', target: 'tren-lima-ica', sentence: 4 },
    { type: 'STATED', source: 'mariela-huaman-ordaya', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 5 },
    { type: 'LEADS', source: 'li-guohua', target: 'ferrocarril-costa-sur', sentence: 6 },
    { type: 'MET', source: 'li-guohua', target: 'rosa-bueno-fiestas', sentence: 6, validFrom: '2025-07-15' },
    { type: 'HOLDS_OFFICE_IN', source: 'rosa-bueno-fiestas', target: 'peru', sentence: 6 },
    { type: 'HEADQUARTERED_IN', source: 'china-railway-engineering-corporation', target: 'pekin', sentence: 7 },
    {
      type: 'BUILT',
      source: 'china-railway-engineering-corporation',
      target: 'ferrocarril-adis-abeba-yibuti',
      sentence: 7,
      validFrom: '2016',
    },
    { type: 'LOCATED_IN', source: 'ferrocarril-adis-abeba-yibuti', target: 'africa', sentence: 7 },
    { type: 'LEADS', source: 'cristian-palomino-vera', target: 'ica', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'cristian-palomino-vera', target: 'andina', sentence: 8 },
    { type: 'STATED', source: 'cristian-palomino-vera', target: 'tren-lima-ica', sentence: 8 },
  ],
};

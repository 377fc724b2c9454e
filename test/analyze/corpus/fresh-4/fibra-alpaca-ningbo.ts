import type { CorpusArticle } from '../corpus-article.js';

/**
 * Una textil arequipeña y una hilandería de Ningbo crean una empresa conjunta de fibra de alpaca: acciones, planta, firma (castellano).
 */
export const article: CorpusArticle = {
  name: 'fibra-alpaca-ningbo',
  language: 'es',
  publishedAt: '2025-12-10',
  annotated:
    '{{AREQUIPA|PLACE}}, 9 de diciembre — La textil arequipeña {{Inca Fibras|COMPANY}} acordó con la china ' +
    '{{Ningbo Yongxin Textile|COMPANY}} crear una empresa conjunta, {{Andes Cashmere Alpaca|COMPANY}}, que procesará ' +
    'fibra de alpaca en el [[Perú|peru]] para el mercado asiático. ' +
    '{{Ningbo Yongxin|COMPANY|ningbo-yongxin-textile}} tendrá el 40% de la nueva empresa e invertirá US$ 22 millones ' +
    'en una planta de hilado en el {{Parque Industrial de Río Seco|INFRASTRUCTURE}}, en {{Cerro Colorado|PLACE}}. ' +
    '{{Inca Fibras|COMPANY}} conservará el 60% y aportará la fibra de unas 3.000 familias de criadores de ' +
    '{{Puno|PLACE}} y {{Cusco|PLACE}}. ' +
    'La firma se realizó el martes en la sede del {{Gobierno Regional de Arequipa|GOVERNMENT}}, en presencia del ' +
    'cónsul general de [[China|china]], {{Gao Xiang|PERSON}}. ' +
    'El gerente general de {{Inca Fibras|COMPANY}}, {{Martín Zegarra Lazo|PERSON}}, dijo que la planta empezará a ' +
    'operar en julio de 2026 y dará empleo a 350 personas. ' +
    'Su socio chino está representado por su presidente, {{Chen Yuhua|PERSON}}, quien afirmó que [[China|china]] ya ' +
    'compra el 25% de la fibra de alpaca que exporta el [[Perú|peru]]. ' +
    'El proyecto cuenta con el respaldo de {{PromPerú|GOVERNMENT}}, que llevará las primeras prendas a la ' +
    '{{Semana de la Moda de Shanghái|EVENT}} en octubre de 2026. ' +
    'El [[Perú|peru]] concentra cerca del 80% de la población mundial de alpacas, según el ' +
    '{{Ministerio de Desarrollo Agrario y Riego|GOVERNMENT}}.',
  relationships: [
    { type: 'PARTNERS_WITH', source: 'inca-fibras', target: 'ningbo-yongxin-textile', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'ningbo-yongxin-textile', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'inca-fibras', target: 'arequipa', sentence: 1 },
    {
      type: 'OWNS',
      source: 'ningbo-yongxin-textile',
      target: 'andes-cashmere-alpaca',
      sentence: 2,
      quantities: [{ value: 40, unit: '%' }],
    },
    {
      type: 'INVESTED_IN',
      source: 'ningbo-yongxin-textile',
      target: 'andes-cashmere-alpaca',
      sentence: 2,
      quantities: [{ value: 22000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'parque-industrial-de-rio-seco', target: 'cerro-colorado', sentence: 2 },
    { type: 'OWNS', source: 'inca-fibras', target: 'andes-cashmere-alpaca', sentence: 3, quantities: [{ value: 60, unit: '%' }] },
    { type: 'HOSTED', source: 'gobierno-regional-de-arequipa', target: 'gao-xiang', sentence: 4, validFrom: '2025-12-09' },
    { type: 'HOLDS_OFFICE_IN', source: 'gao-xiang', target: 'china', sentence: 4 },
    { type: 'LEADS', source: 'martin-zegarra-lazo', target: 'inca-fibras', sentence: 5 },
    { type: 'STATED', source: 'martin-zegarra-lazo', target: 'andes-cashmere-alpaca', sentence: 5 },
    { type: 'LEADS', source: 'chen-yuhua', target: 'ningbo-yongxin-textile', sentence: 6 },
    { type: 'STATED', source: 'chen-yuhua', target: 'china', sentence: 6 },
    { type: 'COOPERATES_WITH', source: 'promperu', target: 'andes-cashmere-alpaca', sentence: 7 },
    { type: 'ATTENDED', source: 'promperu', target: 'semana-de-la-moda-de-shanghai', sentence: 7, validFrom: '2026-10' },
    { type: 'STATED', source: 'ministerio-de-desarrollo-agrario-y-riego', target: 'peru', sentence: 8 },
  ],
};

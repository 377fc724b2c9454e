import type { CorpusArticle } from '../corpus-article.js';

/**
 * A Chinese aquaculture company buys control of a Sechura scallop farmer: seller, regional government, health agencies, fishermen, exports
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Zhangzidao entra en el cultivo de conchas de abanico de Sechura',
  language: 'es',
  publishedAt: '2025-05-15',
  annotated:
    'La acuícola china {{Zhangzidao|COMPANY}} comprará el 51% de {{Maricultura del Pacífico|COMPANY}}, la mayor ' +
    'productora de conchas de abanico de la bahía de {{Sechura|PLACE}}, y destinará US$ 45 millones a ampliar sus ' +
    'cultivos, informó el miércoles el {{Gobierno Regional de Piura|GOVERNMENT}}. ' +
    'Vende {{Inversiones Chulliyache|COMPANY}}, sociedad de una familia de pescadores artesanales de la zona, que se ' +
    'quedará con el 49% restante. ' +
    'Según el gobernador regional, {{Segundo Alvarado Pingo|PERSON}}, la operación permitirá duplicar en tres años la ' +
    'producción de la empresa, que hoy ronda las 20.000 toneladas. ' +
    'Casi toda la concha peruana se vende congelada en {{Francia|COUNTRY}} y {{Estados Unidos|COUNTRY}}. ' +
    '{{Zhangzidao|COMPANY}}, con sede en {{Dalian|PLACE}}, en el noreste de [[China|china]], quiere ahora llevarla al ' +
    'mercado asiático. ' +
    'Antes, el {{Organismo Nacional de Sanidad Pesquera|GOVERNMENT}} ' +
    '({{Sanipes|GOVERNMENT|organismo-nacional-de-sanidad-pesquera}}) deberá habilitar a ' +
    '{{Maricultura del Pacífico|COMPANY}} como exportadora, y la {{Administración General de Aduanas|GOVERNMENT}} ' +
    'china tendrá que inscribirla en su registro, un trámite que suele tardar un año. ' +
    'No todos celebran la llegada del capital chino. ' +
    '“Saben cultivar, pero también saben quedarse con todo”, dijo a {{Radio Cutivalú|MEDIA}} ' +
    '{{Juana Chunga Ayala|PERSON}}, presidenta de la {{Asociación de Maricultores de Sechura|ORGANIZATION}}, que ' +
    'agrupa a unos 3.000 pescadores. ' +
    'El [[Perú|peru]] exportó en 2024 conchas de abanico por US$ 150 millones, de acuerdo con la ' +
    '{{Asociación de Exportadores|ORGANIZATION}} ({{ADEX|ORGANIZATION|asociacion-de-exportadores}}).',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'zhangzidao',
      target: 'maricultura-del-pacifico',
      sentence: 1,
      validFrom: '2025-05-14',
      quantities: [{ value: 51, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'zhangzidao', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'maricultura-del-pacifico', target: 'sechura', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'zhangzidao',
      target: 'maricultura-del-pacifico',
      sentence: 1,
      quantities: [{ value: 45000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'gobierno-regional-de-piura', target: 'zhangzidao', sentence: 1, validFrom: '2025-05-14' },
    { type: 'SOLD', source: 'inversiones-chulliyache', target: 'maricultura-del-pacifico', sentence: 2 },
    {
      type: 'OWNS',
      source: 'inversiones-chulliyache',
      target: 'maricultura-del-pacifico',
      sentence: 2,
      quantities: [{ value: 49, unit: '%' }],
    },
    { type: 'LEADS', source: 'segundo-alvarado-pingo', target: 'gobierno-regional-de-piura', sentence: 3 },
    { type: 'STATED', source: 'segundo-alvarado-pingo', target: 'maricultura-del-pacifico', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'zhangzidao', target: 'dalian', sentence: 5 },
    { type: 'LOCATED_IN', source: 'dalian', target: 'china', sentence: 5 },
    { type: 'REGULATES', source: 'organismo-nacional-de-sanidad-pesquera', target: 'maricultura-del-pacifico', sentence: 6 },
    { type: 'REGULATES', source: 'administracion-general-de-aduanas', target: 'maricultura-del-pacifico', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'administracion-general-de-aduanas', target: 'china', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'juana-chunga-ayala', target: 'radio-cutivalu', sentence: 8 },
    { type: 'STATED', source: 'juana-chunga-ayala', target: 'zhangzidao', sentence: 8 },
    { type: 'LEADS', source: 'juana-chunga-ayala', target: 'asociacion-de-maricultores-de-sechura', sentence: 8 },
    { type: 'STATED', source: 'asociacion-de-exportadores', target: 'peru', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * The water authority fines a Chinese-owned iron miner in Nasca for pumping groundwater: owner, seller, appeal, Minem, farmers, Congress
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'La ANA multa a la minera china Pampa Roja en Nasca',
  language: 'es',
  publishedAt: '2025-05-15',
  annotated:
    '{{ICA|PLACE}}, 14 de mayo — La {{Autoridad Nacional del Agua|GOVERNMENT}} ' +
    '({{ANA|GOVERNMENT|autoridad-nacional-del-agua}}) multó con 2,8 millones de soles a {{Minera Pampa Roja|COMPANY}}, ' +
    'filial de la china {{Zhongxin Iron Group|COMPANY}}, por extraer agua subterránea sin licencia en su proyecto de ' +
    'hierro {{Huaca Negra|INFRASTRUCTURE}}, informó el miércoles la entidad. ' +
    'El yacimiento está ubicado en la provincia de {{Nasca|PLACE}}, en la región {{Ica|PLACE}}, a unos 30 kilómetros ' +
    'de la costa. ' +
    'Según la resolución, la minera bombeó entre 2023 y 2024 unos 400.000 metros cúbicos de un acuífero del que ' +
    'dependen los agricultores del valle de {{Ingenio|PLACE}}. ' +
    'El jefe de la {{ANA|GOVERNMENT|autoridad-nacional-del-agua}}, {{Óscar Ramírez Huamán|PERSON}}, dijo a ' +
    '{{RPP|MEDIA}} que la empresa deberá además sellar tres pozos en un plazo de 60 días. ' +
    '{{Minera Pampa Roja|COMPANY}} anunció que apelará la sanción ante el ' +
    '{{Tribunal Nacional de Resolución de Controversias Hídricas|GOVERNMENT}}, órgano de la propia autoridad. ' +
    'Su gerente general, {{Li Wenbo|PERSON}}, sostuvo en un comunicado que la compañía cuenta desde 2022 con un ' +
    'permiso del {{Ministerio de Energía y Minas|GOVERNMENT}} para sus trabajos de exploración. ' +
    '{{Zhongxin|COMPANY|zhongxin-iron-group}}, con sede en {{Tangshan|PLACE}}, compró el proyecto en 2021 a la ' +
    'canadiense {{Andean Iron Resources|COMPANY}} por US$ 95 millones. ' +
    'La {{Junta de Usuarios de Riego de Nasca|ORGANIZATION}} pidió a la {{Comisión de Energía y Minas|GOVERNMENT}} del ' +
    '[[Congreso de la República|peru-congress]] investigar si otras mineras de la zona usan agua sin autorización.',
  relationships: [
    {
      type: 'REGULATES',
      source: 'autoridad-nacional-del-agua',
      target: 'minera-pampa-roja',
      sentence: 1,
      validFrom: '2025-05-14',
      quantities: [{ value: 2800000, unit: 'PEN' }],
    },
    { type: 'PART_OF', source: 'minera-pampa-roja', target: 'zhongxin-iron-group', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'zhongxin-iron-group', target: 'china', sentence: 1 },
    { type: 'OPERATES', source: 'minera-pampa-roja', target: 'huaca-negra', sentence: 1 },
    { type: 'STATED', source: 'autoridad-nacional-del-agua', target: 'minera-pampa-roja', sentence: 1, validFrom: '2025-05-14' },
    { type: 'LOCATED_IN', source: 'huaca-negra', target: 'nasca', sentence: 2 },
    { type: 'LOCATED_IN', source: 'nasca', target: 'ica', sentence: 2 },
    { type: 'LEADS', source: 'oscar-ramirez-huaman', target: 'autoridad-nacional-del-agua', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'oscar-ramirez-huaman', target: 'rpp', sentence: 4 },
    { type: 'STATED', source: 'oscar-ramirez-huaman', target: 'minera-pampa-roja', sentence: 4 },
    { type: 'STATED', source: 'minera-pampa-roja', target: 'tribunal-nacional-de-resolucion-de-controversias-hidricas', sentence: 5 },
    {
      type: 'PART_OF',
      source: 'tribunal-nacional-de-resolucion-de-controversias-hidricas',
      target: 'autoridad-nacional-del-agua',
      sentence: 5,
    },
    { type: 'LEADS', source: 'li-wenbo', target: 'minera-pampa-roja', sentence: 6 },
    { type: 'STATED', source: 'li-wenbo', target: 'minera-pampa-roja', sentence: 6 },
    { type: 'REGULATES', source: 'ministerio-de-energia-y-minas', target: 'minera-pampa-roja', sentence: 6, validFrom: '2022' },
    { type: 'HEADQUARTERED_IN', source: 'zhongxin-iron-group', target: 'tangshan', sentence: 7 },
    {
      type: 'ACQUIRED',
      source: 'zhongxin-iron-group',
      target: 'huaca-negra',
      sentence: 7,
      validFrom: '2021',
      quantities: [{ value: 95000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'andean-iron-resources', target: 'huaca-negra', sentence: 7, validFrom: '2021' },
    { type: 'PART_OF', source: 'comision-de-energia-y-minas', target: 'peru-congress', sentence: 8 },
    { type: 'STATED', source: 'junta-de-usuarios-de-riego-de-nasca', target: 'comision-de-energia-y-minas', sentence: 8 },
  ],
};

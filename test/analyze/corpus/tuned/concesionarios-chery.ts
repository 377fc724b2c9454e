import type { CorpusArticle } from '../corpus-article.js';

/**
 * Chery opens its 30th Peruvian dealership and plans a parts warehouse as Chinese car brands gain share: partner, dealers’ association,
 * rivals (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Chery abre su concesionario número 30 en el Perú',
  language: 'es',
  publishedAt: '2025-08-21',
  annotated:
    '{{AREQUIPA|PLACE}}, 20 de agosto — La automotriz china {{Chery|COMPANY}} inauguró el miércoles en esta ciudad su ' +
    'concesionario número 30 en el [[Perú|peru]], en sociedad con el grupo arequipeño ' +
    '{{Automotores del Sur|COMPANY}}. ' +
    'Según la {{Asociación Automotriz del Perú|ORGANIZATION}} ' +
    '({{AAP|ORGANIZATION|asociacion-automotriz-del-peru}}), la marca vendió 7.850 vehículos en el país entre enero y ' +
    'julio, un 41% más que un año antes. ' +
    'Con esas cifras ocupa el cuarto lugar en el mercado de vehículos ligeros, detrás de {{Toyota|COMPANY}}, ' +
    '{{Hyundai|COMPANY}} y {{Kia|COMPANY}}. ' +
    'El presidente de la {{AAP|ORGANIZATION|asociacion-automotriz-del-peru}}, {{Óscar Tenorio Fuentes|PERSON}}, ' +
    'afirmó que las marcas chinas ya representan el 36% de los autos nuevos vendidos en el [[Perú|peru]], frente al ' +
    '19% de 2019. ' +
    'Con sede en {{Wuhu|PLACE}}, en la provincia china de {{Anhui|PLACE}}, la empresa es una de las mayores ' +
    'exportadoras de autos de su país. ' +
    'Su gerente general en el [[Perú|peru]], {{Zhou Bin|PERSON}}, anunció que invertirá US$ 25 millones en un almacén ' +
    'de repuestos en el distrito de {{Lurín|PLACE}}, en el sur de [[Lima|lima]], que abrirá en 2026. ' +
    'Desde marzo, parte de los autos llega de [[China|china]] directamente al [[puerto de Chancay|chancay-port]], que ' +
    'opera [[Cosco Shipping|cosco-shipping]], lo que redujo el tránsito marítimo a 23 días. ' +
    'La competencia crece: la también china {{BYD|COMPANY}} abrió en julio su primera tienda propia en ' +
    '{{San Isidro|PLACE}} y planea vender autos eléctricos e híbridos en seis ciudades antes de fin de año.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'chery', target: 'china', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'chery', target: 'automotores-del-sur', sentence: 1, validFrom: '2025-08-20' },
    { type: 'STATED', source: 'asociacion-automotriz-del-peru', target: 'chery', sentence: 2 },
    { type: 'LEADS', source: 'oscar-tenorio-fuentes', target: 'asociacion-automotriz-del-peru', sentence: 4 },
    { type: 'STATED', source: 'oscar-tenorio-fuentes', target: 'peru', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'chery', target: 'wuhu', sentence: 5 },
    { type: 'LOCATED_IN', source: 'wuhu', target: 'anhui', sentence: 5 },
    { type: 'LEADS', source: 'zhou-bin', target: 'chery', sentence: 6 },
    { type: 'STATED', source: 'zhou-bin', target: 'chery', sentence: 6 },
    {
      type: 'INVESTED_IN',
      source: 'chery',
      target: 'lurin',
      sentence: 6,
      quantities: [{ value: 25000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'lurin', target: 'lima', sentence: 6 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'byd', target: 'china', sentence: 8 },
  ],
};

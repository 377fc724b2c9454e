import type { CorpusArticle } from '../corpus-article.js';

/**
 * El cónsul general chino en Arequipa visita Tacna: gobernador, zona franca, paso fronterizo, pedido de inversión (castellano).
 */
export const article: CorpusArticle = {
  name: 'consul-chino-visita-tacna',
  language: 'es',
  publishedAt: '2025-10-01',
  annotated:
    '{{TACNA|PLACE}}, 1 de octubre — El cónsul general de [[China|china]] en {{Arequipa|PLACE}}, ' +
    '{{Gao Xiang|PERSON}}, visitó el martes {{Tacna|PLACE}} y se reunió con el gobernador regional, ' +
    '{{Luis Torres Robledo|PERSON}}, para hablar de la zona franca y del comercio con {{Bolivia|COUNTRY}}. ' +
    'Es la primera visita oficial de un diplomático chino a la región desde 2019, según la cancillería. ' +
    '{{Zofratacna|GOVERNMENT}}, la entidad estatal que administra la zona franca, informó que el 62% de la mercadería ' +
    'que ingresó en 2024 provino de [[China|china]]. ' +
    'Su gerente general, {{Pedro Mamani Flores|PERSON}}, mostró al cónsul los almacenes y le propuso instalar allí un ' +
    'centro de distribución de empresas chinas para el sur del [[Perú|peru]] y {{Bolivia|COUNTRY}}. ' +
    '{{Gao|PERSON|gao-xiang}} recorrió además el {{Complejo Fronterizo Santa Rosa|INFRASTRUCTURE}}, en la frontera con ' +
    '{{Chile|COUNTRY}}, por donde cruzan cada día unos 8.000 viajeros. ' +
    'En la reunión, el gobernador le pidió apoyo para el proyecto de agua {{Vilavilani II|INFRASTRUCTURE}}, cuyo costo ' +
    'se estima en S/ 1.200 millones y que busca financiamiento desde 2021. ' +
    'El cónsul dijo que empresas chinas como {{China Harbour Engineering|COMPANY}} y {{PowerChina|COMPANY}} han ' +
    'mostrado interés en obras hidráulicas en el sur. ' +
    '{{Gao|PERSON|gao-xiang}} dirige desde marzo de 2025 el {{Consulado General de China en Arequipa|GOVERNMENT}}, ' +
    'abierto ese año para atender a las regiones del sur. ' +
    'Unos 3.000 descendientes de inmigrantes chinos viven en la región, según la ' +
    '{{Asociación Peruano China de Tacna|ORGANIZATION}}, que ofreció una cena al diplomático.',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'gao-xiang', target: 'china', sentence: 1 },
    { type: 'VISITED', source: 'gao-xiang', target: 'tacna', sentence: 1, validFrom: '2025-09-30' },
    { type: 'MET', source: 'gao-xiang', target: 'luis-torres-robledo', sentence: 1, validFrom: '2025-09-30' },
    { type: 'DISCUSSED', source: 'gao-xiang', target: 'luis-torres-robledo', sentence: 1, validFrom: '2025-09-30' },
    { type: 'LEADS', source: 'luis-torres-robledo', target: 'tacna', sentence: 1 },
    { type: 'STATED', source: 'zofratacna', target: 'china', sentence: 3 },
    { type: 'LEADS', source: 'pedro-mamani-flores', target: 'zofratacna', sentence: 4 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'pedro-mamani-flores', target: 'gao-xiang', sentence: 4 },
    { type: 'VISITED', source: 'gao-xiang', target: 'complejo-fronterizo-santa-rosa', sentence: 5 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'luis-torres-robledo', target: 'gao-xiang', sentence: 6 },
    { type: 'PLANS', source: 'luis-torres-robledo', target: 'vilavilani-ii', sentence: 6 },
    { type: 'STATED', source: 'gao-xiang', target: 'china-harbour-engineering', sentence: 7 },
    { type: 'STATED', source: 'gao-xiang', target: 'powerchina', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'china-harbour-engineering', target: 'china', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'powerchina', target: 'china', sentence: 7 },
    { type: 'LEADS', source: 'gao-xiang', target: 'consulado-general-de-china-en-arequipa', sentence: 8, validFrom: '2025-03' },
    { type: 'STATED', source: 'asociacion-peruano-china-de-tacna', target: 'tacna', sentence: 9 },
    { type: 'HOSTED', source: 'asociacion-peruano-china-de-tacna', target: 'gao-xiang', sentence: 9 },
  ],
};

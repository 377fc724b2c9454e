import type { CorpusArticle } from '../../corpus-article.js';

/** Xiaomi abre tiendas en centros comerciales con Saga Falabella y un distribuidor: inversión, ejecutivos, sede, rivales (Spanish). */
export const article: CorpusArticle = {
  name: 'tech: Xiaomi abrirá 30 tiendas en el Perú con el distribuidor Grupo Deltron',
  language: 'es',
  publishedAt: '2024-06-05',
  annotated:
    '[[LIMA|lima]], 4 de junio — La tecnológica china {{Xiaomi|COMPANY}} abrirá 30 tiendas propias en el [[Perú|peru]] ' +
    'hasta 2026 junto con su distribuidor local, {{Grupo Deltron|COMPANY}}, con una inversión conjunta de US$ 12 ' +
    'millones. ' +
    'La primera de ellas fue inaugurada este martes en el centro comercial {{Jockey Plaza|INFRASTRUCTURE}}, en el ' +
    'distrito de {{Santiago de Surco|PLACE}}. ' +
    'El director de {{Xiaomi|COMPANY}} para la región andina, {{Zhang Jun|PERSON}}, dijo que el [[Perú|peru]] es ya su ' +
    'tercer mercado en {{Sudamérica|PLACE}} por ventas de teléfonos. ' +
    'Sostuvo que la marca, fundada en {{Pekín|PLACE}} en 2010, venderá también autos eléctricos en el país a partir de ' +
    '2027. ' +
    'Además, la empresa suscribió un acuerdo con {{Saga Falabella|COMPANY}}, la cadena de tiendas por departamento del ' +
    'grupo chileno {{Falabella|COMPANY}}, para vender sus productos en 40 locales. ' +
    'El gerente general de {{Grupo Deltron|COMPANY}}, {{Luis Cárdenas Soto|PERSON}}, precisó que la compañía contratará ' +
    'a 250 personas. ' +
    '{{Deltron|COMPANY|grupo-deltron}}, fundada en 1991, es propietaria del 100 % de la red de tiendas, ' +
    'mientras que la marca china aporta el diseño y la formación del personal. ' +
    'El {{Jockey|INFRASTRUCTURE|jockey-plaza}}, propiedad del {{Grupo Interbank|COMPANY}}, recibe unos 2,5 ' +
    'millones de visitantes al mes. ' +
    'Según la consultora {{Counterpoint Research|COMPANY}}, {{Samsung|COMPANY}} lidera el mercado peruano de ' +
    'teléfonos con el 31 %, seguida de {{Xiaomi|COMPANY}}, con el 24 %, y de {{Honor|COMPANY}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'xiaomi', target: 'china', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'xiaomi', target: 'grupo-deltron', sentence: 1 },
    { type: 'INVESTED_IN', source: 'xiaomi', target: 'peru', sentence: 1, quantities: [{ value: 12000000, unit: 'USD' }] },
    { type: 'INVESTED_IN', source: 'grupo-deltron', target: 'peru', sentence: 1, quantities: [{ value: 12000000, unit: 'USD' }] },
    { type: 'LOCATED_IN', source: 'jockey-plaza', target: 'santiago-de-surco', sentence: 2 },
    { type: 'LEADS', source: 'zhang-jun', target: 'xiaomi', sentence: 3 },
    { type: 'STATED', source: 'zhang-jun', target: 'peru', sentence: 3 },
    { type: 'STATED', source: 'zhang-jun', target: 'xiaomi', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'xiaomi', target: 'pekin', sentence: 4, validFrom: '2010' },
    { type: 'PARTNERS_WITH', source: 'xiaomi', target: 'saga-falabella', sentence: 5 },
    { type: 'PART_OF', source: 'saga-falabella', target: 'falabella', sentence: 5 },
    { type: 'LEADS', source: 'luis-cardenas-soto', target: 'grupo-deltron', sentence: 6 },
    { type: 'STATED', source: 'luis-cardenas-soto', target: 'grupo-deltron', sentence: 6 },
    { type: 'TRAINS', source: 'xiaomi', target: 'grupo-deltron', sentence: 7 },
    { type: 'OWNS', source: 'grupo-interbank', target: 'jockey-plaza', sentence: 8 },
    { type: 'STATED', source: 'counterpoint-research', target: 'samsung', sentence: 9 },
    { type: 'STATED', source: 'counterpoint-research', target: 'xiaomi', sentence: 9 },
  ],
};

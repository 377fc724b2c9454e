import type { CorpusArticle } from '../../corpus-article.js';

/** Jiangxi Copper compra el 30% de un proyecto de cobre en Moquegua: vendedor, precio, socios, regulador, gobernadora (Spanish). */
export const article: CorpusArticle = {
  name: 'mining: Jiangxi Copper compra el 30% del proyecto cuprífero Cerro Pelado en Moquegua',
  language: 'es',
  publishedAt: '2026-03-13',
  annotated:
    '[[LIMA|lima]], 12 de marzo — La china {{Jiangxi Copper|COMPANY}} adquirió el 30% del proyecto cuprífero ' +
    '{{Cerro Pelado|INFRASTRUCTURE}}, en {{Moquegua|PLACE}}, por US$ 285 millones, informó este jueves el vendedor, el grupo ' +
    'peruano {{Inversiones Altamira|COMPANY}}. ' +
    'Con la operación, la mayor productora de cobre refinado de [[China|china]] se convierte en socia de ' +
    '{{Minera Andina del Sur|COMPANY}}, titular de la concesión, que conserva el 70% restante. ' +
    'El yacimiento, ubicado a 3.200 metros de altitud en la provincia de {{Mariscal Nieto|PLACE}}, contiene reservas estimadas ' +
    'en 900 millones de toneladas de mineral. ' +
    'Según el gerente general de la minera, {{Ricardo Belaúnde Ortiz|PERSON}}, la entrada del socio asiático permitirá ' +
    'financiar el estudio de factibilidad, que costará US$ 60 millones. ' +
    'Precisó que la construcción podría empezar en 2028 y que la producción se embarcaría por el puerto de {{Ilo|INFRASTRUCTURE}}. ' +
    '{{Jiangxi Copper|COMPANY}}, con sede en la ciudad de {{Nanchang|PLACE}}, ya es accionista de la canadiense ' +
    '{{First Quantum Minerals|COMPANY}}, dueña de la mina {{Cobre Panamá|INFRASTRUCTURE}}. ' +
    'La compra deberá ser autorizada por el {{Indecopi|GOVERNMENT}}, que supervisa las concentraciones empresariales desde 2021. ' +
    'La gobernadora regional de {{Moquegua|PLACE}}, {{Gilia Gutiérrez|PERSON}}, saludó el acuerdo, pero pidió a ambas empresas ' +
    'garantizar el agua de los valles agrícolas. ' +
    'Recordó que la región ya alberga la mina {{Quellaveco|INFRASTRUCTURE}}, operada por {{Anglo American|COMPANY}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'jiangxi-copper', target: 'china', sentence: 1 },
    {
      type: 'ACQUIRED',
      source: 'jiangxi-copper',
      target: 'cerro-pelado',
      sentence: 1,
      quantities: [
        { value: 30, unit: '%' },
        { value: 285000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'inversiones-altamira', target: 'cerro-pelado', sentence: 1 },
    { type: 'LOCATED_IN', source: 'cerro-pelado', target: 'moquegua', sentence: 1 },
    { type: 'STATED', source: 'inversiones-altamira', target: 'jiangxi-copper', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'inversiones-altamira', target: 'peru', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'jiangxi-copper', target: 'minera-andina-del-sur', sentence: 2 },
    { type: 'OWNS', source: 'minera-andina-del-sur', target: 'cerro-pelado', sentence: 2, quantities: [{ value: 70, unit: '%' }] },
    { type: 'LOCATED_IN', source: 'cerro-pelado', target: 'mariscal-nieto', sentence: 3 },
    { type: 'LEADS', source: 'ricardo-belaunde-ortiz', target: 'minera-andina-del-sur', sentence: 4 },
    { type: 'STATED', source: 'ricardo-belaunde-ortiz', target: 'jiangxi-copper', sentence: 4 },
    { type: 'STATED', source: 'ricardo-belaunde-ortiz', target: 'ilo', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'jiangxi-copper', target: 'nanchang', sentence: 6 },
    { type: 'OWNS', source: 'jiangxi-copper', target: 'first-quantum-minerals', sentence: 6 },
    { type: 'OWNS', source: 'first-quantum-minerals', target: 'cobre-panama', sentence: 6 },
    { type: 'REGULATES', source: 'indecopi', target: 'jiangxi-copper', sentence: 7 },
    { type: 'LEADS', source: 'gilia-gutierrez', target: 'moquegua', sentence: 8 },
    { type: 'STATED', source: 'gilia-gutierrez', target: 'jiangxi-copper', sentence: 8 },
    { type: 'STATED', source: 'gilia-gutierrez', target: 'quellaveco', sentence: 9 },
    { type: 'LOCATED_IN', source: 'quellaveco', target: 'moquegua', sentence: 9 },
    { type: 'OPERATES', source: 'anglo-american', target: 'quellaveco', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Una pesquera china compra el 70% de una harinera peruana al Grupo Romero: precio, planta, Produce, Indecopi, sindicato (Spanish). */
export const article: CorpusArticle = {
  name: 'finance: Zhoushan Ocean Fishing compra el 70% de Pesquera Centinela por US$ 310 millones',
  language: 'es',
  publishedAt: '2025-10-16',
  annotated:
    '[[LIMA|lima]], 15 de octubre — La china {{Zhoushan Ocean Fishing|COMPANY}} adquirió el 70% de ' +
    '{{Pesquera Centinela|COMPANY}}, productora de harina y aceite de pescado, por US$ 310 millones, anunciaron ambas ' +
    'empresas el 15 de octubre. ' +
    'El paquete fue vendido por el {{Grupo Romero|COMPANY}}, que conservará el 30% restante y dos asientos en el ' +
    'directorio. ' +
    'La compradora, con sede en la provincia de {{Zhejiang|PLACE}}, es filial de la estatal ' +
    '{{China National Fisheries Corporation|COMPANY}} y opera una flota de 120 barcos en el {{Pacífico Sur|PLACE}}. ' +
    '{{Pesquera Centinela|COMPANY}} tiene cuotas de anchoveta y tres plantas, la principal en {{Paita|PLACE}}, en la ' +
    'región {{Piura|PLACE}}. ' +
    'Su gerente general, {{Luis Felipe Arizmendi|PERSON}}, seguirá al frente de la empresa, según el comunicado. ' +
    'Explicó que la nueva accionista invertirá US$ 60 millones en reducir las emisiones de sus plantas. ' +
    'La operación requiere la autorización del {{Indecopi|GOVERNMENT}}, que revisa las concentraciones empresariales ' +
    'desde 2021. ' +
    'El {{Ministerio de la Producción|GOVERNMENT}} ({{Produce|GOVERNMENT|ministerio-de-la-produccion}}), que supervisa la ' +
    'pesca de anchoveta, indicó que las cuotas no pueden transferirse sin su visto bueno. ' +
    'El {{Sindicato Único de Pescadores de Paita|ORGANIZATION}} pidió reunirse con los nuevos dueños para discutir la ' +
    'renovación del convenio colectivo.',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'zhoushan-ocean-fishing',
      target: 'pesquera-centinela',
      sentence: 1,
      quantities: [
        { value: 70, unit: '%' },
        { value: 310000000, unit: 'USD' },
      ],
    },
    { type: 'AFFILIATED_WITH', source: 'zhoushan-ocean-fishing', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'zhoushan-ocean-fishing', target: 'pesquera-centinela', sentence: 1, validFrom: '2025-10-15' },
    { type: 'SOLD', source: 'grupo-romero', target: 'pesquera-centinela', sentence: 2 },
    { type: 'OWNS', source: 'grupo-romero', target: 'pesquera-centinela', sentence: 2, quantities: [{ value: 30, unit: '%' }] },
    { type: 'HEADQUARTERED_IN', source: 'zhoushan-ocean-fishing', target: 'zhejiang', sentence: 3 },
    { type: 'PART_OF', source: 'zhoushan-ocean-fishing', target: 'china-national-fisheries-corporation', sentence: 3 },
    { type: 'LOCATED_IN', source: 'paita', target: 'piura', sentence: 4 },
    { type: 'LEADS', source: 'luis-felipe-arizmendi', target: 'pesquera-centinela', sentence: 5 },
    { type: 'STATED', source: 'luis-felipe-arizmendi', target: 'zhoushan-ocean-fishing', sentence: 6 },
    {
      type: 'INVESTED_IN',
      source: 'zhoushan-ocean-fishing',
      target: 'pesquera-centinela',
      sentence: 6,
      quantities: [{ value: 60000000, unit: 'USD' }],
    },
    { type: 'REGULATES', source: 'indecopi', target: 'zhoushan-ocean-fishing', sentence: 7 },
    { type: 'STATED', source: 'ministerio-de-la-produccion', target: 'pesquera-centinela', sentence: 8 },
    { type: 'REGULATES', source: 'ministerio-de-la-produccion', target: 'pesquera-centinela', sentence: 8 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'sindicato-unico-de-pescadores-de-paita', target: 'zhoushan-ocean-fishing', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Una constructora china propone una fundición de cobre en Ilo: memorando, gobierno regional, puerto, Southern, críticas (Spanish). */
export const article: CorpusArticle = {
  name: 'mining: China Nonferrous propone construir una fundición de cobre en Ilo',
  language: 'es',
  publishedAt: '2026-05-07',
  annotated:
    '{{ILO|PLACE}}, 6 de mayo — La estatal china {{China Nonferrous Metal Mining Group|COMPANY}} ' +
    '({{CNMC|COMPANY|china-nonferrous-metal-mining-group}}) propuso construir una fundición y refinería de cobre en ' +
    '{{Moquegua|PLACE}} con una inversión de US$ 1.500 millones, anunció la gobernadora regional, {{Gilia Gutiérrez|PERSON}}. ' +
    'La autoridad y el gerente de la filial peruana de la empresa, {{Huang Qiang|PERSON}}, firmaron el martes un ' +
    '{{Memorando de Entendimiento para la Fundición de Ilo|AGREEMENT}} en la sede del {{Gobierno Regional de Moquegua|GOVERNMENT}}. ' +
    'La planta, que procesaría 1,2 millones de toneladas de concentrado al año, se levantaría en el {{Parque Industrial de ' +
    'Ilo|PLACE}}, a 15 kilómetros del puerto. ' +
    'El [[Perú|peru]] solo cuenta hoy con una fundición de cobre, la que {{Southern Peru Copper|COMPANY}} opera en {{Ilo|PLACE}} desde ' +
    '1960. ' +
    'Esa empresa, subsidiaria del {{Grupo México|COMPANY}}, exporta la mayor parte de su producción a [[China|china]]. ' +
    'Según el memorando, el {{Gobierno Regional de Moquegua|GOVERNMENT}} gestionará ante {{Proinversión|GOVERNMENT}} la cesión ' +
    'de 300 hectáreas de terrenos, mientras que la corporación financiará los estudios. ' +
    '{{Gutiérrez|PERSON|gilia-gutierrez}} dijo a la agencia {{Andina|MEDIA}} que la obra crearía 2.000 empleos y evitaría enviar el ' +
    'concentrado en bruto ' +
    'a {{Asia|PLACE}}. ' +
    'El alcalde provincial de {{Ilo|PLACE}}, {{Humberto Ticona|PERSON}}, advirtió en cambio que la ciudad ya sufrió décadas de ' +
    'contaminación por dióxido de azufre. ' +
    'Pidió que el {{Servicio Nacional de Certificación Ambiental|GOVERNMENT}} ' +
    '({{Senace|GOVERNMENT|servicio-nacional-de-certificacion-ambiental}}) exija la mejor tecnología disponible.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'china-nonferrous-metal-mining-group', target: 'china', sentence: 1 },
    {
      type: 'PLANS',
      source: 'china-nonferrous-metal-mining-group',
      target: 'moquegua',
      sentence: 1,
      quantities: [{ value: 1500000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'gilia-gutierrez', target: 'moquegua', sentence: 1 },
    { type: 'STATED', source: 'gilia-gutierrez', target: 'china-nonferrous-metal-mining-group', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'huang-qiang', target: 'china-nonferrous-metal-mining-group', sentence: 2 },
    { type: 'LOCATED_IN', source: 'ilo', target: 'moquegua', sentence: 1 },
    { type: 'SIGNED', source: 'gilia-gutierrez', target: 'memorando-de-entendimiento-para-la-fundicion-de-ilo', sentence: 2 },
    { type: 'SIGNED', source: 'huang-qiang', target: 'memorando-de-entendimiento-para-la-fundicion-de-ilo', sentence: 2 },
    {
      type: 'PARTY_TO',
      source: 'gobierno-regional-de-moquegua',
      target: 'memorando-de-entendimiento-para-la-fundicion-de-ilo',
      sentence: 2,
    },
    {
      type: 'PARTY_TO',
      source: 'china-nonferrous-metal-mining-group',
      target: 'memorando-de-entendimiento-para-la-fundicion-de-ilo',
      sentence: 2,
    },
    { type: 'LOCATED_IN', source: 'parque-industrial-de-ilo', target: 'ilo', sentence: 3 },
    { type: 'LOCATED_IN', source: 'southern-peru-copper', target: 'ilo', sentence: 4, validFrom: '1960' },
    { type: 'PART_OF', source: 'southern-peru-copper', target: 'grupo-mexico', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'southern-peru-copper', target: 'china', sentence: 5 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'gobierno-regional-de-moquegua', target: 'proinversion', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'gilia-gutierrez', target: 'andina', sentence: 7 },
    { type: 'STATED', source: 'gilia-gutierrez', target: 'asia', sentence: 7 },
    { type: 'LEADS', source: 'humberto-ticona', target: 'ilo', sentence: 8 },
    { type: 'STATED', source: 'humberto-ticona', target: 'ilo', sentence: 8 },
    { type: 'STATED', source: 'humberto-ticona', target: 'servicio-nacional-de-certificacion-ambiental', sentence: 9 },
  ],
};

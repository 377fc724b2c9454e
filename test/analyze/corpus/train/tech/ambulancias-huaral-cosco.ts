import type { CorpusArticle } from '../../corpus-article.js';

/** Cosco Shipping dona ambulancias y equipos al hospital de Huaral: alcalde, ministro, hospital, embajada, EsSalud (Spanish). */
export const article: CorpusArticle = {
  name: 'tech: Cosco Shipping dona ambulancias y un tomógrafo al hospital de Huaral',
  language: 'es',
  publishedAt: '2024-12-04',
  annotated:
    '{{HUARAL|PLACE}}, 3 de diciembre — {{Cosco Shipping Ports Chancay Perú|COMPANY}}, la empresa que opera el ' +
    '[[Puerto de Chancay|chancay-port]], donó tres ambulancias y un tomógrafo valorizados en S/ 6 millones al ' +
    '{{Hospital San Juan Bautista de Huaral|INFRASTRUCTURE}}. ' +
    'La entrega se realizó este martes, tres semanas después de que los presidentes [[Dina Boluarte|dina-boluarte]] y ' +
    '[[Xi Jinping|xi-jinping]] inauguraran el terminal por videoconferencia desde [[Lima|lima]]. ' +
    'La compañía es propiedad en un 60 % de la naviera estatal china [[COSCO Shipping|cosco-shipping]] y en un 40 % de ' +
    'la minera peruana {{Volcan|COMPANY}}. ' +
    'Su gerente general, {{Carlos Tejada|PERSON}}, afirmó que la donación responde a un compromiso con las comunidades ' +
    'de la provincia. ' +
    'El director del hospital, {{Miguel Ángel Loayza|PERSON}}, precisó que hasta ahora los pacientes debían ser ' +
    'trasladados a [[Lima|lima]] para hacerse una tomografía. ' +
    'El nosocomio depende del {{Gobierno Regional de Lima|GOVERNMENT}}, cuyo gobernador, {{Rosa Vásquez Cuadrado|PERSON}}, ' +
    'asistió a la ceremonia junto con el consejero económico de la embajada china, {{Liu Qiang|PERSON}}. ' +
    'Ambos se reunieron después con el alcalde de {{Huaral|PLACE}}, {{Jaime Uribe|PERSON}}, para revisar proyectos de ' +
    'agua potable. ' +
    'En septiembre, el {{Seguro Social de Salud|GOVERNMENT}} ({{EsSalud|GOVERNMENT|seguro-social-de-salud}}) anunció que ' +
    'construirá el {{Policlínico de Aucallama|INFRASTRUCTURE}}, cerca del puerto, con un presupuesto de S/ 45 millones. ' +
    'Según el {{Ministerio de Salud|GOVERNMENT}}, la población de la zona creció 12 % desde el inicio de las obras del ' +
    'puerto.',
  relationships: [
    { type: 'OPERATES', source: 'cosco-shipping-ports-chancay-peru', target: 'chancay-port', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'cosco-shipping-ports-chancay-peru',
      target: 'hospital-san-juan-bautista-de-huaral',
      sentence: 1,
      quantities: [{ value: 6000000, unit: 'PEN' }],
    },
    { type: 'LOCATED_IN', source: 'hospital-san-juan-bautista-de-huaral', target: 'huaral', sentence: 1 },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 2 },
    { type: 'LEADS', source: 'xi-jinping', target: 'china', sentence: 2 },
    {
      type: 'OWNS',
      source: 'cosco-shipping',
      target: 'cosco-shipping-ports-chancay-peru',
      sentence: 3,
      quantities: [{ value: 60, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'china', sentence: 3 },
    { type: 'OWNS', source: 'volcan', target: 'cosco-shipping-ports-chancay-peru', sentence: 3, quantities: [{ value: 40, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'volcan', target: 'peru', sentence: 3 },
    { type: 'LEADS', source: 'carlos-tejada', target: 'cosco-shipping-ports-chancay-peru', sentence: 4 },
    { type: 'STATED', source: 'carlos-tejada', target: 'hospital-san-juan-bautista-de-huaral', sentence: 4 },
    { type: 'LEADS', source: 'miguel-angel-loayza', target: 'hospital-san-juan-bautista-de-huaral', sentence: 5 },
    { type: 'STATED', source: 'miguel-angel-loayza', target: 'hospital-san-juan-bautista-de-huaral', sentence: 5 },
    { type: 'OPERATES', source: 'gobierno-regional-de-lima', target: 'hospital-san-juan-bautista-de-huaral', sentence: 6 },
    { type: 'LEADS', source: 'rosa-vasquez-cuadrado', target: 'gobierno-regional-de-lima', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'liu-qiang', target: 'china', sentence: 6 },
    { type: 'MET', source: 'rosa-vasquez-cuadrado', target: 'jaime-uribe', sentence: 7 },
    { type: 'MET', source: 'liu-qiang', target: 'jaime-uribe', sentence: 7 },
    { type: 'LEADS', source: 'jaime-uribe', target: 'huaral', sentence: 7 },
    {
      type: 'PLANS',
      source: 'seguro-social-de-salud',
      target: 'policlinico-de-aucallama',
      sentence: 8,
      validFrom: '2024-09',
      quantities: [{ value: 45000000, unit: 'PEN' }],
    },
    { type: 'STATED', source: 'ministerio-de-salud', target: 'chancay-port', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Senati y el operador del puerto de Chancay abren en Huaral un centro para formar operarios portuarios (Spanish). */
export const article: CorpusArticle = {
  name: 'Senati y el operador de Chancay abren un centro de formación portuaria',
  language: 'es',
  publishedAt: '2025-02-12',
  annotated:
    '{{HUARAL|PLACE}}, 11 de febrero — El {{Servicio Nacional de Adiestramiento en Trabajo Industrial|ORGANIZATION}} ' +
    '({{Senati|ORGANIZATION|servicio-nacional-de-adiestramiento-en-trabajo-industrial}}) y {{Cosco Shipping Ports ' +
    'Chancay Perú|COMPANY}} inauguraron el {{Centro de Formación Portuaria|INFRASTRUCTURE}} en {{Huaral|PLACE}}, a 20 ' +
    'kilómetros del [[Puerto de Chancay|chancay-port]]. La empresa, controlada en un 60% por la china [[Cosco ' +
    'Shipping|cosco-shipping]] y en un 40% por la minera peruana {{Volcan|COMPANY}}, invirtió US$ 4,5 millones en el ' +
    'local y sus simuladores, mientras que ' +
    '{{Senati|ORGANIZATION|servicio-nacional-de-adiestramiento-en-trabajo-industrial}} lo operará y pagará a los ' +
    'instructores. El centro formará cada año a 400 jóvenes de la provincia como operadores de grúas, conductores de ' +
    'tractos y técnicos de mantenimiento. Además, ' +
    '{{Senati|ORGANIZATION|servicio-nacional-de-adiestramiento-en-trabajo-industrial}} capacitará este año a 120 ' +
    'trabajadores de {{Cosco Shipping Ports Chancay Perú|COMPANY}} en el manejo de las grúas automatizadas que ' +
    'fabricó la china {{ZPMC|COMPANY}}. El gerente general de {{Cosco Shipping Ports Chancay Perú|COMPANY}}, {{Carlos ' +
    'Tang Pacheco|PERSON}}, dijo que el 85% de los 1.300 empleados del puerto son peruanos y que la meta es llegar al ' +
    '95% en 2027. El director nacional de ' +
    '{{Senati|ORGANIZATION|servicio-nacional-de-adiestramiento-en-trabajo-industrial}}, {{Jorge Castro León|PERSON}}, ' +
    'afirmó que los egresados tendrán trabajo asegurado, porque la empresa se comprometió a contratar al menos a la ' +
    'mitad de cada promoción. A la ceremonia asistieron el ministro de Trabajo, {{Fernando Gálvez Rojas|PERSON}}, y ' +
    'el embajador de [[China|china]], {{Zhao Heping|PERSON}}. Los pescadores artesanales de la zona, que desde 2021 ' +
    'reclaman compensaciones por la obra, protestaron frente al local y pidieron al gobierno que también se les ' +
    'capacite.',
  relationships: [
    { type: 'LOCATED_IN', source: 'centro-de-formacion-portuaria', target: 'huaral', sentence: 1 },
    {
      type: 'OWNS',
      source: 'cosco-shipping',
      target: 'cosco-shipping-ports-chancay-peru',
      sentence: 2,
      quantities: [{ value: 60, unit: '%' }],
    },
    { type: 'OWNS', source: 'volcan', target: 'cosco-shipping-ports-chancay-peru', sentence: 2, quantities: [{ value: 40, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'china', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'volcan', target: 'peru', sentence: 2 },
    { type: 'PART_OF', source: 'cosco-shipping-ports-chancay-peru', target: 'cosco-shipping', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'cosco-shipping-ports-chancay-peru',
      target: 'centro-de-formacion-portuaria',
      sentence: 2,
      quantities: [{ value: 4500000, unit: 'USD' }],
    },
    {
      type: 'OPERATES',
      source: 'servicio-nacional-de-adiestramiento-en-trabajo-industrial',
      target: 'centro-de-formacion-portuaria',
      sentence: 2,
    },
    {
      type: 'TRAINS',
      source: 'servicio-nacional-de-adiestramiento-en-trabajo-industrial',
      target: 'cosco-shipping-ports-chancay-peru',
      sentence: 4,
      validFrom: '2025',
    },
    { type: 'AFFILIATED_WITH', source: 'zpmc', target: 'china', sentence: 4 },
    { type: 'LEADS', source: 'carlos-tang-pacheco', target: 'cosco-shipping-ports-chancay-peru', sentence: 5 },
    { type: 'STATED', source: 'carlos-tang-pacheco', target: 'chancay-port', sentence: 5 },
    { type: 'LEADS', source: 'jorge-castro-leon', target: 'servicio-nacional-de-adiestramiento-en-trabajo-industrial', sentence: 6 },
    { type: 'STATED', source: 'jorge-castro-leon', target: 'cosco-shipping-ports-chancay-peru', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'fernando-galvez-rojas', target: 'peru', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhao-heping', target: 'china', sentence: 7 },
  ],
};

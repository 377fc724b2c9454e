import type { CorpusArticle } from '../../corpus-article.js';

/** CEEC termina la línea de transmisión Piura-Frontera hacia Ecuador: financista, concesionaria y socios, convenio, COES (Spanish). */
export const article: CorpusArticle = {
  name: 'energy: La china CEEC concluye la línea de transmisión Piura-Frontera',
  language: 'es',
  publishedAt: '2024-08-20',
  annotated:
    '{{PIURA|PLACE}}, 19 de agosto — La china {{China Energy Engineering Corporation|COMPANY}} ' +
    '({{CEEC|COMPANY|china-energy-engineering-corporation}}) concluyó la construcción de la ' +
    '{{Línea de Transmisión Piura-Frontera|INFRASTRUCTURE}}, de 220 kilovoltios, que unirá el sistema eléctrico ' +
    'peruano con el de {{Ecuador|COUNTRY}}, informó este lunes el {{Ministerio de Energía y Minas|GOVERNMENT}} ' +
    '({{Minem|GOVERNMENT|ministerio-de-energia-y-minas}}). ' +
    'La obra, de 280 kilómetros, costó US$ 198 millones y fue financiada por el ' +
    '{{Banco de Desarrollo de China|COMPANY}}. ' +
    'Su concesionaria es {{Transmisora del Norte|COMPANY}}, empresa en la que ' +
    '{{CEEC|COMPANY|china-energy-engineering-corporation}} tiene el 51% y el grupo colombiano {{ISA|COMPANY}}, a ' +
    'través de su filial {{ISA Perú|COMPANY}}, el 49% restante. ' +
    'El trazado parte de la subestación {{La Niña|INFRASTRUCTURE}}, en la provincia de {{Sechura|PLACE}}, y llega a ' +
    'la frontera cerca de {{Zarumilla|PLACE}}, en {{Tumbes|PLACE}}. ' +
    'El viceministro de Electricidad, {{Juan Carlos Ortiz|PERSON}}, dijo que la interconexión permitirá exportar ' +
    'hasta 500 megavatios a {{Ecuador|COUNTRY}}, que sufrió apagones de hasta 14 horas diarias este año. ' +
    '{{Quito|COUNTRY|ecuador}} y [[Lima|peru]] firmaron en junio el ' +
    '{{Convenio de Interconexión Eléctrica Perú-Ecuador|AGREEMENT}}, que fija las reglas del intercambio. ' +
    'El gerente de {{CEEC|COMPANY|china-energy-engineering-corporation}} en el [[Perú|peru]], {{Wu Jian|PERSON}}, ' +
    'afirmó que la empresa, con sede en {{Pekín|PLACE}}, se presentará a nuevos concursos de ' +
    '{{ProInversión|GOVERNMENT}}. ' +
    'El {{Comité de Operación Económica del Sistema|ORGANIZATION}} ' +
    '({{COES|ORGANIZATION|comite-de-operacion-economica-del-sistema}}), que coordina el sistema eléctrico nacional, ' +
    'supervisará las pruebas de la línea antes de su puesta en servicio, prevista para octubre.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'china-energy-engineering-corporation', target: 'china', sentence: 1 },
    { type: 'BUILT', source: 'china-energy-engineering-corporation', target: 'linea-de-transmision-piura-frontera', sentence: 1 },
    {
      type: 'STATED',
      source: 'ministerio-de-energia-y-minas',
      target: 'linea-de-transmision-piura-frontera',
      sentence: 1,
      validFrom: '2024-08-19',
    },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'linea-de-transmision-piura-frontera',
      target: 'banco-de-desarrollo-de-china',
      sentence: 2,
      quantities: [{ value: 198000000, unit: 'USD' }],
    },
    { type: 'OPERATES', source: 'transmisora-del-norte', target: 'linea-de-transmision-piura-frontera', sentence: 3 },
    {
      type: 'OWNS',
      source: 'china-energy-engineering-corporation',
      target: 'transmisora-del-norte',
      sentence: 3,
      quantities: [{ value: 51, unit: '%' }],
    },
    { type: 'OWNS', source: 'isa-peru', target: 'transmisora-del-norte', sentence: 3, quantities: [{ value: 49, unit: '%' }] },
    { type: 'PART_OF', source: 'isa-peru', target: 'isa', sentence: 3 },
    { type: 'LOCATED_IN', source: 'la-nina', target: 'sechura', sentence: 4 },
    { type: 'LOCATED_IN', source: 'zarumilla', target: 'tumbes', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'juan-carlos-ortiz', target: 'ministerio-de-energia-y-minas', sentence: 5 },
    { type: 'STATED', source: 'juan-carlos-ortiz', target: 'ecuador', sentence: 5 },
    { type: 'SIGNED', source: 'ecuador', target: 'convenio-de-interconexion-electrica-peru-ecuador', sentence: 6, validFrom: '2024-06' },
    { type: 'SIGNED', source: 'peru', target: 'convenio-de-interconexion-electrica-peru-ecuador', sentence: 6, validFrom: '2024-06' },
    { type: 'LEADS', source: 'wu-jian', target: 'china-energy-engineering-corporation', sentence: 7 },
    { type: 'STATED', source: 'wu-jian', target: 'china-energy-engineering-corporation', sentence: 7 },
    { type: 'HEADQUARTERED_IN', source: 'china-energy-engineering-corporation', target: 'pekin', sentence: 7 },
    {
      type: 'REGULATES',
      source: 'comite-de-operacion-economica-del-sistema',
      target: 'linea-de-transmision-piura-frontera',
      sentence: 8,
    },
  ],
};

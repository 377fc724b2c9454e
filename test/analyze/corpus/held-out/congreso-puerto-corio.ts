import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'La concesión del puerto de Corío divide al Congreso (held out)',
  language: 'es',
  publishedAt: '2025-05-08',
  annotated:
    '[[LIMA|lima]] — La {{Comisión de Transportes y Comunicaciones|GOVERNMENT}} del ' +
    '[[Congreso de la República|peru-congress]] citó para el próximo martes al ministro del sector, ' +
    '{{Óscar Bravo Linares|PERSON}}, para que explique la concesión del {{Terminal Portuario de Corío|INFRASTRUCTURE}} ' +
    'a un consorcio de capital chino. ' +
    'El {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}}) otorgó en abril a {{Corío Port Holdings|COMPANY}} ' +
    'el derecho exclusivo de construir y operar durante 30 años el terminal, ubicado en la provincia de ' +
    '{{Islay|PLACE}}, en {{Arequipa|PLACE}}. ' +
    '{{Corío Port Holdings|COMPANY}} pertenece en un 80% a {{China Merchants Port Holdings|COMPANY}}, con sede en ' +
    '{{Hong Kong|PLACE}}, y en un 20% a la empresa local {{Inversiones del Sur|COMPANY}}. ' +
    'El congresista {{Rodolfo Chávez Llerena|PERSON}}, de {{Patria Nueva|ORGANIZATION}}, acusó al ' +
    '{{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}} de entregar “un puerto estratégico a una potencia ' +
    'extranjera” sin licitación pública. ' +
    'En cambio, la legisladora {{Milagros Cuadros|PERSON}}, de la bancada {{Frente Sur|ORGANIZATION}}, defendió el ' +
    '{{Terminal Portuario de Corío|INFRASTRUCTURE}}, en el que {{Corío Port Holdings|COMPANY}} invertirá ' +
    'US$ 1.500 millones, según el contrato. ' +
    '{{Washington|COUNTRY|united-states}}, que ya cuestionó el [[Puerto de Chancay|chancay-port]], no se ha ' +
    'pronunciado sobre {{Corío|INFRASTRUCTURE|terminal-portuario-de-corio}}. ' +
    'El presidente del {{Consejo de Ministros|GOVERNMENT}}, {{Hernán Valdivia|PERSON}}, afirmó el miércoles que el ' +
    'contrato respeta la ley y que [[Pekín|china]] no tendrá ningún control sobre el terminal.',
  relationships: [
    { type: 'PART_OF', source: 'comision-de-transportes-y-comunicaciones', target: 'peru-congress', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'corio-port-holdings', target: 'china', sentence: 1 },
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'ministerio-de-transportes-y-comunicaciones',
      target: 'corio-port-holdings',
      sentence: 2,
      validFrom: '2025-04',
    },
    { type: 'BUILT', source: 'corio-port-holdings', target: 'terminal-portuario-de-corio', sentence: 2 },
    { type: 'OPERATES', source: 'corio-port-holdings', target: 'terminal-portuario-de-corio', sentence: 2 },
    { type: 'LOCATED_IN', source: 'terminal-portuario-de-corio', target: 'islay', sentence: 2 },
    { type: 'LOCATED_IN', source: 'islay', target: 'arequipa', sentence: 2 },
    {
      type: 'OWNS',
      source: 'china-merchants-port-holdings',
      target: 'corio-port-holdings',
      sentence: 3,
      quantities: [{ value: 80, unit: '%' }],
    },
    { type: 'OWNS', source: 'inversiones-del-sur', target: 'corio-port-holdings', sentence: 3, quantities: [{ value: 20, unit: '%' }] },
    { type: 'HEADQUARTERED_IN', source: 'china-merchants-port-holdings', target: 'hong-kong', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'rodolfo-chavez-llerena', target: 'patria-nueva', sentence: 4 },
    { type: 'STATED', source: 'rodolfo-chavez-llerena', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'milagros-cuadros', target: 'frente-sur', sentence: 5 },
    { type: 'STATED', source: 'milagros-cuadros', target: 'terminal-portuario-de-corio', sentence: 5 },
    {
      type: 'INVESTED_IN',
      source: 'corio-port-holdings',
      target: 'terminal-portuario-de-corio',
      sentence: 5,
      quantities: [{ value: 1500000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'united-states', target: 'chancay-port', sentence: 6 },
    { type: 'LEADS', source: 'hernan-valdivia', target: 'consejo-de-ministros', sentence: 7 },
    { type: 'STATED', source: 'hernan-valdivia', target: 'china', sentence: 7, validFrom: '2025-05-07' },
    { type: 'STATED', source: 'hernan-valdivia', target: 'terminal-portuario-de-corio', sentence: 7, validFrom: '2025-05-07' },
  ],
};

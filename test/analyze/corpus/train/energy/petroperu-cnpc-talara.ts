import type { CorpusArticle } from '../../corpus-article.js';

/** Petroperú y CNPC firman un memorando sobre la refinería de Talara durante APEC: ejecutivos, el MEF, el sindicato, Xi (Spanish). */
export const article: CorpusArticle = {
  name: 'energy: Petroperú y CNPC evalúan operar juntas la refinería de Talara',
  language: 'es',
  publishedAt: '2024-11-14',
  annotated:
    '[[LIMA|lima]], 13 de noviembre — {{Petroperú|COMPANY}} y la {{Corporación Nacional de Petróleo de China|COMPANY}} ' +
    '({{CNPC|COMPANY|corporacion-nacional-de-petroleo-de-china}}) suscribieron este miércoles un memorando de ' +
    'entendimiento para evaluar la operación conjunta de la {{Refinería de Talara|INFRASTRUCTURE}}, en ' +
    '{{Piura|PLACE}}, al margen de la [[cumbre APEC|apec-summit]]. ' +
    'El documento fue firmado por el presidente de la petrolera estatal peruana, {{Oliver Stark|PERSON}}, y por el ' +
    'vicepresidente de {{CNPC|COMPANY|corporacion-nacional-de-petroleo-de-china}}, {{Huang Yongzhang|PERSON}}. ' +
    'La refinería, modernizada por la española {{Técnicas Reunidas|COMPANY}} con una inversión de US$ 6.500 millones, ' +
    'opera por debajo de su capacidad desde su reinauguración en 2023. ' +
    'Según {{Stark|PERSON|oliver-stark}}, la empresa necesita un socio con experiencia para reducir sus pérdidas, que ' +
    'sumaron US$ 770 millones el año pasado. ' +
    '{{CNPC|COMPANY|corporacion-nacional-de-petroleo-de-china}}, presente en el [[Perú|peru]] desde 1993 a través de ' +
    'su filial {{CNPC Perú|COMPANY}}, produce gas en el {{Lote 57|INFRASTRUCTURE}} en sociedad con la española ' +
    '{{Repsol|COMPANY}}. ' +
    'El presidente del {{Consejo de Ministros|GOVERNMENT}}, {{Gustavo Adrianzén|PERSON}}, dijo que cualquier acuerdo ' +
    'deberá pasar por el {{Ministerio de Economía y Finanzas|GOVERNMENT}} ' +
    '({{MEF|GOVERNMENT|ministerio-de-economia-y-finanzas}}), accionista único de {{Petroperú|COMPANY}}. ' +
    'El {{Sindicato Único de Trabajadores de Petroperú|ORGANIZATION}} rechazó el memorando y anunció una marcha en ' +
    '{{Talara|PLACE}} para el 20 de noviembre. ' +
    'El presidente chino, [[Xi Jinping|xi-jinping]], llegará a [[Lima|lima]] este jueves e inaugurará con la ' +
    'mandataria peruana, [[Dina Boluarte|dina-boluarte]], el [[puerto de Chancay|chancay-port]].',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'petroperu',
      target: 'corporacion-nacional-de-petroleo-de-china',
      sentence: 1,
      validFrom: '2024-11-13',
    },
    { type: 'LOCATED_IN', source: 'refineria-de-talara', target: 'piura', sentence: 1 },
    { type: 'LEADS', source: 'oliver-stark', target: 'petroperu', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'petroperu', target: 'peru', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'huang-yongzhang', target: 'corporacion-nacional-de-petroleo-de-china', sentence: 2 },
    {
      type: 'BUILT',
      source: 'tecnicas-reunidas',
      target: 'refineria-de-talara',
      sentence: 3,
      quantities: [{ value: 6500000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'oliver-stark', target: 'petroperu', sentence: 4 },
    { type: 'LOCATED_IN', source: 'corporacion-nacional-de-petroleo-de-china', target: 'peru', sentence: 5, validFrom: '1993' },
    { type: 'PART_OF', source: 'cnpc-peru', target: 'corporacion-nacional-de-petroleo-de-china', sentence: 5 },
    { type: 'OPERATES', source: 'corporacion-nacional-de-petroleo-de-china', target: 'lote-57', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'corporacion-nacional-de-petroleo-de-china', target: 'repsol', sentence: 5 },
    { type: 'LEADS', source: 'gustavo-adrianzen', target: 'consejo-de-ministros', sentence: 6 },
    { type: 'STATED', source: 'gustavo-adrianzen', target: 'petroperu', sentence: 6 },
    { type: 'OWNS', source: 'ministerio-de-economia-y-finanzas', target: 'petroperu', sentence: 6 },
    {
      type: 'STATED',
      source: 'sindicato-unico-de-trabajadores-de-petroperu',
      target: 'corporacion-nacional-de-petroleo-de-china',
      sentence: 7,
    },
    { type: 'LEADS', source: 'xi-jinping', target: 'china', sentence: 8 },
    { type: 'VISITED', source: 'xi-jinping', target: 'lima', sentence: 8, validFrom: '2024-11-14' },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 8 },
  ],
};

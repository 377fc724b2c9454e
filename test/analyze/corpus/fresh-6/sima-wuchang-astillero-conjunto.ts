import type { CorpusArticle } from '../corpus-article.js';

/** El astillero estatal SIMA y un astillero chino forman una empresa conjunta con préstamo chino (Spanish). */
export const article: CorpusArticle = {
  name: 'SIMA y un astillero chino crean una empresa para construir buques en el Callao',
  language: 'es',
  publishedAt: '2025-12-03',
  annotated:
    '{{CALLAO|PLACE}}, 2 de diciembre — Los {{Servicios Industriales de la Marina|COMPANY}} ' +
    '({{SIMA|COMPANY|servicios-industriales-de-la-marina}}) y el astillero chino {{Wuchang Shipbuilding|COMPANY}} ' +
    'crearon una empresa conjunta, {{Astilleros del Pacífico Sur|COMPANY}}, para construir buques de patrullaje y de ' +
    'investigación pesquera en el {{Callao|PLACE}}. Según el acuerdo, firmado el 1 de diciembre, ' +
    '{{SIMA|COMPANY|servicios-industriales-de-la-marina}} tendrá el 51% de la nueva compañía y {{Wuchang ' +
    'Shipbuilding|COMPANY}} el 49% restante. El astillero chino, con sede en {{Wuhan|PLACE}}, es filial de la estatal ' +
    '{{China State Shipbuilding Corporation|COMPANY}} ({{CSSC|COMPANY|china-state-shipbuilding-corporation}}). El ' +
    'primer pedido de la empresa conjunta incluye seis patrulleras para la {{Dirección General de Capitanías y ' +
    'Guardacostas|GOVERNMENT}}, por US$ 98 millones, y dos buques científicos para el {{Instituto del Mar del ' +
    'Perú|GOVERNMENT}} ({{Imarpe|GOVERNMENT|instituto-del-mar-del-peru}}), por US$ 47 millones. El {{Banco de ' +
    'Exportación e Importación de China|COMPANY}} prestará US$ 100 millones a {{Astilleros del Pacífico Sur|COMPANY}} ' +
    'a 15 años, informó el presidente del directorio de {{SIMA|COMPANY|servicios-industriales-de-la-marina}}, el ' +
    'contralmirante {{Héctor Salinas Ugaz|PERSON}}. {{Salinas|PERSON|hector-salinas-ugaz}} dijo que {{Wuchang ' +
    'Shipbuilding|COMPANY}} capacitará en {{Wuhan|PLACE}} a unos 600 técnicos de ' +
    '{{SIMA|COMPANY|servicios-industriales-de-la-marina}} y que el primer casco se colocará en la grada en julio de ' +
    '2026. La {{Sociedad Nacional de Pesquería|ORGANIZATION}} ({{SNP|ORGANIZATION|sociedad-nacional-de-pesqueria}}) ' +
    'saludó el acuerdo y pidió que la nueva empresa también repare la flota anchovetera, que hoy envía muchos de sus ' +
    'barcos a astilleros de {{Chile|COUNTRY}} y {{Ecuador|COUNTRY}}. El ministro de Defensa, {{Enrique Valdivia ' +
    'Ortiz|PERSON}}, dijo que el [[Perú|peru]] no construía buques de ese tamaño desde los años ochenta.',
  relationships: [
    { type: 'PARTNERS_WITH', source: 'servicios-industriales-de-la-marina', target: 'wuchang-shipbuilding', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'wuchang-shipbuilding', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'astilleros-del-pacifico-sur', target: 'callao', sentence: 1 },
    {
      type: 'OWNS',
      source: 'servicios-industriales-de-la-marina',
      target: 'astilleros-del-pacifico-sur',
      sentence: 2,
      validFrom: '2025-12-01',
      quantities: [{ value: 51, unit: '%' }],
    },
    {
      type: 'OWNS',
      source: 'wuchang-shipbuilding',
      target: 'astilleros-del-pacifico-sur',
      sentence: 2,
      validFrom: '2025-12-01',
      quantities: [{ value: 49, unit: '%' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'wuchang-shipbuilding', target: 'wuhan', sentence: 3 },
    { type: 'PART_OF', source: 'wuchang-shipbuilding', target: 'china-state-shipbuilding-corporation', sentence: 3 },
    {
      type: 'PARTNERS_WITH',
      source: 'astilleros-del-pacifico-sur',
      target: 'direccion-general-de-capitanias-y-guardacostas',
      sentence: 4,
      quantities: [{ value: 98000000, unit: 'USD' }],
    },
    {
      type: 'PARTNERS_WITH',
      source: 'astilleros-del-pacifico-sur',
      target: 'instituto-del-mar-del-peru',
      sentence: 4,
      quantities: [{ value: 47000000, unit: 'USD' }],
    },
    {
      type: 'INVESTED_IN',
      source: 'banco-de-exportacion-e-importacion-de-china',
      target: 'astilleros-del-pacifico-sur',
      sentence: 5,
      quantities: [{ value: 100000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'hector-salinas-ugaz', target: 'servicios-industriales-de-la-marina', sentence: 5 },
    { type: 'STATED', source: 'hector-salinas-ugaz', target: 'banco-de-exportacion-e-importacion-de-china', sentence: 5 },
    { type: 'TRAINS', source: 'wuchang-shipbuilding', target: 'servicios-industriales-de-la-marina', sentence: 6 },
    { type: 'STATED', source: 'hector-salinas-ugaz', target: 'wuchang-shipbuilding', sentence: 6 },
    { type: 'STATED', source: 'sociedad-nacional-de-pesqueria', target: 'astilleros-del-pacifico-sur', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'enrique-valdivia-ortiz', target: 'peru', sentence: 8 },
    { type: 'STATED', source: 'enrique-valdivia-ortiz', target: 'peru', sentence: 8 },
  ],
};

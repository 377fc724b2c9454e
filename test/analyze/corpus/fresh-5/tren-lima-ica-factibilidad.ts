import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'tren-lima-ica-factibilidad',
  language: 'es',
  publishedAt: '2025-10-29',
  annotated:
    'El {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}}) adjudicó por S/ 58 millones el ' +
    'estudio de factibilidad del {{Tren Lima-Ica|INFRASTRUCTURE}}, un ferrocarril de 323 kilómetros que ' +
    'uniría la capital con el sur del país, a {{China Railway Eryuan Engineering Group|COMPANY}} ' +
    '({{CREEC|COMPANY|china-railway-eryuan-engineering-group}}), una consultora estatal china. La ' +
    'empresa tendrá catorce meses para definir el trazado, la demanda y el costo de la obra, que el ' +
    'ministerio estima de manera preliminar en US$ 3.500 millones. Según el diseño conceptual, el tren ' +
    'tendría estaciones en {{Cañete|PLACE}} y {{Chincha|PLACE}} y terminaría en la ciudad de ' +
    '{{Ica|PLACE}}, con un tiempo de viaje de unas tres horas. El viceministro de Transportes, {{Jorge Zapata|PERSON}}, ' +
    'dijo el martes que el ministerio espera convocar la licitación de la obra en 2027 bajo un esquema ' +
    'de gobierno a gobierno. “Queremos que empresas chinas, coreanas y europeas compitan en igualdad de ' +
    'condiciones”, afirmó. {{CREEC|COMPANY|china-railway-eryuan-engineering-group}}, filial del ' +
    'conglomerado {{China Railway Group|COMPANY}} ({{CREC|COMPANY|china-railway-group}}), no es nueva en ' +
    'el país: su casa matriz construye desde 2023 la {{Vía Expresa Sur|INFRASTRUCTURE}} en ' +
    '[[Lima|lima]]. La {{Cámara de Comercio de Ica|ORGANIZATION}} saludó el anuncio, aunque su ' +
    'presidente, {{Fernando Tijero|PERSON}}, pidió que el trazado no afecte las tierras agrícolas del ' +
    'valle. En el futuro, el proyecto podría conectarse con el {{Puerto General San Martín|INFRASTRUCTURE}}, ' +
    'en {{Pisco|PLACE}}, que opera la concesionaria {{Terminal Portuario Paracas|COMPANY}}. La ' +
    'cooperación ferroviaria figura en la {{Declaración Conjunta sobre el Fortalecimiento de la Asociación Estratégica ' +
    'Integral|AGREEMENT}}, que firmaron en {{Pekín|PLACE}}, en junio de 2024, el presidente chino, [[Xi ' +
    'Jinping|xi-jinping]], y la entonces presidenta peruana, [[Dina Boluarte|dina-boluarte]].',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'ministerio-de-transportes-y-comunicaciones',
      target: 'china-railway-eryuan-engineering-group',
      sentence: 1,
      quantities: [{ value: 58000000, unit: 'PEN' }],
    },
    { type: 'AFFILIATED_WITH', source: 'china-railway-eryuan-engineering-group', target: 'china', sentence: 1 },
    { type: 'PLANS', source: 'ministerio-de-transportes-y-comunicaciones', target: 'tren-lima-ica', sentence: 1 },
    { type: 'STATED', source: 'ministerio-de-transportes-y-comunicaciones', target: 'tren-lima-ica', sentence: 2 },
    { type: 'LOCATED_IN', source: 'tren-lima-ica', target: 'canete', sentence: 3 },
    { type: 'LOCATED_IN', source: 'tren-lima-ica', target: 'chincha', sentence: 3 },
    { type: 'LOCATED_IN', source: 'tren-lima-ica', target: 'ica', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-zapata', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 4 },
    { type: 'STATED', source: 'jorge-zapata', target: 'tren-lima-ica', sentence: 4, validFrom: '2025-10-28' },
    { type: 'OWNS', source: 'china-railway-group', target: 'china-railway-eryuan-engineering-group', sentence: 6 },
    { type: 'BUILT', source: 'china-railway-group', target: 'via-expresa-sur', sentence: 6, validFrom: '2023' },
    { type: 'LOCATED_IN', source: 'via-expresa-sur', target: 'lima', sentence: 6 },
    { type: 'STATED', source: 'camara-de-comercio-de-ica', target: 'tren-lima-ica', sentence: 7 },
    { type: 'LEADS', source: 'fernando-tijero', target: 'camara-de-comercio-de-ica', sentence: 7 },
    { type: 'STATED', source: 'fernando-tijero', target: 'tren-lima-ica', sentence: 7 },
    { type: 'LOCATED_IN', source: 'puerto-general-san-martin', target: 'pisco', sentence: 8 },
    { type: 'OPERATES', source: 'terminal-portuario-paracas', target: 'puerto-general-san-martin', sentence: 8 },
    {
      type: 'SIGNED',
      source: 'xi-jinping',
      target: 'declaracion-conjunta-sobre-el-fortalecimiento-de-la-asociacion-estrategica-integral',
      sentence: 9,
      validFrom: '2024-06',
    },
    {
      type: 'SIGNED',
      source: 'dina-boluarte',
      target: 'declaracion-conjunta-sobre-el-fortalecimiento-de-la-asociacion-estrategica-integral',
      sentence: 9,
      validFrom: '2024-06',
    },
    { type: 'LEADS', source: 'xi-jinping', target: 'china', sentence: 9 },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 9 },
  ],
};

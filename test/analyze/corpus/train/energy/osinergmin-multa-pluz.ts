import type { CorpusArticle } from '../../corpus-article.js';

/** Osinergmin multa a Pluz Energía por demoras en reponer el servicio: su matriz china, la compra a Enel, el Congreso (Spanish). */
export const article: CorpusArticle = {
  name: 'energy: Osinergmin multa a Pluz Energía por cortes en el norte de Lima',
  language: 'es',
  publishedAt: '2025-10-08',
  annotated:
    '[[LIMA|lima]], 7 de octubre — El {{Organismo Supervisor de la Inversión en Energía y Minería|GOVERNMENT}} ' +
    '({{Osinergmin|GOVERNMENT|organismo-supervisor-de-la-inversion-en-energia-y-mineria}}) multó con 2,8 millones de ' +
    'soles a {{Pluz Energía Perú|COMPANY}}, la distribuidora del norte de [[Lima|lima]], por incumplir los plazos de ' +
    'reposición del servicio tras los cortes de 2024. ' +
    'La empresa, que pertenece desde 2024 a {{China Southern Power Grid International|COMPANY}}, tiene 1,5 millones ' +
    'de clientes en 52 distritos de la capital y del {{Callao|PLACE}}. ' +
    'Según el regulador, en 41 casos la distribuidora tardó más de 24 horas en restablecer la energía, cuando la ' +
    'norma técnica exige hacerlo en un máximo de 12. ' +
    '{{Pluz|COMPANY|pluz-energia-peru}} informó en un comunicado que apelará la sanción ante el ' +
    '{{Tribunal de Apelaciones de Sanciones en Temas de Energía y Minería|GOVERNMENT}}. ' +
    'Su matriz, {{CSGI|COMPANY|china-southern-power-grid-international}}, es a su vez filial de la estatal ' +
    '{{China Southern Power Grid|COMPANY}}, con sede en {{Cantón|PLACE}}. ' +
    '{{CSGI|COMPANY|china-southern-power-grid-international}} compró la distribuidora al grupo italiano ' +
    '{{Enel|COMPANY}} por US$ 2.900 millones, en una operación que el {{Indecopi|GOVERNMENT}} aprobó con condiciones. ' +
    'El gerente general de {{Pluz|COMPANY|pluz-energia-peru}}, {{Zhang Jun|PERSON}}, declaró al diario ' +
    '{{Gestión|MEDIA}} que la empresa invertirá 1.200 millones de soles este año en redes y subestaciones. ' +
    'La presidenta del regulador, {{Carla Rojas Vidal|PERSON}}, señaló que las distribuidoras de capital chino serán ' +
    'fiscalizadas “con el mismo rigor” que las demás. ' +
    'En julio, la {{Comisión de Energía y Minas|GOVERNMENT}} del [[Congreso de la República|peru-congress]] citó a ' +
    'los directivos de {{Pluz|COMPANY|pluz-energia-peru}} para explicar los apagones.',
  relationships: [
    {
      type: 'REGULATES',
      source: 'organismo-supervisor-de-la-inversion-en-energia-y-mineria',
      target: 'pluz-energia-peru',
      sentence: 1,
      quantities: [{ value: 2800000, unit: 'PEN' }],
    },
    { type: 'LOCATED_IN', source: 'pluz-energia-peru', target: 'lima', sentence: 1 },
    { type: 'OWNS', source: 'china-southern-power-grid-international', target: 'pluz-energia-peru', sentence: 2, validFrom: '2024' },
    { type: 'STATED', source: 'organismo-supervisor-de-la-inversion-en-energia-y-mineria', target: 'pluz-energia-peru', sentence: 3 },
    {
      type: 'STATED',
      source: 'pluz-energia-peru',
      target: 'organismo-supervisor-de-la-inversion-en-energia-y-mineria',
      sentence: 4,
    },
    { type: 'PART_OF', source: 'china-southern-power-grid-international', target: 'china-southern-power-grid', sentence: 5 },
    { type: 'HEADQUARTERED_IN', source: 'china-southern-power-grid', target: 'canton', sentence: 5 },
    {
      type: 'ACQUIRED',
      source: 'china-southern-power-grid-international',
      target: 'pluz-energia-peru',
      sentence: 6,
      quantities: [{ value: 2900000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'enel', target: 'pluz-energia-peru', sentence: 6 },
    { type: 'REGULATES', source: 'indecopi', target: 'china-southern-power-grid-international', sentence: 6 },
    { type: 'LEADS', source: 'zhang-jun', target: 'pluz-energia-peru', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'zhang-jun', target: 'gestion', sentence: 7 },
    { type: 'STATED', source: 'zhang-jun', target: 'pluz-energia-peru', sentence: 7 },
    { type: 'LEADS', source: 'carla-rojas-vidal', target: 'organismo-supervisor-de-la-inversion-en-energia-y-mineria', sentence: 8 },
    { type: 'STATED', source: 'carla-rojas-vidal', target: 'china', sentence: 8 },
    { type: 'PART_OF', source: 'comision-de-energia-y-minas', target: 'peru-congress', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** El ministro de Energía y Minas recibe a China Minmetals: cartera de inversión, Las Bambas, embajador, Proinversión, gremio (Spanish). */
export const article: CorpusArticle = {
  name: 'mining: el ministro de Energía y Minas recibe a una delegación de China Minmetals',
  language: 'es',
  publishedAt: '2024-10-24',
  annotated:
    '[[LIMA|lima]], 23 de octubre ({{EFE|MEDIA}}) — El ministro de Energía y Minas del [[Perú|peru]], {{Rómulo Mucho|PERSON}}, recibió ' +
    'este miércoles a una delegación de la estatal {{China Minmetals Corporation|COMPANY}}, encabezada por su presidente, ' +
    '{{Chen Dexin|PERSON}}. ' +
    'En la reunión, celebrada en la sede del ministerio en el distrito de {{San Borja|PLACE}}, el conglomerado presentó una ' +
    'cartera de proyectos por US$ 2.000 millones para los próximos cinco años. ' +
    'La mayor parte se destinará a [[Las Bambas|las-bambas]], la mina de cobre de {{Apurímac|PLACE}} que el grupo controla a ' +
    'través de [[MMG|mmg]], su filial con sede en {{Melbourne|PLACE}}. ' +
    '[[MMG|mmg]] compró la mina a la suiza {{Glencore|COMPANY}} en 2014 por US$ 7.005 millones, en la mayor adquisición china ' +
    'en la historia del país. ' +
    'Según un comunicado del {{Ministerio de Energía y Minas|GOVERNMENT}} ({{Minem|GOVERNMENT|ministerio-de-energia-y-minas}}), ' +
    'ambas partes acordaron crear un grupo de trabajo para destrabar los permisos de la ampliación. ' +
    '{{Chen|PERSON|chen-dexin}} expresó la voluntad de la empresa de participar en la próxima subasta de proyectos de cobre que ' +
    'organizará ' +
    '{{Proinversión|GOVERNMENT}}. ' +
    'Asistió también el embajador de [[China|china]] en [[Lima|lima]], {{Song Yang|PERSON}}, quien destacó que las empresas ' +
    'chinas representan cerca del 25% de la inversión minera en el país. ' +
    'El encuentro se produjo a pocas semanas de la [[APEC 2024|apec-summit]], que el [[Perú|peru]] acogerá en noviembre con la ' +
    'presencia del presidente [[Xi Jinping|xi-jinping]]. ' +
    'La {{Sociedad Nacional de Minería, Petróleo y Energía|ORGANIZATION}} saludó el anuncio y pidió al ' +
    '[[Congreso del Perú|peru-congress]] aprobar la nueva ley de minería artesanal antes de fin de año.',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'romulo-mucho', target: 'peru', sentence: 1 },
    { type: 'HOSTED', source: 'romulo-mucho', target: 'china-minmetals-corporation', sentence: 1, validFrom: '2024-10-23' },
    { type: 'MET', source: 'romulo-mucho', target: 'chen-dexin', sentence: 1, validFrom: '2024-10-23' },
    { type: 'LEADS', source: 'chen-dexin', target: 'china-minmetals-corporation', sentence: 1 },
    { type: 'LOCATED_IN', source: 'ministerio-de-energia-y-minas', target: 'san-borja', sentence: 2 },
    { type: 'INVESTED_IN', source: 'china-minmetals-corporation', target: 'las-bambas', sentence: 3 },
    { type: 'LOCATED_IN', source: 'las-bambas', target: 'apurimac', sentence: 3 },
    { type: 'OWNS', source: 'china-minmetals-corporation', target: 'mmg', sentence: 3 },
    { type: 'PART_OF', source: 'mmg', target: 'china-minmetals-corporation', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'mmg', target: 'melbourne', sentence: 3 },
    {
      type: 'ACQUIRED',
      source: 'mmg',
      target: 'las-bambas',
      sentence: 4,
      validFrom: '2014',
      quantities: [{ value: 7005000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'glencore', target: 'las-bambas', sentence: 4, validFrom: '2014' },
    { type: 'COOPERATES_WITH', source: 'ministerio-de-energia-y-minas', target: 'china-minmetals-corporation', sentence: 5 },
    { type: 'STATED', source: 'ministerio-de-energia-y-minas', target: 'china-minmetals-corporation', sentence: 5 },
    { type: 'STATED', source: 'chen-dexin', target: 'proinversion', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'song-yang', target: 'china', sentence: 7 },
    { type: 'HOSTED', source: 'peru', target: 'apec-summit', sentence: 8, validFrom: '2024-11' },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 8 },
    { type: 'LEADS', source: 'xi-jinping', target: 'china', sentence: 8 },
    { type: 'STATED', source: 'sociedad-nacional-de-mineria-petroleo-y-energia', target: 'china-minmetals-corporation', sentence: 9 },
  ],
};

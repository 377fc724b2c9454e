import type { CorpusArticle } from '../../corpus-article.js';

/**
 * El nuevo embajador de China, Zhang Haiming, entrega sus credenciales al canciller: su carrera, sus prioridades, el aniversario de
 * relaciones (español).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: El nuevo embajador chino presenta sus credenciales en Lima',
  language: 'es',
  publishedAt: '2026-02-11',
  annotated:
    '[[LIMA|lima]], 10 de febrero — El nuevo embajador de [[China|china]] en el [[Perú|peru]], {{Zhang ' +
    'Haiming|PERSON}}, entregó este martes copias de sus cartas credenciales al canciller {{Ricardo Tejada ' +
    'Bustamante|PERSON}}. ' +
    'El diplomático, de 54 años, reemplaza a {{Song Yang|PERSON}}, quien dejó el cargo en diciembre tras casi ' +
    'tres años en [[Lima|lima]]. ' +
    '{{Zhang|PERSON|zhang-haiming}} dirigió hasta el año pasado el {{Departamento de América Latina y el ' +
    'Caribe|GOVERNMENT}} del {{Ministerio de Relaciones Exteriores de China|GOVERNMENT}}. ' +
    'Antes fue cónsul general en {{São Paulo|PLACE}} y consejero en {{Buenos Aires|PLACE}}. ' +
    'Tras la ceremonia en el {{Palacio de Torre Tagle|PLACE}}, sede de la {{Cancillería|GOVERNMENT}}, dijo a la ' +
    'prensa que su prioridad será ampliar el comercio bajo el [[Tratado de Libre Comercio ' +
    'Perú–China|china-peru-fta]]. ' +
    'Agregó que [[Pekín|china]] prepara la visita de una delegación de la {{Asamblea Popular ' +
    'Nacional|GOVERNMENT}} al [[Congreso de la República|peru-congress]] en abril. ' +
    'El canciller {{Tejada|PERSON|ricardo-tejada-bustamante}} señaló en un comunicado que ambos países celebran ' +
    'este año el 55 aniversario de sus relaciones diplomáticas, establecidas el 2 de noviembre de 1971. ' +
    '[[China|china]] es el principal socio comercial del [[Perú|peru]] desde 2014. ' +
    'El lunes, el diplomático visitó la {{Sociedad Central de Beneficencia China|ORGANIZATION}}, en el {{Barrio ' +
    'Chino|PLACE}} de [[Lima|lima]].',
  relationships: [
    { type: 'HOLDS_OFFICE_IN', source: 'zhang-haiming', target: 'china', sentence: 1 },
    { type: 'MET', source: 'zhang-haiming', target: 'ricardo-tejada-bustamante', sentence: 1, validFrom: '2026-02-10' },
    { type: 'HOLDS_OFFICE_IN', source: 'ricardo-tejada-bustamante', target: 'peru', sentence: 1 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 2 },
    { type: 'LEADS', source: 'zhang-haiming', target: 'departamento-de-america-latina-y-el-caribe', sentence: 3 },
    {
      type: 'PART_OF',
      source: 'departamento-de-america-latina-y-el-caribe',
      target: 'ministerio-de-relaciones-exteriores-de-china',
      sentence: 3,
    },
    { type: 'HEADQUARTERED_IN', source: 'cancilleria', target: 'palacio-de-torre-tagle', sentence: 5 },
    { type: 'STATED', source: 'zhang-haiming', target: 'china-peru-fta', sentence: 5 },
    { type: 'STATED', source: 'zhang-haiming', target: 'peru-congress', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'asamblea-popular-nacional', target: 'china', sentence: 6 },
    { type: 'STATED', source: 'ricardo-tejada-bustamante', target: 'china', sentence: 7 },
    { type: 'COOPERATES_WITH', source: 'peru', target: 'china', sentence: 7, validFrom: '1971-11-02' },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 8, validFrom: '2014' },
    { type: 'VISITED', source: 'zhang-haiming', target: 'sociedad-central-de-beneficencia-china', sentence: 9, validFrom: '2026-02-09' },
    { type: 'LOCATED_IN', source: 'sociedad-central-de-beneficencia-china', target: 'barrio-chino', sentence: 9 },
    { type: 'LOCATED_IN', source: 'barrio-chino', target: 'lima', sentence: 9 },
  ],
};

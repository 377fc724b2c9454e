import type { CorpusArticle } from '../../corpus-article.js';

/**
 * El pleno del Congreso aprueba el tratado de asistencia judicial en materia penal con China: firmantes, fiscalías, comisión,
 * oposición, ratificación china (español).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: El Congreso aprueba el tratado de asistencia judicial penal con China',
  language: 'es',
  publishedAt: '2025-06-06',
  annotated:
    '[[LIMA|lima]], 5 de junio — El pleno del [[Congreso de la República|peru-congress]] aprobó este jueves el ' +
    '{{Tratado de Asistencia Judicial en Materia Penal|AGREEMENT}} entre el [[Perú|peru]] y [[China|china]]. ' +
    'La norma obtuvo 78 votos a favor, 12 en contra y 9 abstenciones. ' +
    'El acuerdo fue suscrito en [[Lima|lima]] en noviembre de 2024 por los cancilleres {{Rodrigo Salcedo ' +
    'Vidal|PERSON}} y {{Wang Yi|PERSON}}, al margen de la [[cumbre de APEC|apec-summit]]. ' +
    'Permite al {{Ministerio Público|GOVERNMENT}} y a la {{Fiscalía Popular Suprema|GOVERNMENT}} china ' +
    'intercambiar pruebas y congelar bienes en casos de lavado de activos, narcotráfico y corrupción. ' +
    'La presidenta de la {{Comisión de Relaciones Exteriores|GOVERNMENT}} del [[Congreso del ' +
    'Perú|peru-congress]], {{Rocío Manrique Saavedra|PERSON}}, sostuvo que el tratado ayudará a perseguir a las ' +
    'redes de tala ilegal que exportan madera a [[China|china]]. ' +
    'Se opuso la bancada de {{Renovación Popular|ORGANIZATION}}, cuyo vocero, {{Luis Arbaiza Neyra|PERSON}}, ' +
    'argumentó que el texto no garantiza el debido proceso. ' +
    'Según la {{Cancillería|GOVERNMENT}}, [[Pekín|china]] ya ratificó el acuerdo en marzo, por lo que entrará en ' +
    'vigor 30 días después de que [[Lima|peru]] notifique su aprobación.',
  relationships: [
    {
      type: 'ADOPTED',
      source: 'peru-congress',
      target: 'tratado-de-asistencia-judicial-en-materia-penal',
      sentence: 1,
      validFrom: '2025-06-05',
    },
    { type: 'PARTY_TO', source: 'peru', target: 'tratado-de-asistencia-judicial-en-materia-penal', sentence: 1 },
    { type: 'PARTY_TO', source: 'china', target: 'tratado-de-asistencia-judicial-en-materia-penal', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'rodrigo-salcedo-vidal',
      target: 'tratado-de-asistencia-judicial-en-materia-penal',
      sentence: 3,
      validFrom: '2024-11',
    },
    { type: 'SIGNED', source: 'wang-yi', target: 'tratado-de-asistencia-judicial-en-materia-penal', sentence: 3, validFrom: '2024-11' },
    { type: 'HOLDS_OFFICE_IN', source: 'rodrigo-salcedo-vidal', target: 'peru', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'wang-yi', target: 'china', sentence: 3 },
    { type: 'ATTENDED', source: 'rodrigo-salcedo-vidal', target: 'apec-summit', sentence: 3, validFrom: '2024-11' },
    { type: 'ATTENDED', source: 'wang-yi', target: 'apec-summit', sentence: 3, validFrom: '2024-11' },
    { type: 'COOPERATES_WITH', source: 'ministerio-publico', target: 'fiscalia-popular-suprema', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'fiscalia-popular-suprema', target: 'china', sentence: 4 },
    { type: 'LEADS', source: 'rocio-manrique-saavedra', target: 'comision-de-relaciones-exteriores', sentence: 5 },
    { type: 'PART_OF', source: 'comision-de-relaciones-exteriores', target: 'peru-congress', sentence: 5 },
    { type: 'STATED', source: 'rocio-manrique-saavedra', target: 'tratado-de-asistencia-judicial-en-materia-penal', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'luis-arbaiza-neyra', target: 'renovacion-popular', sentence: 6 },
    { type: 'STATED', source: 'luis-arbaiza-neyra', target: 'tratado-de-asistencia-judicial-en-materia-penal', sentence: 6 },
    { type: 'STATED', source: 'cancilleria', target: 'tratado-de-asistencia-judicial-en-materia-penal', sentence: 7 },
    { type: 'ADOPTED', source: 'china', target: 'tratado-de-asistencia-judicial-en-materia-penal', sentence: 7, validFrom: '2025-03' },
  ],
};

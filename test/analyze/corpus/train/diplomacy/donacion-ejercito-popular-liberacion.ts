import type { CorpusArticle } from '../../corpus-article.js';

/**
 * El EPL chino entrega maquinaria de ingeniería al Ejército del Perú por las lluvias: entrega, agregado, ministro, cursos, ayuda de
 * EE. UU. (español).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: El Ejército Popular de Liberación dona maquinaria al Ejército del Perú',
  language: 'es',
  publishedAt: '2024-03-14',
  annotated:
    '[[LIMA|lima]], 13 de marzo — El {{Ejército Popular de Liberación|GOVERNMENT}} ' +
    '({{EPL|GOVERNMENT|ejercito-popular-de-liberacion}}) de [[China|china]] entregó este miércoles al {{Ejército ' +
    'del Perú|GOVERNMENT}} maquinaria de ingeniería y equipos de rescate valorizados en US$ 4,2 millones, para ' +
    'atender emergencias causadas por lluvias y huaicos. ' +
    'La donación, que incluye excavadoras, puentes modulares y plantas potabilizadoras, fue recibida en el ' +
    '{{Cuartel General del Ejército|PLACE}}, en el distrito de {{San Borja|PLACE}}, por el comandante general de ' +
    'la fuerza, {{Raúl Infantes Lazo|PERSON}}. ' +
    'Los equipos los entregó el agregado de Defensa de la {{Embajada de China|GOVERNMENT}}, el coronel {{Zhou ' +
    'Bin|PERSON}}, quien dijo que [[Pekín|china]] acompaña al pueblo peruano ante el fenómeno de {{El ' +
    'Niño|EVENT}}. ' +
    'El ministro de Defensa, {{Aldo Sotomayor Ugaz|PERSON}}, agradeció la ayuda y señaló que la maquinaria se ' +
    'enviará primero a {{Piura|PLACE}} y {{Tumbes|PLACE}}, las regiones más afectadas. ' +
    'Es la tercera donación del {{EPL|GOVERNMENT|ejercito-popular-de-liberacion}} al [[Perú|peru]] desde 2017, ' +
    'según el {{Ministerio de Defensa|GOVERNMENT}}. ' +
    'Oficiales del {{Ejército del Perú|GOVERNMENT}} siguen además cada año cursos en la {{Universidad de Defensa ' +
    'Nacional|ORGANIZATION}} del {{EPL|GOVERNMENT|ejercito-popular-de-liberacion}}, en {{Pekín|PLACE}}. ' +
    '{{Estados Unidos|COUNTRY}}, que mantiene la mayor cooperación militar con el [[Perú|peru]], donó en febrero ' +
    'seis helicópteros a la {{Fuerza Aérea del Perú|GOVERNMENT}}.',
  relationships: [
    {
      type: 'INVESTED_IN',
      source: 'ejercito-popular-de-liberacion',
      target: 'ejercito-del-peru',
      sentence: 1,
      quantities: [{ value: 4200000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'ejercito-popular-de-liberacion', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'cuartel-general-del-ejercito', target: 'san-borja', sentence: 2 },
    { type: 'LEADS', source: 'raul-infantes-lazo', target: 'ejercito-del-peru', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhou-bin', target: 'embajada-de-china', sentence: 3 },
    { type: 'STATED', source: 'zhou-bin', target: 'china', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'aldo-sotomayor-ugaz', target: 'ministerio-de-defensa', sentence: 4 },
    { type: 'STATED', source: 'aldo-sotomayor-ugaz', target: 'piura', sentence: 4 },
    { type: 'STATED', source: 'ministerio-de-defensa', target: 'ejercito-popular-de-liberacion', sentence: 5 },
    { type: 'INVESTED_IN', source: 'ejercito-popular-de-liberacion', target: 'peru', sentence: 5, validFrom: '2017' },
    { type: 'PART_OF', source: 'universidad-de-defensa-nacional', target: 'ejercito-popular-de-liberacion', sentence: 6 },
    { type: 'LOCATED_IN', source: 'universidad-de-defensa-nacional', target: 'pekin', sentence: 6 },
    { type: 'TRAINS', source: 'universidad-de-defensa-nacional', target: 'ejercito-del-peru', sentence: 6 },
    { type: 'COOPERATES_WITH', source: 'estados-unidos', target: 'peru', sentence: 7 },
    { type: 'INVESTED_IN', source: 'estados-unidos', target: 'fuerza-aerea-del-peru', sentence: 7, validFrom: '2024-02' },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Terracotta warriors on loan from Xi’an at Peru’s national museum: lenders, the exchange agreement, ministers, partners (Spanish). */
export const article: CorpusArticle = {
  name: 'Guerreros de terracota en el Museo Nacional del Perú',
  language: 'es',
  publishedAt: '2025-10-03',
  annotated:
    '[[LIMA|lima]], 2 de octubre — El {{Museo Nacional del Perú|ORGANIZATION}} ' +
    '({{MUNA|ORGANIZATION|museo-nacional-del-peru}}) inaugurará el sábado {{El Ejército de Terracota|EVENT}}, una muestra ' +
    'de ocho guerreros y otras 112 piezas prestadas por el {{Museo del Mausoleo de Qin Shi Huang|ORGANIZATION}}, de ' +
    '{{Xi’an|PLACE}}. ' +
    'La exposición, abierta hasta marzo de 2026, forma parte del {{Memorando de Intercambio Museístico|AGREEMENT}} que ' +
    'suscribieron en 2023 el {{Ministerio de Cultura|GOVERNMENT}} peruano y la ' +
    '{{Administración Nacional del Patrimonio Cultural|GOVERNMENT}} de [[China|china]]. ' +
    'La titular del {{Ministerio de Cultura|GOVERNMENT}}, {{Fabiola Rojas Meléndez|PERSON}}, afirmó que ' +
    '{{El Ejército de Terracota|EVENT}} es la primera muestra de los guerreros en un país andino. ' +
    'Las piezas llegaron desde {{Pekín|PLACE}} en un avión de carga de {{Air China|COMPANY}} y fueron aseguradas por ' +
    'US$ 95 millones con la aseguradora estatal china {{PICC|COMPANY}}. ' +
    'El embajador de [[China|china]], {{Song Lijun|PERSON}}, recorrió el martes las salas del ' +
    '{{MUNA|ORGANIZATION|museo-nacional-del-peru}} junto con la ministra y anunció que [[Lima|lima]] acogerá en 2026 una ' +
    'muestra de arte contemporáneo chino. ' +
    'En junio, el {{Museo del Palacio|ORGANIZATION}}, en {{Pekín|PLACE}}, exhibió 90 piezas mochicas cedidas por el ' +
    '{{Museo Larco|ORGANIZATION}}, una colección privada de [[Lima|lima]]. ' +
    'El {{Instituto Confucio|ORGANIZATION}} de la {{Pontificia Universidad Católica del Perú|ORGANIZATION}} ' +
    '({{PUCP|ORGANIZATION|pontificia-universidad-catolica-del-peru}}) colaborará con el museo en un ciclo de talleres de ' +
    'caligrafía y conferencias. ' +
    'Según el {{Ministerio de Cultura|GOVERNMENT}}, el {{MUNA|ORGANIZATION|museo-nacional-del-peru}}, inaugurado en 2021 ' +
    'en el distrito de {{Pachacámac|PLACE}}, espera recibir 400.000 visitantes durante la muestra.',
  relationships: [
    { type: 'HOSTED', source: 'museo-nacional-del-peru', target: 'el-ejercito-de-terracota', sentence: 1, validFrom: '2025-10-04' },
    { type: 'PARTNERS_WITH', source: 'museo-nacional-del-peru', target: 'museo-del-mausoleo-de-qin-shi-huang', sentence: 1 },
    { type: 'LOCATED_IN', source: 'museo-del-mausoleo-de-qin-shi-huang', target: 'xi-an', sentence: 1 },
    { type: 'PART_OF', source: 'el-ejercito-de-terracota', target: 'memorando-de-intercambio-museistico', sentence: 2 },
    { type: 'SIGNED', source: 'ministerio-de-cultura', target: 'memorando-de-intercambio-museistico', sentence: 2, validFrom: '2023' },
    {
      type: 'SIGNED',
      source: 'administracion-nacional-del-patrimonio-cultural',
      target: 'memorando-de-intercambio-museistico',
      sentence: 2,
      validFrom: '2023',
    },
    { type: 'AFFILIATED_WITH', source: 'ministerio-de-cultura', target: 'peru', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'administracion-nacional-del-patrimonio-cultural', target: 'china', sentence: 2 },
    { type: 'LEADS', source: 'fabiola-rojas-melendez', target: 'ministerio-de-cultura', sentence: 3 },
    { type: 'STATED', source: 'fabiola-rojas-melendez', target: 'el-ejercito-de-terracota', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'picc', target: 'china', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-lijun', target: 'china', sentence: 5 },
    { type: 'VISITED', source: 'song-lijun', target: 'museo-nacional-del-peru', sentence: 5, validFrom: '2025-09-30' },
    { type: 'MET', source: 'song-lijun', target: 'fabiola-rojas-melendez', sentence: 5, validFrom: '2025-09-30' },
    { type: 'STATED', source: 'song-lijun', target: 'lima', sentence: 5 },
    { type: 'LOCATED_IN', source: 'museo-del-palacio', target: 'pekin', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'museo-larco', target: 'museo-del-palacio', sentence: 6, validFrom: '2025-06' },
    { type: 'LOCATED_IN', source: 'museo-larco', target: 'lima', sentence: 6 },
    { type: 'PART_OF', source: 'instituto-confucio', target: 'pontificia-universidad-catolica-del-peru', sentence: 7 },
    { type: 'COOPERATES_WITH', source: 'instituto-confucio', target: 'museo-nacional-del-peru', sentence: 7 },
    { type: 'STATED', source: 'ministerio-de-cultura', target: 'museo-nacional-del-peru', sentence: 8 },
    { type: 'LOCATED_IN', source: 'museo-nacional-del-peru', target: 'pachacamac', sentence: 8 },
  ],
};

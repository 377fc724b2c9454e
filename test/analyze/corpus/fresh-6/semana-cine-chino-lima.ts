import type { CorpusArticle } from '../corpus-article.js';

/** Una semana de cine chino en Lima, organizada por la embajada, y una coproducción peruano-china en camino (Spanish). */
export const article: CorpusArticle = {
  name: 'Semana del Cine Chino en el Centro Cultural Inca Garcilaso',
  language: 'es',
  publishedAt: '2025-09-02',
  annotated:
    '[[LIMA|lima]], 1 de septiembre — La {{Semana del Cine Chino|EVENT}}, que reúne doce películas estrenadas en ' +
    '[[China|china]] desde 2020, se inaugura el 4 de septiembre en el {{Centro Cultural Inca ' +
    'Garcilaso|INFRASTRUCTURE}}, en el centro histórico de [[Lima|lima]]. La organizan la {{Embajada de ' +
    'China|GOVERNMENT}} y la {{Administración Nacional de Cine|GOVERNMENT}} del gobierno chino, en coordinación con ' +
    'el {{Ministerio de Cultura|GOVERNMENT}}. La entrada es libre. La función inaugural será una cinta animada que ' +
    'superó los US$ 2.000 millones en taquilla en su país este año. Según el agregado cultural chino, {{Ma ' +
    'Liyun|PERSON}}, la muestra viajará después a {{Trujillo|PLACE}} y {{Arequipa|PLACE}}, donde se proyectará en ' +
    'universidades públicas. Por parte del {{Ministerio de Cultura|GOVERNMENT}}, la viceministra {{Carmen Ruiz ' +
    'Zapata|PERSON}} anunció que en 2026 la {{Cinemateca Nacional|ORGANIZATION}} llevará una selección de cine ' +
    'peruano al {{Festival Internacional de Cine de Shanghái|EVENT}}. El año pasado, la productora peruana {{Cóndor ' +
    'Films|COMPANY}} y la china {{Chengdu Panda Pictures|COMPANY}} firmaron un acuerdo para coproducir una comedia ' +
    'ambientada en {{Cusco|PLACE}} y {{Chengdu|PLACE}}, cuyo rodaje empezará en marzo. El gerente general de {{Cóndor ' +
    'Films|COMPANY}}, {{Gonzalo Benavente Ruiz|PERSON}}, dijo que la película costará US$ 3,2 millones y que la ' +
    'empresa china pondrá el 70% del presupuesto. Sería la tercera coproducción entre ambos países desde 2016.',
  relationships: [
    { type: 'HOSTED', source: 'centro-cultural-inca-garcilaso', target: 'semana-del-cine-chino', sentence: 1, validFrom: '2025-09-04' },
    { type: 'LOCATED_IN', source: 'centro-cultural-inca-garcilaso', target: 'lima', sentence: 1 },
    { type: 'HOSTED', source: 'embajada-de-china', target: 'semana-del-cine-chino', sentence: 2 },
    { type: 'HOSTED', source: 'administracion-nacional-de-cine', target: 'semana-del-cine-chino', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'administracion-nacional-de-cine', target: 'china', sentence: 2 },
    { type: 'COOPERATES_WITH', source: 'embajada-de-china', target: 'ministerio-de-cultura', sentence: 2 },
    { type: 'COOPERATES_WITH', source: 'administracion-nacional-de-cine', target: 'ministerio-de-cultura', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'ma-liyun', target: 'china', sentence: 5 },
    { type: 'STATED', source: 'ma-liyun', target: 'semana-del-cine-chino', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'carmen-ruiz-zapata', target: 'ministerio-de-cultura', sentence: 6 },
    { type: 'STATED', source: 'carmen-ruiz-zapata', target: 'cinemateca-nacional', sentence: 6 },
    {
      type: 'ATTENDED',
      source: 'cinemateca-nacional',
      target: 'festival-internacional-de-cine-de-shanghai',
      sentence: 6,
      validFrom: '2026',
    },
    { type: 'PARTNERS_WITH', source: 'condor-films', target: 'chengdu-panda-pictures', sentence: 7, validFrom: '2024' },
    { type: 'AFFILIATED_WITH', source: 'condor-films', target: 'peru', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'chengdu-panda-pictures', target: 'china', sentence: 7 },
    { type: 'LEADS', source: 'gonzalo-benavente-ruiz', target: 'condor-films', sentence: 8 },
    { type: 'STATED', source: 'gonzalo-benavente-ruiz', target: 'chengdu-panda-pictures', sentence: 8 },
  ],
};

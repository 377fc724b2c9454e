import type { CorpusArticle } from '../../corpus-article.js';

/** Tianqi Lithium firma un convenio de exploración de litio con el Gobierno Regional de Puno: Ingemmet, Macusani, críticas (Spanish). */
export const article: CorpusArticle = {
  name: 'mining: Tianqi Lithium y el Gobierno Regional de Puno firman convenio sobre litio',
  language: 'es',
  publishedAt: '2026-02-18',
  annotated:
    '{{PUNO|PLACE}}, 17 de febrero — La empresa china {{Tianqi Lithium|COMPANY}} y el {{Gobierno Regional de Puno|GOVERNMENT}} ' +
    'suscribieron este martes un {{Convenio Marco de Cooperación en Litio|AGREEMENT}} para estudiar los depósitos de litio de la ' +
    'meseta de {{Macusani|PLACE}}, en la provincia de {{Carabaya|PLACE}}. ' +
    'Firmaron el documento el gobernador regional, {{Richard Hancco|PERSON}}, y el vicepresidente de la compañía para ' +
    '{{América Latina|PLACE}}, {{Zhang Wenbo|PERSON}}, en una ceremonia en la sede del gobierno regional. ' +
    'La firma, con sede en {{Chengdu|PLACE}}, se comprometió a financiar con US$ 12 millones un laboratorio de análisis ' +
    'geoquímico en la {{Universidad Nacional del Altiplano|ORGANIZATION}}. ' +
    'El {{Instituto Geológico, Minero y Metalúrgico|GOVERNMENT}} ' +
    '({{Ingemmet|GOVERNMENT|instituto-geologico-minero-y-metalurgico}}), adscrito al ' +
    '{{Ministerio de Energía y Minas|GOVERNMENT}}, participará como asesor técnico. ' +
    'Las concesiones de litio de {{Macusani|PLACE}} pertenecen en su mayoría a {{Macusani Yellowcake|COMPANY}}, filial de la ' +
    'estadounidense {{American Lithium|COMPANY}}, que no participa en el acuerdo. ' +
    'Su gerente en el país, {{Ulises Paredes Vilca|PERSON}}, declaró a {{Gestión|MEDIA}} que la empresa está dispuesta a negociar con ' +
    'inversionistas chinos. ' +
    '{{Tianqi|COMPANY|tianqi-lithium}} es dueña del 22% de la chilena {{SQM|COMPANY}} y opera minas en {{Australia|COUNTRY}}. ' +
    'El congresista {{Wilson Mamani Ccori|PERSON}}, miembro de la {{Comisión de Energía y Minas|GOVERNMENT}} del ' +
    '[[Congreso de la República|peru-congress]], criticó el convenio y advirtió que el litio debe ser declarado recurso ' +
    'estratégico. ' +
    'Anunció que citará al ministro del sector para que explique el rol de [[China|china]] en el proyecto.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'tianqi-lithium', target: 'china', sentence: 1 },
    { type: 'SIGNED', source: 'tianqi-lithium', target: 'convenio-marco-de-cooperacion-en-litio', sentence: 1, validFrom: '2026-02-17' },
    {
      type: 'SIGNED',
      source: 'gobierno-regional-de-puno',
      target: 'convenio-marco-de-cooperacion-en-litio',
      sentence: 1,
      validFrom: '2026-02-17',
    },
    { type: 'COOPERATES_WITH', source: 'tianqi-lithium', target: 'gobierno-regional-de-puno', sentence: 1 },
    { type: 'LOCATED_IN', source: 'macusani', target: 'carabaya', sentence: 1 },
    { type: 'SIGNED', source: 'richard-hancco', target: 'convenio-marco-de-cooperacion-en-litio', sentence: 2 },
    { type: 'SIGNED', source: 'zhang-wenbo', target: 'convenio-marco-de-cooperacion-en-litio', sentence: 2 },
    { type: 'LEADS', source: 'richard-hancco', target: 'gobierno-regional-de-puno', sentence: 2 },
    { type: 'LEADS', source: 'zhang-wenbo', target: 'tianqi-lithium', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'tianqi-lithium', target: 'chengdu', sentence: 3 },
    {
      type: 'INVESTED_IN',
      source: 'tianqi-lithium',
      target: 'universidad-nacional-del-altiplano',
      sentence: 3,
      quantities: [{ value: 12000000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'instituto-geologico-minero-y-metalurgico', target: 'ministerio-de-energia-y-minas', sentence: 4 },
    {
      type: 'PARTICIPATES_IN',
      source: 'instituto-geologico-minero-y-metalurgico',
      target: 'convenio-marco-de-cooperacion-en-litio',
      sentence: 4,
    },
    { type: 'PART_OF', source: 'macusani-yellowcake', target: 'american-lithium', sentence: 5 },
    { type: 'LEADS', source: 'ulises-paredes-vilca', target: 'macusani-yellowcake', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'ulises-paredes-vilca', target: 'gestion', sentence: 6 },
    { type: 'STATED', source: 'ulises-paredes-vilca', target: 'macusani-yellowcake', sentence: 6 },
    { type: 'OWNS', source: 'tianqi-lithium', target: 'sqm', sentence: 7, quantities: [{ value: 22, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'wilson-mamani-ccori', target: 'comision-de-energia-y-minas', sentence: 8 },
    { type: 'PART_OF', source: 'comision-de-energia-y-minas', target: 'peru-congress', sentence: 8 },
    { type: 'STATED', source: 'wilson-mamani-ccori', target: 'convenio-marco-de-cooperacion-en-litio', sentence: 8 },
    { type: 'STATED', source: 'wilson-mamani-ccori', target: 'china', sentence: 9 },
  ],
};

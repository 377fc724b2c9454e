import type { CorpusArticle } from '../../corpus-article.js';

/** SPIC compra la central Cerro del Águila a Kallpa: vendedor, constructores, Indecopi, Osinergmin, el ministro (Spanish). */
export const article: CorpusArticle = {
  name: 'energy: La china SPIC compra la central Cerro del Águila',
  language: 'es',
  publishedAt: '2025-06-03',
  annotated:
    '[[LIMA|lima]], 2 de junio — La estatal china {{State Power Investment Corporation|COMPANY}} ' +
    '({{SPIC|COMPANY|state-power-investment-corporation}}) acordó comprar la central hidroeléctrica ' +
    '{{Cerro del Águila|INFRASTRUCTURE}}, de 525 megavatios, a {{Kallpa Generación|COMPANY}} por US$ 1.420 millones, ' +
    'informaron este lunes ambas empresas. ' +
    'La planta, ubicada en el distrito de {{Colcabamba|PLACE}}, en {{Huancavelica|PLACE}}, aporta cerca del 8% de la ' +
    'electricidad del país. ' +
    '{{Kallpa|COMPANY|kallpa-generacion}}, controlada por el fondo británico {{Actis|COMPANY}}, la construyó entre ' +
    '2012 y 2016 junto con la italiana {{Astaldi|COMPANY}}. ' +
    'La operación aún debe ser aprobada por el {{Indecopi|GOVERNMENT}}, la autoridad de competencia, que revisa las ' +
    'concentraciones en el sector eléctrico. ' +
    'El presidente de {{SPIC|COMPANY|state-power-investment-corporation}} para {{América Latina|PLACE}}, ' +
    '{{Liu Xiaodong|PERSON}}, dijo a la agencia {{Andina|MEDIA}} que la empresa invertirá otros US$ 300 millones en ' +
    'proyectos solares y eólicos en el [[Perú|peru]] hasta 2028. ' +
    'Agregó que la corporación, con sede en {{Pekín|PLACE}}, ya opera parques en {{Chile|COUNTRY}} y ' +
    '{{Brasil|COUNTRY}}, y que mantendrá a los 180 trabajadores de la central. ' +
    'Con la compra, las empresas chinas controlarán más de la mitad de la generación hidroeléctrica peruana, según ' +
    'cálculos de la consultora {{Macroconsult|COMPANY}}. ' +
    'El ministro peruano de Energía y Minas, {{Jorge Montero|PERSON}}, afirmó que el Gobierno “no ve riesgo” en la ' +
    'operación y que la central seguirá supervisada por el ' +
    '{{Organismo Supervisor de la Inversión en Energía y Minería|GOVERNMENT}} ' +
    '({{Osinergmin|GOVERNMENT|organismo-supervisor-de-la-inversion-en-energia-y-mineria}}).',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'state-power-investment-corporation', target: 'china', sentence: 1 },
    {
      type: 'ACQUIRED',
      source: 'state-power-investment-corporation',
      target: 'cerro-del-aguila',
      sentence: 1,
      quantities: [{ value: 1420000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'kallpa-generacion', target: 'cerro-del-aguila', sentence: 1 },
    { type: 'STATED', source: 'state-power-investment-corporation', target: 'cerro-del-aguila', sentence: 1, validFrom: '2025-06-02' },
    { type: 'STATED', source: 'kallpa-generacion', target: 'cerro-del-aguila', sentence: 1, validFrom: '2025-06-02' },
    { type: 'LOCATED_IN', source: 'cerro-del-aguila', target: 'colcabamba', sentence: 2 },
    { type: 'LOCATED_IN', source: 'colcabamba', target: 'huancavelica', sentence: 2 },
    { type: 'OWNS', source: 'actis', target: 'kallpa-generacion', sentence: 3 },
    { type: 'BUILT', source: 'kallpa-generacion', target: 'cerro-del-aguila', sentence: 3, validFrom: '2012' },
    { type: 'BUILT', source: 'astaldi', target: 'cerro-del-aguila', sentence: 3, validFrom: '2012' },
    { type: 'REGULATES', source: 'indecopi', target: 'state-power-investment-corporation', sentence: 4 },
    { type: 'LEADS', source: 'liu-xiaodong', target: 'state-power-investment-corporation', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'liu-xiaodong', target: 'andina', sentence: 5 },
    { type: 'STATED', source: 'liu-xiaodong', target: 'state-power-investment-corporation', sentence: 5 },
    {
      type: 'INVESTED_IN',
      source: 'state-power-investment-corporation',
      target: 'peru',
      sentence: 5,
      quantities: [{ value: 300000000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'state-power-investment-corporation', target: 'pekin', sentence: 6 },
    { type: 'STATED', source: 'macroconsult', target: 'china', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-montero', target: 'peru', sentence: 8 },
    { type: 'STATED', source: 'jorge-montero', target: 'cerro-del-aguila', sentence: 8 },
    {
      type: 'REGULATES',
      source: 'organismo-supervisor-de-la-inversion-en-energia-y-mineria',
      target: 'cerro-del-aguila',
      sentence: 8,
    },
  ],
};

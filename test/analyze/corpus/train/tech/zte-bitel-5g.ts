import type { CorpusArticle } from '../../corpus-article.js';

/** ZTE firma con Bitel el despliegue de 5G en la Amazonía: contrato, matriz vietnamita, regulador, MTC, Huawei (Spanish). */
export const article: CorpusArticle = {
  name: 'tech: ZTE desplegará la red 5G de Bitel en la Amazonía peruana',
  language: 'es',
  publishedAt: '2025-07-16',
  annotated:
    '[[LIMA|lima]], 15 de julio — La china {{ZTE|COMPANY}} firmó un contrato de US$ 85 millones con la operadora ' +
    '{{Bitel|COMPANY}} para instalar 900 antenas 5G en {{Loreto|PLACE}}, {{Ucayali|PLACE}} y {{San Martín|PLACE}}, ' +
    'informaron este martes ambas empresas. ' +
    '{{Bitel|COMPANY}} es la filial peruana del grupo vietnamita {{Viettel|COMPANY}}, que es dueño del 100 % de sus ' +
    'acciones y opera en el país desde 2014. ' +
    'El gerente general de la operadora, {{Nguyen Van Hung|PERSON}}, afirmó que la red llegará a 1.200 localidades ' +
    'que hoy no tienen internet móvil. ' +
    'Agregó que la primera fase estará lista en marzo de 2026 en {{Iquitos|PLACE}}, capital de {{Loreto|PLACE}}. ' +
    '{{ZTE|COMPANY}}, con sede en [[Shenzhen|shenzhen]], suministrará las estaciones base y capacitará a 300 técnicos ' +
    'peruanos en su centro de formación de [[Lima|lima]]. ' +
    'El {{Organismo Supervisor de Inversión Privada en Telecomunicaciones|GOVERNMENT}} ' +
    '({{Osiptel|GOVERNMENT|organismo-supervisor-de-inversion-privada-en-telecomunicaciones}}), que supervisa a las ' +
    'operadoras, deberá verificar la cobertura comprometida. ' +
    'Según el {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}} ({{MTC|GOVERNMENT|ministerio-de-transportes-y-' +
    'comunicaciones}}), el proyecto forma parte del {{Plan Nacional de Banda Ancha|PLAN}}, aprobado en 2024. ' +
    'El viceministro de Comunicaciones, {{Virgilio Tito|PERSON}}, dijo a la agencia {{Andina|MEDIA}} que el Estado ' +
    'cofinanciará US$ 20 millones a través del {{Programa Nacional de Telecomunicaciones|PROGRAM}} ' +
    '({{Pronatel|PROGRAM|programa-nacional-de-telecomunicaciones}}). ' +
    'Su competidora [[Huawei|huawei]] provee equipos 5G a {{Claro|COMPANY}} y {{Movistar|COMPANY}} desde 2022.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'zte', target: 'china', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'zte',
      target: 'bitel',
      sentence: 1,
      validFrom: '2025-07-15',
      quantities: [{ value: 85000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'bitel', target: 'zte', sentence: 1, validFrom: '2025-07-15' },
    { type: 'PART_OF', source: 'bitel', target: 'viettel', sentence: 2 },
    { type: 'OWNS', source: 'viettel', target: 'bitel', sentence: 2, quantities: [{ value: 100, unit: '%' }] },
    { type: 'LOCATED_IN', source: 'viettel', target: 'peru', sentence: 2, validFrom: '2014' },
    { type: 'LEADS', source: 'nguyen-van-hung', target: 'bitel', sentence: 3 },
    { type: 'STATED', source: 'nguyen-van-hung', target: 'bitel', sentence: 3 },
    { type: 'STATED', source: 'nguyen-van-hung', target: 'iquitos', sentence: 4 },
    { type: 'LOCATED_IN', source: 'iquitos', target: 'loreto', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'zte', target: 'shenzhen', sentence: 5 },
    { type: 'TRAINS', source: 'zte', target: 'bitel', sentence: 5 },
    { type: 'REGULATES', source: 'organismo-supervisor-de-inversion-privada-en-telecomunicaciones', target: 'bitel', sentence: 6 },
    { type: 'STATED', source: 'ministerio-de-transportes-y-comunicaciones', target: 'plan-nacional-de-banda-ancha', sentence: 7 },
    {
      type: 'ADOPTED',
      source: 'ministerio-de-transportes-y-comunicaciones',
      target: 'plan-nacional-de-banda-ancha',
      sentence: 7,
      validFrom: '2024',
    },
    { type: 'HOLDS_OFFICE_IN', source: 'virgilio-tito', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'virgilio-tito', target: 'andina', sentence: 8 },
    { type: 'STATED', source: 'virgilio-tito', target: 'programa-nacional-de-telecomunicaciones', sentence: 8 },
    {
      type: 'INVESTED_IN',
      source: 'programa-nacional-de-telecomunicaciones',
      target: 'bitel',
      sentence: 8,
      quantities: [{ value: 20000000, unit: 'USD' }],
    },
    { type: 'PARTNERS_WITH', source: 'huawei', target: 'claro', sentence: 9, validFrom: '2022' },
    { type: 'PARTNERS_WITH', source: 'huawei', target: 'movistar', sentence: 9, validFrom: '2022' },
  ],
};

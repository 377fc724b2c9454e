import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'icbc-buses-electricos-arequipa',
  language: 'es',
  publishedAt: '2026-03-04',
  annotated:
    'El {{ICBC Perú Bank|COMPANY}}, filial peruana del {{Industrial and Commercial Bank of China|COMPANY}}, ' +
    'otorgó un préstamo de US$ 64 millones a la empresa de transporte arequipeña {{Transportes Misti|COMPANY}} ' +
    'para comprar 150 buses eléctricos de la fabricante china {{BYD|COMPANY}}, informó el banco el ' +
    'martes. Es el primer crédito para transporte urbano eléctrico que la entidad concede fuera de ' +
    '[[Lima|lima]], señaló su gerente general, {{Zhang Lin|PERSON}}. Los buses, de doce metros, cubrirán ' +
    'las rutas troncales del {{Sistema Integrado de Transporte|INFRASTRUCTURE}} ' +
    '({{SIT|INFRASTRUCTURE|sistema-integrado-de-transporte}}) de {{Arequipa|PLACE}}, que {{Transportes Misti|COMPANY}} ' +
    'opera desde 2017 junto con otras seis empresas en virtud de una concesión otorgada ese año por la ' +
    '{{Municipalidad Provincial de Arequipa|GOVERNMENT}}. {{BYD|COMPANY}}, con sede en ' +
    '[[Shenzhen|shenzhen]], ensamblará los vehículos en su planta de {{Xi’an|PLACE}} y los enviará por ' +
    'el [[puerto de Chancay|chancay-port]], desde donde llegarán por carretera al sur del país antes de ' +
    'fin de año. El alcalde de {{Arequipa|GOVERNMENT|municipalidad-provincial-de-arequipa}}, {{Marco Zegarra|PERSON}}, ' +
    'dijo que la nueva flota reducirá en un tercio las emisiones del transporte público de la ciudad. ' +
    '“Los arequipeños llevan quince años esperando un sistema moderno; por fin lo tendrán”, agregó. El ' +
    'financiamiento, a diez años, incluye un tramo de US$ 16 millones aportado por la {{Corporación Financiera de ' +
    'Desarrollo|GOVERNMENT}} ({{Cofide|GOVERNMENT|corporacion-financiera-de-desarrollo}}), el banco de ' +
    'fomento del Estado peruano. El {{ICBC|COMPANY|industrial-and-commercial-bank-of-china}}, el mayor ' +
    'banco del mundo por activos, abrió su filial en [[Lima|lima]] en 2014. Hoy es, junto con el {{Bank of China|COMPANY}} ' +
    'y el {{China Construction Bank|COMPANY}}, una de las tres entidades chinas autorizadas a operar en ' +
    'el país por la {{Superintendencia de Banca, Seguros y AFP|GOVERNMENT}} ' +
    '({{SBS|GOVERNMENT|superintendencia-de-banca-seguros-y-afp}}).',
  relationships: [
    {
      type: 'INVESTED_IN',
      source: 'icbc-peru-bank',
      target: 'transportes-misti',
      sentence: 1,
      quantities: [{ value: 64000000, unit: 'USD' }],
    },
    { type: 'OWNS', source: 'industrial-and-commercial-bank-of-china', target: 'icbc-peru-bank', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'icbc-peru-bank', target: 'peru', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'transportes-misti', target: 'arequipa', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'byd', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'icbc-peru-bank', target: 'transportes-misti', sentence: 1 },
    { type: 'LEADS', source: 'zhang-lin', target: 'icbc-peru-bank', sentence: 2 },
    { type: 'STATED', source: 'zhang-lin', target: 'icbc-peru-bank', sentence: 2 },
    { type: 'LOCATED_IN', source: 'sistema-integrado-de-transporte', target: 'arequipa', sentence: 3 },
    { type: 'OPERATES', source: 'transportes-misti', target: 'sistema-integrado-de-transporte', sentence: 3, validFrom: '2017' },
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'municipalidad-provincial-de-arequipa',
      target: 'transportes-misti',
      sentence: 3,
      validFrom: '2017',
    },
    { type: 'HEADQUARTERED_IN', source: 'byd', target: 'shenzhen', sentence: 4 },
    { type: 'LEADS', source: 'marco-zegarra', target: 'municipalidad-provincial-de-arequipa', sentence: 5 },
    { type: 'STATED', source: 'marco-zegarra', target: 'sistema-integrado-de-transporte', sentence: 5 },
    {
      type: 'INVESTED_IN',
      source: 'corporacion-financiera-de-desarrollo',
      target: 'transportes-misti',
      sentence: 7,
      quantities: [{ value: 16000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'corporacion-financiera-de-desarrollo', target: 'peru', sentence: 7 },
    { type: 'HEADQUARTERED_IN', source: 'icbc-peru-bank', target: 'lima', sentence: 8, validFrom: '2014' },
    { type: 'AFFILIATED_WITH', source: 'industrial-and-commercial-bank-of-china', target: 'china', sentence: 9 },
    { type: 'AFFILIATED_WITH', source: 'bank-of-china', target: 'china', sentence: 9 },
    { type: 'AFFILIATED_WITH', source: 'china-construction-bank', target: 'china', sentence: 9 },
    {
      type: 'REGULATES',
      source: 'superintendencia-de-banca-seguros-y-afp',
      target: 'industrial-and-commercial-bank-of-china',
      sentence: 9,
    },
    { type: 'REGULATES', source: 'superintendencia-de-banca-seguros-y-afp', target: 'bank-of-china', sentence: 9 },
    { type: 'REGULATES', source: 'superintendencia-de-banca-seguros-y-afp', target: 'china-construction-bank', sentence: 9 },
  ],
};

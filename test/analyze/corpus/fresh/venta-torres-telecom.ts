import type { CorpusArticle } from '../corpus-article.js';

/**
 * A Chinese-owned tower company buys a Peruvian operator’s tower subsidiary: buyer, seller, owners,
 * regulator, a fibre contract (Spanish).
 */
export const article: CorpusArticle = {
  name: 'fresh-venta-torres-telecom',
  language: 'es',
  publishedAt: '2025-08-12',
  annotated:
    '[[LIMA|lima]], 12 de agosto — {{Torres del Pacífico|COMPANY}}, filial peruana del grupo chino ' +
    '{{Huaxin Communications|COMPANY}}, compró el lunes el 100% de {{Infratel Andina|COMPANY}}, la empresa que agrupa ' +
    'las 1.850 torres de telefonía móvil de la operadora {{Movilnet Perú|COMPANY}}, por US$ 410 millones. ' +
    'Como parte de la operación, {{Movilnet|COMPANY|movilnet-peru}}, que vendió la filial para reducir su deuda, ' +
    'seguirá alquilando las torres a {{Torres del Pacífico|COMPANY}} durante 15 años. ' +
    '{{Huaxin|COMPANY|huaxin-communications}}, con sede en {{Hangzhou|PLACE}}, administra unas 40.000 torres en ' +
    '{{Asia|PLACE}} y {{África|PLACE}}, y esta es su primera compra en {{América Latina|PLACE}}. ' +
    'El gerente general de {{Torres del Pacífico|COMPANY}}, {{Sun Wei|PERSON}}, dijo a {{Gestión|MEDIA}} que la ' +
    'empresa invertirá otros US$ 60 millones en el [[Perú|peru]] para levantar 500 torres en zonas rurales de la ' +
    '{{Amazonía|PLACE}}. ' +
    'El {{Organismo Supervisor de Inversión Privada en Telecomunicaciones|GOVERNMENT}} ' +
    '({{Osiptel|GOVERNMENT|organismo-supervisor-de-inversion-privada-en-telecomunicaciones}}), que supervisa a ' +
    '{{Movilnet|COMPANY|movilnet-peru}}, deberá aprobar la transferencia antes de fin de año. ' +
    'Según {{Alfredo Benavides Soto|PERSON}}, presidente de la ' +
    '{{Asociación para el Fomento de la Infraestructura Nacional|ORGANIZATION}} ' +
    '({{AFIN|ORGANIZATION|asociacion-para-el-fomento-de-la-infraestructura-nacional}}), el [[Perú|peru]] necesita ' +
    '20.000 torres más para cerrar su brecha digital. ' +
    'El principal accionista de {{Movilnet|COMPANY|movilnet-peru}} es el fondo mexicano {{Grupo Altamira|COMPANY}}, ' +
    'dueño del 65% de la operadora desde 2019. ' +
    'En 2023, el {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}}) contrató a la también china {{ZTE|COMPANY}} para ' +
    'construir la {{Red Dorsal de Amazonas|INFRASTRUCTURE}}, una red de fibra óptica de 2.400 kilómetros.',
  relationships: [
    { type: 'PART_OF', source: 'torres-del-pacifico', target: 'huaxin-communications', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'torres-del-pacifico', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'huaxin-communications', target: 'china', sentence: 1 },
    {
      type: 'ACQUIRED',
      source: 'torres-del-pacifico',
      target: 'infratel-andina',
      sentence: 1,
      validFrom: '2025-08-11',
      quantities: [
        { value: 100, unit: '%' },
        { value: 410000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'movilnet-peru', target: 'infratel-andina', sentence: 2 },
    { type: 'PARTNERS_WITH', source: 'movilnet-peru', target: 'torres-del-pacifico', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'huaxin-communications', target: 'hangzhou', sentence: 3 },
    { type: 'LEADS', source: 'sun-wei', target: 'torres-del-pacifico', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'sun-wei', target: 'gestion', sentence: 4 },
    { type: 'STATED', source: 'sun-wei', target: 'peru', sentence: 4 },
    { type: 'INVESTED_IN', source: 'torres-del-pacifico', target: 'peru', sentence: 4, quantities: [{ value: 60000000, unit: 'USD' }] },
    { type: 'REGULATES', source: 'organismo-supervisor-de-inversion-privada-en-telecomunicaciones', target: 'movilnet-peru', sentence: 5 },
    { type: 'LEADS', source: 'alfredo-benavides-soto', target: 'asociacion-para-el-fomento-de-la-infraestructura-nacional', sentence: 6 },
    { type: 'STATED', source: 'alfredo-benavides-soto', target: 'peru', sentence: 6 },
    {
      type: 'OWNS',
      source: 'grupo-altamira',
      target: 'movilnet-peru',
      sentence: 7,
      validFrom: '2019',
      quantities: [{ value: 65, unit: '%' }],
    },
    { type: 'PARTNERS_WITH', source: 'ministerio-de-transportes-y-comunicaciones', target: 'zte', sentence: 8, validFrom: '2023' },
    { type: 'AFFILIATED_WITH', source: 'zte', target: 'china', sentence: 8 },
    { type: 'BUILT', source: 'zte', target: 'red-dorsal-de-amazonas', sentence: 8 },
  ],
};

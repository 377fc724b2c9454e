import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'concesion-san-gaban-iii',
  language: 'es',
  publishedAt: '2025-08-05',
  annotated:
    'El {{Ministerio de Energía y Minas|GOVERNMENT}} ' +
    '({{Minem|GOVERNMENT|ministerio-de-energia-y-minas}}) amplió por diez años la concesión de {{Hydro Global ' +
    'Perú|COMPANY}} sobre la central hidroeléctrica {{San Gabán III|INFRASTRUCTURE}}, en la región ' +
    '{{Puno|PLACE}}, según una resolución publicada el lunes en el diario oficial {{El Peruano|MEDIA}}. ' +
    'La central, de 209 megavatios, pertenece a {{Hydro Global Perú|COMPANY}}, filial del grupo estatal ' +
    'chino {{China Three Gorges Corporation|COMPANY}} ({{CTG|COMPANY|china-three-gorges-corporation}}), ' +
    'y entró en operación comercial en 2024. La obra fue ejecutada entre 2019 y 2024 por la constructora ' +
    'china {{Sinohydro|COMPANY}}, con una inversión de US$ 438 millones de ' +
    '{{CTG|COMPANY|china-three-gorges-corporation}}. La empresa pidió la prórroga en 2023 para compensar ' +
    'los casi dos años de retraso que sufrió la construcción durante la pandemia, explicó su gerente ' +
    'general, {{Chen Hao|PERSON}}. “Con este plazo podremos seguir entregando energía limpia al sur del ' +
    'país hasta 2055”, añadió. La energía de {{San Gabán III|INFRASTRUCTURE}} se inyecta al {{Sistema Eléctrico ' +
    'Interconectado Nacional|INFRASTRUCTURE}} ' +
    '({{SEIN|INFRASTRUCTURE|sistema-electrico-interconectado-nacional}}) a través de una línea de ' +
    'transmisión que llega hasta la subestación {{Onocora|INFRASTRUCTURE}}, en {{Cusco|PLACE}}. El ' +
    '{{Comité de Operación Económica del Sistema|ORGANIZATION}} ' +
    '({{COES|ORGANIZATION|comite-de-operacion-economica-del-sistema}}), que opera el ' +
    '{{SEIN|INFRASTRUCTURE|sistema-electrico-interconectado-nacional}}, estima que la planta cubre cerca ' +
    'del 3% de la demanda eléctrica nacional. No todos celebran la decisión. La {{Federación Campesina de Carabaya|GROUP}} ' +
    'pidió al {{Organismo de Evaluación y Fiscalización Ambiental|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|organismo-de-evaluacion-y-fiscalizacion-ambiental}}), que fiscaliza la central, ' +
    'que verifique el caudal ecológico del río {{San Gabán|PLACE}}, cuyas aguas, según los dirigentes, ' +
    'han bajado desde que se llenó el embalse. {{CTG|COMPANY|china-three-gorges-corporation}} es uno de ' +
    'los mayores inversionistas del sector eléctrico peruano: en 2019 compró la central ' +
    '{{Chaglla|INFRASTRUCTURE}}, en {{Huánuco|PLACE}}, al grupo brasileño {{Odebrecht|COMPANY}} por US$ ' +
    '1.390 millones.',
  relationships: [
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'ministerio-de-energia-y-minas',
      target: 'hydro-global-peru',
      sentence: 1,
      validFrom: '2025-08-04',
    },
    { type: 'LOCATED_IN', source: 'san-gaban-iii', target: 'puno', sentence: 1 },
    { type: 'COMMUNICATED_VIA', source: 'ministerio-de-energia-y-minas', target: 'el-peruano', sentence: 1 },
    { type: 'OWNS', source: 'hydro-global-peru', target: 'san-gaban-iii', sentence: 2 },
    { type: 'OWNS', source: 'china-three-gorges-corporation', target: 'hydro-global-peru', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-three-gorges-corporation', target: 'china', sentence: 2 },
    { type: 'BUILT', source: 'sinohydro', target: 'san-gaban-iii', sentence: 3, validFrom: '2019' },
    { type: 'AFFILIATED_WITH', source: 'sinohydro', target: 'china', sentence: 3 },
    {
      type: 'INVESTED_IN',
      source: 'china-three-gorges-corporation',
      target: 'san-gaban-iii',
      sentence: 3,
      quantities: [{ value: 438000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'chen-hao', target: 'hydro-global-peru', sentence: 4 },
    { type: 'STATED', source: 'chen-hao', target: 'san-gaban-iii', sentence: 4 },
    { type: 'PART_OF', source: 'san-gaban-iii', target: 'sistema-electrico-interconectado-nacional', sentence: 6 },
    { type: 'LOCATED_IN', source: 'onocora', target: 'cusco', sentence: 6 },
    {
      type: 'OPERATES',
      source: 'comite-de-operacion-economica-del-sistema',
      target: 'sistema-electrico-interconectado-nacional',
      sentence: 7,
    },
    { type: 'STATED', source: 'comite-de-operacion-economica-del-sistema', target: 'san-gaban-iii', sentence: 7 },
    { type: 'STATED', source: 'federacion-campesina-de-carabaya', target: 'san-gaban-iii', sentence: 9 },
    { type: 'REGULATES', source: 'organismo-de-evaluacion-y-fiscalizacion-ambiental', target: 'san-gaban-iii', sentence: 9 },
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges-corporation',
      target: 'chaglla',
      sentence: 10,
      validFrom: '2019',
      quantities: [{ value: 1390000000, unit: 'USD' }],
    },
    {
      type: 'SOLD',
      source: 'odebrecht',
      target: 'chaglla',
      sentence: 10,
      validFrom: '2019',
      quantities: [{ value: 1390000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'chaglla', target: 'huanuco', sentence: 10 },
  ],
};

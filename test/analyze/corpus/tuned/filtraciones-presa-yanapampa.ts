import type { CorpusArticle } from '../corpus-article.js';

/** The water authority warns of leaks in a Chinese-built dam in Áncash: builder, operator, owners, governor, Congress (Spanish). */
export const article: CorpusArticle = {
  name: 'Filtraciones en la presa de Yanapampa',
  language: 'es',
  publishedAt: '2025-02-20',
  annotated:
    '{{HUARAZ|PLACE}}, 19 de febrero — La {{Autoridad Nacional del Agua|GOVERNMENT}} ' +
    '({{ANA|GOVERNMENT|autoridad-nacional-del-agua}}) advirtió el miércoles que la presa de {{Yanapampa|INFRASTRUCTURE}}, ' +
    'construida por la estatal china {{Sinohydro|COMPANY}} en la provincia de {{Huari|PLACE}}, en {{Áncash|PLACE}}, ' +
    'presenta filtraciones que podrían comprometer su estabilidad. ' +
    'La {{ANA|GOVERNMENT|autoridad-nacional-del-agua}}, adscrita al ' +
    '{{Ministerio de Desarrollo Agrario y Riego|GOVERNMENT}} ' +
    '({{Midagri|GOVERNMENT|ministerio-de-desarrollo-agrario-y-riego}}), supervisa desde 2019 la seguridad de esa presa y ' +
    'de otras 42 grandes presas del país. ' +
    'La obra, de 85 metros de altura, almacena el agua de la central hidroeléctrica {{Yanapampa II|INFRASTRUCTURE}}, que ' +
    'opera desde 2021 la empresa {{Hydro Andes Generación|COMPANY}}. ' +
    '{{Hydro Andes Generación|COMPANY}} es propiedad en un 70% de la eléctrica china {{Huadian|COMPANY}} y en un 30% del ' +
    'fondo peruano {{Inversiones Conchucos|COMPANY}}. ' +
    'El jefe de la {{ANA|GOVERNMENT|autoridad-nacional-del-agua}}, {{Ernesto Villacorta Gálvez|PERSON}}, ordenó a la ' +
    'operadora reducir a la mitad el nivel del embalse y entregar en 30 días un estudio independiente. ' +
    'En un comunicado, la compañía descartó riesgos para la población y aseguró que {{Sinohydro|COMPANY}} revisará la ' +
    'estructura junto con la consultora alemana {{Lahmeyer|COMPANY}}. ' +
    'El gobernador regional de {{Áncash|PLACE}}, {{Hilario Cochachin Rondán|PERSON}}, pidió evacuar de forma preventiva ' +
    'tres caseríos situados aguas abajo de {{Yanapampa|INFRASTRUCTURE}}. ' +
    'La {{Comisión de Energía y Minas|GOVERNMENT}} del [[Congreso de la República|peru-congress]] citó para el 4 de marzo ' +
    'al titular del {{Ministerio de Energía y Minas|GOVERNMENT}}, {{Álvaro Cisneros Tello|PERSON}}, y al representante de ' +
    '{{Sinohydro|COMPANY}} en el [[Perú|peru]], {{Chen Guoqiang|PERSON}}.',
  relationships: [
    { type: 'STATED', source: 'autoridad-nacional-del-agua', target: 'yanapampa', sentence: 1, validFrom: '2025-02-19' },
    { type: 'BUILT', source: 'sinohydro', target: 'yanapampa', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'sinohydro', target: 'china', sentence: 1 },
    { type: 'LOCATED_IN', source: 'yanapampa', target: 'huari', sentence: 1 },
    { type: 'LOCATED_IN', source: 'huari', target: 'ancash', sentence: 1 },
    { type: 'PART_OF', source: 'autoridad-nacional-del-agua', target: 'ministerio-de-desarrollo-agrario-y-riego', sentence: 2 },
    { type: 'REGULATES', source: 'autoridad-nacional-del-agua', target: 'yanapampa', sentence: 2, validFrom: '2019' },
    { type: 'OPERATES', source: 'hydro-andes-generacion', target: 'yanapampa-ii', sentence: 3, validFrom: '2021' },
    { type: 'OWNS', source: 'huadian', target: 'hydro-andes-generacion', sentence: 4, quantities: [{ value: 70, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'huadian', target: 'china', sentence: 4 },
    {
      type: 'OWNS',
      source: 'inversiones-conchucos',
      target: 'hydro-andes-generacion',
      sentence: 4,
      quantities: [{ value: 30, unit: '%' }],
    },
    { type: 'AFFILIATED_WITH', source: 'inversiones-conchucos', target: 'peru', sentence: 4 },
    { type: 'LEADS', source: 'ernesto-villacorta-galvez', target: 'autoridad-nacional-del-agua', sentence: 5 },
    { type: 'STATED', source: 'ernesto-villacorta-galvez', target: 'hydro-andes-generacion', sentence: 5 },
    { type: 'STATED', source: 'hydro-andes-generacion', target: 'sinohydro', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'sinohydro', target: 'lahmeyer', sentence: 6 },
    { type: 'LEADS', source: 'hilario-cochachin-rondan', target: 'ancash', sentence: 7 },
    { type: 'STATED', source: 'hilario-cochachin-rondan', target: 'yanapampa', sentence: 7 },
    { type: 'PART_OF', source: 'comision-de-energia-y-minas', target: 'peru-congress', sentence: 8 },
    { type: 'LEADS', source: 'alvaro-cisneros-tello', target: 'ministerio-de-energia-y-minas', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'chen-guoqiang', target: 'sinohydro', sentence: 8 },
  ],
};

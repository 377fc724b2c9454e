import type { CorpusArticle } from '../corpus-article.js';

/**
 * La comunidad tusán celebra 175 años de la inmigración china: Barrio Chino, Beneficencia, embajador, municipio, muestra, festival
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Los 175 años de la inmigración china en el Perú',
  language: 'es',
  publishedAt: '2024-10-16',
  annotated:
    'Con una danza de dragones por la calle {{Capón|PLACE}}, en el {{Barrio Chino|PLACE}} de [[Lima|lima]], la ' +
    'comunidad tusán celebró el martes 175 años de la llegada de los primeros inmigrantes chinos al [[Perú|peru]]. ' +
    'El 15 de octubre de 1849 desembarcaron en el {{Callao|PLACE}} 75 trabajadores procedentes de {{Cantón|PLACE}}, ' +
    'contratados para las haciendas de la costa. ' +
    'El acto central de la {{Semana de la Inmigración China|EVENT}} se realizó en la sede de la ' +
    '{{Sociedad Central de Beneficencia China|ORGANIZATION}}, y lo encabezaron el presidente de la institución, ' +
    '{{Manuel Chang Loo|PERSON}}, y el embajador chino, {{Gao Weiming|PERSON}}. ' +
    '{{Gao|PERSON|gao-weiming}} llamó a los descendientes de aquellos inmigrantes «un puente vivo entre dos ' +
    'civilizaciones» y anunció que su Gobierno financiará la restauración del {{Templo Chung Wa|PLACE}}, levantado ' +
    'en la misma calle en 1886. ' +
    'El teniente alcalde de la {{Municipalidad de Lima|GOVERNMENT}}, {{Renzo Ugarte Bazán|PERSON}}, prometió que la ' +
    'comuna renovará antes de diciembre las veredas y el alumbrado del barrio. ' +
    'Por su parte, el {{Ministerio de Cultura|GOVERNMENT}} abrió en el {{Museo de la Nación|ORGANIZATION}} la muestra ' +
    '{{Tusanes: 175 años en el Perú|EVENT}}, con fotografías y cartas cedidas por la ' +
    '{{Asociación Peruano China|ORGANIZATION}} ({{APCH|ORGANIZATION|asociacion-peruano-china}}). ' +
    'Según la {{APCH|ORGANIZATION|asociacion-peruano-china}}, hasta tres millones de peruanos tienen algún antepasado ' +
    'chino. ' +
    'Las celebraciones seguirán el sábado con el {{Festival del Chifa|EVENT}}, que la ' +
    '{{Cámara de Comercio Peruano China|ORGANIZATION}} organiza en el {{Parque de la Exposición|PLACE}}.',
  relationships: [
    { type: 'LOCATED_IN', source: 'capon', target: 'barrio-chino', sentence: 1 },
    { type: 'LOCATED_IN', source: 'barrio-chino', target: 'lima', sentence: 1 },
    { type: 'HOSTED', source: 'sociedad-central-de-beneficencia-china', target: 'semana-de-la-inmigracion-china', sentence: 3 },
    { type: 'PRESIDED_OVER', source: 'manuel-chang-loo', target: 'semana-de-la-inmigracion-china', sentence: 3 },
    { type: 'PRESIDED_OVER', source: 'gao-weiming', target: 'semana-de-la-inmigracion-china', sentence: 3 },
    { type: 'LEADS', source: 'manuel-chang-loo', target: 'sociedad-central-de-beneficencia-china', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'gao-weiming', target: 'china', sentence: 3 },
    { type: 'STATED', source: 'gao-weiming', target: 'china', sentence: 4 },
    { type: 'INVESTED_IN', source: 'china', target: 'templo-chung-wa', sentence: 4 },
    { type: 'LOCATED_IN', source: 'templo-chung-wa', target: 'capon', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'renzo-ugarte-bazan', target: 'municipalidad-de-lima', sentence: 5 },
    { type: 'STATED', source: 'renzo-ugarte-bazan', target: 'municipalidad-de-lima', sentence: 5 },
    { type: 'HOSTED', source: 'ministerio-de-cultura', target: 'tusanes-175-anos-en-el-peru', sentence: 6 },
    { type: 'HOSTED', source: 'museo-de-la-nacion', target: 'tusanes-175-anos-en-el-peru', sentence: 6 },
    { type: 'STATED', source: 'asociacion-peruano-china', target: 'peru', sentence: 7 },
    { type: 'HOSTED', source: 'camara-de-comercio-peruano-china', target: 'festival-del-chifa', sentence: 8, validFrom: '2024-10-19' },
    { type: 'HOSTED', source: 'parque-de-la-exposicion', target: 'festival-del-chifa', sentence: 8, validFrom: '2024-10-19' },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** China dona sistemas fotovoltaicos para comunidades de Loreto: convenio, fabricante, distribuidora, gobernador (Spanish). */
export const article: CorpusArticle = {
  name: 'energy: China dona paneles solares para 12.000 familias de Loreto',
  language: 'es',
  publishedAt: '2026-02-05',
  annotated:
    '{{IQUITOS|PLACE}}, 4 de febrero — Unas 12.000 familias de comunidades ribereñas de {{Loreto|PLACE}} recibirán ' +
    'sistemas fotovoltaicos domiciliarios donados por el gobierno de [[China|china]] en el marco del ' +
    '{{Programa Luz para la Amazonía|PROGRAM}}, anunció este miércoles el {{Ministerio de Energía y Minas|GOVERNMENT}}. ' +
    'La donación, valorizada en US$ 18 millones, se formalizó en [[Lima|lima]] con el ' +
    '{{Convenio de Cooperación Fotovoltaica|AGREEMENT}}, suscrito por el viceministro de Electricidad, ' +
    '{{Juan Carlos Ortiz|PERSON}}, y el embajador chino, {{Song Yang|PERSON}}. ' +
    'Los paneles, fabricados por {{LONGi Green Energy|COMPANY}}, con sede en {{Xi’an|PLACE}}, llegarán al puerto del ' +
    '{{Callao|PLACE}} en abril y serán trasladados en barcazas por el río {{Amazonas|PLACE}}. ' +
    'La instalación estará a cargo de {{Electro Oriente|COMPANY}}, la distribuidora estatal de la región, que operará ' +
    'y mantendrá los equipos durante diez años. ' +
    'Según {{Ortiz|PERSON|juan-carlos-ortiz}}, el 22% de los hogares de {{Loreto|PLACE}} aún no tiene electricidad, ' +
    'la tasa más alta del país. ' +
    '{{Electro Oriente|COMPANY}}, supervisada por {{Osinergmin|GOVERNMENT}}, abastece a {{Iquitos|PLACE}} con una ' +
    'central térmica porque la ciudad no está conectada a la red nacional. ' +
    'El gobernador regional, {{René Chávez Silvano|PERSON}}, agradeció la donación y pidió a [[Pekín|china]] apoyo ' +
    'para una línea de transmisión entre {{Moyobamba|PLACE}} e {{Iquitos|PLACE}}. ' +
    'Desde 2015, [[China|china]] ha donado al [[Perú|peru]] equipos por más de US$ 60 millones, según la embajada.',
  relationships: [
    { type: 'PARTICIPATES_IN', source: 'china', target: 'programa-luz-para-la-amazonia', sentence: 1 },
    { type: 'STATED', source: 'ministerio-de-energia-y-minas', target: 'china', sentence: 1, validFrom: '2026-02-04' },
    {
      type: 'INVESTED_IN',
      source: 'china',
      target: 'programa-luz-para-la-amazonia',
      sentence: 2,
      quantities: [{ value: 18000000, unit: 'USD' }],
    },
    { type: 'SIGNED', source: 'juan-carlos-ortiz', target: 'convenio-de-cooperacion-fotovoltaica', sentence: 2 },
    { type: 'SIGNED', source: 'song-yang', target: 'convenio-de-cooperacion-fotovoltaica', sentence: 2 },
    { type: 'PARTY_TO', source: 'china', target: 'convenio-de-cooperacion-fotovoltaica', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'juan-carlos-ortiz', target: 'ministerio-de-energia-y-minas', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'longi-green-energy', target: 'xi-an', sentence: 3 },
    { type: 'PARTICIPATES_IN', source: 'electro-oriente', target: 'programa-luz-para-la-amazonia', sentence: 4 },
    { type: 'LOCATED_IN', source: 'electro-oriente', target: 'loreto', sentence: 4 },
    { type: 'STATED', source: 'juan-carlos-ortiz', target: 'loreto', sentence: 5 },
    { type: 'REGULATES', source: 'osinergmin', target: 'electro-oriente', sentence: 6 },
    { type: 'LOCATED_IN', source: 'electro-oriente', target: 'iquitos', sentence: 6 },
    { type: 'LEADS', source: 'rene-chavez-silvano', target: 'loreto', sentence: 7 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'rene-chavez-silvano', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'rene-chavez-silvano', target: 'china', sentence: 7 },
    {
      type: 'INVESTED_IN',
      source: 'china',
      target: 'peru',
      sentence: 8,
      validFrom: '2015',
      quantities: [{ value: 60000000, unit: 'USD' }],
    },
  ],
};

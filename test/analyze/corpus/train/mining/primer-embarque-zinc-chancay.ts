import type { CorpusArticle } from '../../corpus-article.js';

/** Sale de Chancay el primer embarque de concentrado de zinc a China: naviera, puerto, ministra, aduanas, exportadores (Spanish). */
export const article: CorpusArticle = {
  name: 'mining: zarpa de Chancay el primer embarque de concentrado de zinc hacia China',
  language: 'es',
  publishedAt: '2025-03-21',
  annotated:
    '{{HUARAL|PLACE}}, 20 de marzo ({{Andina|MEDIA}}) — Un buque de [[COSCO Shipping|cosco-shipping]] zarpó este jueves del ' +
    '[[Puerto de Chancay|chancay-port]] con 32.000 toneladas de concentrado de zinc de {{Volcan Compañía Minera|COMPANY}} ' +
    'con destino a {{Qingdao|PLACE}}, el primer envío de minerales por el nuevo terminal. ' +
    'El cargamento, valorizado en unos US$ 48 millones, fue adquirido por la comercializadora estatal china ' +
    '{{China Minmetals Non-ferrous Metals|COMPANY}}. ' +
    'La ministra de Comercio Exterior y Turismo, {{Úrsula Desilú León|PERSON}}, presidió la ceremonia de despacho junto al ' +
    'gerente general del terminal, {{Carlos Tejada Noriega|PERSON}}. ' +
    'Afirmó que el [[Mincetur|mincetur]] trabajará con la {{Superintendencia Nacional de Aduanas y de Administración ' +
    'Tributaria|GOVERNMENT}} ({{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}) ' +
    'para reducir a 24 horas la inspección de los contenedores mineros. ' +
    '[[Chancay|chancay-port]], ubicado a 80 kilómetros al norte de [[Lima|lima]], es propiedad en un 60% de ' +
    '[[Cosco Shipping|cosco-shipping]], mientras que {{Volcan|COMPANY|volcan-compania-minera}} posee el 40% restante. ' +
    'Hasta ahora, la minera despachaba su concentrado desde el {{Callao|PLACE}}, donde el terminal de embarque lo opera ' +
    '{{Transportadora Callao|COMPANY}}. ' +
    'Según {{Carlos Ruiz Caro|PERSON}}, presidente ejecutivo de la minera, la ruta directa reduce en diez días el tránsito hacia ' +
    '[[China|china]] y en 15% el costo del flete. ' +
    'La {{Sociedad Nacional de Minería, Petróleo y Energía|ORGANIZATION}} ({{SNMPE|ORGANIZATION|sociedad-nacional-de-mineria-' +
    'petroleo-y-energia}}) estimó que otras cuatro mineras de la sierra central usarán el puerto este año. ' +
    'El [[Perú|peru]] exportó a [[China|china]] US$ 1.900 millones en zinc en 2024, de acuerdo con cifras del ' +
    '{{Banco Central de Reserva del Perú|GOVERNMENT}}.',
  relationships: [
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 1 },
    { type: 'LOCATED_IN', source: 'chancay-port', target: 'huaral', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'cosco-shipping', target: 'volcan-compania-minera', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'china-minmetals-non-ferrous-metals',
      target: 'volcan-compania-minera',
      sentence: 2,
      quantities: [{ value: 48000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'china-minmetals-non-ferrous-metals', target: 'china', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'ursula-desilu-leon', target: 'mincetur', sentence: 3 },
    { type: 'VISITED', source: 'ursula-desilu-leon', target: 'chancay-port', sentence: 3 },
    { type: 'LEADS', source: 'carlos-tejada-noriega', target: 'chancay-port', sentence: 3 },
    { type: 'STATED', source: 'ursula-desilu-leon', target: 'mincetur', sentence: 4 },
    {
      type: 'COOPERATES_WITH',
      source: 'mincetur',
      target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      sentence: 4,
    },
    { type: 'LOCATED_IN', source: 'chancay-port', target: 'lima', sentence: 5 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 5, quantities: [{ value: 60, unit: '%' }] },
    { type: 'OWNS', source: 'volcan-compania-minera', target: 'chancay-port', sentence: 5, quantities: [{ value: 40, unit: '%' }] },
    { type: 'LOCATED_IN', source: 'transportadora-callao', target: 'callao', sentence: 6 },
    { type: 'LEADS', source: 'carlos-ruiz-caro', target: 'volcan-compania-minera', sentence: 7 },
    { type: 'STATED', source: 'carlos-ruiz-caro', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'sociedad-nacional-de-mineria-petroleo-y-energia', target: 'chancay-port', sentence: 8 },
    {
      type: 'PARTNERS_WITH',
      source: 'peru',
      target: 'china',
      sentence: 9,
      validFrom: '2024',
      quantities: [{ value: 1900000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'banco-central-de-reserva-del-peru', target: 'peru', sentence: 9 },
  ],
};

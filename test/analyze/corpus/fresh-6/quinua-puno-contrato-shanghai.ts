import type { CorpusArticle } from '../corpus-article.js';

/** Una cooperativa de Puno exporta su primera quinua orgánica a China con un contrato de tres años (Spanish). */
export const article: CorpusArticle = {
  name: 'Cooperativa de Juliaca embarca su primera quinua orgánica a China',
  language: 'es',
  publishedAt: '2025-04-09',
  annotated:
    '{{PUNO|PLACE}}, 8 de abril — La {{Cooperativa Agraria Lago Sagrado|COMPANY}}, de {{Juliaca|PLACE}}, embarcó esta ' +
    'semana sus primeras 120 toneladas de quinua orgánica con destino a [[China|china]]. En marzo, la cooperativa ' +
    'firmó un contrato con la importadora {{Shanghai Liangyou Trading|COMPANY}}, que le comprará 1.500 toneladas en ' +
    'tres años por unos US$ 5,4 millones. Su gerente general, {{Lucía Mamani Condori|PERSON}}, dijo que los 800 ' +
    'socios de la cooperativa cultivan el grano a más de 3.800 metros de altura, a orillas del {{Titicaca|PLACE}}, y ' +
    'que el precio pactado supera en 20% al que pagan los compradores de {{Estados Unidos|COUNTRY}}. La venta fue ' +
    'posible gracias al {{Protocolo Sanitario para la Exportación de Quinua|AGREEMENT}}, que el {{Servicio Nacional ' +
    'de Sanidad Agraria|GOVERNMENT}} ({{Senasa|GOVERNMENT|servicio-nacional-de-sanidad-agraria}}) y la ' +
    '{{Administración General de Aduanas de China|GOVERNMENT}} firmaron en 2023. Según ' +
    '{{Senasa|GOVERNMENT|servicio-nacional-de-sanidad-agraria}}, que certificó el lote en {{Juliaca|PLACE}}, otras ' +
    'nueve empresas de {{Puno|PLACE}} esperan que las autoridades chinas habiliten sus plantas. El [[Perú|peru]] es ' +
    'el mayor exportador mundial de quinua, pero [[China|china]] compró apenas el 2% de sus envíos en 2024, según la ' +
    '{{Asociación de Exportadores|ORGANIZATION}} ({{ADEX|ORGANIZATION|asociacion-de-exportadores}}). El {{Gobierno ' +
    'Regional de Puno|GOVERNMENT}} financiará con S/ 2 millones una planta de lavado y selección para la cooperativa, ' +
    'anunció su gobernador, {{Efraín Choque Apaza|PERSON}}. La planta se levantará en {{Cabana|PLACE}}, en la ' +
    'provincia de {{San Román|PLACE}}, y estará lista a fines de año.',
  relationships: [
    { type: 'LOCATED_IN', source: 'cooperativa-agraria-lago-sagrado', target: 'juliaca', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'cooperativa-agraria-lago-sagrado',
      target: 'shanghai-liangyou-trading',
      sentence: 2,
      validFrom: '2025-03',
      quantities: [{ value: 5400000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'lucia-mamani-condori', target: 'cooperativa-agraria-lago-sagrado', sentence: 3 },
    { type: 'STATED', source: 'lucia-mamani-condori', target: 'cooperativa-agraria-lago-sagrado', sentence: 3 },
    {
      type: 'SIGNED',
      source: 'servicio-nacional-de-sanidad-agraria',
      target: 'protocolo-sanitario-para-la-exportacion-de-quinua',
      sentence: 4,
      validFrom: '2023',
    },
    {
      type: 'SIGNED',
      source: 'administracion-general-de-aduanas-de-china',
      target: 'protocolo-sanitario-para-la-exportacion-de-quinua',
      sentence: 4,
      validFrom: '2023',
    },
    { type: 'STATED', source: 'servicio-nacional-de-sanidad-agraria', target: 'puno', sentence: 5 },
    { type: 'REGULATES', source: 'servicio-nacional-de-sanidad-agraria', target: 'cooperativa-agraria-lago-sagrado', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'peru', target: 'china', sentence: 6, validFrom: '2024', quantities: [{ value: 2, unit: '%' }] },
    { type: 'STATED', source: 'asociacion-de-exportadores', target: 'peru', sentence: 6 },
    {
      type: 'INVESTED_IN',
      source: 'gobierno-regional-de-puno',
      target: 'cooperativa-agraria-lago-sagrado',
      sentence: 7,
      quantities: [{ value: 2000000, unit: 'PEN' }],
    },
    { type: 'LEADS', source: 'efrain-choque-apaza', target: 'gobierno-regional-de-puno', sentence: 7 },
    { type: 'STATED', source: 'efrain-choque-apaza', target: 'cooperativa-agraria-lago-sagrado', sentence: 7 },
    { type: 'LOCATED_IN', source: 'cabana', target: 'san-roman', sentence: 8 },
  ],
};

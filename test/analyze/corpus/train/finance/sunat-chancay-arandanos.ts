import type { CorpusArticle } from '../../corpus-article.js';

/** La Sunat estrena el despacho anticipado de arándanos en Chancay: el operador, una exportadora, la naviera, Senasa (Spanish). */
export const article: CorpusArticle = {
  name: 'finance: Sunat estrena despacho aduanero anticipado de arándanos en Chancay',
  language: 'es',
  publishedAt: '2025-09-03',
  annotated:
    '[[LIMA|lima]], 2 de septiembre — La ' +
    '{{Superintendencia Nacional de Aduanas y de Administración Tributaria|GOVERNMENT}} ' +
    '({{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}) puso en marcha el 2 de ' +
    'septiembre un sistema de despacho anticipado para los arándanos que se embarcan hacia [[China|china]] en el ' +
    '[[Puerto de Chancay|chancay-port]]. ' +
    'Con el nuevo procedimiento, los contenedores refrigerados se revisan en las plantas de empaque y no en el muelle, ' +
    'explicó el intendente de Aduana Marítima, {{Carlos Zegarra Benavides|PERSON}}. ' +
    'Añadió que el tiempo de embarque bajará de 48 a 12 horas. ' +
    'El terminal, operado por {{Cosco Shipping Ports Chancay Perú|COMPANY}}, filial de [[COSCO Shipping|cosco-shipping]], ' +
    'embarcó 1,1 millones de toneladas de fruta en su primer año. ' +
    'La primera exportadora en usar el sistema fue {{Hortifrut Perú|COMPANY}}, filial de la chilena ' +
    '{{Hortifrut|COMPANY}}, que despachó 40 contenedores desde su ' +
    'planta de {{Virú|PLACE}}, en {{La Libertad|PLACE}}, rumbo a {{Shanghái|PLACE}}. ' +
    'La carga viaja en buques de la naviera {{Orient Overseas Container Line|COMPANY}}, con sede en ' +
    '{{Hong Kong|PLACE}} y controlada por [[COSCO|cosco-shipping]] desde 2018. ' +
    'La asociación {{Proarándanos|ORGANIZATION}}, que preside {{Luis Miguel Vegas|PERSON}}, calcula que las ventas de la ' +
    'fruta a [[China|china]] llegarán a US$ 500 millones esta campaña. ' +
    'El {{Senasa|GOVERNMENT}}, que certifica la sanidad de la fruta, instaló una oficina en el puerto en ' +
    'coordinación con la {{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}. ' +
    'Según la {{Asociación Marítima del Perú|ORGANIZATION}} ({{Asmarpe|ORGANIZATION|asociacion-maritima-del-peru}}), ' +
    'el puerto movió ese año el 12% de la carga refrigerada del país.',
  relationships: [
    {
      type: 'REGULATES',
      source: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      target: 'chancay-port',
      sentence: 1,
      validFrom: '2025-09-02',
    },
    {
      type: 'HOLDS_OFFICE_IN',
      source: 'carlos-zegarra-benavides',
      target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      sentence: 2,
    },
    { type: 'STATED', source: 'carlos-zegarra-benavides', target: 'chancay-port', sentence: 3 },
    { type: 'OPERATES', source: 'cosco-shipping-ports-chancay-peru', target: 'chancay-port', sentence: 4 },
    { type: 'PART_OF', source: 'cosco-shipping-ports-chancay-peru', target: 'cosco-shipping', sentence: 4 },
    { type: 'LOCATED_IN', source: 'viru', target: 'la-libertad', sentence: 5 },
    { type: 'PART_OF', source: 'hortifrut-peru', target: 'hortifrut', sentence: 5 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'orient-overseas-container-line', sentence: 6, validFrom: '2018' },
    { type: 'LEADS', source: 'luis-miguel-vegas', target: 'proarandanos', sentence: 7 },
    { type: 'STATED', source: 'proarandanos', target: 'china', sentence: 7 },
    { type: 'REGULATES', source: 'senasa', target: 'chancay-port', sentence: 8 },
    { type: 'HEADQUARTERED_IN', source: 'orient-overseas-container-line', target: 'hong-kong', sentence: 6 },
    { type: 'STATED', source: 'asociacion-maritima-del-peru', target: 'chancay-port', sentence: 9 },
    {
      type: 'COOPERATES_WITH',
      source: 'senasa',
      target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      sentence: 8,
    },
  ],
};

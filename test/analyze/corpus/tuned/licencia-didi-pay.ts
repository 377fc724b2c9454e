import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s banking regulator licenses DiDi Pay Perú as an e-money issuer: its parent, its bank partner, the central bank’s rule, rivals,
 * Congress (Spanish).
 */
export const article: CorpusArticle = {
  name: 'La SBS autoriza a DiDi Pay Perú',
  language: 'es',
  publishedAt: '2025-08-06',
  annotated:
    '[[LIMA|lima]], 5 de agosto — La {{Superintendencia de Banca, Seguros y AFP|GOVERNMENT}} ' +
    '({{SBS|GOVERNMENT|superintendencia-de-banca-seguros-y-afp}}) autorizó a {{DiDi Pay Perú|COMPANY}}, filial de la ' +
    'china {{DiDi Global|COMPANY}}, a operar como empresa emisora de dinero electrónico, informó este martes el ' +
    'regulador. ' +
    '{{DiDi Global|COMPANY}}, con sede en {{Pekín|PLACE}}, llegó al [[Perú|peru]] en 2020 con su servicio de transporte ' +
    'por aplicativo. ' +
    'Desde 2022 la filial ofrece una tarjeta de crédito a sus conductores en alianza con {{Interbank|COMPANY}}, y ahora ' +
    'podrá abrir billeteras digitales con saldos de hasta 2.000 soles por cliente. ' +
    'Su gerente general, {{Andrés Vílchez Carranza|PERSON}}, dijo al diario {{Gestión|MEDIA}} que la compañía invertirá ' +
    'US$ 30 millones en el [[Perú|peru]] en los próximos tres años y que espera superar el millón de usuarios en 2026. ' +
    'El mercado de pagos móviles lo dominan {{Yape|COMPANY}}, del {{Banco de Crédito del Perú|COMPANY}} ' +
    '({{BCP|COMPANY|banco-de-credito-del-peru}}), y {{Plin|COMPANY}}, que comparten otros cuatro bancos. ' +
    'El {{Banco Central de Reserva del Perú|GOVERNMENT}} ({{BCRP|GOVERNMENT|banco-central-de-reserva-del-peru}}) exige ' +
    'además que todas las billeteras sean interoperables, una norma que {{DiDi Pay Perú|COMPANY}} deberá cumplir desde ' +
    'su lanzamiento. ' +
    'No es la primera empresa china de pagos en el país: {{UnionPay International|COMPANY}} firmó en 2024 un acuerdo ' +
    'con {{Niubiz|COMPANY}} para que sus tarjetas se acepten en 200.000 comercios peruanos. ' +
    'La presidenta de la {{Comisión de Economía|GOVERNMENT}} del [[Congreso de la República|peru-congress]], ' +
    '{{Rosa Villarreal Núñez|PERSON}}, pidió a la {{SBS|GOVERNMENT|superintendencia-de-banca-seguros-y-afp}} ' +
    'explicar cómo se protegerán los datos de los usuarios peruanos.',
  relationships: [
    { type: 'REGULATES', source: 'superintendencia-de-banca-seguros-y-afp', target: 'didi-pay-peru', sentence: 1 },
    { type: 'STATED', source: 'superintendencia-de-banca-seguros-y-afp', target: 'didi-pay-peru', sentence: 1, validFrom: '2025-08-05' },
    { type: 'PART_OF', source: 'didi-pay-peru', target: 'didi-global', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'didi-global', target: 'china', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'didi-global', target: 'pekin', sentence: 2 },
    { type: 'LOCATED_IN', source: 'didi-global', target: 'peru', sentence: 2, validFrom: '2020' },
    { type: 'PARTNERS_WITH', source: 'didi-pay-peru', target: 'interbank', sentence: 3, validFrom: '2022' },
    { type: 'LEADS', source: 'andres-vilchez-carranza', target: 'didi-pay-peru', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'andres-vilchez-carranza', target: 'gestion', sentence: 4 },
    { type: 'STATED', source: 'andres-vilchez-carranza', target: 'didi-pay-peru', sentence: 4 },
    { type: 'INVESTED_IN', source: 'didi-pay-peru', target: 'peru', sentence: 4, quantities: [{ value: 30000000, unit: 'USD' }] },
    { type: 'OWNS', source: 'banco-de-credito-del-peru', target: 'yape', sentence: 5 },
    { type: 'REGULATES', source: 'banco-central-de-reserva-del-peru', target: 'didi-pay-peru', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'unionpay-international', target: 'china', sentence: 7 },
    { type: 'PARTNERS_WITH', source: 'unionpay-international', target: 'niubiz', sentence: 7, validFrom: '2024' },
    { type: 'LEADS', source: 'rosa-villarreal-nunez', target: 'comision-de-economia', sentence: 8 },
    { type: 'PART_OF', source: 'comision-de-economia', target: 'peru-congress', sentence: 8 },
    { type: 'STATED', source: 'rosa-villarreal-nunez', target: 'superintendencia-de-banca-seguros-y-afp', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Peru’s central bank signs a currency swap with the People’s Bank of China; the finance ministry prepares panda bonds (Spanish). */
export const article: CorpusArticle = {
  name: 'Canje de monedas entre el BCRP y el Banco Popular de China',
  language: 'es',
  publishedAt: '2025-11-06',
  annotated:
    '[[LIMA|lima]], 5 de noviembre — El {{Banco Central de Reserva del Perú|GOVERNMENT}} ' +
    '({{BCRP|GOVERNMENT|banco-central-de-reserva-del-peru}}) y el {{Banco Popular de China|GOVERNMENT}} firmaron el ' +
    'miércoles un acuerdo de canje de monedas por el equivalente de US$ 4.900 millones, que permitirá pagar en yuanes ' +
    'y en soles parte del comercio bilateral. ' +
    'Lo suscribieron el presidente del ente emisor peruano, {{Andrés Cabello Ríos|PERSON}}, y el vicegobernador del ' +
    'banco chino, {{Li Jianping|PERSON}}, que llegó a [[Lima|lima]] al frente de una delegación de doce funcionarios. ' +
    'Según el banco central, los exportadores que venden cobre, harina de pescado o arándanos a [[China|china]] podrán ' +
    'cobrar en yuanes a través de bancos locales, sin tener que pasar por el dólar. ' +
    '{{Cabello|PERSON|andres-cabello-rios}} dijo a la agencia {{Andina|MEDIA}} que espera que en el primer año se ' +
    'liquide en yuanes hasta el 5% del comercio con [[China|china]], que sumó US$ 39.000 millones en 2024. ' +
    'Por su parte, el {{Ministerio de Economía y Finanzas|GOVERNMENT}} ' +
    '({{MEF|GOVERNMENT|ministerio-de-economia-y-finanzas}}) prepara una primera emisión de «bonos panda», deuda en ' +
    'yuanes colocada en el mercado chino, por unos US$ 500 millones. ' +
    'Su titular, {{Raúl Pacheco Vidal|PERSON}}, informó que el ministerio contrató como asesores al ' +
    '{{Bank of China|COMPANY}} y al banco de inversión {{China International Capital Corporation|COMPANY}}, con sede ' +
    'en {{Pekín|PLACE}}. ' +
    'El {{Industrial and Commercial Bank of China|COMPANY}} ' +
    '({{ICBC|COMPANY|industrial-and-commercial-bank-of-china}}), presente en el [[Perú|peru]] desde 2014, fue ' +
    'designado el año pasado por el banco central chino como banco de compensación del yuan en el país. ' +
    '{{Óscar Quiroz Benavides|PERSON}}, presidente de la {{Asociación de Exportadores|ORGANIZATION}} ' +
    '({{ADEX|ORGANIZATION|asociacion-de-exportadores}}), celebró el acuerdo, aunque advirtió que pocas empresas de ' +
    '[[China|china]] aceptan hoy pagar en soles.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'banco-central-de-reserva-del-peru',
      target: 'banco-popular-de-china',
      sentence: 1,
      validFrom: '2025-11-05',
      quantities: [{ value: 4900000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'andres-cabello-rios', target: 'banco-central-de-reserva-del-peru', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'li-jianping', target: 'banco-popular-de-china', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'banco-popular-de-china', target: 'china', sentence: 2 },
    { type: 'VISITED', source: 'li-jianping', target: 'lima', sentence: 2 },
    { type: 'STATED', source: 'banco-central-de-reserva-del-peru', target: 'china', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'andres-cabello-rios', target: 'andina', sentence: 4 },
    { type: 'STATED', source: 'andres-cabello-rios', target: 'china', sentence: 4 },
    { type: 'LEADS', source: 'raul-pacheco-vidal', target: 'ministerio-de-economia-y-finanzas', sentence: 6 },
    { type: 'STATED', source: 'raul-pacheco-vidal', target: 'ministerio-de-economia-y-finanzas', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'ministerio-de-economia-y-finanzas', target: 'bank-of-china', sentence: 6 },
    {
      type: 'PARTNERS_WITH',
      source: 'ministerio-de-economia-y-finanzas',
      target: 'china-international-capital-corporation',
      sentence: 6,
    },
    { type: 'HEADQUARTERED_IN', source: 'china-international-capital-corporation', target: 'pekin', sentence: 6 },
    { type: 'LOCATED_IN', source: 'industrial-and-commercial-bank-of-china', target: 'peru', sentence: 7, validFrom: '2014' },
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'banco-popular-de-china',
      target: 'industrial-and-commercial-bank-of-china',
      sentence: 7,
      validFrom: '2024',
    },
    { type: 'LEADS', source: 'oscar-quiroz-benavides', target: 'asociacion-de-exportadores', sentence: 8 },
    { type: 'STATED', source: 'oscar-quiroz-benavides', target: 'china', sentence: 8 },
  ],
};

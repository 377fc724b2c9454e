import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Boluarte se reúne con Xi en Pekín (held out)',
  language: 'es',
  publishedAt: '2024-06-29',
  annotated:
    '{{PEKÍN|PLACE}} — La presidenta [[Dina Boluarte|dina-boluarte]] se reunió este viernes con el presidente de ' +
    '[[China|china]], [[Xi Jinping|xi-jinping]], en el {{Gran Palacio del Pueblo|PLACE}}, en la etapa central de su ' +
    'visita de Estado. ' +
    '[[Xi|xi-jinping]] y [[Boluarte|dina-boluarte]] firmaron una ' +
    '{{Declaración Conjunta sobre la Profundización de la Asociación Estratégica Integral|AGREEMENT}} y ' +
    'presenciaron la suscripción de otros doce acuerdos de cooperación. ' +
    'En paralelo, la titular del [[Mincetur|mincetur]], {{Elizabeth Galdo|PERSON}}, y el ministro de Comercio de ' +
    '[[China|china]], {{Wang Wentao|PERSON}}, dieron por concluida la negociación para actualizar el ' +
    '[[TLC|china-peru-fta]] vigente desde 2010. ' +
    'El miércoles, en [[Shenzhen|shenzhen]], [[Boluarte|dina-boluarte]] visitó la sede del fabricante de autos ' +
    'eléctricos {{BYD|COMPANY}} y un centro de innovación de [[Huawei|huawei]]. ' +
    '[[Boluarte|dina-boluarte]] presidió luego en {{Shanghái|PLACE}} el {{Foro Empresarial Perú-China|EVENT}}, que ' +
    'reunió a más de 300 ejecutivos. ' +
    'En el foro, el presidente de [[COSCO Shipping|cosco-shipping]], {{Wan Min|PERSON}}, anunció que la naviera ' +
    'invertirá hasta US$ 3.500 millones en total en el [[Puerto de Chancay|chancay-port]]. ' +
    '“Queremos que [[Chancay|chancay-port]] se convierta en el gran puerto del continente”, afirmó ' +
    '[[Boluarte|dina-boluarte]] ante los empresarios. ' +
    'La gira, que concluye el domingo, es la primera de [[Boluarte|dina-boluarte]] a [[China|china]] desde que ' +
    'asumió la presidencia del [[Perú|peru]] en diciembre de 2022.',
  relationships: [
    { type: 'MET', source: 'dina-boluarte', target: 'xi-jinping', sentence: 1, validFrom: '2024-06-28' },
    { type: 'LEADS', source: 'xi-jinping', target: 'china', sentence: 1 },
    {
      type: 'SIGNED',
      source: 'xi-jinping',
      target: 'declaracion-conjunta-sobre-la-profundizacion-de-la-asociacion-estrategica-integral',
      sentence: 2,
    },
    {
      type: 'SIGNED',
      source: 'dina-boluarte',
      target: 'declaracion-conjunta-sobre-la-profundizacion-de-la-asociacion-estrategica-integral',
      sentence: 2,
    },
    { type: 'LEADS', source: 'elizabeth-galdo', target: 'mincetur', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'wang-wentao', target: 'china', sentence: 3 },
    { type: 'NEGOTIATED', source: 'elizabeth-galdo', target: 'china-peru-fta', sentence: 3 },
    { type: 'NEGOTIATED', source: 'wang-wentao', target: 'china-peru-fta', sentence: 3 },
    { type: 'VISITED', source: 'dina-boluarte', target: 'byd', sentence: 4, validFrom: '2024-06-26' },
    { type: 'VISITED', source: 'dina-boluarte', target: 'huawei', sentence: 4, validFrom: '2024-06-26' },
    { type: 'HEADQUARTERED_IN', source: 'byd', target: 'shenzhen', sentence: 4 },
    { type: 'PRESIDED_OVER', source: 'dina-boluarte', target: 'foro-empresarial-peru-china', sentence: 5 },
    { type: 'LOCATED_IN', source: 'foro-empresarial-peru-china', target: 'shanghai', sentence: 5 },
    { type: 'LEADS', source: 'wan-min', target: 'cosco-shipping', sentence: 6 },
    {
      type: 'INVESTED_IN',
      source: 'cosco-shipping',
      target: 'chancay-port',
      sentence: 6,
      quantities: [{ value: 3500000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'wan-min', target: 'chancay-port', sentence: 6 },
    { type: 'STATED', source: 'dina-boluarte', target: 'chancay-port', sentence: 7 },
    { type: 'VISITED', source: 'dina-boluarte', target: 'china', sentence: 8 },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 8, validFrom: '2022-12' },
  ],
};

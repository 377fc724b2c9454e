import type { CorpusArticle } from '../corpus-article.js';

/**
 * Lima prepares Xi Jinping’s state visit: ministers’ meetings, a business forum, the trade agreement,
 * the Chancay railway (Spanish).
 */
export const article: CorpusArticle = {
  name: 'Preparativos de la visita de Xi Jinping',
  language: 'es',
  publishedAt: '2024-09-25',
  annotated:
    '[[LIMA|lima]], 25 de septiembre — El Gobierno prepara la visita de Estado que el presidente ' +
    '[[Xi Jinping|xi-jinping]] hará al [[Perú|peru]] en noviembre, cuando [[Lima|lima]] acoja la ' +
    '[[cumbre de APEC|apec-summit]]. ' +
    'Con ese fin, el canciller {{Javier González-Olaechea|PERSON}} se reunió el lunes en {{Pekín|PLACE}} con su ' +
    'homólogo chino, {{Wang Yi|PERSON}}. ' +
    'Ambos revisaron la agenda de la visita, que incluye la firma de un protocolo para actualizar el ' +
    '[[Tratado de Libre Comercio entre el Perú y China|china-peru-fta]]. ' +
    'La ministra de Comercio Exterior y Turismo, {{Úrsula Desilú León|PERSON}}, encabezó en {{Shanghái|PLACE}} el ' +
    '{{Foro Empresarial Perú-China|EVENT}}, al que asistieron ejecutivos de [[COSCO|cosco-shipping]] y ' +
    '[[Huawei|huawei]]. ' +
    '{{León|PERSON|ursula-desilu-leon}} se reunió allí con el ministro de Comercio de [[China|china]], ' +
    '{{Wang Wentao|PERSON}}, con quien negoció los últimos capítulos del [[TLC|china-peru-fta]] ampliado. ' +
    'En junio, la presidenta [[Dina Boluarte|dina-boluarte]] había visitado [[China|china]], donde [[Xi|xi-jinping]] ' +
    'la recibió en el {{Gran Palacio del Pueblo|PLACE}}. ' +
    '[[Boluarte|dina-boluarte]] presidirá la [[cumbre de APEC|apec-summit]], que se celebrará del 10 al 16 de ' +
    'noviembre. ' +
    'El {{Ministerio de Economía y Finanzas|GOVERNMENT}} ({{MEF|GOVERNMENT|ministerio-de-economia-y-finanzas}}) ' +
    'aprobó en 2022 el {{Plan Nacional de Infraestructura Sostenible para la Competitividad|PLAN}}, que prevé un ' +
    'tren de carga entre [[Chancay|chancay-port]] y [[Lima|lima]]. ' +
    '[[Pekín|china]] ha ofrecido financiar ese tren a través de [[la Franja y la Ruta|belt-and-road-initiative]], de ' +
    'la que el [[Perú|peru]] forma parte desde 2019.',
  relationships: [
    { type: 'VISITED', source: 'xi-jinping', target: 'peru', sentence: 1, validFrom: '2024-11' },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 1, validFrom: '2024-11' },
    { type: 'MET', source: 'javier-gonzalez-olaechea', target: 'wang-yi', sentence: 2, validFrom: '2024-09-23' },
    { type: 'HOLDS_OFFICE_IN', source: 'wang-yi', target: 'china', sentence: 2 },
    { type: 'PRESIDED_OVER', source: 'ursula-desilu-leon', target: 'foro-empresarial-peru-china', sentence: 4 },
    { type: 'ATTENDED', source: 'cosco-shipping', target: 'foro-empresarial-peru-china', sentence: 4 },
    { type: 'ATTENDED', source: 'huawei', target: 'foro-empresarial-peru-china', sentence: 4 },
    { type: 'MET', source: 'ursula-desilu-leon', target: 'wang-wentao', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'wang-wentao', target: 'china', sentence: 5 },
    { type: 'NEGOTIATED', source: 'ursula-desilu-leon', target: 'china-peru-fta', sentence: 5 },
    { type: 'NEGOTIATED', source: 'wang-wentao', target: 'china-peru-fta', sentence: 5 },
    { type: 'VISITED', source: 'dina-boluarte', target: 'china', sentence: 6, validFrom: '2024-06' },
    { type: 'HOSTED', source: 'xi-jinping', target: 'dina-boluarte', sentence: 6, validFrom: '2024-06' },
    { type: 'PRESIDED_OVER', source: 'dina-boluarte', target: 'apec-summit', sentence: 7, validFrom: '2024-11-10' },
    {
      type: 'ADOPTED',
      source: 'ministerio-de-economia-y-finanzas',
      target: 'plan-nacional-de-infraestructura-sostenible-para-la-competitividad',
      sentence: 8,
      validFrom: '2022',
    },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 9, validFrom: '2019' },
  ],
};

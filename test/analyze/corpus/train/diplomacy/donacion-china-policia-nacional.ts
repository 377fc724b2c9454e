import type { CorpusArticle } from '../../corpus-article.js';

/**
 * El Ministerio de Seguridad Pública de China dona equipos a la PNP para el Vraem: entrega, acuerdo de 2023, capacitación, críticas
 * en el Congreso (español).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: China dona camionetas y drones a la Policía Nacional',
  language: 'es',
  publishedAt: '2025-07-03',
  annotated:
    '[[LIMA|lima]], 2 de julio — El {{Ministerio de Seguridad Pública de China|GOVERNMENT}} donó a la {{Policía ' +
    'Nacional del Perú|GOVERNMENT}} ({{PNP|GOVERNMENT|policia-nacional-del-peru}}) 50 camionetas, 20 drones y ' +
    'equipos de comunicación valorizados en US$ 8 millones, informó el miércoles el {{Ministerio del ' +
    'Interior|GOVERNMENT}}. ' +
    'Los vehículos fueron entregados en el {{Campo de Marte|PLACE}}, en el distrito de {{Jesús María|PLACE}}, por ' +
    'el viceministro chino de Seguridad Pública, {{Chen Siyuan|PERSON}}, al comandante general de la policía, ' +
    '{{Óscar Palomino Cerna|PERSON}}. ' +
    '{{Palomino|PERSON|oscar-palomino-cerna}} dijo que las camionetas se destinarán a la lucha antidrogas en el ' +
    '{{Valle de los Ríos Apurímac, Ene y Mantaro|PLACE}} ' +
    '({{Vraem|PLACE|valle-de-los-rios-apurimac-ene-y-mantaro}}), principal zona cocalera del país. ' +
    'La donación forma parte de un {{Acuerdo de Cooperación en Seguridad Ciudadana|AGREEMENT}} que [[Lima|peru]] ' +
    'y [[Pekín|china]] firmaron en noviembre de 2023. ' +
    'Según el ministro del Interior, {{Julio Reátegui Flores|PERSON}}, el acuerdo prevé además que agentes de la ' +
    '{{PNP|GOVERNMENT|policia-nacional-del-peru}} se capaciten en la {{Universidad de Seguridad Pública del ' +
    'Pueblo de China|ORGANIZATION}}, en {{Pekín|PLACE}}. ' +
    'La {{Embajada de China en el Perú|GOVERNMENT}} señaló que la cooperación busca también proteger a los ' +
    'comerciantes chinos de {{Gamarra|PLACE}} y {{Mesa Redonda|PLACE}}, víctimas de extorsiones. ' +
    'El congresista {{Renzo Castañeda Vilca|PERSON}}, de la {{Comisión de Defensa Nacional|GOVERNMENT}} del ' +
    '[[Congreso de la República|peru-congress]], cuestionó que los drones usen programas chinos y pidió un ' +
    'informe al {{Ministerio del Interior|GOVERNMENT}}. ' +
    'Desde 2019, [[China|china]] ha donado a la {{PNP|GOVERNMENT|policia-nacional-del-peru}} equipos por más de ' +
    'US$ 40 millones.',
  relationships: [
    {
      type: 'INVESTED_IN',
      source: 'ministerio-de-seguridad-publica-de-china',
      target: 'policia-nacional-del-peru',
      sentence: 1,
      quantities: [{ value: 8000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'ministerio-del-interior', target: 'policia-nacional-del-peru', sentence: 1, validFrom: '2025-07-02' },
    { type: 'LOCATED_IN', source: 'campo-de-marte', target: 'jesus-maria', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'chen-siyuan', target: 'ministerio-de-seguridad-publica-de-china', sentence: 2 },
    { type: 'LEADS', source: 'oscar-palomino-cerna', target: 'policia-nacional-del-peru', sentence: 2 },
    { type: 'STATED', source: 'oscar-palomino-cerna', target: 'valle-de-los-rios-apurimac-ene-y-mantaro', sentence: 3 },
    { type: 'SIGNED', source: 'peru', target: 'acuerdo-de-cooperacion-en-seguridad-ciudadana', sentence: 4, validFrom: '2023-11' },
    { type: 'SIGNED', source: 'china', target: 'acuerdo-de-cooperacion-en-seguridad-ciudadana', sentence: 4, validFrom: '2023-11' },
    { type: 'HOLDS_OFFICE_IN', source: 'julio-reategui-flores', target: 'ministerio-del-interior', sentence: 5 },
    { type: 'STATED', source: 'julio-reategui-flores', target: 'acuerdo-de-cooperacion-en-seguridad-ciudadana', sentence: 5 },
    { type: 'TRAINS', source: 'universidad-de-seguridad-publica-del-pueblo-de-china', target: 'policia-nacional-del-peru', sentence: 5 },
    { type: 'LOCATED_IN', source: 'universidad-de-seguridad-publica-del-pueblo-de-china', target: 'pekin', sentence: 5 },
    { type: 'STATED', source: 'embajada-de-china-en-el-peru', target: 'policia-nacional-del-peru', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'renzo-castaneda-vilca', target: 'comision-de-defensa-nacional', sentence: 7 },
    { type: 'PART_OF', source: 'comision-de-defensa-nacional', target: 'peru-congress', sentence: 7 },
    { type: 'STATED', source: 'renzo-castaneda-vilca', target: 'ministerio-del-interior', sentence: 7 },
    {
      type: 'INVESTED_IN',
      source: 'china',
      target: 'policia-nacional-del-peru',
      sentence: 8,
      validFrom: '2019',
      quantities: [{ value: 40000000, unit: 'USD' }],
    },
  ],
};

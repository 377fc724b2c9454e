import type { CorpusArticle } from '../corpus-article.js';

/**
 * The tax court upholds a tax debt of a Chinese-owned copper miner: tax agency, parent loans,
 * ministers, industry, other Chinese miners (Spanish).
 */
export const article: CorpusArticle = {
  name: 'fresh-disputa-tributaria-minera',
  language: 'es',
  publishedAt: '2025-07-11',
  annotated:
    '[[LIMA|lima]] — El {{Tribunal Fiscal|GOVERNMENT}} confirmó una deuda tributaria de US$ 215 millones que la ' +
    '{{Superintendencia Nacional de Aduanas y de Administración Tributaria|GOVERNMENT}} ' +
    '({{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}) reclama a ' +
    '{{Minera Jinlong Perú|COMPANY}}, operadora de la mina de cobre {{Cerro Chaupi|INFRASTRUCTURE}}, en ' +
    '{{Junín|PLACE}}. ' +
    'La empresa, filial de la china {{Jinlong Mining Group|COMPANY}}, fue notificada el martes y tiene 15 días hábiles ' +
    'para pagar o acudir al {{Poder Judicial|GOVERNMENT}}. ' +
    'Según la {{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}, ' +
    '{{Jinlong Mining Group|COMPANY}} prestó US$ 1.200 millones a su filial peruana entre 2017 y 2020 a tasas muy ' +
    'superiores a las del mercado, y la minera dedujo esos intereses como gastos. ' +
    'En un comunicado, {{Minera Jinlong Perú|COMPANY}} afirmó que sus préstamos cumplen las normas de precios de ' +
    'transferencia y anunció que demandará al {{Tribunal Fiscal|GOVERNMENT}} ante el {{Poder Judicial|GOVERNMENT}}. ' +
    'El gerente general de la minera, {{Zhang Hao|PERSON}}, se reunió el jueves con el titular del ' +
    '{{Ministerio de Economía y Finanzas|GOVERNMENT}} ({{MEF|GOVERNMENT|ministerio-de-economia-y-finanzas}}), ' +
    '{{Óscar Zegarra Vidal|PERSON}}. ' +
    '{{Zegarra|PERSON|oscar-zegarra-vidal}} dijo a {{RPP|MEDIA}} que el [[Perú|peru]] respeta los contratos de ' +
    'estabilidad jurídica, pero que «todas las empresas deben pagar lo que corresponde». ' +
    'La {{Sociedad Nacional de Minería, Petróleo y Energía|ORGANIZATION}} ' +
    '({{SNMPE|ORGANIZATION|sociedad-nacional-de-mineria-petroleo-y-energia}}), que agrupa a las grandes mineras del ' +
    'país, pidió a la {{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}} reglas ' +
    'más claras sobre los préstamos entre empresas vinculadas. ' +
    'Las mineras chinas aportan cerca de una cuarta parte del impuesto a la renta minero, según el ' +
    '{{Instituto Peruano de Economía|ORGANIZATION}} ({{IPE|ORGANIZATION|instituto-peruano-de-economia}}), que cita a ' +
    '[[Chinalco|chinalco]], operadora de {{Toromocho|INFRASTRUCTURE}} desde 2013, y a [[MMG|mmg]], dueña de ' +
    '[[Las Bambas|las-bambas]].',
  relationships: [
    { type: 'STATED', source: 'tribunal-fiscal', target: 'minera-jinlong-peru', sentence: 1 },
    { type: 'OPERATES', source: 'minera-jinlong-peru', target: 'cerro-chaupi', sentence: 1 },
    { type: 'LOCATED_IN', source: 'cerro-chaupi', target: 'junin', sentence: 1 },
    { type: 'PART_OF', source: 'minera-jinlong-peru', target: 'jinlong-mining-group', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'jinlong-mining-group', target: 'china', sentence: 2 },
    {
      type: 'STATED',
      source: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      target: 'jinlong-mining-group',
      sentence: 3,
    },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'minera-jinlong-peru',
      target: 'jinlong-mining-group',
      sentence: 3,
      validFrom: '2017',
      quantities: [{ value: 1200000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'minera-jinlong-peru', target: 'tribunal-fiscal', sentence: 4 },
    { type: 'LEADS', source: 'zhang-hao', target: 'minera-jinlong-peru', sentence: 5 },
    { type: 'MET', source: 'zhang-hao', target: 'oscar-zegarra-vidal', sentence: 5, validFrom: '2025-07-10' },
    { type: 'LEADS', source: 'oscar-zegarra-vidal', target: 'ministerio-de-economia-y-finanzas', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'oscar-zegarra-vidal', target: 'rpp', sentence: 6 },
    { type: 'STATED', source: 'oscar-zegarra-vidal', target: 'peru', sentence: 6 },
    {
      type: 'STATED',
      source: 'sociedad-nacional-de-mineria-petroleo-y-energia',
      target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      sentence: 7,
    },
    { type: 'STATED', source: 'instituto-peruano-de-economia', target: 'chinalco', sentence: 8 },
    { type: 'STATED', source: 'instituto-peruano-de-economia', target: 'mmg', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'chinalco', target: 'china', sentence: 8 },
    { type: 'AFFILIATED_WITH', source: 'mmg', target: 'china', sentence: 8 },
    { type: 'OPERATES', source: 'chinalco', target: 'toromocho', sentence: 8, validFrom: '2013' },
    { type: 'OWNS', source: 'mmg', target: 'las-bambas', sentence: 8 },
  ],
};

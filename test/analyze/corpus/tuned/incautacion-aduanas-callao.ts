import type { CorpusArticle } from '../corpus-article.js';

/** Customs seize counterfeit goods shipped from China at Callao: terminal operator, importer, Sunat officials, embassy (Spanish). */
export const article: CorpusArticle = {
  name: 'Sunat incauta mercadería falsificada en el Callao',
  language: 'es',
  publishedAt: '2025-04-24',
  annotated:
    '{{CALLAO|PLACE}}, 23 de abril — La ' +
    '{{Superintendencia Nacional de Aduanas y de Administración Tributaria|GOVERNMENT}} ' +
    '({{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}) incautó el miércoles en ' +
    'el {{Muelle Norte|INFRASTRUCTURE}} del {{Callao|PLACE}} 14 contenedores de zapatillas y teléfonos falsificados, ' +
    'valorizados en US$ 3,2 millones. ' +
    'La carga había llegado el 11 de abril desde {{Ningbo|PLACE}} en un buque de la naviera china ' +
    '[[COSCO|cosco-shipping]]. ' +
    '{{APM Terminals Callao|COMPANY}}, que opera el {{Muelle Norte|INFRASTRUCTURE}} y es filial del grupo danés ' +
    '{{Maersk|COMPANY}}, facilitó la revisión de los contenedores. ' +
    'El intendente nacional de Aduanas, {{Humberto Salas Carrión|PERSON}}, dijo a {{Canal N|MEDIA}} que la importadora ' +
    '{{Comercial Jiarong|COMPANY}} había declarado la mercadería como repuestos de maquinaria. ' +
    'Según la {{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}, la empresa, con ' +
    'sede en el distrito limeño de {{La Victoria|PLACE}}, importó el año pasado mercancías por US$ 9 millones, casi todas ' +
    'de [[China|china]]. ' +
    'La jefa de la {{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}, ' +
    '{{Gloria Paredes Ugaz|PERSON}}, anunció que este año el organismo instalará en el {{Callao|PLACE}} dos escáneres de ' +
    'rayos X de la empresa china {{Nuctech|COMPANY}}. ' +
    'La embajada de [[China|china]] en [[Lima|lima]] señaló en un comunicado que [[Pekín|china]] rechaza la falsificación ' +
    'y que colaborará con la {{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}} en ' +
    'la investigación. ' +
    'La {{Sociedad Nacional de Industrias|ORGANIZATION}} ({{SNI|ORGANIZATION|sociedad-nacional-de-industrias}}), que ' +
    'agrupa a los fabricantes peruanos, pidió al [[Congreso de la República|peru-congress]] endurecer las penas por ' +
    'contrabando.',
  relationships: [
    { type: 'LOCATED_IN', source: 'muelle-norte', target: 'callao', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'china', sentence: 2 },
    { type: 'OPERATES', source: 'apm-terminals-callao', target: 'muelle-norte', sentence: 3 },
    { type: 'PART_OF', source: 'apm-terminals-callao', target: 'maersk', sentence: 3 },
    {
      type: 'HOLDS_OFFICE_IN',
      source: 'humberto-salas-carrion',
      target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      sentence: 4,
    },
    { type: 'COMMUNICATED_VIA', source: 'humberto-salas-carrion', target: 'canal-n', sentence: 4 },
    { type: 'STATED', source: 'humberto-salas-carrion', target: 'comercial-jiarong', sentence: 4 },
    {
      type: 'STATED',
      source: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      target: 'comercial-jiarong',
      sentence: 5,
    },
    { type: 'HEADQUARTERED_IN', source: 'comercial-jiarong', target: 'la-victoria', sentence: 5 },
    {
      type: 'LEADS',
      source: 'gloria-paredes-ugaz',
      target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      sentence: 6,
    },
    { type: 'STATED', source: 'gloria-paredes-ugaz', target: 'nuctech', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'nuctech', target: 'china', sentence: 6 },
    {
      type: 'PARTNERS_WITH',
      source: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      target: 'nuctech',
      sentence: 6,
      validFrom: '2025',
    },
    { type: 'STATED', source: 'china', target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria', sentence: 7 },
    {
      type: 'COOPERATES_WITH',
      source: 'china',
      target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      sentence: 7,
    },
    { type: 'STATED', source: 'sociedad-nacional-de-industrias', target: 'peru-congress', sentence: 8 },
  ],
};

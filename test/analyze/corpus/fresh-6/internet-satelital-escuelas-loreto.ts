import type { CorpusArticle } from '../corpus-article.js';

/** Pronatel adjudica a una empresa china la conexión satelital de escuelas y postas de Loreto (Spanish). */
export const article: CorpusArticle = {
  name: 'Pronatel adjudica a una empresa china internet satelital para Loreto',
  language: 'es',
  publishedAt: '2025-07-24',
  annotated:
    '{{IQUITOS|PLACE}}, 23 de julio — El {{Programa Nacional de Telecomunicaciones|GOVERNMENT}} ' +
    '({{Pronatel|GOVERNMENT|programa-nacional-de-telecomunicaciones}}) adjudicó a la empresa china {{Shanghai ' +
    'Spacesail Technologies|COMPANY}} un contrato de US$ 38 millones para llevar internet por satélite a 1.100 ' +
    'escuelas y postas médicas de {{Loreto|PLACE}}. {{Pronatel|GOVERNMENT|programa-nacional-de-telecomunicaciones}}, ' +
    'que forma parte del {{Ministerio de Transportes y Comunicaciones|GOVERNMENT}}, eligió su oferta entre cuatro ' +
    'propuestas, entre ellas una de {{Starlink|COMPANY}}, filial de {{SpaceX|COMPANY}}. La empresa ganadora, con sede ' +
    'en {{Shanghái|PLACE}}, opera la constelación {{Qianfan|INFRASTRUCTURE}}, que tenía unos 90 satélites en órbita a ' +
    'fines de 2024. El director ejecutivo de {{Pronatel|GOVERNMENT|programa-nacional-de-telecomunicaciones}}, {{Jaime ' +
    'Ríos Saavedra|PERSON}}, dijo que la empresa instalará las primeras 300 antenas antes de diciembre en comunidades ' +
    'de los ríos {{Napo|PLACE}} y {{Putumayo|PLACE}}. El {{Gobierno Regional de Loreto|GOVERNMENT}} aportará US$ 4 ' +
    'millones a {{Pronatel|GOVERNMENT|programa-nacional-de-telecomunicaciones}} para los paneles solares que ' +
    'alimentarán las antenas, anunció su gobernador, {{Walter Pinedo Arévalo|PERSON}}. La congresista {{Milagros ' +
    'Tapullima Vela|PERSON}}, miembro de la {{Comisión de Transportes y Comunicaciones|GOVERNMENT}} del [[Congreso de ' +
    'la República|peru-congress]], pidió al {{MTC|GOVERNMENT|ministerio-de-transportes-y-comunicaciones}} explicar ' +
    'por qué se eligió a una empresa china para una red que también usarán la policía y las Fuerzas Armadas. En un ' +
    'comunicado, el ministerio respondió que el concurso fue abierto y que {{Shanghai Spacesail ' +
    'Technologies|COMPANY}} ofreció el menor precio y la mayor cobertura.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'programa-nacional-de-telecomunicaciones',
      target: 'shanghai-spacesail-technologies',
      sentence: 1,
      quantities: [{ value: 38000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'shanghai-spacesail-technologies', target: 'china', sentence: 1 },
    {
      type: 'PART_OF',
      source: 'programa-nacional-de-telecomunicaciones',
      target: 'ministerio-de-transportes-y-comunicaciones',
      sentence: 2,
    },
    { type: 'PART_OF', source: 'starlink', target: 'spacex', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'shanghai-spacesail-technologies', target: 'shanghai', sentence: 3 },
    { type: 'OPERATES', source: 'shanghai-spacesail-technologies', target: 'qianfan', sentence: 3 },
    { type: 'LEADS', source: 'jaime-rios-saavedra', target: 'programa-nacional-de-telecomunicaciones', sentence: 4 },
    { type: 'STATED', source: 'jaime-rios-saavedra', target: 'shanghai-spacesail-technologies', sentence: 4 },
    {
      type: 'INVESTED_IN',
      source: 'gobierno-regional-de-loreto',
      target: 'programa-nacional-de-telecomunicaciones',
      sentence: 5,
      quantities: [{ value: 4000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'walter-pinedo-arevalo', target: 'gobierno-regional-de-loreto', sentence: 5 },
    { type: 'STATED', source: 'walter-pinedo-arevalo', target: 'programa-nacional-de-telecomunicaciones', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'milagros-tapullima-vela', target: 'comision-de-transportes-y-comunicaciones', sentence: 6 },
    { type: 'PART_OF', source: 'comision-de-transportes-y-comunicaciones', target: 'peru-congress', sentence: 6 },
    { type: 'STATED', source: 'milagros-tapullima-vela', target: 'ministerio-de-transportes-y-comunicaciones', sentence: 6 },
    { type: 'STATED', source: 'ministerio-de-transportes-y-comunicaciones', target: 'shanghai-spacesail-technologies', sentence: 7 },
  ],
};

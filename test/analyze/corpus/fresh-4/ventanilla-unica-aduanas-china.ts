import type { CorpusArticle } from '../corpus-article.js';

/**
 * Sunat y la aduana china interconectan sus ventanillas únicas: firmantes, VUCE, puertos, exportadores (castellano).
 */
export const article: CorpusArticle = {
  name: 'ventanilla-unica-aduanas-china',
  language: 'es',
  publishedAt: '2025-07-16',
  annotated:
    '[[LIMA|lima]], 15 de julio — La ' +
    '{{Superintendencia Nacional de Aduanas y de Administración Tributaria|GOVERNMENT}} ' +
    '({{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}) y la ' +
    '{{Administración General de Aduanas de China|GOVERNMENT}} ' +
    '({{GACC|GOVERNMENT|administracion-general-de-aduanas-de-china}}) firmaron el martes un ' +
    '{{Acuerdo de Interconexión de Ventanillas Únicas|AGREEMENT}} que permitirá intercambiar certificados de origen ' +
    'y sanitarios en formato electrónico. ' +
    'El acuerdo conecta la {{Ventanilla Única de Comercio Exterior|PROGRAM}} ' +
    '({{VUCE|PROGRAM|ventanilla-unica-de-comercio-exterior}}), que administra el ' +
    '[[Ministerio de Comercio Exterior y Turismo|mincetur]], con la plataforma china ' +
    '{{China International Trade Single Window|PROGRAM}}, usada por unos 600.000 importadores. ' +
    'Según la {{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}}, el tiempo de ' +
    'despacho de un contenedor de uva o arándano en {{Shanghái|PLACE}} bajará de cinco días a 36 horas. ' +
    'Firmaron el documento el superintendente nacional {{Ricardo Palomino Vargas|PERSON}} y el viceministro chino ' +
    '{{Sun Meiling|PERSON}}, en una ceremonia en la sede del [[Mincetur|mincetur]]. ' +
    'La ministra de Comercio Exterior y Turismo, {{Patricia Salas Ugarte|PERSON}}, afirmó que el convenio reducirá en ' +
    'US$ 40 millones al año los costos de los exportadores peruanos. ' +
    '[[China|china]] es el primer destino de las exportaciones peruanas desde 2011 y compró productos por ' +
    'US$ 25.400 millones en 2024. ' +
    'La interconexión se aplicará primero en el [[Puerto de Chancay|chancay-port]], operado por ' +
    '[[COSCO Shipping|cosco-shipping]], y en el {{Muelle Norte|INFRASTRUCTURE}} del {{Callao|PLACE}}, a cargo de ' +
    '{{APM Terminals|COMPANY}}. ' +
    'La {{Asociación de Exportadores|ORGANIZATION}} ({{ADEX|ORGANIZATION|asociacion-de-exportadores}}) pidió a la ' +
    '{{Sunat|GOVERNMENT|superintendencia-nacional-de-aduanas-y-de-administracion-tributaria}} extender el sistema a los ' +
    'envíos aéreos de cerezas y arándanos. ' +
    'Las dos aduanas negociaron el texto durante tres años, desde la firma de la actualización del ' +
    '[[TLC con China|china-peru-fta]] en 2024.',
  relationships: [
    {
      type: 'SIGNED',
      source: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      target: 'acuerdo-de-interconexion-de-ventanillas-unicas',
      sentence: 1,
      validFrom: '2025-07-15',
    },
    {
      type: 'SIGNED',
      source: 'administracion-general-de-aduanas-de-china',
      target: 'acuerdo-de-interconexion-de-ventanillas-unicas',
      sentence: 1,
      validFrom: '2025-07-15',
    },
    { type: 'AFFILIATED_WITH', source: 'administracion-general-de-aduanas-de-china', target: 'china', sentence: 1 },
    { type: 'OPERATES', source: 'mincetur', target: 'ventanilla-unica-de-comercio-exterior', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-international-trade-single-window', target: 'china', sentence: 2 },
    { type: 'STATED', source: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria', target: 'shanghai', sentence: 3 },
    { type: 'SIGNED', source: 'ricardo-palomino-vargas', target: 'acuerdo-de-interconexion-de-ventanillas-unicas', sentence: 4 },
    { type: 'SIGNED', source: 'sun-meiling', target: 'acuerdo-de-interconexion-de-ventanillas-unicas', sentence: 4 },
    {
      type: 'LEADS',
      source: 'ricardo-palomino-vargas',
      target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      sentence: 4,
    },
    { type: 'HOLDS_OFFICE_IN', source: 'sun-meiling', target: 'china', sentence: 4 },
    { type: 'HOSTED', source: 'mincetur', target: 'sun-meiling', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'patricia-salas-ugarte', target: 'peru', sentence: 5 },
    { type: 'STATED', source: 'patricia-salas-ugarte', target: 'acuerdo-de-interconexion-de-ventanillas-unicas', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 6, validFrom: '2011' },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 7 },
    { type: 'LOCATED_IN', source: 'muelle-norte', target: 'callao', sentence: 7 },
    { type: 'OPERATES', source: 'apm-terminals', target: 'muelle-norte', sentence: 7 },
    {
      type: 'SEEKS_COOPERATION_WITH',
      source: 'asociacion-de-exportadores',
      target: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      sentence: 8,
    },
    {
      type: 'NEGOTIATED',
      source: 'superintendencia-nacional-de-aduanas-y-de-administracion-tributaria',
      target: 'acuerdo-de-interconexion-de-ventanillas-unicas',
      sentence: 9,
    },
    {
      type: 'NEGOTIATED',
      source: 'administracion-general-de-aduanas-de-china',
      target: 'acuerdo-de-interconexion-de-ventanillas-unicas',
      sentence: 9,
    },
  ],
};

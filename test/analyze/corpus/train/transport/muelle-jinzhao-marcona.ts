import type { CorpusArticle } from '../../corpus-article.js';

/**
 * The port authority clears Jinzhao Perú's iron-ore terminal in Marcona: the parent, the mine and its seller, the builder, the mayor
 * (Spanish).
 */
export const article: CorpusArticle = {
  name: 'transport: la APN habilita el terminal de Jinzhao en Marcona',
  language: 'es',
  publishedAt: '2025-08-14',
  annotated:
    '{{ICA|PLACE}}, 13 de agosto — La {{Autoridad Portuaria Nacional|GOVERNMENT}} ' +
    '({{APN|GOVERNMENT|autoridad-portuaria-nacional}}) otorgó a la minera {{Jinzhao Perú|COMPANY}} la habilitación para ' +
    'construir el {{Terminal Portuario de San Juan de Marcona|INFRASTRUCTURE}}, en el distrito de {{Marcona|PLACE}}, ' +
    'informó este miércoles la entidad. ' +
    'La empresa, filial de la china {{Zhongrong Xinda Group|COMPANY}}, invertirá US$ 400 millones en el terminal, que ' +
    'podrá recibir buques de hasta 200.000 toneladas. ' +
    'El muelle servirá al proyecto {{Pampa de Pongo|INFRASTRUCTURE}}, un yacimiento de hierro que la minera compró en ' +
    '2009 a la canadiense {{Cardero Resource|COMPANY}} por US$ 100 millones. ' +
    'Según el gerente general de {{Jinzhao Perú|COMPANY}}, {{Wu Jianguo|PERSON}}, la construcción comenzará en 2026 y ' +
    'estará a cargo de {{China Harbour Engineering Company|COMPANY}}. ' +
    'El yacimiento, ubicado en la provincia de {{Caravelí|PLACE}}, en {{Arequipa|PLACE}}, se conectará con el muelle ' +
    'mediante un mineroducto de 90 kilómetros. ' +
    'La vecina {{Shougang Hierro Perú|COMPANY}}, presente en {{Marcona|PLACE}} desde 1992, opera su propio embarcadero, ' +
    'el {{Muelle San Nicolás|INFRASTRUCTURE}}. ' +
    'El alcalde de {{Marcona|PLACE}}, {{Elmer Huamaní Sulca|PERSON}}, dijo a {{Radio Nacional|MEDIA}} que los ' +
    'pescadores artesanales temen perder sus zonas de pesca. ' +
    'El {{Organismo de Evaluación y Fiscalización Ambiental|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|organismo-de-evaluacion-y-fiscalizacion-ambiental}}) supervisará el impacto de las obras en la bahía.',
  relationships: [
    { type: 'REGULATES', source: 'autoridad-portuaria-nacional', target: 'jinzhao-peru', sentence: 1 },
    { type: 'BUILT', source: 'jinzhao-peru', target: 'terminal-portuario-de-san-juan-de-marcona', sentence: 1 },
    { type: 'LOCATED_IN', source: 'terminal-portuario-de-san-juan-de-marcona', target: 'marcona', sentence: 1 },
    {
      type: 'STATED',
      source: 'autoridad-portuaria-nacional',
      target: 'terminal-portuario-de-san-juan-de-marcona',
      sentence: 1,
      validFrom: '2025-08-13',
    },
    { type: 'PART_OF', source: 'jinzhao-peru', target: 'zhongrong-xinda-group', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'zhongrong-xinda-group', target: 'china', sentence: 2 },
    {
      type: 'INVESTED_IN',
      source: 'jinzhao-peru',
      target: 'terminal-portuario-de-san-juan-de-marcona',
      sentence: 2,
      quantities: [{ value: 400000000, unit: 'USD' }],
    },
    {
      type: 'ACQUIRED',
      source: 'jinzhao-peru',
      target: 'pampa-de-pongo',
      sentence: 3,
      validFrom: '2009',
      quantities: [{ value: 100000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'cardero-resource', target: 'pampa-de-pongo', sentence: 3, validFrom: '2009' },
    { type: 'LEADS', source: 'wu-jianguo', target: 'jinzhao-peru', sentence: 4 },
    { type: 'STATED', source: 'wu-jianguo', target: 'terminal-portuario-de-san-juan-de-marcona', sentence: 4 },
    { type: 'BUILT', source: 'china-harbour-engineering-company', target: 'terminal-portuario-de-san-juan-de-marcona', sentence: 4 },
    { type: 'LOCATED_IN', source: 'pampa-de-pongo', target: 'caraveli', sentence: 5 },
    { type: 'LOCATED_IN', source: 'caraveli', target: 'arequipa', sentence: 5 },
    { type: 'LOCATED_IN', source: 'shougang-hierro-peru', target: 'marcona', sentence: 6, validFrom: '1992' },
    { type: 'OPERATES', source: 'shougang-hierro-peru', target: 'muelle-san-nicolas', sentence: 6 },
    { type: 'LEADS', source: 'elmer-huamani-sulca', target: 'marcona', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'elmer-huamani-sulca', target: 'radio-nacional', sentence: 7 },
    { type: 'STATED', source: 'elmer-huamani-sulca', target: 'terminal-portuario-de-san-juan-de-marcona', sentence: 7 },
    {
      type: 'REGULATES',
      source: 'organismo-de-evaluacion-y-fiscalizacion-ambiental',
      target: 'terminal-portuario-de-san-juan-de-marcona',
      sentence: 8,
    },
  ],
};

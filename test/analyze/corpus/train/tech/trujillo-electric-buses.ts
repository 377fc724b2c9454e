import type { CorpusArticle } from '../../corpus-article.js';

/** Trujillo orders King Long electric buses financed by Bank of China: mayor, operator, supplier, charging, ministry (English). */
export const article: CorpusArticle = {
  name: 'tech: Trujillo orders 120 King Long electric buses with Bank of China loan',
  language: 'en',
  publishedAt: '2026-05-12',
  annotated:
    '{{TRUJILLO|PLACE}}, May 11 — The city of {{Trujillo|PLACE}}, on [[Peru|peru]]’s northern coast, has ordered 120 ' +
    'electric buses from the Chinese manufacturer {{King Long|COMPANY}}, its mayor, {{Arturo Fernández|PERSON}}, said on ' +
    'Monday. ' +
    'The $54 million purchase will be financed with a 15-year loan from {{Bank of China|COMPANY}}, which opened a branch ' +
    'in [[Lima|lima]] in 2022. ' +
    'The buses, built at {{King Long|COMPANY}}’s factory in {{Xiamen|PLACE}}, will run on three trunk routes managed by the municipal ' +
    'company {{Transportes Metropolitanos de Trujillo|COMPANY}} ({{TMT|COMPANY|transportes-metropolitanos-de-trujillo}}). ' +
    '{{Fernández|PERSON|arturo-fernandez}} signed the contract last week in {{Xiamen|PLACE}}, where he met the ' +
    'manufacturer’s chairman, {{Peng Gang|PERSON}}. ' +
    'Under the deal, the Chinese firm will also build a charging depot in the district of {{La Esperanza|PLACE}} and ' +
    'maintain the fleet for ten years. ' +
    'Power for the depot will be supplied by {{Hidrandina|COMPANY}}, the state-owned distributor in the {{La Libertad|PLACE}} ' +
    'region. ' +
    'The {{Ministry of Transport and Communications|GOVERNMENT}}, which must approve the routes, backed the project, ' +
    'according to Vice-Minister {{Jorge Luis Zapata|PERSON}}. ' +
    'He told {{La Industria|MEDIA}} that other regional capitals such as {{Piura|PLACE}} and {{Chiclayo|PLACE}} had asked ' +
    'the ministry for help to buy electric fleets. ' +
    'Rival maker {{Yutong|COMPANY}} supplies most of the electric buses already running in [[Lima|lima]].',
  relationships: [
    { type: 'LOCATED_IN', source: 'trujillo', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'king-long', target: 'china', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'trujillo', target: 'king-long', sentence: 1 },
    { type: 'LEADS', source: 'arturo-fernandez', target: 'trujillo', sentence: 1 },
    { type: 'STATED', source: 'arturo-fernandez', target: 'king-long', sentence: 1, validFrom: '2026-05-11' },
    { type: 'INVESTED_IN', source: 'bank-of-china', target: 'trujillo', sentence: 2, quantities: [{ value: 54000000, unit: 'USD' }] },
    { type: 'LOCATED_IN', source: 'bank-of-china', target: 'lima', sentence: 2, validFrom: '2022' },
    { type: 'LOCATED_IN', source: 'king-long', target: 'xiamen', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'transportes-metropolitanos-de-trujillo', target: 'trujillo', sentence: 3 },
    { type: 'VISITED', source: 'arturo-fernandez', target: 'xiamen', sentence: 4 },
    { type: 'MET', source: 'arturo-fernandez', target: 'peng-gang', sentence: 4 },
    { type: 'LEADS', source: 'peng-gang', target: 'king-long', sentence: 4 },
    { type: 'LOCATED_IN', source: 'hidrandina', target: 'la-libertad', sentence: 6 },
    {
      type: 'REGULATES',
      source: 'ministry-of-transport-and-communications',
      target: 'transportes-metropolitanos-de-trujillo',
      sentence: 7,
    },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-luis-zapata', target: 'ministry-of-transport-and-communications', sentence: 7 },
    { type: 'STATED', source: 'jorge-luis-zapata', target: 'trujillo', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'jorge-luis-zapata', target: 'la-industria', sentence: 8 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'piura', target: 'ministry-of-transport-and-communications', sentence: 8 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'chiclayo', target: 'ministry-of-transport-and-communications', sentence: 8 },
  ],
};

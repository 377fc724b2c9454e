import type { CorpusArticle } from '../../corpus-article.js';

/** BYD buys control of a car dealer in Arequipa from a local group: price, stake, executives, regulator, EV policy (English). */
export const article: CorpusArticle = {
  name: 'tech: BYD buys control of Arequipa car dealer Autonort Sur',
  language: 'en',
  publishedAt: '2025-09-23',
  annotated:
    '{{AREQUIPA|PLACE}}, September 22 — The Chinese carmaker {{BYD|COMPANY}} has bought 70% of {{Autonort Sur|COMPANY}}, ' +
    'a dealer based in {{Arequipa|PLACE}}, from the local {{Grupo Rodríguez Banda|COMPANY}} for $48 million, the ' +
    'companies said on Monday. ' +
    'The deal, which still needs the approval of the competition watchdog {{Indecopi|GOVERNMENT}}, gives ' +
    '{{BYD|COMPANY}} control of 14 showrooms in southern [[Peru|peru]]. ' +
    '{{Stella Li|PERSON}}, executive vice-president of {{BYD|COMPANY}}, said the company aimed to sell 5,000 cars in ' +
    'the country next year, up from about 1,200 in 2024. ' +
    'She signed the agreement in [[Lima|lima]] with the group’s chairman, {{Julio Rodríguez Banda|PERSON}}, who keeps ' +
    'the remaining 30% of the dealer and will stay on as its general manager. ' +
    'Founded in [[Shenzhen|shenzhen]] in 1995, {{BYD|COMPANY}} overtook {{Tesla|COMPANY}} last year as the world’s ' +
    'biggest seller of electric cars. ' +
    'Its electric buses already serve the {{Metropolitano|INFRASTRUCTURE}} rapid transit system in [[Lima|lima]], which ' +
    'is run by the city’s transport authority, {{ATU|GOVERNMENT}}. ' +
    'Sales of electric and hybrid cars in [[Peru|peru]] rose 80% in 2024, according to the ' +
    '{{Asociación Automotriz del Perú|ORGANIZATION}} ({{AAP|ORGANIZATION|asociacion-automotriz-del-peru}}). ' +
    'The {{Ministry of Energy and Mines|GOVERNMENT}} has promised 500 public chargers under its ' +
    '{{National Electromobility Plan|PLAN}}, which it approved in 2023. ' +
    'Another Chinese brand, {{Changan|COMPANY}}, is studying an assembly line in {{Ica|PLACE}} with its Peruvian ' +
    'distributor, {{Derco|COMPANY}}.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'byd', target: 'china', sentence: 1 },
    {
      type: 'ACQUIRED',
      source: 'byd',
      target: 'autonort-sur',
      sentence: 1,
      quantities: [
        { value: 70, unit: '%' },
        { value: 48000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'grupo-rodriguez-banda', target: 'autonort-sur', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'autonort-sur', target: 'arequipa', sentence: 1 },
    { type: 'STATED', source: 'byd', target: 'autonort-sur', sentence: 1, validFrom: '2025-09-22' },
    { type: 'REGULATES', source: 'indecopi', target: 'byd', sentence: 2 },
    { type: 'LEADS', source: 'stella-li', target: 'byd', sentence: 3 },
    { type: 'STATED', source: 'stella-li', target: 'byd', sentence: 3 },
    { type: 'LEADS', source: 'julio-rodriguez-banda', target: 'grupo-rodriguez-banda', sentence: 4 },
    { type: 'OWNS', source: 'julio-rodriguez-banda', target: 'autonort-sur', sentence: 4, quantities: [{ value: 30, unit: '%' }] },
    { type: 'LEADS', source: 'julio-rodriguez-banda', target: 'autonort-sur', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'byd', target: 'shenzhen', sentence: 5, validFrom: '1995' },
    { type: 'LOCATED_IN', source: 'metropolitano', target: 'lima', sentence: 6 },
    { type: 'OPERATES', source: 'atu', target: 'metropolitano', sentence: 6 },
    { type: 'STATED', source: 'asociacion-automotriz-del-peru', target: 'peru', sentence: 7 },
    { type: 'ADOPTED', source: 'ministry-of-energy-and-mines', target: 'national-electromobility-plan', sentence: 8, validFrom: '2023' },
    { type: 'AFFILIATED_WITH', source: 'changan', target: 'china', sentence: 9 },
    { type: 'PARTNERS_WITH', source: 'changan', target: 'derco', sentence: 9 },
  ],
};

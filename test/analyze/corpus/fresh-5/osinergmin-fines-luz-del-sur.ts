import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'osinergmin-fines-luz-del-sur',
  language: 'en',
  publishedAt: '2025-02-20',
  annotated:
    'The {{Supervisory Agency for Investment in Energy and Mining|GOVERNMENT}} ' +
    '({{Osinergmin|GOVERNMENT|supervisory-agency-for-investment-in-energy-and-mining}}) has fined {{Luz del Sur|COMPANY}}, ' +
    'the power distributor owned by {{China Three Gorges Corporation|COMPANY}}, 2.4 million soles over a ' +
    'blackout that cut electricity to some 300,000 homes in southern [[Lima|lima]] last month. The ' +
    'outage began on 14 January when a transformer failed at the {{Santa Rosa|INFRASTRUCTURE}} ' +
    'substation, which the company operates, and spread to seven districts in the south of the capital, ' +
    'including {{Surco|PLACE}}, {{Chorrillos|PLACE}} and {{San Juan de Miraflores|PLACE}}. In its ' +
    'ruling, the regulator said the distributor had not replaced equipment flagged as obsolete during a ' +
    '2022 inspection and had taken nine hours to restore supply, three times the limit set in its ' +
    'concession contract. {{Luz del Sur|COMPANY}} said it would appeal. “We restored 80% of the load ' +
    'within four hours, and we have invested heavily in new transformers since last year,” general ' +
    'manager {{Ricardo Paredes|PERSON}} said in a statement. {{China Three Gorges|COMPANY|china-three-gorges-corporation}} ' +
    'bought the company from the US utility {{Sempra|COMPANY}} in 2020 for about US$ 3.6 billion. In ' +
    '2023 {{China Southern Power Grid International|COMPANY}} took over {{Enel Distribución Perú|COMPANY}}, ' +
    'which serves the north of the city and has since been renamed {{Pluz Energía|COMPANY|enel-distribucion-peru}}. ' +
    '{{Osinergmin|GOVERNMENT|supervisory-agency-for-investment-in-energy-and-mining}} fined ' +
    '{{Pluz|COMPANY|enel-distribucion-peru}} 1.1 million soles in 2024 over delays in connecting new ' +
    'homes. The agency’s chairman, {{Luis Alberto Ñique|PERSON}}, told the radio station {{RPP|MEDIA}} ' +
    'that foreign ownership played no part in the decision. “Whoever holds the concession answers for ' +
    'the service, and {{Luz del Sur|COMPANY}} fell short,” he said. Lawmaker {{Carmen Ríos|PERSON}}, who ' +
    'chairs the {{Energy and Mines Committee|GOVERNMENT}} of the [[Congress of the Republic|peru-congress]], ' +
    'said she would summon executives of {{Luz del Sur|COMPANY}} to explain their investment plans for ' +
    'the grid.',
  relationships: [
    {
      type: 'REGULATES',
      source: 'supervisory-agency-for-investment-in-energy-and-mining',
      target: 'luz-del-sur',
      sentence: 1,
      quantities: [{ value: 2400000, unit: 'PEN' }],
    },
    { type: 'OWNS', source: 'china-three-gorges-corporation', target: 'luz-del-sur', sentence: 1 },
    { type: 'OPERATES', source: 'luz-del-sur', target: 'santa-rosa', sentence: 2 },
    { type: 'LOCATED_IN', source: 'surco', target: 'lima', sentence: 2 },
    { type: 'LOCATED_IN', source: 'chorrillos', target: 'lima', sentence: 2 },
    { type: 'LOCATED_IN', source: 'san-juan-de-miraflores', target: 'lima', sentence: 2 },
    { type: 'STATED', source: 'supervisory-agency-for-investment-in-energy-and-mining', target: 'luz-del-sur', sentence: 3 },
    { type: 'STATED', source: 'luz-del-sur', target: 'supervisory-agency-for-investment-in-energy-and-mining', sentence: 4 },
    { type: 'LEADS', source: 'ricardo-paredes', target: 'luz-del-sur', sentence: 5 },
    { type: 'STATED', source: 'ricardo-paredes', target: 'luz-del-sur', sentence: 5 },
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges-corporation',
      target: 'luz-del-sur',
      sentence: 6,
      validFrom: '2020',
      quantities: [{ value: 3600000000, unit: 'USD' }],
    },
    {
      type: 'SOLD',
      source: 'sempra',
      target: 'luz-del-sur',
      sentence: 6,
      validFrom: '2020',
      quantities: [{ value: 3600000000, unit: 'USD' }],
    },
    {
      type: 'ACQUIRED',
      source: 'china-southern-power-grid-international',
      target: 'enel-distribucion-peru',
      sentence: 7,
      validFrom: '2023',
    },
    {
      type: 'REGULATES',
      source: 'supervisory-agency-for-investment-in-energy-and-mining',
      target: 'enel-distribucion-peru',
      sentence: 8,
      validFrom: '2024',
      quantities: [{ value: 1100000, unit: 'PEN' }],
    },
    { type: 'LEADS', source: 'luis-alberto-nique', target: 'supervisory-agency-for-investment-in-energy-and-mining', sentence: 9 },
    { type: 'COMMUNICATED_VIA', source: 'luis-alberto-nique', target: 'rpp', sentence: 9 },
    { type: 'STATED', source: 'luis-alberto-nique', target: 'luz-del-sur', sentence: 10 },
    { type: 'HOLDS_OFFICE_IN', source: 'carmen-rios', target: 'peru-congress', sentence: 11 },
    { type: 'LEADS', source: 'carmen-rios', target: 'energy-and-mines-committee', sentence: 11 },
    { type: 'PART_OF', source: 'energy-and-mines-committee', target: 'peru-congress', sentence: 11 },
    { type: 'STATED', source: 'carmen-rios', target: 'luz-del-sur', sentence: 11 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** The owner of the Chaglla hydropower plant refinances with an ICBC loan: parent, past purchase, regulator, minister (English). */
export const article: CorpusArticle = {
  name: 'energy: ICBC lends $600m to the owner of the Chaglla hydropower plant',
  language: 'en',
  publishedAt: '2025-02-19',
  annotated:
    '[[LIMA|lima]], February 18 — {{Empresa de Generación Huallaga|COMPANY}}, which owns the 456-megawatt ' +
    '{{Chaglla|INFRASTRUCTURE}} hydropower plant in the {{Huánuco|PLACE}} region, has obtained a $600m loan from the ' +
    '{{Industrial and Commercial Bank of China|COMPANY}} ({{ICBC|COMPANY|industrial-and-commercial-bank-of-china}}), ' +
    'the company said on Tuesday. ' +
    'The generator, a subsidiary of {{China Three Gorges Corporation|COMPANY}} since 2019, will use the money to repay ' +
    'bonds issued when the plant was built. ' +
    '{{China Three Gorges|COMPANY|china-three-gorges-corporation}} bought the plant from the Brazilian builder ' +
    '{{Odebrecht|COMPANY}} for $1.39bn, a sale cleared at the time by [[Peru|peru]]’s competition authority, ' +
    '{{Indecopi|GOVERNMENT}}. ' +
    'The state-owned Chinese group, based in {{Wuhan|PLACE}}, also controls {{Luz del Sur|COMPANY}}, the power ' +
    'distributor of southern [[Lima|lima]]. ' +
    '{{Wang Liang|PERSON}}, {{Huallaga|COMPANY|empresa-de-generacion-huallaga}}’s general manager, told the state ' +
    'news agency {{Andina|MEDIA}} that the plant ' +
    'supplied about 4% of the country’s electricity last year. ' +
    'He added that the company was studying a 120-megawatt solar farm next to the dam, which sits on the ' +
    '{{Huallaga River|PLACE}}. ' +
    'The {{Energy and Mining Investment Supervisory Agency|GOVERNMENT}} ' +
    '({{Osinergmin|GOVERNMENT|energy-and-mining-investment-supervisory-agency}}), which oversees the plant, fined the ' +
    'generator 1.2 million soles in 2023 for failing to report a turbine breakdown on time. ' +
    'Energy and Mines Minister {{Jorge Montero Cornejo|PERSON}} said in {{Huánuco|PLACE}} last month that [[China|china]] ' +
    'had become the largest foreign investor in [[Peru|peru]]’s power sector.',
  relationships: [
    { type: 'OWNS', source: 'empresa-de-generacion-huallaga', target: 'chaglla', sentence: 1 },
    { type: 'LOCATED_IN', source: 'chaglla', target: 'huanuco', sentence: 1 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'empresa-de-generacion-huallaga',
      target: 'industrial-and-commercial-bank-of-china',
      sentence: 1,
      quantities: [{ value: 600000000, unit: 'USD' }],
    },
    {
      type: 'STATED',
      source: 'empresa-de-generacion-huallaga',
      target: 'industrial-and-commercial-bank-of-china',
      sentence: 1,
      validFrom: '2025-02-18',
    },
    { type: 'PART_OF', source: 'empresa-de-generacion-huallaga', target: 'china-three-gorges-corporation', sentence: 2, validFrom: '2019' },
    {
      type: 'ACQUIRED',
      source: 'china-three-gorges-corporation',
      target: 'chaglla',
      sentence: 3,
      quantities: [{ value: 1390000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'odebrecht', target: 'chaglla', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'china-three-gorges-corporation', target: 'china', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'china-three-gorges-corporation', target: 'wuhan', sentence: 4 },
    { type: 'OWNS', source: 'china-three-gorges-corporation', target: 'luz-del-sur', sentence: 4 },
    { type: 'LOCATED_IN', source: 'luz-del-sur', target: 'lima', sentence: 4 },
    { type: 'LEADS', source: 'wang-liang', target: 'empresa-de-generacion-huallaga', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'wang-liang', target: 'andina', sentence: 5 },
    { type: 'STATED', source: 'wang-liang', target: 'chaglla', sentence: 5 },
    { type: 'STATED', source: 'wang-liang', target: 'empresa-de-generacion-huallaga', sentence: 6 },
    { type: 'LOCATED_IN', source: 'chaglla', target: 'huallaga-river', sentence: 6 },
    { type: 'REGULATES', source: 'energy-and-mining-investment-supervisory-agency', target: 'chaglla', sentence: 7 },
    {
      type: 'REGULATES',
      source: 'energy-and-mining-investment-supervisory-agency',
      target: 'empresa-de-generacion-huallaga',
      sentence: 7,
      validFrom: '2023',
      quantities: [{ value: 1200000, unit: 'PEN' }],
    },
    { type: 'HOLDS_OFFICE_IN', source: 'jorge-montero-cornejo', target: 'peru', sentence: 8 },
    { type: 'STATED', source: 'jorge-montero-cornejo', target: 'china', sentence: 8 },
    { type: 'INVESTED_IN', source: 'china', target: 'peru', sentence: 8 },
  ],
};

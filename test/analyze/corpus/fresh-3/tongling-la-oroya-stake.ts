import type { CorpusArticle } from '../corpus-article.js';

/**
 * A Chinese copper group buys 49% of the La Oroya smelter from its workers’ company: seller, regulators, minister, past owners
 * (English).
 */
export const article: CorpusArticle = {
  name: 'Tongling buys a stake in the La Oroya smelter',
  language: 'en',
  publishedAt: '2025-10-22',
  annotated:
    '[[LIMA|lima]], Oct 21 — {{Tongling Nonferrous Metals Group|COMPANY}}, a state-owned Chinese copper producer, has ' +
    'agreed to buy 49% of the {{La Oroya Metallurgical Complex|INFRASTRUCTURE}} from ' +
    '{{Metalúrgica Business Perú|COMPANY}} for $180 million, the two companies said on Tuesday. ' +
    'The smelter, in the Andean town of {{La Oroya|PLACE}} in the {{Junín|PLACE}} region, has been run since 2022 by ' +
    '{{Metalúrgica Business Perú|COMPANY}}, a company owned by some 1,200 of its former workers. ' +
    '{{Tongling|COMPANY|tongling-nonferrous-metals-group}}, based in the eastern province of {{Anhui|PLACE}}, said it ' +
    'would invest a further $350 million in the complex to modernise its copper circuit and cut sulphur dioxide emissions. ' +
    'Its chairman, {{Ding Shiqi|PERSON}}, signed the deal in [[Lima|lima]] with {{Juan Carlos Huayhua|PERSON}}, the ' +
    'Peruvian company’s chief executive. ' +
    'The purchase still needs the approval of [[Peru|peru]]’s competition authority, {{Indecopi|GOVERNMENT}}, and of the ' +
    '{{Ministry of Energy and Mines|GOVERNMENT}}, which must renew the smelter’s operating licence. ' +
    '[[Peru|peru]]’s energy and mines minister, {{Luis Bravo Cárdenas|PERSON}}, told {{RPP|MEDIA}} that the Chinese ' +
    'group’s money would secure 2,500 jobs in the central highlands. ' +
    'The complex, built in 1922 by the American {{Cerro de Pasco Copper Corporation|COMPANY}}, was shut in 2009 after ' +
    'its then owner, {{Doe Run Peru|COMPANY}}, ran out of money to meet its environmental commitments. ' +
    'Residents’ groups in {{La Oroya|PLACE}} said they would ask the ' +
    '{{Environmental Assessment and Enforcement Agency|GOVERNMENT}} ' +
    '({{OEFA|GOVERNMENT|environmental-assessment-and-enforcement-agency}}), which oversees the smelter’s emissions, to ' +
    'watch the new partner closely. ' +
    '[[MMG|mmg]], which runs the [[Las Bambas|las-bambas]] mine, and [[Chinalco|chinalco]] are already among the ' +
    'largest copper producers in [[Peru|peru]].',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'tongling-nonferrous-metals-group',
      target: 'la-oroya-metallurgical-complex',
      sentence: 1,
      validFrom: '2025-10-21',
      quantities: [
        { value: 49, unit: '%' },
        { value: 180000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'metalurgica-business-peru', target: 'la-oroya-metallurgical-complex', sentence: 1, validFrom: '2025-10-21' },
    { type: 'AFFILIATED_WITH', source: 'tongling-nonferrous-metals-group', target: 'china', sentence: 1 },
    {
      type: 'STATED',
      source: 'tongling-nonferrous-metals-group',
      target: 'la-oroya-metallurgical-complex',
      sentence: 1,
      validFrom: '2025-10-21',
    },
    { type: 'LOCATED_IN', source: 'la-oroya-metallurgical-complex', target: 'la-oroya', sentence: 2 },
    { type: 'LOCATED_IN', source: 'la-oroya', target: 'junin', sentence: 2 },
    { type: 'OPERATES', source: 'metalurgica-business-peru', target: 'la-oroya-metallurgical-complex', sentence: 2, validFrom: '2022' },
    { type: 'HEADQUARTERED_IN', source: 'tongling-nonferrous-metals-group', target: 'anhui', sentence: 3 },
    {
      type: 'INVESTED_IN',
      source: 'tongling-nonferrous-metals-group',
      target: 'la-oroya-metallurgical-complex',
      sentence: 3,
      quantities: [{ value: 350000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'ding-shiqi', target: 'tongling-nonferrous-metals-group', sentence: 4 },
    { type: 'LEADS', source: 'juan-carlos-huayhua', target: 'metalurgica-business-peru', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 5 },
    { type: 'REGULATES', source: 'ministry-of-energy-and-mines', target: 'la-oroya-metallurgical-complex', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'luis-bravo-cardenas', target: 'peru', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'luis-bravo-cardenas', target: 'rpp', sentence: 6 },
    { type: 'STATED', source: 'luis-bravo-cardenas', target: 'tongling-nonferrous-metals-group', sentence: 6 },
    {
      type: 'BUILT',
      source: 'cerro-de-pasco-copper-corporation',
      target: 'la-oroya-metallurgical-complex',
      sentence: 7,
      validFrom: '1922',
    },
    { type: 'OWNS', source: 'doe-run-peru', target: 'la-oroya-metallurgical-complex', sentence: 7 },
    { type: 'REGULATES', source: 'environmental-assessment-and-enforcement-agency', target: 'la-oroya-metallurgical-complex', sentence: 8 },
    { type: 'OPERATES', source: 'mmg', target: 'las-bambas', sentence: 9 },
  ],
};

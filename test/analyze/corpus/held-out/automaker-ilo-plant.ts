import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Chinese carmaker plans an assembly plant in Ilo (held out)',
  language: 'en',
  publishedAt: '2025-07-17',
  annotated:
    '[[LIMA|lima]] — {{Huaxing Automobile|COMPANY}}, a carmaker based in {{Wuhu|PLACE}}, plans to invest $220m in an ' +
    'assembly plant in {{Ilo|PLACE}}, a port in the southern region of {{Moquegua|PLACE}}. ' +
    'The plant would turn out 30,000 pickups and light trucks a year from 2027, the company’s chairman, ' +
    '{{Zhao Jianping|PERSON}}, told reporters in [[Lima|lima]] on Wednesday. ' +
    '“{{Ilo|PLACE}} gives us a Pacific port and cheap land close to our buyers,” {{Zhao|PERSON|zhao-jianping}} said. ' +
    'The [[Ministry of Foreign Trade and Tourism|mincetur]] ([[Mincetur|mincetur]]), which oversees [[Peru|peru]]’s ' +
    'four special economic zones, said the carmaker would pay no income tax for ten years. ' +
    '{{Huaxing|COMPANY|huaxing-automobile}} is 51% owned by {{Wuhu Construction Investment|COMPANY}}, a holding ' +
    'company of the city government, and sells its cars in [[Peru|peru]] through the dealer {{Autoandina|COMPANY}}. ' +
    '{{Ilo|PLACE}}’s mayor, {{Marcos Cutipa|PERSON}}, welcomed the project but asked the ' +
    '{{National Water Authority|GOVERNMENT}} ({{ANA|GOVERNMENT|national-water-authority}}) to secure water for the ' +
    'plant first. ' +
    'Chinese brands now take 38% of new car sales in [[Peru|peru]], the ' +
    '{{Peruvian Automotive Association|ORGANIZATION}} ({{AAP|ORGANIZATION|peruvian-automotive-association}}) reported.',
  relationships: [
    { type: 'HEADQUARTERED_IN', source: 'huaxing-automobile', target: 'wuhu', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'huaxing-automobile',
      target: 'ilo',
      sentence: 1,
      quantities: [{ value: 220000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'ilo', target: 'moquegua', sentence: 1 },
    { type: 'LEADS', source: 'zhao-jianping', target: 'huaxing-automobile', sentence: 2 },
    { type: 'STATED', source: 'zhao-jianping', target: 'ilo', sentence: 3 },
    { type: 'STATED', source: 'mincetur', target: 'huaxing-automobile', sentence: 4 },
    {
      type: 'OWNS',
      source: 'wuhu-construction-investment',
      target: 'huaxing-automobile',
      sentence: 5,
      quantities: [{ value: 51, unit: '%' }],
    },
    { type: 'PARTNERS_WITH', source: 'huaxing-automobile', target: 'autoandina', sentence: 5 },
    { type: 'LEADS', source: 'marcos-cutipa', target: 'ilo', sentence: 6 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'marcos-cutipa', target: 'national-water-authority', sentence: 6 },
    { type: 'STATED', source: 'peruvian-automotive-association', target: 'peru', sentence: 7 },
  ],
};

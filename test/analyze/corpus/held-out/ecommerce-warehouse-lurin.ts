import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Chinese online marketplace opens a warehouse in Lima (held out)',
  language: 'en',
  publishedAt: '2024-08-22',
  annotated:
    '[[LIMA|lima]] — The Chinese online marketplace {{ShopNova|COMPANY}} opened a $60m warehouse in {{Lurín|PLACE}}, ' +
    'on the southern edge of [[Lima|lima]], on Tuesday, a year after it began selling to Peruvian shoppers. ' +
    'The company, a unit of the {{Ningbo|PLACE}}-based {{Lanyue Group|COMPANY}}, says it already has 2.5 million ' +
    'customers in [[Peru|peru]]. ' +
    'The {{Peruvian Retail Association|ORGANIZATION}}, whose members include the department stores ' +
    '{{Saga Falabella|COMPANY}} and {{Ripley|COMPANY}}, asked the tax agency {{Sunat|GOVERNMENT}} on Wednesday to tax ' +
    'parcels worth less than $200, which now enter the country duty-free. ' +
    '{{Sunat|GOVERNMENT}}’s head, {{Patricia Loayza|PERSON}}, said the request was under study. ' +
    'The consumer watchdog {{Indecopi|GOVERNMENT}} fined {{ShopNova|COMPANY}} 120,000 soles in May over misleading ' +
    'delivery times. ' +
    '{{Chen Yutong|PERSON}}, {{ShopNova|COMPANY}}’s manager for {{Latin America|PLACE}}, said the warehouse in ' +
    '{{Lurín|PLACE}} would employ 800 people by next year. ' +
    '[[Peru|peru]]’s cross-border online purchases grew by 65% in 2023, mostly from Chinese sites, the ' +
    '{{Peruvian Chamber of Electronic Commerce|ORGANIZATION}} ' +
    '({{Capece|ORGANIZATION|peruvian-chamber-of-electronic-commerce}}) estimates.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'shopnova', target: 'china', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'shopnova',
      target: 'lurin',
      sentence: 1,
      validFrom: '2024-08-20',
      quantities: [{ value: 60000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'lurin', target: 'lima', sentence: 1 },
    { type: 'PART_OF', source: 'shopnova', target: 'lanyue-group', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'lanyue-group', target: 'ningbo', sentence: 2 },
    { type: 'STATED', source: 'shopnova', target: 'peru', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'saga-falabella', target: 'peruvian-retail-association', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'ripley', target: 'peruvian-retail-association', sentence: 3 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'peruvian-retail-association', target: 'sunat', sentence: 3, validFrom: '2024-08-21' },
    { type: 'LEADS', source: 'patricia-loayza', target: 'sunat', sentence: 4 },
    {
      type: 'REGULATES',
      source: 'indecopi',
      target: 'shopnova',
      sentence: 5,
      validFrom: '2024-05',
      quantities: [{ value: 120000, unit: 'PEN' }],
    },
    { type: 'LEADS', source: 'chen-yutong', target: 'shopnova', sentence: 6 },
    { type: 'STATED', source: 'chen-yutong', target: 'lurin', sentence: 6 },
    { type: 'STATED', source: 'peruvian-chamber-of-electronic-commerce', target: 'peru', sentence: 7 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Yutong wins a contract to supply electric buses to Lima’s transport authority: financing, partner, plan, rival bidders (English). */
export const article: CorpusArticle = {
  name: 'Yutong electric buses for Lima',
  language: 'en',
  publishedAt: '2025-10-09',
  annotated:
    '[[LIMA|lima]], October 8 — {{Yutong|COMPANY}}, the world’s largest bus maker, will supply 300 electric buses to the ' +
    '{{Urban Transport Authority for Lima and Callao|GOVERNMENT}} ' +
    '({{ATU|GOVERNMENT|urban-transport-authority-for-lima-and-callao}}) under a $165m contract awarded on Wednesday. ' +
    'The buses will be assembled in {{Zhengzhou|PLACE}}, where the Chinese company is based, and will run on the ' +
    '{{Metropolitano|INFRASTRUCTURE}}, the capital’s rapid bus system, and on two feeder routes in {{Callao|PLACE}}. ' +
    'The {{ATU|GOVERNMENT|urban-transport-authority-for-lima-and-callao}}, which oversees the ' +
    '{{Metropolitano|INFRASTRUCTURE}} and licenses the city’s private bus companies, said {{Yutong|COMPANY}}’s vehicles ' +
    'would replace diesel buses that are more than 15 years old. ' +
    'Its president, {{Milagros Cárdenas Vílchez|PERSON}}, said the first 60 buses would be shipped through the ' +
    '[[Port of Chancay|chancay-port]] and enter service in May. ' +
    'For maintenance, {{Yutong|COMPANY}} has teamed up with {{Motored Andina|COMPANY}}, a Peruvian distributor that will ' +
    'build a charging depot in {{Villa El Salvador|PLACE}}. ' +
    'Part of the cost will be covered by a $90m credit from the {{Export-Import Bank of China|COMPANY}} ' +
    '({{China Eximbank|COMPANY|export-import-bank-of-china}}), a state lender based in {{Beijing|PLACE}}. ' +
    'The purchase is the first step of the {{Clean Transport Plan|PLAN}}, which the ' +
    '{{Ministry of Transport and Communications|GOVERNMENT}} ({{MTC|GOVERNMENT|ministry-of-transport-and-communications}}) ' +
    'adopted in 2024 to electrify half of the capital’s public fleet by 2030. ' +
    'Two losing bidders, {{BYD|COMPANY}} and the Brazilian {{Marcopolo|COMPANY}}, have asked the ' +
    '{{ATU|GOVERNMENT|urban-transport-authority-for-lima-and-callao}} to publish the scores of the tender, arguing that ' +
    'the {{Yutong|COMPANY}} offer was not the cheapest.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'yutong',
      target: 'urban-transport-authority-for-lima-and-callao',
      sentence: 1,
      validFrom: '2025-10-08',
      quantities: [{ value: 165000000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'yutong', target: 'zhengzhou', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'yutong', target: 'china', sentence: 2 },
    { type: 'LOCATED_IN', source: 'metropolitano', target: 'lima', sentence: 2 },
    { type: 'REGULATES', source: 'urban-transport-authority-for-lima-and-callao', target: 'metropolitano', sentence: 3 },
    { type: 'STATED', source: 'urban-transport-authority-for-lima-and-callao', target: 'yutong', sentence: 3 },
    { type: 'LEADS', source: 'milagros-cardenas-vilchez', target: 'urban-transport-authority-for-lima-and-callao', sentence: 4 },
    { type: 'STATED', source: 'milagros-cardenas-vilchez', target: 'chancay-port', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'yutong', target: 'motored-andina', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'motored-andina', target: 'peru', sentence: 5 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'urban-transport-authority-for-lima-and-callao',
      target: 'export-import-bank-of-china',
      sentence: 6,
      quantities: [{ value: 90000000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'export-import-bank-of-china', target: 'beijing', sentence: 6 },
    { type: 'ADOPTED', source: 'ministry-of-transport-and-communications', target: 'clean-transport-plan', sentence: 7, validFrom: '2024' },
    { type: 'STATED', source: 'byd', target: 'yutong', sentence: 8 },
    { type: 'STATED', source: 'marcopolo', target: 'yutong', sentence: 8 },
  ],
};

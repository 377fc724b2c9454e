import type { CorpusArticle } from '../../corpus-article.js';

/** Indecopi fines Temu’s operator over misleading ads: fine, parent, officials, local retailers’ complaints, Shein (English). */
export const article: CorpusArticle = {
  name: 'tech: Indecopi fines Temu operator over misleading discounts',
  language: 'en',
  publishedAt: '2025-11-14',
  annotated:
    '[[LIMA|lima]], Nov 13 — [[Peru|peru]]’s consumer protection agency, the {{National Institute for the Defence of ' +
    'Competition and Protection of Intellectual Property|GOVERNMENT}} ({{Indecopi|GOVERNMENT|national-institute-for-the-' +
    'defence-of-competition-and-protection-of-intellectual-property}}), fined {{Whaleco Technology|COMPANY}}, the ' +
    'company behind the shopping app {{Temu|COMPANY}}, 1.9 million soles on Thursday. ' +
    'The agency found that the platform had advertised discounts of up to 90% on prices that had never been charged. ' +
    '{{Whaleco Technology|COMPANY}} is a subsidiary of {{PDD Holdings|COMPANY}}, a Chinese group founded in ' +
    '{{Shanghai|PLACE}} that now has its headquarters in {{Dublin|PLACE}}. ' +
    'In a statement sent to {{El Comercio|MEDIA}}, the company said it would appeal the decision and that it complied ' +
    'with Peruvian law. ' +
    '{{Temu|COMPANY}} entered the Peruvian market in March 2024 and has since become the most downloaded shopping app in ' +
    'the country, according to the research firm {{Ipsos Perú|COMPANY}}. ' +
    'The fine was imposed by the agency’s {{Consumer Protection Commission|GOVERNMENT}}, chaired by ' +
    '{{Ana Peña Cardoso|PERSON}}. ' +
    'She said parcels ordered from Chinese platforms had risen sixfold in two years and that buyers needed clear ' +
    'information on delivery times. ' +
    'Retailers grouped in the {{Lima Chamber of Commerce|ORGANIZATION}} ({{CCL|ORGANIZATION|lima-chamber-of-commerce}}) ' +
    'have asked the finance ministry to end the tax exemption for imports worth less than $200. ' +
    'Its president, {{Roberto de la Torre|PERSON}}, argued that the rule gave {{Temu|COMPANY}} and its rival ' +
    '{{Shein|COMPANY}} an unfair advantage over local shops.',
  relationships: [
    {
      type: 'REGULATES',
      source: 'national-institute-for-the-defence-of-competition-and-protection-of-intellectual-property',
      target: 'whaleco-technology',
      sentence: 1,
      validFrom: '2025-11-13',
    },
    {
      type: 'AFFILIATED_WITH',
      source: 'national-institute-for-the-defence-of-competition-and-protection-of-intellectual-property',
      target: 'peru',
      sentence: 1,
    },
    { type: 'OPERATES', source: 'whaleco-technology', target: 'temu', sentence: 1 },
    { type: 'PART_OF', source: 'whaleco-technology', target: 'pdd-holdings', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'pdd-holdings', target: 'china', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'pdd-holdings', target: 'dublin', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'whaleco-technology', target: 'el-comercio', sentence: 4 },
    {
      type: 'STATED',
      source: 'whaleco-technology',
      target: 'national-institute-for-the-defence-of-competition-and-protection-of-intellectual-property',
      sentence: 4,
    },
    { type: 'LOCATED_IN', source: 'temu', target: 'peru', sentence: 5, validFrom: '2024-03' },
    { type: 'STATED', source: 'ipsos-peru', target: 'temu', sentence: 5 },
    {
      type: 'PART_OF',
      source: 'consumer-protection-commission',
      target: 'national-institute-for-the-defence-of-competition-and-protection-of-intellectual-property',
      sentence: 6,
    },
    { type: 'REGULATES', source: 'consumer-protection-commission', target: 'whaleco-technology', sentence: 6 },
    { type: 'PRESIDED_OVER', source: 'ana-pena-cardoso', target: 'consumer-protection-commission', sentence: 6 },
    { type: 'STATED', source: 'ana-pena-cardoso', target: 'temu', sentence: 7 },
    { type: 'STATED', source: 'lima-chamber-of-commerce', target: 'temu', sentence: 8 },
    { type: 'LEADS', source: 'roberto-de-la-torre', target: 'lima-chamber-of-commerce', sentence: 9 },
    { type: 'STATED', source: 'roberto-de-la-torre', target: 'temu', sentence: 9 },
    { type: 'STATED', source: 'roberto-de-la-torre', target: 'shein', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Shouxin Perú expands its Marcona tailings plant: builder, lender, owners, permit, concentrate buyers, mayor (English). */
export const article: CorpusArticle = {
  name: 'mining: Shouxin Perú expands Marcona tailings reprocessing plant',
  language: 'en',
  publishedAt: '2024-11-27',
  annotated:
    '{{NAZCA|PLACE}}, Nov 26 ({{Andina|MEDIA}}) — {{Shouxin Perú|COMPANY}}, which recovers copper and iron from old mine waste, ' +
    'inaugurated on Tuesday a $240m expansion of its {{Marcona Tailings Plant|INFRASTRUCTURE}}, doubling the volume it can ' +
    'process to 14 million tonnes a year. ' +
    'The plant, located on the coast of the {{Ica|PLACE}} region, was built by ' +
    '{{China Nonferrous Metal Industry’s Foreign Engineering and Construction|COMPANY}} ' +
    '({{NFC|COMPANY|china-nonferrous-metal-industry-s-foreign-engineering-and-construction}}) in 22 months. ' +
    'The {{Bank of China|COMPANY}} lent $180m for the works in 2022, according to the company. ' +
    '{{Shouxin Perú|COMPANY}} is a joint venture of the {{Shougang Group|COMPANY}}, which holds 50%, and ' +
    '{{Baiyin Nonferrous Group|COMPANY}}, based in {{Gansu|PLACE}}, which owns 40%; a Peruvian investor has the remaining 10%. ' +
    'It treats tailings produced over four decades by the neighbouring iron mine of {{Shougang Hierro Perú|COMPANY}}, its sister ' +
    'company. ' +
    'Its general manager, {{Li Xiaoming|PERSON}}, said most of the copper concentrate would be shipped to ' +
    '{{Jiangxi Copper|COMPANY}} from the pier at {{San Nicolás|INFRASTRUCTURE}}. ' +
    'The expansion received its environmental permit in 2023 from the {{National Environmental Certification Service|GOVERNMENT}} ' +
    '({{Senace|GOVERNMENT|national-environmental-certification-service}}), which reviews large projects. ' +
    'The mayor of {{Marcona|PLACE}}, {{Juan Ramírez Soto|PERSON}}, attended the ceremony and asked the company to share its ' +
    'desalination plant with the town.',
  relationships: [
    { type: 'OPERATES', source: 'shouxin-peru', target: 'marcona-tailings-plant', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'shouxin-peru',
      target: 'marcona-tailings-plant',
      sentence: 1,
      quantities: [{ value: 240000000, unit: 'USD' }],
    },
    { type: 'LOCATED_IN', source: 'marcona-tailings-plant', target: 'ica', sentence: 2 },
    {
      type: 'BUILT',
      source: 'china-nonferrous-metal-industry-s-foreign-engineering-and-construction',
      target: 'marcona-tailings-plant',
      sentence: 2,
    },
    {
      type: 'INVESTED_IN',
      source: 'bank-of-china',
      target: 'shouxin-peru',
      sentence: 3,
      validFrom: '2022',
      quantities: [{ value: 180000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'shouxin-peru', target: 'bank-of-china', sentence: 3 },
    { type: 'OWNS', source: 'shougang-group', target: 'shouxin-peru', sentence: 4, quantities: [{ value: 50, unit: '%' }] },
    { type: 'OWNS', source: 'baiyin-nonferrous-group', target: 'shouxin-peru', sentence: 4, quantities: [{ value: 40, unit: '%' }] },
    { type: 'HEADQUARTERED_IN', source: 'baiyin-nonferrous-group', target: 'gansu', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'shougang-group', target: 'baiyin-nonferrous-group', sentence: 4 },
    { type: 'LEADS', source: 'li-xiaoming', target: 'shouxin-peru', sentence: 6 },
    { type: 'STATED', source: 'li-xiaoming', target: 'jiangxi-copper', sentence: 6 },
    {
      type: 'REGULATES',
      source: 'national-environmental-certification-service',
      target: 'marcona-tailings-plant',
      sentence: 7,
      validFrom: '2023',
    },
    { type: 'LEADS', source: 'juan-ramirez-soto', target: 'marcona', sentence: 8 },
    { type: 'VISITED', source: 'juan-ramirez-soto', target: 'marcona-tailings-plant', sentence: 8 },
    { type: 'STATED', source: 'juan-ramirez-soto', target: 'shouxin-peru', sentence: 8 },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/**
 * Two giant pandas are lent to Lima’s Parque de las Leyendas: the Chengdu base, the zoo’s operator, the builder, ministers, critics
 * (English).
 */
export const article: CorpusArticle = {
  name: 'Chengdu lends two giant pandas to Lima’s zoo',
  language: 'en',
  publishedAt: '2025-12-04',
  annotated:
    '[[LIMA|lima]], Dec 3 — Two giant pandas from the {{Chengdu Research Base of Giant Panda Breeding|ORGANIZATION}} ' +
    'will go on show next year at the {{Parque de las Leyendas|PLACE}}, [[Lima|lima]]’s main zoo, under a ten-year ' +
    'loan agreed on Wednesday, the first pandas to be sent to {{South America|PLACE}}. ' +
    'The agreement was signed by the director of the base, {{Wu Kaiyun|PERSON}}, and by {{Marco Ayala Ríos|PERSON}}, ' +
    'who heads the {{Patronato del Parque de las Leyendas|GOVERNMENT}}, the municipal agency that runs the zoo. ' +
    'The animals, a male and a female aged five, will live in the {{Casa del Panda|INFRASTRUCTURE}}, a $4 million ' +
    'enclosure that the Chinese contractor {{China Construction Third Engineering Bureau|COMPANY}} is building at ' +
    'the park. ' +
    '[[Beijing|china]] will pay for the enclosure, while the city will cover the animals’ food and care, about ' +
    '$1 million a year. ' +
    '[[Peru|peru]]’s foreign minister, {{Raúl Castañeda Vela|PERSON}}, said the loan was a gesture of friendship from ' +
    '[[China|china]], which has been [[Peru|peru]]’s largest trading partner since 2014. ' +
    '[[Xi Jinping|xi-jinping]] and then-president [[Dina Boluarte|dina-boluarte]] first discussed the idea when they ' +
    'met at the [[APEC summit|apec-summit]] in [[Lima|lima]] in November 2024, according to the ministry. ' +
    'The base, which is in {{Chengdu|PLACE}}, the capital of {{Sichuan|PLACE}} province, has lent pandas to zoos in ' +
    '19 countries and will send two keepers to train the Peruvian staff. ' +
    'The animal welfare group {{Unidos por los Animales|ORGANIZATION}} told the newspaper ' +
    '{{La República|MEDIA}} that the coastal city’s humid winters could harm the pandas.',
  relationships: [
    { type: 'LOCATED_IN', source: 'parque-de-las-leyendas', target: 'lima', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'chengdu-research-base-of-giant-panda-breeding',
      target: 'parque-de-las-leyendas',
      sentence: 1,
      validFrom: '2025-12-03',
    },
    { type: 'LEADS', source: 'wu-kaiyun', target: 'chengdu-research-base-of-giant-panda-breeding', sentence: 2 },
    { type: 'LEADS', source: 'marco-ayala-rios', target: 'patronato-del-parque-de-las-leyendas', sentence: 2 },
    { type: 'OPERATES', source: 'patronato-del-parque-de-las-leyendas', target: 'parque-de-las-leyendas', sentence: 2 },
    {
      type: 'PARTNERS_WITH',
      source: 'chengdu-research-base-of-giant-panda-breeding',
      target: 'patronato-del-parque-de-las-leyendas',
      sentence: 2,
    },
    { type: 'BUILT', source: 'china-construction-third-engineering-bureau', target: 'casa-del-panda', sentence: 3 },
    { type: 'LOCATED_IN', source: 'casa-del-panda', target: 'parque-de-las-leyendas', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'china-construction-third-engineering-bureau', target: 'china', sentence: 3 },
    { type: 'INVESTED_IN', source: 'china', target: 'casa-del-panda', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'raul-castaneda-vela', target: 'peru', sentence: 5 },
    { type: 'STATED', source: 'raul-castaneda-vela', target: 'china', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'china', target: 'peru', sentence: 5, validFrom: '2014' },
    { type: 'DISCUSSED', source: 'xi-jinping', target: 'dina-boluarte', sentence: 6, validFrom: '2024-11' },
    { type: 'MET', source: 'xi-jinping', target: 'dina-boluarte', sentence: 6, validFrom: '2024-11' },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 6, validFrom: '2024-11' },
    { type: 'ATTENDED', source: 'dina-boluarte', target: 'apec-summit', sentence: 6, validFrom: '2024-11' },
    { type: 'HOSTED', source: 'lima', target: 'apec-summit', sentence: 6, validFrom: '2024-11' },
    { type: 'LOCATED_IN', source: 'chengdu-research-base-of-giant-panda-breeding', target: 'chengdu', sentence: 7 },
    { type: 'LOCATED_IN', source: 'chengdu', target: 'sichuan', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'unidos-por-los-animales', target: 'la-republica', sentence: 8 },
    { type: 'STATED', source: 'unidos-por-los-animales', target: 'lima', sentence: 8 },
  ],
};

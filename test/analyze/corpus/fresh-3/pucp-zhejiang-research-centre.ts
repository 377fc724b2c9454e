import type { CorpusArticle } from '../corpus-article.js';

/** PUCP and Zhejiang University set up a joint centre on Andean crops: funding, leaders, ambassador, INIA, scholarships (English). */
export const article: CorpusArticle = {
  name: 'PUCP and Zhejiang University open an Andean crops centre',
  language: 'en',
  publishedAt: '2025-09-10',
  annotated:
    '[[LIMA|lima]], Sept 9 — The {{Pontifical Catholic University of Peru|ORGANIZATION}} ' +
    '({{PUCP|ORGANIZATION|pontifical-catholic-university-of-peru}}) and {{Zhejiang University|ORGANIZATION}} agreed ' +
    'on Tuesday to set up a joint centre for research on Andean crops and climate change, the Peruvian university said. ' +
    'The {{Sino-Andean Centre for Agriculture and Climate|ORGANIZATION}} will be based on the ' +
    '{{PUCP|ORGANIZATION|pontifical-catholic-university-of-peru}} campus in {{San Miguel|PLACE}}, and ' +
    '{{Zhejiang University|ORGANIZATION}} will contribute $3 million to it over five years. ' +
    'The rector of the {{PUCP|ORGANIZATION|pontifical-catholic-university-of-peru}}, {{Rosa María Delgado|PERSON}}, ' +
    'signed the agreement with {{Huang Wenbin|PERSON}}, the president of {{Zhejiang University|ORGANIZATION}}, at a ' +
    'ceremony attended by [[China|china]]’s ambassador, {{Zhao Mingyu|PERSON}}. ' +
    'The Chinese university, based in {{Hangzhou|PLACE}}, will send 12 agronomists to [[Peru|peru]] each year and ' +
    'offer scholarships to 20 Peruvian graduate students, {{Huang|PERSON|huang-wenbin}} said. ' +
    'She said the centre would first study how potato and quinoa varieties cope with drought in the highlands of ' +
    '{{Cusco|PLACE}} and {{Puno|PLACE}}, working with the {{National Institute of Agrarian Innovation|GOVERNMENT}} ' +
    '({{INIA|GOVERNMENT|national-institute-of-agrarian-innovation}}). ' +
    'The institute, which reports to the {{Ministry of Agrarian Development and Irrigation|GOVERNMENT}}, has run a ' +
    'seed bank in {{Huancayo|PLACE}} with the {{Chinese Academy of Agricultural Sciences|ORGANIZATION}} since 2019. ' +
    'More than 400 Peruvian students are now enrolled at universities in [[China|china]], according to the ' +
    '{{National Council for Science, Technology and Technological Innovation|GOVERNMENT}} ' +
    '({{Concytec|GOVERNMENT|national-council-for-science-technology-and-technological-innovation}}). ' +
    'Last year {{Zhejiang University|ORGANIZATION}} signed a similar agreement with the ' +
    '{{University of Chile|ORGANIZATION}}, whose centre in {{Santiago|PLACE}} studies copper mining and water use.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'pontifical-catholic-university-of-peru',
      target: 'zhejiang-university',
      sentence: 1,
      validFrom: '2025-09-09',
    },
    { type: 'STATED', source: 'pontifical-catholic-university-of-peru', target: 'zhejiang-university', sentence: 1 },
    { type: 'LOCATED_IN', source: 'sino-andean-centre-for-agriculture-and-climate', target: 'san-miguel', sentence: 2 },
    {
      type: 'PART_OF',
      source: 'sino-andean-centre-for-agriculture-and-climate',
      target: 'pontifical-catholic-university-of-peru',
      sentence: 2,
    },
    {
      type: 'INVESTED_IN',
      source: 'zhejiang-university',
      target: 'sino-andean-centre-for-agriculture-and-climate',
      sentence: 2,
      quantities: [{ value: 3000000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'rosa-maria-delgado', target: 'pontifical-catholic-university-of-peru', sentence: 3 },
    { type: 'LEADS', source: 'huang-wenbin', target: 'zhejiang-university', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhao-mingyu', target: 'china', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'zhejiang-university', target: 'hangzhou', sentence: 4 },
    { type: 'STATED', source: 'huang-wenbin', target: 'peru', sentence: 4 },
    { type: 'STATED', source: 'rosa-maria-delgado', target: 'sino-andean-centre-for-agriculture-and-climate', sentence: 5 },
    {
      type: 'PARTNERS_WITH',
      source: 'sino-andean-centre-for-agriculture-and-climate',
      target: 'national-institute-of-agrarian-innovation',
      sentence: 5,
    },
    {
      type: 'PART_OF',
      source: 'national-institute-of-agrarian-innovation',
      target: 'ministry-of-agrarian-development-and-irrigation',
      sentence: 6,
    },
    {
      type: 'PARTNERS_WITH',
      source: 'national-institute-of-agrarian-innovation',
      target: 'chinese-academy-of-agricultural-sciences',
      sentence: 6,
      validFrom: '2019',
    },
    { type: 'STATED', source: 'national-council-for-science-technology-and-technological-innovation', target: 'china', sentence: 7 },
    { type: 'PARTNERS_WITH', source: 'zhejiang-university', target: 'university-of-chile', sentence: 8, validFrom: '2024' },
    { type: 'LOCATED_IN', source: 'university-of-chile', target: 'santiago', sentence: 8 },
  ],
};

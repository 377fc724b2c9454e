import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'la-molina-potato-genomics-lab',
  language: 'en',
  publishedAt: '2023-09-14',
  annotated:
    'The {{National Agrarian University La Molina|ORGANIZATION}} ' +
    '({{UNALM|ORGANIZATION|national-agrarian-university-la-molina}}) and the {{Chinese Academy of Agricultural ' +
    'Sciences|ORGANIZATION}} ({{CAAS|ORGANIZATION|chinese-academy-of-agricultural-sciences}}) on ' +
    'Wednesday opened the {{Andean Tuber Genomics Laboratory|INFRASTRUCTURE}}, which they will run ' +
    'together on the university’s campus in [[Lima|lima]]. The laboratory, which cost US$ 2.8 million, ' +
    'was paid for largely by the Chinese academy and will house sequencing machines donated by {{BGI Genomics|COMPANY}}, ' +
    'the [[Shenzhen|shenzhen]] gene-sequencing firm. Its first task is to read the genomes of some 3,000 ' +
    'native potato varieties kept in the gene bank of the {{International Potato Center|ORGANIZATION}} ' +
    '({{CIP|ORGANIZATION|international-potato-center}}), a research body headquartered in [[Lima|lima]] ' +
    'that has agreed to advise the university on the work. “[[Peru|peru]] has the greatest diversity of ' +
    'potatoes on Earth and [[China|china]] is the largest grower; together we can breed varieties that ' +
    'survive frost and drought,” said the university’s rector, {{Américo Guevara|PERSON}}. ' +
    '{{CAAS|ORGANIZATION|chinese-academy-of-agricultural-sciences}} vice president {{Liu Jianhua|PERSON}}, ' +
    'who led a delegation of twelve scientists from {{Beijing|PLACE}}, said the academy would post two ' +
    'researchers to the laboratory each year and take Peruvian doctoral students in return. Agriculture ' +
    'Minister {{Marcela Quispe|PERSON}}, who attended the ceremony, later met [[China|china]]’s ' +
    'ambassador, {{Tan Wenhui|PERSON}}, to discuss sanitary rules for the exchange of seed potatoes. The ' +
    'laboratory is the third joint research centre that [[China|china]] has opened with Peruvian ' +
    'institutions, after a marine sciences centre with the {{National University of San Marcos|ORGANIZATION}} ' +
    'in 2019 and a seismic monitoring project with the {{Geophysical Institute of Peru|GOVERNMENT}}. ' +
    'Some researchers have asked who will own the genetic data. The {{National Institute of Agrarian ' +
    'Innovation|GOVERNMENT}} ({{INIA|GOVERNMENT|national-institute-of-agrarian-innovation}}), which ' +
    'guards access to the country’s plant genetic resources, said all sequences produced by the ' +
    'laboratory must be stored in a Peruvian database. {{Guevara|PERSON|americo-guevara}} said the ' +
    'contract already gives the university ownership of every sequence read in [[Lima|lima]].',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'national-agrarian-university-la-molina',
      target: 'chinese-academy-of-agricultural-sciences',
      sentence: 1,
    },
    {
      type: 'OPERATES',
      source: 'national-agrarian-university-la-molina',
      target: 'andean-tuber-genomics-laboratory',
      sentence: 1,
      validFrom: '2023-09-13',
    },
    {
      type: 'OPERATES',
      source: 'chinese-academy-of-agricultural-sciences',
      target: 'andean-tuber-genomics-laboratory',
      sentence: 1,
      validFrom: '2023-09-13',
    },
    { type: 'LOCATED_IN', source: 'andean-tuber-genomics-laboratory', target: 'lima', sentence: 1 },
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'andean-tuber-genomics-laboratory',
      target: 'chinese-academy-of-agricultural-sciences',
      sentence: 2,
      quantities: [{ value: 2800000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'chinese-academy-of-agricultural-sciences', target: 'china', sentence: 2 },
    { type: 'INVESTED_IN', source: 'bgi-genomics', target: 'andean-tuber-genomics-laboratory', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'bgi-genomics', target: 'shenzhen', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'international-potato-center', target: 'lima', sentence: 3 },
    { type: 'PARTNERS_WITH', source: 'international-potato-center', target: 'national-agrarian-university-la-molina', sentence: 3 },
    { type: 'LEADS', source: 'americo-guevara', target: 'national-agrarian-university-la-molina', sentence: 4 },
    { type: 'STATED', source: 'americo-guevara', target: 'china', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'liu-jianhua', target: 'chinese-academy-of-agricultural-sciences', sentence: 5 },
    { type: 'STATED', source: 'liu-jianhua', target: 'andean-tuber-genomics-laboratory', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'tan-wenhui', target: 'china', sentence: 6 },
    { type: 'MET', source: 'marcela-quispe', target: 'tan-wenhui', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'china', target: 'national-university-of-san-marcos', sentence: 7, validFrom: '2019' },
    { type: 'PARTNERS_WITH', source: 'china', target: 'geophysical-institute-of-peru', sentence: 7 },
    { type: 'STATED', source: 'national-institute-of-agrarian-innovation', target: 'andean-tuber-genomics-laboratory', sentence: 9 },
    { type: 'STATED', source: 'americo-guevara', target: 'national-agrarian-university-la-molina', sentence: 10 },
  ],
};

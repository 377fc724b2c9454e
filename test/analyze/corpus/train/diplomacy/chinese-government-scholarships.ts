import type { CorpusArticle } from '../../corpus-article.js';

/**
 * Pronabec sends 120 students to China on Chinese Government Scholarships: funders, universities, the ambassador, the education
 * minister (English).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: Record group of Peruvian students leaves on Chinese government scholarships',
  language: 'en',
  publishedAt: '2024-08-08',
  annotated:
    '[[LIMA|lima]], August 7 — One hundred and twenty Peruvian students will leave for [[China|china]] this month ' +
    'on grants from the {{Chinese Government Scholarship|PROGRAM}}, the largest group in a single year, the ' +
    '{{National Scholarship Programme|GOVERNMENT}} ({{Pronabec|GOVERNMENT|national-scholarship-programme}}) said ' +
    'on Wednesday. ' +
    'The grants are funded by the {{China Scholarship Council|GOVERNMENT}} ' +
    '({{CSC|GOVERNMENT|china-scholarship-council}}), a body of [[China|china]]’s {{Ministry of ' +
    'Education|GOVERNMENT}}, and cover tuition, housing and a monthly stipend. ' +
    'Most of the students will study engineering, medicine and agronomy at universities such as {{Tsinghua ' +
    'University|ORGANIZATION}}, in {{Beijing|PLACE}}, and {{Zhejiang University|ORGANIZATION}}, in ' +
    '{{Hangzhou|PLACE}}. ' +
    '{{Pronabec|GOVERNMENT|national-scholarship-programme}}’s executive director, {{Hernán Saldaña Vela|PERSON}}, ' +
    'said the agency would pay for the flights and that 15 places had gone to applicants from {{Loreto|PLACE}} ' +
    'and {{Ucayali|PLACE}}. ' +
    '{{Song Yang|PERSON}}, [[China|china]]’s ambassador in [[Lima|lima]], told the students at a farewell ' +
    'ceremony that more than 1,500 Peruvians had studied in his country since 2010. ' +
    'He added that [[China|china]]’s {{Ministry of Commerce|GOVERNMENT}} would also train 400 Peruvian civil ' +
    'servants this year in short courses on trade. ' +
    '[[Peru|peru]]’s education minister, {{Miriam Ponce Vértiz|PERSON}}, said she would travel to [[China|china]] ' +
    'in October to sign an agreement on the recognition of university degrees. ' +
    'The grants agency, which answers to the {{Minedu|GOVERNMENT}}, has similar arrangements with {{South ' +
    'Korea|COUNTRY}} and {{Japan|COUNTRY}}.',
  relationships: [
    {
      type: 'STATED',
      source: 'national-scholarship-programme',
      target: 'chinese-government-scholarship',
      sentence: 1,
      validFrom: '2024-08-07',
    },
    { type: 'INVESTED_IN', source: 'china-scholarship-council', target: 'chinese-government-scholarship', sentence: 2 },
    { type: 'PART_OF', source: 'china-scholarship-council', target: 'ministry-of-education', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-education', target: 'china', sentence: 2 },
    { type: 'LOCATED_IN', source: 'tsinghua-university', target: 'beijing', sentence: 3 },
    { type: 'LOCATED_IN', source: 'zhejiang-university', target: 'hangzhou', sentence: 3 },
    { type: 'LEADS', source: 'hernan-saldana-vela', target: 'national-scholarship-programme', sentence: 4 },
    { type: 'STATED', source: 'hernan-saldana-vela', target: 'chinese-government-scholarship', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 5 },
    { type: 'STATED', source: 'song-yang', target: 'china', sentence: 5 },
    { type: 'STATED', source: 'song-yang', target: 'ministry-of-commerce', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-commerce', target: 'china', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'miriam-ponce-vertiz', target: 'peru', sentence: 7 },
    { type: 'STATED', source: 'miriam-ponce-vertiz', target: 'china', sentence: 7 },
    { type: 'PART_OF', source: 'national-scholarship-programme', target: 'minedu', sentence: 8 },
    { type: 'PARTNERS_WITH', source: 'national-scholarship-programme', target: 'south-korea', sentence: 8 },
    { type: 'PARTNERS_WITH', source: 'national-scholarship-programme', target: 'japan', sentence: 8 },
  ],
};

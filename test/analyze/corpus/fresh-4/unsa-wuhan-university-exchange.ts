import type { CorpusArticle } from '../corpus-article.js';

/**
 * Arequipa’s public university and Wuhan University start a student and lecturer exchange: programme, funder, visit (English).
 */
export const article: CorpusArticle = {
  name: 'unsa-wuhan-university-exchange',
  language: 'en',
  publishedAt: '2025-11-18',
  annotated:
    '{{AREQUIPA|PLACE}}, November 17 — The {{National University of San Agustín|ORGANIZATION}} ' +
    '({{UNSA|ORGANIZATION|national-university-of-san-agustin}}) and {{Wuhan University|ORGANIZATION}} signed an agreement ' +
    'on Monday to exchange 40 students and 12 lecturers a year in geology, mining engineering and water management. ' +
    'The programme, called {{Puente Andino|PROGRAM}}, will start in March 2026 and will be funded mainly by the ' +
    '{{China Scholarship Council|ORGANIZATION}}, which will cover travel and a monthly stipend of 3,000 yuan. ' +
    '{{Wuhan University|ORGANIZATION}}, in the central province of {{Hubei|PLACE}}, runs one of [[China|china]]’s ' +
    'leading schools of remote sensing and geodesy. ' +
    'Rector {{Hugo Rohenes Pacheco|PERSON}} said the first group of Peruvian students would leave for ' +
    '{{Wuhan|PLACE}} in September. ' +
    'He signed the document with {{Li Shuhua|PERSON}}, the Chinese university’s president, who was visiting ' +
    '[[Peru|peru]] with a delegation of eight professors. ' +
    'The delegation also toured {{Cerro Verde|INFRASTRUCTURE}}, the copper mine operated by ' +
    '{{Freeport-McMoRan|COMPANY}} outside the city, where {{UNSA|ORGANIZATION|national-university-of-san-agustin}} ' +
    'students do internships. ' +
    'Regional governor {{Carmen Llosa Tejada|PERSON}} hosted the visitors at a dinner and asked them to help design a ' +
    'water-monitoring network for the {{Chili|PLACE}} river basin. ' +
    'Chinese ambassador {{Song Yang|PERSON}} said more than 300 Peruvians had studied in [[China|china]] on government ' +
    'scholarships since 2019.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'national-university-of-san-agustin',
      target: 'wuhan-university',
      sentence: 1,
      validFrom: '2025-11-17',
    },
    { type: 'PARTICIPATES_IN', source: 'national-university-of-san-agustin', target: 'puente-andino', sentence: 2, validFrom: '2026-03' },
    { type: 'PARTICIPATES_IN', source: 'wuhan-university', target: 'puente-andino', sentence: 2, validFrom: '2026-03' },
    { type: 'INVESTED_IN', source: 'china-scholarship-council', target: 'puente-andino', sentence: 2 },
    { type: 'LOCATED_IN', source: 'wuhan-university', target: 'hubei', sentence: 3 },
    { type: 'LOCATED_IN', source: 'hubei', target: 'china', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'wuhan-university', target: 'china', sentence: 3 },
    { type: 'LEADS', source: 'hugo-rohenes-pacheco', target: 'national-university-of-san-agustin', sentence: 4 },
    { type: 'STATED', source: 'hugo-rohenes-pacheco', target: 'wuhan', sentence: 4 },
    { type: 'MET', source: 'hugo-rohenes-pacheco', target: 'li-shuhua', sentence: 5 },
    { type: 'LEADS', source: 'li-shuhua', target: 'wuhan-university', sentence: 5 },
    { type: 'VISITED', source: 'li-shuhua', target: 'peru', sentence: 5 },
    { type: 'OPERATES', source: 'freeport-mcmoran', target: 'cerro-verde', sentence: 6 },
    { type: 'LOCATED_IN', source: 'cerro-verde', target: 'arequipa', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'national-university-of-san-agustin', target: 'cerro-verde', sentence: 6 },
    { type: 'LEADS', source: 'carmen-llosa-tejada', target: 'arequipa', sentence: 7 },
    { type: 'HOSTED', source: 'carmen-llosa-tejada', target: 'li-shuhua', sentence: 7 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'carmen-llosa-tejada', target: 'wuhan-university', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 8 },
    { type: 'STATED', source: 'song-yang', target: 'china', sentence: 8 },
  ],
};

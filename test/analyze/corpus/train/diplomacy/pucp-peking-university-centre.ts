import type { CorpusArticle } from '../../corpus-article.js';

/**
 * The PUCP and Peking University agree on a Center for Chinese Studies in Lima: funders, director, rector, ministers, scholarships
 * (English).
 */
export const article: CorpusArticle = {
  name: 'diplomacy: PUCP and Peking University open a Chinese studies centre',
  language: 'en',
  publishedAt: '2024-10-22',
  annotated:
    '[[LIMA|lima]], October 21 — The {{Pontifical Catholic University of Peru|ORGANIZATION}} ' +
    '({{PUCP|ORGANIZATION|pontifical-catholic-university-of-peru}}) and {{Peking University|ORGANIZATION}} agreed ' +
    'on Monday to set up a {{Center for Chinese Studies|ORGANIZATION}} on the Peruvian university’s campus in ' +
    '{{San Miguel|PLACE}}, a district of [[Lima|lima]]. ' +
    'The centre will be funded with $2.4 million over five years by the Chinese university and will teach ' +
    'Mandarin and offer a master’s degree in Asia-Pacific relations from 2025. ' +
    'Its first director will be {{Rosa Elena Chiang|PERSON}}, a Peruvian sinologist who trained in ' +
    '{{Beijing|PLACE}}. ' +
    'The agreement was signed by the rector of the {{PUCP|ORGANIZATION|pontifical-catholic-university-of-peru}}, ' +
    '{{Julio del Valle Ferreyros|PERSON}}, and by {{Zhao Minghui|PERSON}}, Peking University’s vice-president for ' +
    'international affairs. ' +
    '{{Zhao|PERSON|zhao-minghui}} said the university hoped to send 30 Chinese students a year to [[Peru|peru]] ' +
    'and to host as many Peruvian researchers. ' +
    'The ceremony was attended by [[China|china]]’s ambassador, {{Song Yang|PERSON}}, and by [[Peru|peru]]’s ' +
    'education minister, {{Luis Enrique Paredes|PERSON}}. ' +
    '{{Paredes|PERSON|luis-enrique-paredes}} said his ministry would add 50 places for study in [[China|china]] ' +
    'to the {{Beca Generación del Bicentenario|PROGRAM}}, a scholarship run by {{Pronabec|GOVERNMENT}}, the state ' +
    'grants agency. ' +
    'More than 3,000 Peruvians have studied in [[China|china]] since 2010, according to the {{Peruvian ' +
    'Association of Graduates in China|ORGANIZATION}}, which is based in [[Lima|lima]]. ' +
    'The university’s {{Confucius Institute|ORGANIZATION}} will become part of the new centre.',
  relationships: [
    {
      type: 'PARTNERS_WITH',
      source: 'pontifical-catholic-university-of-peru',
      target: 'peking-university',
      sentence: 1,
      validFrom: '2024-10-21',
    },
    { type: 'LOCATED_IN', source: 'center-for-chinese-studies', target: 'san-miguel', sentence: 1 },
    { type: 'LOCATED_IN', source: 'san-miguel', target: 'lima', sentence: 1 },
    { type: 'PART_OF', source: 'center-for-chinese-studies', target: 'pontifical-catholic-university-of-peru', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'peking-university',
      target: 'center-for-chinese-studies',
      sentence: 2,
      quantities: [{ value: 2400000, unit: 'USD' }],
    },
    { type: 'LEADS', source: 'rosa-elena-chiang', target: 'center-for-chinese-studies', sentence: 3 },
    { type: 'LEADS', source: 'julio-del-valle-ferreyros', target: 'pontifical-catholic-university-of-peru', sentence: 4 },
    { type: 'HOLDS_OFFICE_IN', source: 'zhao-minghui', target: 'peking-university', sentence: 4 },
    { type: 'STATED', source: 'zhao-minghui', target: 'peru', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'luis-enrique-paredes', target: 'peru', sentence: 6 },
    { type: 'STATED', source: 'luis-enrique-paredes', target: 'beca-generacion-del-bicentenario', sentence: 7 },
    { type: 'OPERATES', source: 'pronabec', target: 'beca-generacion-del-bicentenario', sentence: 7 },
    { type: 'STATED', source: 'peruvian-association-of-graduates-in-china', target: 'china', sentence: 8 },
    { type: 'HEADQUARTERED_IN', source: 'peruvian-association-of-graduates-in-china', target: 'lima', sentence: 8 },
    { type: 'PART_OF', source: 'confucius-institute', target: 'pontifical-catholic-university-of-peru', sentence: 9 },
    { type: 'PART_OF', source: 'confucius-institute', target: 'center-for-chinese-studies', sentence: 9 },
  ],
};

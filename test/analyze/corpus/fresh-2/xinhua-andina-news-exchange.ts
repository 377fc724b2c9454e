import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s state news agency agrees to carry Xinhua content; a joint journalism master’s with a Chinese university; critics, the ambassador
 * (English).
 */
export const article: CorpusArticle = {
  name: 'Andina and Xinhua news exchange',
  language: 'en',
  publishedAt: '2024-09-27',
  annotated:
    '[[Peru|peru]]’s state news agency, {{Andina|MEDIA}}, will carry dispatches from [[China|china]]’s ' +
    '{{Xinhua|MEDIA}} free of charge under an agreement the two signed in [[Lima|lima]] on Thursday. ' +
    'In return, {{Xinhua|MEDIA}} may republish {{Andina|MEDIA}}’s photos and its reporting on mining and trade. ' +
    '{{Editora Perú|COMPANY}}, the state publisher that owns {{Andina|MEDIA}} as well as the official gazette ' +
    '{{El Peruano|MEDIA}}, said the exchange would give Peruvian readers “a direct window on {{Asia|PLACE}}”. ' +
    'Its president, {{Gisela Montoya Ríos|PERSON}}, signed for the Peruvian side; {{Li Wenbo|PERSON}}, who runs ' +
    '{{Xinhua|MEDIA}}’s regional bureau, flew in from {{Mexico City|PLACE}} for the ceremony. ' +
    'Not everyone applauded. ' +
    'The {{Consejo de la Prensa Peruana|ORGANIZATION}}, an association of private media owners, questioned whether a ' +
    'public agency should reprint material from a foreign government’s outlet without labelling it as such. ' +
    'Universities are building similar links: on September 3 the {{Pontifical Catholic University of Peru|ORGANIZATION}} ' +
    '({{PUCP|ORGANIZATION|pontifical-catholic-university-of-peru}}) and the ' +
    '{{Communication University of China|ORGANIZATION}}, in {{Beijing|PLACE}}, opened applications for a joint ' +
    'master’s degree in digital journalism. ' +
    'Twenty students will take part on scholarships paid by [[Beijing|china]], according to ' +
    '{{Marco Zevallos Díaz|PERSON}}, who is dean of communications at the Catholic university. ' +
    'Speaking to [[China Daily|china-daily]], [[China|china]]’s ambassador, {{Tan Jianguo|PERSON}}, said both ' +
    'agreements showed that ties with [[Peru|peru]] went “far beyond copper and ports”.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'andina', target: 'peru', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'xinhua', target: 'china', sentence: 1 },
    { type: 'PARTNERS_WITH', source: 'andina', target: 'xinhua', sentence: 1, validFrom: '2024-09-26' },
    { type: 'OWNS', source: 'editora-peru', target: 'andina', sentence: 3 },
    { type: 'OWNS', source: 'editora-peru', target: 'el-peruano', sentence: 3 },
    { type: 'STATED', source: 'editora-peru', target: 'xinhua', sentence: 3 },
    { type: 'LEADS', source: 'gisela-montoya-rios', target: 'editora-peru', sentence: 4 },
    { type: 'LEADS', source: 'li-wenbo', target: 'xinhua', sentence: 4 },
    { type: 'STATED', source: 'consejo-de-la-prensa-peruana', target: 'andina', sentence: 6 },
    {
      type: 'PARTNERS_WITH',
      source: 'pontifical-catholic-university-of-peru',
      target: 'communication-university-of-china',
      sentence: 7,
      validFrom: '2024-09-03',
    },
    { type: 'LOCATED_IN', source: 'communication-university-of-china', target: 'beijing', sentence: 7 },
    { type: 'STATED', source: 'marco-zevallos-diaz', target: 'china', sentence: 8 },
    { type: 'HOLDS_OFFICE_IN', source: 'marco-zevallos-diaz', target: 'pontifical-catholic-university-of-peru', sentence: 8 },
    { type: 'COMMUNICATED_VIA', source: 'tan-jianguo', target: 'china-daily', sentence: 9 },
    { type: 'HOLDS_OFFICE_IN', source: 'tan-jianguo', target: 'china', sentence: 9 },
    { type: 'STATED', source: 'tan-jianguo', target: 'peru', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** Peru’s health ministry buys hepatitis A vaccines from Sinovac through PAHO: minister, supply agency, trial talks (English). */
export const article: CorpusArticle = {
  name: 'tech: Peru buys Sinovac hepatitis A vaccine through PAHO fund',
  language: 'en',
  publishedAt: '2024-04-11',
  annotated:
    '[[LIMA|lima]], April 10 — [[Peru|peru]]’s {{Ministry of Health|GOVERNMENT}} ({{Minsa|GOVERNMENT|ministry-of-health}}) ' +
    'has signed a $36 million contract with {{Sinovac Biotech|COMPANY}} for 2.4 million doses of a hepatitis A vaccine, ' +
    'the ministry said on Wednesday. ' +
    'The company, based in {{Beijing|PLACE}}, shipped 38 million doses of its COVID-19 vaccine to [[Peru|peru]] in 2021 ' +
    'and 2022. ' +
    'Health minister {{César Vásquez|PERSON}} said the first 600,000 doses would arrive in May and go first to children ' +
    'in the {{Loreto|PLACE}} and {{Ucayali|PLACE}} regions, where outbreaks were reported last year. ' +
    'They will be stored by the {{National Centre for Strategic Health Supplies|GOVERNMENT}} ' +
    '({{Cenares|GOVERNMENT|national-centre-for-strategic-health-supplies}}), a body of the ministry, at its warehouse in ' +
    '{{Callao|PLACE}}. ' +
    'The purchase was made through the {{Revolving Fund|PROGRAM}} of the {{Pan American Health Organization|ORGANIZATION}} ' +
    '({{PAHO|ORGANIZATION|pan-american-health-organization}}), which [[Peru|peru]] joined in 1979. ' +
    '{{Wang Lei|PERSON}}, the Chinese firm’s general manager for {{Latin America|PLACE}}, told the state news agency ' +
    '{{Andina|MEDIA}} that it was in talks with the {{National Institute of Health|GOVERNMENT}} to test a chickenpox ' +
    'vaccine in the country. ' +
    'The institute, which oversees clinical trials in [[Peru|peru]], approved 14 studies by Chinese drugmakers in 2023. ' +
    'The {{Colegio Médico del Perú|ORGANIZATION}}, the doctors’ association, asked {{Vásquez|PERSON|cesar-vasquez}} to ' +
    'publish the contract and the price paid per dose.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'ministry-of-health', target: 'peru', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'ministry-of-health',
      target: 'sinovac-biotech',
      sentence: 1,
      quantities: [{ value: 36000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'ministry-of-health', target: 'sinovac-biotech', sentence: 1, validFrom: '2024-04-10' },
    { type: 'HEADQUARTERED_IN', source: 'sinovac-biotech', target: 'beijing', sentence: 2 },
    { type: 'COOPERATES_WITH', source: 'sinovac-biotech', target: 'peru', sentence: 2, validFrom: '2021' },
    { type: 'LEADS', source: 'cesar-vasquez', target: 'ministry-of-health', sentence: 3 },
    { type: 'STATED', source: 'cesar-vasquez', target: 'loreto', sentence: 3 },
    { type: 'PART_OF', source: 'national-centre-for-strategic-health-supplies', target: 'ministry-of-health', sentence: 4 },
    { type: 'LOCATED_IN', source: 'national-centre-for-strategic-health-supplies', target: 'callao', sentence: 4 },
    { type: 'PART_OF', source: 'revolving-fund', target: 'pan-american-health-organization', sentence: 5 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'revolving-fund', sentence: 5, validFrom: '1979' },
    { type: 'LEADS', source: 'wang-lei', target: 'sinovac-biotech', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'wang-lei', target: 'andina', sentence: 6 },
    { type: 'STATED', source: 'wang-lei', target: 'national-institute-of-health', sentence: 6 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'sinovac-biotech', target: 'national-institute-of-health', sentence: 6 },
    { type: 'STATED', source: 'colegio-medico-del-peru', target: 'cesar-vasquez', sentence: 8 },
  ],
};

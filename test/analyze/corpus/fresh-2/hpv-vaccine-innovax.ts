import type { CorpusArticle } from '../corpus-article.js';

/**
 * Peru’s health ministry switches to a Chinese-made HPV vaccine: the maker and its parent, the purchase channel, the regulator, the
 * ambassador (English).
 */
export const article: CorpusArticle = {
  name: 'Peru adopts a Chinese HPV vaccine',
  language: 'en',
  publishedAt: '2026-02-05',
  annotated:
    '[[Peru|peru]] will switch to a Chinese-made vaccine against the human papillomavirus (HPV) when school ' +
    'immunisation resumes in April, the {{Ministry of Health|GOVERNMENT}} ({{Minsa|GOVERNMENT|ministry-of-health}}) ' +
    'said on Wednesday. ' +
    'It has bought 1.1 million doses of Cecolin, made by {{Xiamen Innovax Biotech|COMPANY}}, through the ' +
    '{{Pan American Health Organization|ORGANIZATION}}’s {{Revolving Fund|PROGRAM}}, for about $5.3 million. ' +
    '{{Innovax|COMPANY|xiamen-innovax-biotech}}, part of the {{Xiamen|PLACE}}-based drinks group ' +
    '{{Yangshengtang|COMPANY}}, won {{World Health Organization|ORGANIZATION}} prequalification for the two-dose ' +
    'vaccine in 2024. ' +
    '[[Peru|peru]]’s drug regulator, {{Digemid|GOVERNMENT}}, an office of the ministry, registered it in December. ' +
    'Until now the ministry has bought its HPV doses from the drugmaker {{Merck|COMPANY}}, whose vaccine costs ' +
    'roughly three times as much. ' +
    '{{Ricardo Salinas Vega|PERSON}}, who heads {{Minsa|GOVERNMENT|ministry-of-health}}, said the ministry would use ' +
    'the savings to vaccinate boys aged nine to 13 as well. ' +
    'On Tuesday he received the first 200,000 doses at {{Jorge Chávez International Airport|INFRASTRUCTURE}} from ' +
    'the Chinese ambassador, {{Qiu Jianhua|PERSON}}. ' +
    '{{Gabriela Núñez Arce|PERSON}}, who ran the national immunisation programme until 2022, told ' +
    '{{La República|MEDIA}} that the ministry must explain the switch to parents or risk a fall in coverage. ' +
    'Cervical cancer kills around 1,800 Peruvian women every year, according to the ' +
    '{{National Institute of Neoplastic Diseases|GOVERNMENT}}.',
  relationships: [
    { type: 'STATED', source: 'ministry-of-health', target: 'peru', sentence: 1, validFrom: '2026-02-04' },
    { type: 'PARTICIPATES_IN', source: 'ministry-of-health', target: 'revolving-fund', sentence: 2 },
    { type: 'PART_OF', source: 'revolving-fund', target: 'pan-american-health-organization', sentence: 2 },
    { type: 'PART_OF', source: 'xiamen-innovax-biotech', target: 'yangshengtang', sentence: 3 },
    { type: 'HEADQUARTERED_IN', source: 'yangshengtang', target: 'xiamen', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'digemid', target: 'peru', sentence: 4 },
    { type: 'PART_OF', source: 'digemid', target: 'ministry-of-health', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'ministry-of-health', target: 'merck', sentence: 5 },
    { type: 'LEADS', source: 'ricardo-salinas-vega', target: 'ministry-of-health', sentence: 6 },
    { type: 'STATED', source: 'ricardo-salinas-vega', target: 'ministry-of-health', sentence: 6 },
    { type: 'MET', source: 'ricardo-salinas-vega', target: 'qiu-jianhua', sentence: 7, validFrom: '2026-02-03' },
    { type: 'HOLDS_OFFICE_IN', source: 'qiu-jianhua', target: 'china', sentence: 7 },
    { type: 'COMMUNICATED_VIA', source: 'gabriela-nunez-arce', target: 'la-republica', sentence: 8 },
    { type: 'STATED', source: 'gabriela-nunez-arce', target: 'ministry-of-health', sentence: 8 },
    { type: 'STATED', source: 'national-institute-of-neoplastic-diseases', target: 'peru', sentence: 9 },
  ],
};

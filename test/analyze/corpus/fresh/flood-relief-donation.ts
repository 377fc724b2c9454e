import type { CorpusArticle } from '../corpus-article.js';

/**
 * China sends flood relief to northern Peru: the aid agency, the Red Cross societies, the
 * ambassador, the governor, Chinese firms (English).
 */
export const article: CorpusArticle = {
  name: 'fresh-flood-relief-donation',
  language: 'en',
  publishedAt: '2025-03-03',
  annotated:
    '{{BEIJING|PLACE}}, 3 Mar ({{EFE|MEDIA}}) — [[China|china]] will give [[Peru|peru]] $2m in emergency aid for ' +
    'families hit by floods and landslides in the northern regions of {{Piura|PLACE}} and {{Tumbes|PLACE}}, the ' +
    '{{China International Development Cooperation Agency|GOVERNMENT}} ' +
    '({{CIDCA|GOVERNMENT|china-international-development-cooperation-agency}}) said on Monday. ' +
    'Part of the aid will be delivered by the {{Red Cross Society of China|ORGANIZATION}} to the ' +
    '{{Peruvian Red Cross|ORGANIZATION}}, which has worked with it since 2017. ' +
    'Heavy rains since mid-February have left 31 people dead and more than 40,000 homeless, according to ' +
    '[[Peru|peru]]’s {{National Civil Defence Institute|GOVERNMENT}} ' +
    '({{Indeci|GOVERNMENT|national-civil-defence-institute}}). ' +
    '[[Peru|peru]]’s ambassador in {{Beijing|PLACE}}, {{Roberto Villarán Castro|PERSON}}, who met the deputy head of ' +
    '{{CIDCA|GOVERNMENT|china-international-development-cooperation-agency}}, {{Lu Jianping|PERSON}}, on Monday, ' +
    'thanked [[China|china]] for what he called a swift response. ' +
    '{{Gladys Chunga Ramírez|PERSON}}, who heads the {{Regional Government of Piura|GOVERNMENT}}, said it had also ' +
    'asked [[Beijing|china]] for water pumps and two mobile bridges. ' +
    'Separately, the {{Association of Chinese Companies in Peru|ORGANIZATION}}, whose 70 members include ' +
    '[[COSCO Shipping|cosco-shipping]] and [[Chinalco|chinalco]], has raised $1.5m for the victims, its president, ' +
    '{{Wu Tao|PERSON}}, told {{EFE|MEDIA}}. ' +
    'Both governments signed an {{Agreement on Economic and Technical Cooperation|AGREEMENT}} in 2023 that lets such ' +
    'aid enter [[Peru|peru]] free of duties.',
  relationships: [
    { type: 'COOPERATES_WITH', source: 'china', target: 'peru', sentence: 1, quantities: [{ value: 2000000, unit: 'USD' }] },
    { type: 'STATED', source: 'china-international-development-cooperation-agency', target: 'peru', sentence: 1, validFrom: '2025-03-03' },
    { type: 'COOPERATES_WITH', source: 'red-cross-society-of-china', target: 'peruvian-red-cross', sentence: 2, validFrom: '2017' },
    { type: 'AFFILIATED_WITH', source: 'national-civil-defence-institute', target: 'peru', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'roberto-villaran-castro', target: 'peru', sentence: 4 },
    { type: 'MET', source: 'roberto-villaran-castro', target: 'lu-jianping', sentence: 4, validFrom: '2025-03-03' },
    { type: 'HOLDS_OFFICE_IN', source: 'lu-jianping', target: 'china-international-development-cooperation-agency', sentence: 4 },
    { type: 'STATED', source: 'roberto-villaran-castro', target: 'china', sentence: 4 },
    { type: 'LEADS', source: 'gladys-chunga-ramirez', target: 'regional-government-of-piura', sentence: 5 },
    { type: 'STATED', source: 'gladys-chunga-ramirez', target: 'china', sentence: 5 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'regional-government-of-piura', target: 'china', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'association-of-chinese-companies-in-peru', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'chinalco', target: 'association-of-chinese-companies-in-peru', sentence: 6 },
    { type: 'LEADS', source: 'wu-tao', target: 'association-of-chinese-companies-in-peru', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'wu-tao', target: 'efe', sentence: 6 },
    { type: 'STATED', source: 'wu-tao', target: 'association-of-chinese-companies-in-peru', sentence: 6 },
    { type: 'SIGNED', source: 'china', target: 'agreement-on-economic-and-technical-cooperation', sentence: 7, validFrom: '2023' },
    { type: 'SIGNED', source: 'peru', target: 'agreement-on-economic-and-technical-cooperation', sentence: 7, validFrom: '2023' },
  ],
};

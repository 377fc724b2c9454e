import type { CorpusArticle } from '../corpus-article.js';

export const article: CorpusArticle = {
  name: 'zte-rural-towers-pronatel',
  language: 'en',
  publishedAt: '2024-03-27',
  annotated:
    '{{ZTE|COMPANY}}, the Chinese telecoms equipment maker, will build 420 mobile towers for the {{Red Rural ' +
    'Andina|INFRASTRUCTURE}}, a network serving remote villages in {{Huancavelica|PLACE}} and ' +
    '{{Ayacucho|PLACE}}, under a US$ 96 million contract awarded by [[Peru|peru]]’s {{National Telecommunications ' +
    'Programme|GOVERNMENT}} ({{Pronatel|GOVERNMENT|national-telecommunications-programme}}). The ' +
    'contract was signed in [[Lima|lima]] on Monday by {{ZTE|COMPANY}}’s country manager, {{Wang Peng|PERSON}}, ' +
    'and {{Pronatel|GOVERNMENT|national-telecommunications-programme}}’s executive director, {{Rosa Huamán|PERSON}}. ' +
    'The towers will bring 4G coverage to about 180,000 people, many of whom must now walk to a hilltop ' +
    'to make a call, the programme said. Once built, the network will be run for ten years by {{Andes Conecta|COMPANY}}, ' +
    'a local operator that will rent capacity to the mobile carriers {{Entel|COMPANY}}, ' +
    '{{Claro|COMPANY}} and {{Movistar|COMPANY}}. The [[Shenzhen|shenzhen]]-based company has supplied ' +
    'radio equipment to {{Entel|COMPANY}} since 2016 and is one of the largest vendors to Peruvian ' +
    'operators after [[Huawei|huawei]]. Transport and Communications Minister {{Eduardo Salas|PERSON}}, ' +
    'whose {{Ministry of Transport and Communications|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministry-of-transport-and-communications}}) oversees ' +
    '{{Pronatel|GOVERNMENT|national-telecommunications-programme}}, said the towers would be working ' +
    'before the end of 2025. “A village with no signal is a village with no bank, no doctor and no ' +
    'online school,” he told {{RPP|MEDIA}} radio. Some lawmakers have questioned the use of Chinese ' +
    'equipment in networks paid for by the state. Congressman {{Diego Maldonado|PERSON}} asked the ' +
    '{{Intelligence Committee|GOVERNMENT}} of the [[Congress of Peru|peru-congress]] to review the ' +
    'contract, citing security concerns raised by the {{United States|COUNTRY}}. {{ZTE|COMPANY}} said in ' +
    'a statement that it had met every technical and security requirement set by ' +
    '{{Pronatel|GOVERNMENT|national-telecommunications-programme}} and that its equipment was already in ' +
    'use in more than 160 countries.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'zte', target: 'china', sentence: 1 },
    { type: 'BUILT', source: 'zte', target: 'red-rural-andina', sentence: 1, quantities: [{ value: 96000000, unit: 'USD' }] },
    { type: 'LOCATED_IN', source: 'red-rural-andina', target: 'huancavelica', sentence: 1 },
    { type: 'LOCATED_IN', source: 'red-rural-andina', target: 'ayacucho', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'national-telecommunications-programme', target: 'peru', sentence: 1 },
    { type: 'LEADS', source: 'wang-peng', target: 'zte', sentence: 2 },
    { type: 'LEADS', source: 'rosa-huaman', target: 'national-telecommunications-programme', sentence: 2 },
    { type: 'PARTNERS_WITH', source: 'zte', target: 'national-telecommunications-programme', sentence: 2, validFrom: '2024-03-25' },
    { type: 'STATED', source: 'national-telecommunications-programme', target: 'red-rural-andina', sentence: 3 },
    { type: 'OPERATES', source: 'andes-conecta', target: 'red-rural-andina', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'andes-conecta', target: 'entel', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'andes-conecta', target: 'claro', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'andes-conecta', target: 'movistar', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'zte', target: 'shenzhen', sentence: 5 },
    { type: 'PARTNERS_WITH', source: 'zte', target: 'entel', sentence: 5, validFrom: '2016' },
    { type: 'HOLDS_OFFICE_IN', source: 'eduardo-salas', target: 'ministry-of-transport-and-communications', sentence: 6 },
    { type: 'REGULATES', source: 'ministry-of-transport-and-communications', target: 'national-telecommunications-programme', sentence: 6 },
    { type: 'STATED', source: 'eduardo-salas', target: 'red-rural-andina', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'eduardo-salas', target: 'rpp', sentence: 7 },
    { type: 'HOLDS_OFFICE_IN', source: 'diego-maldonado', target: 'peru-congress', sentence: 9 },
    { type: 'PART_OF', source: 'intelligence-committee', target: 'peru-congress', sentence: 9 },
    { type: 'STATED', source: 'zte', target: 'national-telecommunications-programme', sentence: 10 },
  ],
};

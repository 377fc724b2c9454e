import type { CorpusArticle } from '../../corpus-article.js';

/** China donates imaging equipment to a Cusco hospital: donor agency, supplier, ambassador, governor, health network, loan (English). */
export const article: CorpusArticle = {
  name: 'tech: China donates scanners to Antonio Lorena hospital in Cusco',
  language: 'en',
  publishedAt: '2025-01-22',
  annotated:
    '{{CUSCO|PLACE}}, Jan 21 — The {{Antonio Lorena Hospital|INFRASTRUCTURE}} in {{Cusco|PLACE}} received two CT ' +
    'scanners and a mobile X-ray unit worth $2.7 million on Tuesday, a donation from the government of [[China|china]]. ' +
    'The equipment was made by {{Mindray|COMPANY}}, a medical device maker based in [[Shenzhen|shenzhen]], and paid for ' +
    'by the {{China International Development Cooperation Agency|GOVERNMENT}} ' +
    '({{CIDCA|GOVERNMENT|china-international-development-cooperation-agency}}). ' +
    'Ambassador {{Song Yang|PERSON}} handed it over to the regional governor, {{Werner Salcedo|PERSON}}, at a ceremony ' +
    'in the hospital’s courtyard. ' +
    'The diplomat said [[Beijing|china]] wanted to help [[Peru|peru]] bring specialised care to the Andes and would ' +
    'train 20 Peruvian radiologists in {{Chengdu|PLACE}} this year. ' +
    'The hospital, which is run by the {{Regional Health Directorate of Cusco|GOVERNMENT}}, serves about 1.3 million people ' +
    'in the southern highlands. ' +
    'Its director, {{Lucía Quispe|PERSON}}, said patients had until now travelled to [[Lima|lima]] or ' +
    '{{Arequipa|PLACE}} for scans. ' +
    'The new building of the hospital was completed in 2023 by the Peruvian contractor {{Graña y Montero|COMPANY}} ' +
    'after a decade of delays. ' +
    'Last year the {{Export-Import Bank of China|COMPANY}} lent $120 million to the {{Ministry of Health|GOVERNMENT}} ' +
    'for eight hospitals in the {{Amazon|PLACE}} region, according to the ministry. ' +
    'Health minister {{César Vásquez|PERSON}} visited {{Cusco|PLACE}} on Monday to inspect the project.',
  relationships: [
    { type: 'LOCATED_IN', source: 'antonio-lorena-hospital', target: 'cusco', sentence: 1 },
    {
      type: 'INVESTED_IN',
      source: 'china',
      target: 'antonio-lorena-hospital',
      sentence: 1,
      validFrom: '2025-01-21',
      quantities: [{ value: 2700000, unit: 'USD' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'mindray', target: 'shenzhen', sentence: 2 },
    { type: 'INVESTED_IN', source: 'china-international-development-cooperation-agency', target: 'antonio-lorena-hospital', sentence: 2 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 3 },
    { type: 'MET', source: 'song-yang', target: 'werner-salcedo', sentence: 3 },
    { type: 'LEADS', source: 'werner-salcedo', target: 'cusco', sentence: 3 },
    { type: 'STATED', source: 'song-yang', target: 'peru', sentence: 4 },
    { type: 'COOPERATES_WITH', source: 'china', target: 'peru', sentence: 4 },
    { type: 'OPERATES', source: 'regional-health-directorate-of-cusco', target: 'antonio-lorena-hospital', sentence: 5 },
    { type: 'LEADS', source: 'lucia-quispe', target: 'antonio-lorena-hospital', sentence: 6 },
    { type: 'STATED', source: 'lucia-quispe', target: 'antonio-lorena-hospital', sentence: 6 },
    { type: 'BUILT', source: 'grana-y-montero', target: 'antonio-lorena-hospital', sentence: 7, validFrom: '2023' },
    { type: 'AFFILIATED_WITH', source: 'grana-y-montero', target: 'peru', sentence: 7 },
    {
      type: 'INVESTED_IN',
      source: 'export-import-bank-of-china',
      target: 'ministry-of-health',
      sentence: 8,
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'ministry-of-health', target: 'export-import-bank-of-china', sentence: 8 },
    { type: 'LEADS', source: 'cesar-vasquez', target: 'ministry-of-health', sentence: 9 },
    { type: 'VISITED', source: 'cesar-vasquez', target: 'cusco', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** China’s customs agency clears new Peruvian grape packhouses: Senasa, growers, an exporter, the port (English). */
export const article: CorpusArticle = {
  name: 'finance: China’s customs clears 40 more Peruvian grape packhouses',
  language: 'en',
  publishedAt: '2025-11-05',
  annotated:
    '[[LIMA|lima]], November 4 ({{Andina|MEDIA}}) — The {{General Administration of Customs of China|GOVERNMENT}} ' +
    '({{GACC|GOVERNMENT|general-administration-of-customs-of-china}}) has approved 40 more Peruvian packhouses to ship ' +
    'table grapes to [[China|china]], [[Peru|peru]]’s {{National Agrarian Health Service|GOVERNMENT}} said on ' +
    'November 4. ' +
    'The approval came after inspectors from the Chinese agency visited farms in {{Ica|PLACE}} and {{Piura|PLACE}} in ' +
    'September, the plant health body, known as {{Senasa|GOVERNMENT|national-agrarian-health-service}}, added. ' +
    'Its head, {{Miguel Quevedo Valle|PERSON}}, said the list now covers 312 packhouses. ' +
    'The {{Table Grape Phytosanitary Protocol|AGREEMENT}}, which governs the trade, was signed in 2005 by ' +
    '{{Senasa|GOVERNMENT|national-agrarian-health-service}} and [[China|china]]’s quarantine authority, four years ' +
    'before the [[China–Peru Free Trade Agreement|china-peru-fta]] took effect. ' +
    'One of the newly listed exporters, {{Agrícola Don Ricardo|COMPANY}}, based in {{Chincha|PLACE}} and owned by the Chilean group ' +
    '{{Empresas Verfrut|COMPANY}}, expects to send 900 containers to {{Guangzhou|PLACE}} this season. ' +
    'The shipments will go through [[Chancay|chancay-port]], which is run by [[COSCO Shipping|cosco-shipping]] and ' +
    'cuts the voyage to about 23 days. ' +
    '{{Provid|ORGANIZATION}}, the grape growers’ association, said exports to [[China|china]] rose 18% last season to ' +
    '$420m.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'general-administration-of-customs-of-china', target: 'china', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'national-agrarian-health-service', target: 'peru', sentence: 1 },
    {
      type: 'STATED',
      source: 'national-agrarian-health-service',
      target: 'general-administration-of-customs-of-china',
      sentence: 1,
      validFrom: '2025-11-04',
    },
    { type: 'COMMUNICATED_VIA', source: 'national-agrarian-health-service', target: 'andina', sentence: 1 },
    { type: 'VISITED', source: 'general-administration-of-customs-of-china', target: 'ica', sentence: 2, validFrom: '2025-09' },
    { type: 'VISITED', source: 'general-administration-of-customs-of-china', target: 'piura', sentence: 2, validFrom: '2025-09' },
    { type: 'LEADS', source: 'miguel-quevedo-valle', target: 'national-agrarian-health-service', sentence: 3 },
    { type: 'STATED', source: 'miguel-quevedo-valle', target: 'general-administration-of-customs-of-china', sentence: 3 },
    {
      type: 'SIGNED',
      source: 'national-agrarian-health-service',
      target: 'table-grape-phytosanitary-protocol',
      sentence: 4,
      validFrom: '2005',
    },
    { type: 'PARTY_TO', source: 'china', target: 'table-grape-phytosanitary-protocol', sentence: 4, validFrom: '2005' },
    { type: 'HEADQUARTERED_IN', source: 'agricola-don-ricardo', target: 'chincha', sentence: 5 },
    { type: 'OWNS', source: 'empresas-verfrut', target: 'agricola-don-ricardo', sentence: 5 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 6 },
    { type: 'STATED', source: 'provid', target: 'china', sentence: 7 },
  ],
};

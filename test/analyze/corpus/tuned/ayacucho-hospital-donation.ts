import type { CorpusArticle } from '../corpus-article.js';

/** China donates a modular hospital to Ayacucho: the builder, the health ministry that will run it, the governor (English). */
export const article: CorpusArticle = {
  name: 'China donates a hospital to Ayacucho',
  language: 'en',
  publishedAt: '2025-08-22',
  annotated:
    '{{AYACUCHO|PLACE}}, August 21 — [[China|china]] has donated the {{Peru-China Friendship Hospital|INFRASTRUCTURE}}, a ' +
    'modular facility worth $18m, to the {{Regional Government of Ayacucho|GOVERNMENT}}, [[Beijing|china]]’s ambassador, ' +
    '{{Zhao Minghui|PERSON}}, announced on Thursday. ' +
    'The 120-bed hospital, which {{China State Construction Engineering Corporation|COMPANY}} ' +
    '({{CSCEC|COMPANY|china-state-construction-engineering-corporation}}) assembled in four months, stands on the outskirts ' +
    'of {{Huamanga|PLACE}}, the regional capital. ' +
    '[[Peru|peru]]’s {{Ministry of Health|GOVERNMENT}} ({{Minsa|GOVERNMENT|ministry-of-health}}), which is headed by ' +
    '{{Rosa Chumpitaz Ledesma|PERSON}}, confirmed that it would staff and run the hospital from September. ' +
    'The minister told {{Andina|MEDIA}}, the state news agency, that the donation would roughly double the number of ' +
    'intensive-care beds in the region. ' +
    '{{Wilfredo Quispe Huamán|PERSON}}, the regional governor, thanked [[Beijing|china]] for the gift and said his ' +
    'administration would ask it for a second hospital in {{Puquio|PLACE}}, in the province of {{Lucanas|PLACE}}. ' +
    'Doctors from {{Sichuan Provincial People’s Hospital|ORGANIZATION}}, a public hospital in {{Chengdu|PLACE}}, will ' +
    'spend three months in {{Huamanga|PLACE}} training local staff on the equipment. ' +
    'The {{Comptroller General’s Office|GOVERNMENT}} reported in July that the region’s main hospital, the ' +
    '{{Hospital Regional de Ayacucho|INFRASTRUCTURE}}, had been running at twice its capacity since 2023. ' +
    'Last year [[China|china]] sent similar modular units to {{Ecuador|COUNTRY}} and {{Bolivia|COUNTRY}} after floods ' +
    'and landslides.',
  relationships: [
    {
      type: 'COOPERATES_WITH',
      source: 'china',
      target: 'regional-government-of-ayacucho',
      sentence: 1,
      quantities: [{ value: 18000000, unit: 'USD' }],
    },
    { type: 'HOLDS_OFFICE_IN', source: 'zhao-minghui', target: 'china', sentence: 1 },
    { type: 'STATED', source: 'zhao-minghui', target: 'peru-china-friendship-hospital', sentence: 1, validFrom: '2025-08-21' },
    { type: 'BUILT', source: 'china-state-construction-engineering-corporation', target: 'peru-china-friendship-hospital', sentence: 2 },
    { type: 'LOCATED_IN', source: 'peru-china-friendship-hospital', target: 'huamanga', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'ministry-of-health', target: 'peru', sentence: 3 },
    { type: 'LEADS', source: 'rosa-chumpitaz-ledesma', target: 'ministry-of-health', sentence: 3 },
    { type: 'OPERATES', source: 'ministry-of-health', target: 'peru-china-friendship-hospital', sentence: 3, validFrom: '2025-09' },
    { type: 'STATED', source: 'ministry-of-health', target: 'peru-china-friendship-hospital', sentence: 3 },
    { type: 'COMMUNICATED_VIA', source: 'rosa-chumpitaz-ledesma', target: 'andina', sentence: 4 },
    { type: 'STATED', source: 'rosa-chumpitaz-ledesma', target: 'peru-china-friendship-hospital', sentence: 4 },
    { type: 'LEADS', source: 'wilfredo-quispe-huaman', target: 'regional-government-of-ayacucho', sentence: 5 },
    { type: 'STATED', source: 'wilfredo-quispe-huaman', target: 'china', sentence: 5 },
    { type: 'SEEKS_COOPERATION_WITH', source: 'regional-government-of-ayacucho', target: 'china', sentence: 5 },
    { type: 'LOCATED_IN', source: 'puquio', target: 'lucanas', sentence: 5 },
    { type: 'LOCATED_IN', source: 'sichuan-provincial-people-s-hospital', target: 'chengdu', sentence: 6 },
    { type: 'STATED', source: 'comptroller-general-s-office', target: 'hospital-regional-de-ayacucho', sentence: 7, validFrom: '2025-07' },
    { type: 'COOPERATES_WITH', source: 'china', target: 'ecuador', sentence: 8, validFrom: '2024' },
    { type: 'COOPERATES_WITH', source: 'china', target: 'bolivia', sentence: 8, validFrom: '2024' },
  ],
};

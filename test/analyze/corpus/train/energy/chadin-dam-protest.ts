import type { CorpusArticle } from '../../corpus-article.js';

/** Protest against the Chadín 2 dam on the Marañón: its Peruvian developer, Sinohydro’s contract and stake, Senace, a mayor (English). */
export const article: CorpusArticle = {
  name: 'energy: Protest against Sinohydro-backed Chadín 2 dam on the Marañón',
  language: 'en',
  publishedAt: '2026-03-10',
  annotated:
    '{{CAJAMARCA|PLACE}}, March 9 — Residents of three districts in [[Peru|peru]]’s northern highlands blocked a road ' +
    'on Monday to protest against {{Chadín 2|INFRASTRUCTURE}}, a 600-megawatt hydropower dam on the ' +
    '{{Marañón River|PLACE}} planned by {{AC Energía|COMPANY}}. ' +
    'In February the Peruvian developer signed a $1.8bn engineering and construction contract with ' +
    '{{Sinohydro|COMPANY}}, a subsidiary of the {{Power Construction Corporation of China|COMPANY}}. ' +
    '{{Sinohydro|COMPANY}}, which built the {{Coca Codo Sinclair|INFRASTRUCTURE}} plant in {{Ecuador|COUNTRY}}, is ' +
    'also to take a 40% stake in the project company, {{Hidroeléctrica Chadín|COMPANY}}. ' +
    'The reservoir would flood about 3,000 hectares along the river between the {{Cajamarca|PLACE}} and ' +
    '{{Amazonas|PLACE}} regions and displace some 1,200 people, according to the environmental study approved in ' +
    '2024 by the {{National Environmental Certification Service|GOVERNMENT}} ' +
    '({{Senace|GOVERNMENT|national-environmental-certification-service}}). ' +
    '{{Segundo Vásquez Chávez|PERSON}}, mayor of the district of {{Chumuch|PLACE}}, told ' +
    '{{Radio Programas del Perú|MEDIA}} that no one had consulted the communities whose farms would be lost. ' +
    '{{AC Energía|COMPANY}}’s general manager, {{Luis Alberto Cárdenas|PERSON}}, replied that the company had held 14 public ' +
    'hearings and would resettle every affected family. ' +
    'The {{Ministry of Energy and Mines|GOVERNMENT}} granted the firm a definitive generation concession for the ' +
    'project in 2023. ' +
    'Chinese companies already own or run about a third of [[Peru|peru]]’s installed generating capacity, including ' +
    'the {{Chaglla|INFRASTRUCTURE}} and {{San Gabán III|INFRASTRUCTURE}} plants.',
  relationships: [
    { type: 'LOCATED_IN', source: 'chadin-2', target: 'maranon-river', sentence: 1 },
    { type: 'PLANS', source: 'ac-energia', target: 'chadin-2', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'ac-energia', target: 'peru', sentence: 2 },
    {
      type: 'PARTNERS_WITH',
      source: 'ac-energia',
      target: 'sinohydro',
      sentence: 2,
      validFrom: '2026-02',
      quantities: [{ value: 1800000000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'sinohydro', target: 'power-construction-corporation-of-china', sentence: 2 },
    { type: 'BUILT', source: 'sinohydro', target: 'coca-codo-sinclair', sentence: 3 },
    { type: 'LOCATED_IN', source: 'coca-codo-sinclair', target: 'ecuador', sentence: 3 },
    { type: 'OWNS', source: 'sinohydro', target: 'hidroelectrica-chadin', sentence: 3, quantities: [{ value: 40, unit: '%' }] },
    { type: 'LOCATED_IN', source: 'chadin-2', target: 'cajamarca', sentence: 4 },
    { type: 'LOCATED_IN', source: 'chadin-2', target: 'amazonas', sentence: 4 },
    { type: 'REGULATES', source: 'national-environmental-certification-service', target: 'chadin-2', sentence: 4, validFrom: '2024' },
    { type: 'STATED', source: 'national-environmental-certification-service', target: 'chadin-2', sentence: 4 },
    { type: 'LEADS', source: 'segundo-vasquez-chavez', target: 'chumuch', sentence: 5 },
    { type: 'COMMUNICATED_VIA', source: 'segundo-vasquez-chavez', target: 'radio-programas-del-peru', sentence: 5 },
    { type: 'STATED', source: 'segundo-vasquez-chavez', target: 'chadin-2', sentence: 5 },
    { type: 'LEADS', source: 'luis-alberto-cardenas', target: 'ac-energia', sentence: 6 },
    { type: 'STATED', source: 'luis-alberto-cardenas', target: 'ac-energia', sentence: 6 },
    { type: 'GRANTED_EXCLUSIVITY_TO', source: 'ministry-of-energy-and-mines', target: 'ac-energia', sentence: 7, validFrom: '2023' },
    { type: 'LOCATED_IN', source: 'chaglla', target: 'peru', sentence: 8 },
    { type: 'LOCATED_IN', source: 'san-gaban-iii', target: 'peru', sentence: 8 },
  ],
};

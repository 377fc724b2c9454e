import type { CorpusArticle } from '../corpus-article.js';

/**
 * A Chinese port group buys 40% of the operator of Matarani port: seller, regulators, a Brazilian terminal, Chancay, a local mayor
 * (English).
 */
export const article: CorpusArticle = {
  name: 'China Merchants buys into the Matarani port operator',
  language: 'en',
  publishedAt: '2025-08-06',
  annotated:
    '{{AREQUIPA|PLACE}}, August 5 — {{China Merchants Port Holdings|COMPANY}} will pay $310m for a 40% stake in ' +
    '{{Terminal Internacional del Sur|COMPANY}} ({{Tisur|COMPANY|terminal-internacional-del-sur}}), which runs the port ' +
    'of {{Matarani|INFRASTRUCTURE}} on [[Peru|peru]]’s southern coast, the Chinese group said on Tuesday. ' +
    'The seller is {{Grupo Romero|COMPANY}}, a [[Lima|lima]] conglomerate that won the concession in 1999; it keeps ' +
    'the other 60%. ' +
    '{{Matarani|INFRASTRUCTURE}}, in the province of {{Islay|PLACE}}, ships most of the copper concentrate mined in ' +
    'the southern {{Andes|PLACE}}, including the output of [[Las Bambas|las-bambas]], which [[MMG|mmg]] operates. ' +
    '{{Renzo Aguirre Palomino|PERSON}}, {{Tisur|COMPANY|terminal-internacional-del-sur}}’s chief executive, told ' +
    'reporters in {{Arequipa|PLACE}} that the new shareholder would pay for a third berth and a covered conveyor belt. ' +
    '“They bring money, but above all they bring ships,” he added. ' +
    'The sale still needs the blessing of [[Peru|peru]]’s competition authority, {{Indecopi|GOVERNMENT}}, and of ' +
    '{{Ositrán|GOVERNMENT}}, which supervises the {{Matarani|INFRASTRUCTURE}} concession. ' +
    'Based in {{Hong Kong|PLACE}}, {{China Merchants|COMPANY|china-merchants-port-holdings}} already controls ' +
    '{{TCP|COMPANY}}, a container terminal in the Brazilian port of {{Paranaguá|PLACE}}, which it bought in 2018. ' +
    'It becomes the second Chinese state company with a foothold in a Peruvian port, after ' +
    '[[COSCO Shipping|cosco-shipping]] opened the [[Port of Chancay|chancay-port]] in November 2024. ' +
    'Not everyone in {{Islay|PLACE}} is pleased: the provincial mayor, {{Teodoro Quispe Huanca|PERSON}}, said he would ' +
    'back a bigger terminal only if the company first ended the dust complaints that have dogged the port for a decade.',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'china-merchants-port-holdings',
      target: 'terminal-internacional-del-sur',
      sentence: 1,
      validFrom: '2025-08-05',
      quantities: [
        { value: 40, unit: '%' },
        { value: 310000000, unit: 'USD' },
      ],
    },
    { type: 'AFFILIATED_WITH', source: 'china-merchants-port-holdings', target: 'china', sentence: 1 },
    { type: 'OPERATES', source: 'terminal-internacional-del-sur', target: 'matarani', sentence: 1 },
    { type: 'LOCATED_IN', source: 'matarani', target: 'peru', sentence: 1 },
    {
      type: 'STATED',
      source: 'china-merchants-port-holdings',
      target: 'terminal-internacional-del-sur',
      sentence: 1,
      validFrom: '2025-08-05',
    },
    { type: 'SOLD', source: 'grupo-romero', target: 'terminal-internacional-del-sur', sentence: 2 },
    {
      type: 'OWNS',
      source: 'grupo-romero',
      target: 'terminal-internacional-del-sur',
      sentence: 2,
      quantities: [{ value: 60, unit: '%' }],
    },
    { type: 'HEADQUARTERED_IN', source: 'grupo-romero', target: 'lima', sentence: 2 },
    { type: 'LOCATED_IN', source: 'matarani', target: 'islay', sentence: 3 },
    { type: 'OPERATES', source: 'mmg', target: 'las-bambas', sentence: 3 },
    { type: 'LEADS', source: 'renzo-aguirre-palomino', target: 'terminal-internacional-del-sur', sentence: 4 },
    { type: 'STATED', source: 'renzo-aguirre-palomino', target: 'china-merchants-port-holdings', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 6 },
    { type: 'REGULATES', source: 'ositran', target: 'matarani', sentence: 6 },
    { type: 'HEADQUARTERED_IN', source: 'china-merchants-port-holdings', target: 'hong-kong', sentence: 7 },
    { type: 'OWNS', source: 'china-merchants-port-holdings', target: 'tcp', sentence: 7 },
    { type: 'ACQUIRED', source: 'china-merchants-port-holdings', target: 'tcp', sentence: 7, validFrom: '2018' },
    { type: 'LOCATED_IN', source: 'tcp', target: 'paranagua', sentence: 7 },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'china', sentence: 8 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 8, validFrom: '2024-11' },
    { type: 'LEADS', source: 'teodoro-quispe-huanca', target: 'islay', sentence: 9 },
    { type: 'STATED', source: 'teodoro-quispe-huanca', target: 'terminal-internacional-del-sur', sentence: 9 },
  ],
};

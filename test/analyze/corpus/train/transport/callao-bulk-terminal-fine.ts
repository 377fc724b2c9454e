import type { CorpusArticle } from '../../corpus-article.js';

/** Ositrán fines the Chinese-owned operator of a Callao bulk pier: its owners, the seller, its manager, the port authority (English). */
export const article: CorpusArticle = {
  name: 'transport: Ositrán fines Chinese-owned Callao bulk terminal over ship delays',
  language: 'en',
  publishedAt: '2025-01-22',
  annotated:
    '[[LIMA|lima]], January 21 — {{Ositrán|GOVERNMENT}}, [[Peru|peru]]’s transport infrastructure regulator, fined ' +
    '{{Callao Bulk Terminal|COMPANY}}, the operator of the {{North Bulk Pier|INFRASTRUCTURE}} at the ' +
    '{{Port of Callao|INFRASTRUCTURE}}, 1.8 million soles for delays in unloading grain ships, the agency said on Tuesday. ' +
    'The company is 70% owned by {{Hanhai Port Investment|COMPANY}}, a subsidiary of the Chinese shipping group ' +
    '{{China Hanhai Shipping|COMPANY}}, which bought the stake from {{Grupo Portuario Andes|COMPANY}} in 2021 for ' +
    'US$ 95 million. ' +
    'According to the regulator, ships waited an average of nine days to berth at the pier in the last quarter of 2024, ' +
    'against a limit of four days set in the concession contract. ' +
    'The operator’s general manager, {{Wang Lihua|PERSON}}, told the newspaper {{El Comercio|MEDIA}} that the company ' +
    'would appeal against the fine. ' +
    'She blamed the delays on a November strike by the {{Federación de Trabajadores Portuarios del Callao|ORGANIZATION}}, ' +
    'which represents some 3,000 dockworkers. ' +
    'The company plans to lengthen the pier by 200 metres at a cost of US$ 60 million, a project already cleared by the ' +
    '{{National Port Authority|GOVERNMENT}} ({{APN|GOVERNMENT|national-port-authority}}). ' +
    '{{Ositrán|GOVERNMENT}} also fined {{DP World Callao|COMPANY}}, which runs the port’s {{Muelle Sur|INFRASTRUCTURE}} ' +
    'container terminal, in 2023. ' +
    'Chinese groups now hold stakes in three of the five terminals on [[Peru|peru]]’s central coast, counting ' +
    '[[Chancay|chancay-port]], which [[COSCO Shipping|cosco-shipping]] controls.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'ositran', target: 'peru', sentence: 1 },
    {
      type: 'REGULATES',
      source: 'ositran',
      target: 'callao-bulk-terminal',
      sentence: 1,
      quantities: [{ value: 1800000, unit: 'PEN' }],
    },
    { type: 'OPERATES', source: 'callao-bulk-terminal', target: 'north-bulk-pier', sentence: 1 },
    { type: 'PART_OF', source: 'north-bulk-pier', target: 'port-of-callao', sentence: 1 },
    { type: 'STATED', source: 'ositran', target: 'callao-bulk-terminal', sentence: 1, validFrom: '2025-01-21' },
    { type: 'OWNS', source: 'hanhai-port-investment', target: 'callao-bulk-terminal', sentence: 2, quantities: [{ value: 70, unit: '%' }] },
    { type: 'PART_OF', source: 'hanhai-port-investment', target: 'china-hanhai-shipping', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-hanhai-shipping', target: 'china', sentence: 2 },
    {
      type: 'ACQUIRED',
      source: 'hanhai-port-investment',
      target: 'callao-bulk-terminal',
      sentence: 2,
      validFrom: '2021',
      quantities: [
        { value: 70, unit: '%' },
        { value: 95000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'grupo-portuario-andes', target: 'callao-bulk-terminal', sentence: 2, validFrom: '2021' },
    { type: 'STATED', source: 'ositran', target: 'north-bulk-pier', sentence: 3 },
    { type: 'LEADS', source: 'wang-lihua', target: 'callao-bulk-terminal', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'wang-lihua', target: 'el-comercio', sentence: 4 },
    { type: 'STATED', source: 'wang-lihua', target: 'ositran', sentence: 4 },
    { type: 'STATED', source: 'wang-lihua', target: 'federacion-de-trabajadores-portuarios-del-callao', sentence: 5 },
    {
      type: 'PLANS',
      source: 'callao-bulk-terminal',
      target: 'north-bulk-pier',
      sentence: 6,
      quantities: [{ value: 60000000, unit: 'USD' }],
    },
    { type: 'REGULATES', source: 'national-port-authority', target: 'north-bulk-pier', sentence: 6 },
    { type: 'REGULATES', source: 'ositran', target: 'dp-world-callao', sentence: 7, validFrom: '2023' },
    { type: 'OPERATES', source: 'dp-world-callao', target: 'muelle-sur', sentence: 7 },
    { type: 'PART_OF', source: 'muelle-sur', target: 'port-of-callao', sentence: 7 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 8 },
  ],
};

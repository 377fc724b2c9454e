import type { CorpusArticle } from '../../corpus-article.js';

/** China Tower buys a Peruvian tower company from a US fund: price, stake, regulator, operators, 5G auction (English). */
export const article: CorpusArticle = {
  name: 'tech: China Tower buys Torres Andinas from US fund for 5G rollout',
  language: 'en',
  publishedAt: '2026-02-04',
  annotated:
    '[[LIMA|lima]], Feb 3 — {{China Tower Corporation|COMPANY}}, the world’s largest owner of telecom masts, ' +
    'agreed on Tuesday to buy {{Torres Andinas|COMPANY}}, which runs 3,100 towers across [[Peru|peru]], for $410 ' +
    'million from {{Northbridge Infrastructure Partners|COMPANY}}, a fund based in {{New York|PLACE}}. ' +
    'The {{Beijing|PLACE}}-based group, which is controlled by [[China|china]]’s three state carriers, will take 100% of ' +
    'the company, the seller said in a statement. ' +
    '{{Northbridge Infrastructure Partners|COMPANY}} had acquired {{Torres Andinas|COMPANY}} from ' +
    '{{Telefónica del Perú|COMPANY}} in 2019 for $260 million. ' +
    'The purchase must be cleared by the telecom regulator, {{Osiptel|GOVERNMENT}}, whose president, ' +
    '{{Rafael Muente|PERSON}}, told {{RPP|MEDIA}} that the review would take about four months. ' +
    'He said the regulator would check that the new owner kept renting space on equal terms to all operators. ' +
    '{{Torres Andinas|COMPANY}}’ largest tenants are {{Claro|COMPANY}}, owned by {{Mexico|COUNTRY}}’s {{América Móvil|COMPANY}}, ' +
    'and {{Entel Perú|COMPANY}}. ' +
    'The {{Ministry of Transport and Communications|GOVERNMENT}} plans to auction 5G frequencies in the 3.5 GHz band ' +
    'in June, and operators will need thousands of new masts, analysts said. ' +
    'In 2025 the ministry signed a memorandum with [[Huawei|huawei]] to train 2,000 technicians for the rollout. ' +
    'Lawmakers of the {{Fuerza Popular|GROUP}} party in the [[Congress of Peru|peru-congress]] have asked for a ' +
    'hearing on Chinese ownership of telecom infrastructure.',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'china-tower-corporation',
      target: 'torres-andinas',
      sentence: 1,
      validFrom: '2026-02-03',
      quantities: [{ value: 410000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'northbridge-infrastructure-partners', target: 'torres-andinas', sentence: 1, validFrom: '2026-02-03' },
    { type: 'LOCATED_IN', source: 'torres-andinas', target: 'peru', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'northbridge-infrastructure-partners', target: 'new-york', sentence: 1 },
    { type: 'HEADQUARTERED_IN', source: 'china-tower-corporation', target: 'beijing', sentence: 2 },
    { type: 'AFFILIATED_WITH', source: 'china-tower-corporation', target: 'china', sentence: 2 },
    { type: 'OWNS', source: 'china-tower-corporation', target: 'torres-andinas', sentence: 2, quantities: [{ value: 100, unit: '%' }] },
    { type: 'STATED', source: 'northbridge-infrastructure-partners', target: 'torres-andinas', sentence: 2 },
    {
      type: 'ACQUIRED',
      source: 'northbridge-infrastructure-partners',
      target: 'torres-andinas',
      sentence: 3,
      validFrom: '2019',
      quantities: [{ value: 260000000, unit: 'USD' }],
    },
    { type: 'SOLD', source: 'telefonica-del-peru', target: 'torres-andinas', sentence: 3, validFrom: '2019' },
    { type: 'REGULATES', source: 'osiptel', target: 'china-tower-corporation', sentence: 4 },
    { type: 'LEADS', source: 'rafael-muente', target: 'osiptel', sentence: 4 },
    { type: 'COMMUNICATED_VIA', source: 'rafael-muente', target: 'rpp', sentence: 4 },
    { type: 'STATED', source: 'rafael-muente', target: 'china-tower-corporation', sentence: 4 },
    { type: 'STATED', source: 'rafael-muente', target: 'osiptel', sentence: 5 },
    { type: 'OWNS', source: 'america-movil', target: 'claro', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'america-movil', target: 'mexico', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'claro', target: 'torres-andinas', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'entel-peru', target: 'torres-andinas', sentence: 6 },
    { type: 'PARTNERS_WITH', source: 'ministry-of-transport-and-communications', target: 'huawei', sentence: 8, validFrom: '2025' },
    { type: 'PART_OF', source: 'fuerza-popular', target: 'peru-congress', sentence: 9 },
  ],
};

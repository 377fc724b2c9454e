import type { CorpusArticle } from '../../corpus-article.js';

/** Boluarte lays the first stone of Chancay's second phase: COSCO's investment and stake, Volcan, the operator, the builder (English). */
export const article: CorpusArticle = {
  name: 'transport: Boluarte launches the second phase of Chancay port',
  language: 'en',
  publishedAt: '2025-06-11',
  annotated:
    '[[LIMA|lima]], June 10 — [[Peru|peru]]’s President, [[Dina Boluarte|dina-boluarte]], laid the first stone of the ' +
    'second phase of the [[Port of Chancay|chancay-port]] on Tuesday, a US$ 1.1 billion expansion to be paid for by ' +
    '[[COSCO Shipping|cosco-shipping]]. ' +
    'The Chinese shipping giant, which owns 60% of the terminal, said the works would raise its capacity from one million ' +
    'to 3.5 million containers a year by 2029. ' +
    'Its Peruvian partner, the miner {{Volcan Compañía Minera|COMPANY}}, holds the remaining 40%. ' +
    '{{Zhang Liyong|PERSON}}, general manager of {{Cosco Shipping Ports Chancay|COMPANY}}, which runs the port, told ' +
    'reporters that four new berths would be ready within three years. ' +
    'The contract went to {{CCCC Fourth Harbor Engineering|COMPANY}}, a unit of ' +
    '{{China Communications Construction Company|COMPANY}} that also built the first phase. ' +
    'Also at the ceremony were the Chinese ambassador, {{Song Yang|PERSON}}, and Transport minister ' +
    '{{Rafael Ordóñez Bustíos|PERSON}}, who said a rail link between the port and [[Lima|lima]] was being studied. ' +
    '[[Boluarte|dina-boluarte]] said she would raise the project with [[Xi Jinping|xi-jinping]] when they meet in ' +
    'November. ' +
    'The port, in the province of {{Huaral|PLACE}}, has handled more than 300,000 containers since it opened in ' +
    'November 2024.',
  relationships: [
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 1 },
    { type: 'VISITED', source: 'dina-boluarte', target: 'chancay-port', sentence: 1, validFrom: '2025-06-10' },
    {
      type: 'INVESTED_IN',
      source: 'cosco-shipping',
      target: 'chancay-port',
      sentence: 1,
      quantities: [{ value: 1100000000, unit: 'USD' }],
    },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'china', sentence: 2 },
    { type: 'OWNS', source: 'cosco-shipping', target: 'chancay-port', sentence: 2, quantities: [{ value: 60, unit: '%' }] },
    { type: 'STATED', source: 'cosco-shipping', target: 'chancay-port', sentence: 2 },
    { type: 'PARTNERS_WITH', source: 'volcan-compania-minera', target: 'cosco-shipping', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'volcan-compania-minera', target: 'peru', sentence: 3 },
    { type: 'OWNS', source: 'volcan-compania-minera', target: 'chancay-port', sentence: 3, quantities: [{ value: 40, unit: '%' }] },
    { type: 'LEADS', source: 'zhang-liyong', target: 'cosco-shipping-ports-chancay', sentence: 4 },
    { type: 'OPERATES', source: 'cosco-shipping-ports-chancay', target: 'chancay-port', sentence: 4 },
    { type: 'STATED', source: 'zhang-liyong', target: 'chancay-port', sentence: 4 },
    { type: 'BUILT', source: 'cccc-fourth-harbor-engineering', target: 'chancay-port', sentence: 5 },
    { type: 'PART_OF', source: 'cccc-fourth-harbor-engineering', target: 'china-communications-construction-company', sentence: 5 },
    { type: 'HOLDS_OFFICE_IN', source: 'song-yang', target: 'china', sentence: 6 },
    { type: 'HOLDS_OFFICE_IN', source: 'rafael-ordonez-bustios', target: 'peru', sentence: 6 },
    { type: 'STATED', source: 'rafael-ordonez-bustios', target: 'chancay-port', sentence: 6 },
    { type: 'STATED', source: 'dina-boluarte', target: 'xi-jinping', sentence: 7 },
    { type: 'LOCATED_IN', source: 'chancay-port', target: 'huaral', sentence: 8 },
  ],
};

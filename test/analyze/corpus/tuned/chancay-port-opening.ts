import type { CorpusArticle } from '../corpus-article.js';

/** Xi Jinping and Dina Boluarte open the Port of Chancay: its owners, operator, builder and regulator (English). */
export const article: CorpusArticle = {
  name: 'Chancay port opening',
  language: 'en',
  publishedAt: '2024-11-15',
  annotated:
    '[[LIMA|lima]], November 14 — Chinese President [[Xi Jinping|xi-jinping]] and Peruvian President ' +
    '[[Dina Boluarte|dina-boluarte]] inaugurated the [[Port of Chancay|chancay-port]] by video link from the ' +
    '{{Government Palace|PLACE}} in [[Lima|lima]]. ' +
    'The ceremony opened [[Xi|xi-jinping]]’s third state visit to [[Peru|peru]], timed to coincide with the ' +
    '[[APEC summit|apec-summit]] that [[Peru|peru]] is hosting. ' +
    'Before the ceremony, [[Xi|xi-jinping]] held talks with [[Boluarte|dina-boluarte]] at the palace, and the two ' +
    'leaders witnessed the signing of more than 20 cooperation documents. ' +
    'The port was built by {{China Harbour Engineering Company|COMPANY}} ' +
    '({{CHEC|COMPANY|china-harbour-engineering-company}}), a unit of the state-owned ' +
    '{{China Communications Construction Company|COMPANY}}. ' +
    '{{COSCO Shipping Ports|COMPANY}}, the terminal arm of [[COSCO Shipping|cosco-shipping]], owns 60% of ' +
    '[[Chancay|chancay-port]], and the Peruvian miner {{Volcan|COMPANY}} holds the remaining 40%. ' +
    'The operating company, {{Cosco Shipping Ports Chancay Perú|COMPANY}}, has invested $1.3bn in the first phase of ' +
    '[[Chancay|chancay-port]]. ' +
    'In a written speech, [[Xi|xi-jinping]] called [[Chancay|chancay-port]] the start of a new land-sea corridor ' +
    'between [[China|china]] and {{South America|PLACE}}. ' +
    'The transport regulator, the ' +
    '{{Supervisory Agency for Private Investment in Transport Infrastructure|GOVERNMENT}} ' +
    '({{Ositrán|GOVERNMENT|supervisory-agency-for-private-investment-in-transport-infrastructure}}), oversees the ' +
    'fees [[Chancay|chancay-port]] charges shipping lines. ' +
    '[[Boluarte|dina-boluarte]] said the port would create 8,000 jobs and make [[Peru|peru]] the main gateway ' +
    'between {{Asia|PLACE}} and {{Latin America|PLACE}}.',
  relationships: [
    { type: 'LEADS', source: 'xi-jinping', target: 'china', sentence: 1 },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 1 },
    { type: 'LOCATED_IN', source: 'government-palace', target: 'lima', sentence: 1 },
    { type: 'VISITED', source: 'xi-jinping', target: 'peru', sentence: 2 },
    { type: 'HOSTED', source: 'peru', target: 'apec-summit', sentence: 2 },
    { type: 'MET', source: 'xi-jinping', target: 'dina-boluarte', sentence: 3 },
    { type: 'BUILT', source: 'china-harbour-engineering-company', target: 'chancay-port', sentence: 4 },
    { type: 'PART_OF', source: 'china-harbour-engineering-company', target: 'china-communications-construction-company', sentence: 4 },
    { type: 'PART_OF', source: 'cosco-shipping-ports', target: 'cosco-shipping', sentence: 5 },
    { type: 'OWNS', source: 'cosco-shipping-ports', target: 'chancay-port', sentence: 5, quantities: [{ value: 60, unit: '%' }] },
    { type: 'OWNS', source: 'volcan', target: 'chancay-port', sentence: 5, quantities: [{ value: 40, unit: '%' }] },
    { type: 'AFFILIATED_WITH', source: 'volcan', target: 'peru', sentence: 5 },
    { type: 'OPERATES', source: 'cosco-shipping-ports-chancay-peru', target: 'chancay-port', sentence: 6 },
    {
      type: 'INVESTED_IN',
      source: 'cosco-shipping-ports-chancay-peru',
      target: 'chancay-port',
      sentence: 6,
      quantities: [{ value: 1300000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'xi-jinping', target: 'chancay-port', sentence: 7 },
    {
      type: 'REGULATES',
      source: 'supervisory-agency-for-private-investment-in-transport-infrastructure',
      target: 'chancay-port',
      sentence: 8,
    },
    { type: 'STATED', source: 'dina-boluarte', target: 'chancay-port', sentence: 9 },
  ],
};

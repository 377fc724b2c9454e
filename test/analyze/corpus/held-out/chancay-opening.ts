import type { CorpusArticle } from '../corpus-article.js';

/** A held-out article of the evaluation corpus (see ../README.md): not to be read while tuning `analyzeText`. */
export const article: CorpusArticle = {
  name: 'Chancay port opens during APEC week (held out)',
  language: 'en',
  publishedAt: '2024-11-15',
  annotated:
    '[[LIMA|lima]] — [[China|china]]’s President [[Xi Jinping|xi-jinping]] and [[Peru|peru]]’s President ' +
    '[[Dina Boluarte|dina-boluarte]] opened the [[Port of Chancay|chancay-port]] on Thursday by video link. ' +
    'Earlier in the day [[Xi|xi-jinping]] held a meeting with [[Boluarte|dina-boluarte]] on the sidelines of the ' +
    '[[APEC Leaders’ Meeting|apec-summit]], which [[Peru|peru]] is hosting for the third time. ' +
    '{{China Harbour Engineering Company|COMPANY}} ({{CHEC|COMPANY|china-harbour-engineering-company}}) built the ' +
    'first phase of [[Chancay|chancay-port]], which lies about 80 kilometres north of [[Lima|lima]]. ' +
    '{{COSCO Shipping Ports|COMPANY}}, a unit of the state-owned [[COSCO Shipping|cosco-shipping]] group, holds 60% ' +
    'of [[Chancay|chancay-port]], and {{Volcan Compañía Minera|COMPANY}}, a miner based in [[Lima|lima]], owns the ' +
    'remaining 40%. ' +
    '[[COSCO|cosco-shipping]] will invest a further 2.2 billion dollars over the next decade to expand ' +
    '[[Chancay|chancay-port]] to 15 berths. ' +
    '“[[Chancay|chancay-port]] is a port of opportunity for both our peoples,” [[Xi|xi-jinping]] said in remarks ' +
    'carried by the state news agency {{Xinhua|MEDIA}}. ' +
    'In 2021 [[Peru|peru]]’s {{National Port Authority|GOVERNMENT}} ({{APN|GOVERNMENT|national-port-authority}}) ' +
    'granted [[COSCO|cosco-shipping]] exclusive rights at [[Chancay|chancay-port]], a decision the authority tried ' +
    'to annul this year before backing down. ' +
    'The transport regulator {{Ositrán|GOVERNMENT}} oversees tariffs at [[Chancay|chancay-port]] and at the ' +
    '{{Port of Callao|INFRASTRUCTURE}}, where {{APM Terminals|COMPANY}} and {{DP World|COMPANY}} run the two main ' +
    'terminals. ' +
    '“[[Chancay|chancay-port]] will turn our coast into the logistics hub of the whole region,” Economy Minister ' +
    '{{José Arista|PERSON}} told reporters.',
  relationships: [
    { type: 'LEADS', source: 'xi-jinping', target: 'china', sentence: 1 },
    { type: 'LEADS', source: 'dina-boluarte', target: 'peru', sentence: 1 },
    { type: 'MET', source: 'xi-jinping', target: 'dina-boluarte', sentence: 2 },
    { type: 'ATTENDED', source: 'xi-jinping', target: 'apec-summit', sentence: 2 },
    { type: 'ATTENDED', source: 'dina-boluarte', target: 'apec-summit', sentence: 2 },
    { type: 'HOSTED', source: 'peru', target: 'apec-summit', sentence: 2 },
    { type: 'BUILT', source: 'china-harbour-engineering-company', target: 'chancay-port', sentence: 3 },
    { type: 'PART_OF', source: 'cosco-shipping-ports', target: 'cosco-shipping', sentence: 4 },
    { type: 'OWNS', source: 'cosco-shipping-ports', target: 'chancay-port', sentence: 4, quantities: [{ value: 60, unit: '%' }] },
    { type: 'OWNS', source: 'volcan-compania-minera', target: 'chancay-port', sentence: 4, quantities: [{ value: 40, unit: '%' }] },
    { type: 'HEADQUARTERED_IN', source: 'volcan-compania-minera', target: 'lima', sentence: 4 },
    {
      type: 'INVESTED_IN',
      source: 'cosco-shipping',
      target: 'chancay-port',
      sentence: 5,
      quantities: [{ value: 2200000000, unit: 'USD' }],
    },
    { type: 'STATED', source: 'xi-jinping', target: 'chancay-port', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'xi-jinping', target: 'xinhua', sentence: 6 },
    { type: 'AFFILIATED_WITH', source: 'national-port-authority', target: 'peru', sentence: 7 },
    { type: 'GRANTED_EXCLUSIVITY_TO', source: 'national-port-authority', target: 'cosco-shipping', sentence: 7, validFrom: '2021' },
    { type: 'REGULATES', source: 'ositran', target: 'chancay-port', sentence: 8 },
    { type: 'REGULATES', source: 'ositran', target: 'port-of-callao', sentence: 8 },
    { type: 'OPERATES', source: 'apm-terminals', target: 'port-of-callao', sentence: 8 },
    { type: 'OPERATES', source: 'dp-world', target: 'port-of-callao', sentence: 8 },
    { type: 'STATED', source: 'jose-arista', target: 'chancay-port', sentence: 9 },
  ],
};

import type { CorpusArticle } from '../../corpus-article.js';

/** China Merchants Port buys 40% of the Ilo terminal operator: seller, price, parent, regulators, the operator's concession (English). */
export const article: CorpusArticle = {
  name: 'transport: China Merchants Port buys into the Ilo terminal',
  language: 'en',
  publishedAt: '2025-06-05',
  annotated:
    '[[LIMA|lima]], June 4 — {{China Merchants Port Holdings|COMPANY}} has agreed to buy a 40% stake in ' +
    '{{Terminal Portuario Sur de Ilo|COMPANY}} from the Peruvian investment firm {{Inversiones Pacífico Sur|COMPANY}} for ' +
    'US$ 186 million, the companies said on Wednesday. ' +
    'The operator, known as {{TPSI|COMPANY|terminal-portuario-sur-de-ilo}}, has run the {{Port of Ilo|INFRASTRUCTURE}}, ' +
    'in the southern {{Moquegua|PLACE}} region, since 2012 under a 25-year concession. ' +
    'The buyer, based in {{Hong Kong|PLACE}}, is a subsidiary of the Chinese state-owned {{China Merchants Group|COMPANY}} ' +
    'and already holds stakes in terminals in {{Brazil|COUNTRY}} and {{Sri Lanka|COUNTRY}}. ' +
    'Its managing director, {{Xu Song|PERSON}}, said the terminal would give the group a foothold near the copper mines ' +
    'of southern [[Peru|peru]]. ' +
    'The seller, headquartered in {{Arequipa|PLACE}}, will keep 20% of the operator, and its chief executive, ' +
    '{{Gonzalo Rivas Mendiola|PERSON}}, will remain chairman of the operator’s board. ' +
    'The deal still needs the approval of {{Indecopi|GOVERNMENT}}, [[Peru|peru]]’s competition watchdog, and of ' +
    '{{Ositrán|GOVERNMENT}}, the agency that oversees the port. ' +
    'Last year {{Ilo|INFRASTRUCTURE|port-of-ilo}} handled 2.1 million tonnes of cargo, most of it copper concentrate ' +
    'bound for [[China|china]]. ' +
    'It is the second purchase of a Peruvian port asset by a Chinese group since [[COSCO Shipping|cosco-shipping]] ' +
    'began operating [[Chancay|chancay-port]] in November 2024.',
  relationships: [
    {
      type: 'ACQUIRED',
      source: 'china-merchants-port-holdings',
      target: 'terminal-portuario-sur-de-ilo',
      sentence: 1,
      quantities: [
        { value: 40, unit: '%' },
        { value: 186000000, unit: 'USD' },
      ],
    },
    { type: 'SOLD', source: 'inversiones-pacifico-sur', target: 'terminal-portuario-sur-de-ilo', sentence: 1 },
    { type: 'AFFILIATED_WITH', source: 'inversiones-pacifico-sur', target: 'peru', sentence: 1 },
    {
      type: 'STATED',
      source: 'china-merchants-port-holdings',
      target: 'terminal-portuario-sur-de-ilo',
      sentence: 1,
      validFrom: '2025-06-04',
    },
    { type: 'STATED', source: 'inversiones-pacifico-sur', target: 'terminal-portuario-sur-de-ilo', sentence: 1, validFrom: '2025-06-04' },
    { type: 'OPERATES', source: 'terminal-portuario-sur-de-ilo', target: 'port-of-ilo', sentence: 2, validFrom: '2012' },
    { type: 'LOCATED_IN', source: 'port-of-ilo', target: 'moquegua', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'china-merchants-port-holdings', target: 'hong-kong', sentence: 3 },
    { type: 'PART_OF', source: 'china-merchants-port-holdings', target: 'china-merchants-group', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'china-merchants-group', target: 'china', sentence: 3 },
    { type: 'LEADS', source: 'xu-song', target: 'china-merchants-port-holdings', sentence: 4 },
    { type: 'STATED', source: 'xu-song', target: 'port-of-ilo', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'inversiones-pacifico-sur', target: 'arequipa', sentence: 5 },
    {
      type: 'OWNS',
      source: 'inversiones-pacifico-sur',
      target: 'terminal-portuario-sur-de-ilo',
      sentence: 5,
      quantities: [{ value: 20, unit: '%' }],
    },
    { type: 'LEADS', source: 'gonzalo-rivas-mendiola', target: 'inversiones-pacifico-sur', sentence: 5 },
    { type: 'LEADS', source: 'gonzalo-rivas-mendiola', target: 'terminal-portuario-sur-de-ilo', sentence: 5 },
    { type: 'AFFILIATED_WITH', source: 'indecopi', target: 'peru', sentence: 6 },
    { type: 'REGULATES', source: 'ositran', target: 'port-of-ilo', sentence: 6 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 8, validFrom: '2024-11' },
  ],
};

import type { CorpusArticle } from '../corpus-article.js';

/** Peru’s transport ministry and a Chinese railway builder agree to study a Chancay–Lima railway (English). */
export const article: CorpusArticle = {
  name: 'Chancay–Lima railway study',
  language: 'en',
  publishedAt: '2025-02-06',
  annotated:
    '[[LIMA|lima]], February 5 — [[Peru|peru]]’s {{Ministry of Transport and Communications|GOVERNMENT}} ' +
    '({{MTC|GOVERNMENT|ministry-of-transport-and-communications}}) and ' +
    '{{China Railway Construction Corporation|COMPANY}} ({{CRCC|COMPANY|china-railway-construction-corporation}}) ' +
    'signed a memorandum on Wednesday to study the {{Chancay–Lima Railway|INFRASTRUCTURE}}, a 70km line for freight ' +
    'and passengers. ' +
    'The railway would link the [[Port of Chancay|chancay-port]], which opened in November 2024, with the ' +
    '{{Callao|PLACE}} rail yard of {{Ferrocarril Central Andino|COMPANY}}, the company that operates the ' +
    '{{Central Railway|INFRASTRUCTURE}} into the {{Andes|PLACE}}. ' +
    '{{CRCC|COMPANY|china-railway-construction-corporation}}, a state-owned group based in {{Beijing|PLACE}}, will ' +
    'pay for the feasibility study, which is due in 18 months. ' +
    '[[Peru|peru]]’s transport minister, {{Mónica Quispe Arana|PERSON}}, said the ' +
    '{{Chancay–Lima Railway|INFRASTRUCTURE}} would take 8,000 lorries a day off the ' +
    '{{Pan-American Highway|INFRASTRUCTURE}}. ' +
    '[[COSCO Shipping|cosco-shipping]], the Chinese carrier that operates [[Chancay|chancay-port]], said on Thursday ' +
    'that it would invest $120m in a rail terminal at the port. ' +
    'The {{Ministry of Economy and Finance|GOVERNMENT}} must first add the line to the ' +
    '{{National Infrastructure Plan|PLAN}}, which it adopted in 2022 and which already lists a coastal train between ' +
    '[[Lima|lima]] and {{Ica|PLACE}}. ' +
    'The {{Transport Committee|GOVERNMENT}} of the [[Congress of the Republic|peru-congress]] will hold a hearing on ' +
    'the railway on February 18, its chairman, {{Eduardo Castillo Rojas|PERSON}}, told reporters. ' +
    '[[Peru|peru]] joined the [[Belt and Road Initiative|belt-and-road-initiative]] in 2019, but no railway in the ' +
    'country has yet been built with Chinese money.',
  relationships: [
    { type: 'AFFILIATED_WITH', source: 'ministry-of-transport-and-communications', target: 'peru', sentence: 1 },
    {
      type: 'PARTNERS_WITH',
      source: 'ministry-of-transport-and-communications',
      target: 'china-railway-construction-corporation',
      sentence: 1,
      validFrom: '2025-02-05',
    },
    { type: 'OPERATES', source: 'ferrocarril-central-andino', target: 'central-railway', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'china-railway-construction-corporation', target: 'beijing', sentence: 3 },
    { type: 'HOLDS_OFFICE_IN', source: 'monica-quispe-arana', target: 'peru', sentence: 4 },
    { type: 'STATED', source: 'monica-quispe-arana', target: 'chancay-lima-railway', sentence: 4 },
    { type: 'AFFILIATED_WITH', source: 'cosco-shipping', target: 'china', sentence: 5 },
    { type: 'OPERATES', source: 'cosco-shipping', target: 'chancay-port', sentence: 5 },
    { type: 'STATED', source: 'cosco-shipping', target: 'chancay-port', sentence: 5, validFrom: '2025-02-06' },
    {
      type: 'INVESTED_IN',
      source: 'cosco-shipping',
      target: 'chancay-port',
      sentence: 5,
      quantities: [{ value: 120000000, unit: 'USD' }],
    },
    { type: 'ADOPTED', source: 'ministry-of-economy-and-finance', target: 'national-infrastructure-plan', sentence: 6, validFrom: '2022' },
    { type: 'PART_OF', source: 'transport-committee', target: 'peru-congress', sentence: 7 },
    { type: 'LEADS', source: 'eduardo-castillo-rojas', target: 'transport-committee', sentence: 7 },
    { type: 'PARTICIPATES_IN', source: 'peru', target: 'belt-and-road-initiative', sentence: 8, validFrom: '2019' },
  ],
};

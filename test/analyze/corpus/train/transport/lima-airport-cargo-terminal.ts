import type { CorpusArticle } from '../../corpus-article.js';

/**
 * LAP hires a Chinese state builder for a cargo terminal at Jorge Chávez: operator, owner, the Shenzhen firm that will run it
 * (English).
 */
export const article: CorpusArticle = {
  name: 'transport: Chinese builder to put up a cargo terminal at Lima airport',
  language: 'en',
  publishedAt: '2026-04-23',
  annotated:
    '[[LIMA|lima]], April 22 — {{Lima Airport Partners|COMPANY}} ({{LAP|COMPANY|lima-airport-partners}}) has chosen ' +
    '{{China State Construction Engineering Corporation|COMPANY}} to build {{Lima Cargo City|INFRASTRUCTURE}}, a ' +
    'US$ 280 million freight terminal at {{Jorge Chávez International Airport|INFRASTRUCTURE}}, the concessionaire said ' +
    'on Wednesday. ' +
    'The concessionaire, controlled by the German airport group {{Fraport|COMPANY}}, has run the airport in the ' +
    '{{Callao|PLACE}} region since 2001 and opened a new passenger terminal there in June 2025. ' +
    'The Chinese contractor, whose headquarters are in {{Beijing|PLACE}}, beat bids from two Spanish groups and one ' +
    'Peruvian group. ' +
    'Once finished in 2028, the terminal will handle 900,000 tonnes a year, mostly fresh fruit, fish and electronics, ' +
    'and will be operated by {{Sky Silk Cargo|COMPANY}}, a logistics firm from [[Shenzhen|shenzhen]]. ' +
    'That company already flies three weekly freighters between [[Shenzhen|shenzhen]] and [[Lima|lima]] in partnership ' +
    'with {{China Cargo Airlines|COMPANY}}, a subsidiary of {{China Eastern Airlines|COMPANY}}. ' +
    '{{Ositrán|GOVERNMENT}}, which supervises the airport concession, must still approve the contract, its chairwoman, ' +
    '{{Lucía Arbulú Sosa|PERSON}}, told {{RPP|MEDIA}} radio. ' +
    'According to the exporters’ association {{ADEX|ORGANIZATION}}, air shipments from [[Peru|peru]] to [[China|china]] ' +
    'grew 22% last year, led by blueberries and live seafood. ' +
    'The [[Ministry of Foreign Trade and Tourism|mincetur]] said it would send a delegation to ' +
    '{{Guangzhou|PLACE}} in May to promote the new terminal among Chinese importers.',
  relationships: [
    {
      type: 'BUILT',
      source: 'china-state-construction-engineering-corporation',
      target: 'lima-cargo-city',
      sentence: 1,
      quantities: [{ value: 280000000, unit: 'USD' }],
    },
    { type: 'PART_OF', source: 'lima-cargo-city', target: 'jorge-chavez-international-airport', sentence: 1 },
    { type: 'PLANS', source: 'lima-airport-partners', target: 'lima-cargo-city', sentence: 1 },
    { type: 'STATED', source: 'lima-airport-partners', target: 'lima-cargo-city', sentence: 1, validFrom: '2026-04-22' },
    { type: 'OWNS', source: 'fraport', target: 'lima-airport-partners', sentence: 2 },
    { type: 'OPERATES', source: 'lima-airport-partners', target: 'jorge-chavez-international-airport', sentence: 2, validFrom: '2001' },
    { type: 'LOCATED_IN', source: 'jorge-chavez-international-airport', target: 'callao', sentence: 2 },
    { type: 'HEADQUARTERED_IN', source: 'china-state-construction-engineering-corporation', target: 'beijing', sentence: 3 },
    { type: 'AFFILIATED_WITH', source: 'china-state-construction-engineering-corporation', target: 'china', sentence: 3 },
    { type: 'OPERATES', source: 'sky-silk-cargo', target: 'lima-cargo-city', sentence: 4 },
    { type: 'HEADQUARTERED_IN', source: 'sky-silk-cargo', target: 'shenzhen', sentence: 4 },
    { type: 'PARTNERS_WITH', source: 'sky-silk-cargo', target: 'china-cargo-airlines', sentence: 5 },
    { type: 'PART_OF', source: 'china-cargo-airlines', target: 'china-eastern-airlines', sentence: 5 },
    { type: 'REGULATES', source: 'ositran', target: 'jorge-chavez-international-airport', sentence: 6 },
    { type: 'LEADS', source: 'lucia-arbulu-sosa', target: 'ositran', sentence: 6 },
    { type: 'STATED', source: 'lucia-arbulu-sosa', target: 'lima-airport-partners', sentence: 6 },
    { type: 'COMMUNICATED_VIA', source: 'lucia-arbulu-sosa', target: 'rpp', sentence: 6 },
    { type: 'STATED', source: 'adex', target: 'china', sentence: 7 },
    { type: 'STATED', source: 'mincetur', target: 'lima-cargo-city', sentence: 8 },
  ],
};
